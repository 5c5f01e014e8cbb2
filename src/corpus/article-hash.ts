import { createHash } from 'node:crypto';

/** SHA-256 of a text as UTF-8, hexadecimal: what `verification.json`'s `articleSha256` records. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
