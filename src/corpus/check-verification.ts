/**
 * `verification.json` records the last comparison of `article.txt` with the original
 * (`npm run verify-source -- <slug> --write`). It describes the article.txt it was made against
 * (`articleSha256`); once our copy is edited, its passages and line numbers describe an older text.
 */
import { createHash } from 'node:crypto';
import type { Verification } from '../schemas/verification.ts';
import { createProblem, type Problem } from './problems.ts';
import type { Located } from './yaml-document.ts';

type Locate = (field: PropertyKey[]) => Located;

/** SHA-256 of a text as UTF-8, hexadecimal: what `articleSha256` records. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function checkVerification(
  file: string,
  verification: Verification,
  source: { readonly slug: string; readonly text: string; readonly articleFile: string },
  locate: Locate,
): Problem[] {
  const problems: Problem[] = [];
  const rerun = `npm run verify-source -- ${source.slug} --write`;
  if (verification.source !== source.slug) {
    const reason =
      `Unexpected source "${verification.source}" in a verification of the folder "${source.slug}", ` +
      `expected "${source.slug}"`;
    const hint = `The file was copied from another source: delete it, or run \`${rerun}\`.`;
    problems.push(createProblem('verification-source-mismatch', file, locate(['source']), reason, { hint }));
  }
  const current = sha256Hex(source.text);
  if (verification.articleSha256 !== current) {
    const reason =
      `Unexpected articleSha256 ${verification.articleSha256.slice(0, 12)}…, expected ${current.slice(0, 12)}… ` +
      `(${source.articleFile} as it is now): the comparison of ${verification.checkedAt} was made against an ` +
      'older copy of the article';
    const hint = `Run \`${rerun}\` to compare the current article.txt with the original.`;
    problems.push(createProblem('verification-stale', file, locate(['articleSha256']), reason, { hint }));
  }
  return problems;
}
