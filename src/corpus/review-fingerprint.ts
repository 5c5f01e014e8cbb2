/**
 * What a reviewer signs off: the quote, verdict, flags, summary, explanation and citations of a check. Its
 * fingerprint is recorded by `npm run review` and compared by the checker (`review-stale`): any change to these
 * after a review shows. Dates, corrections and bylines are left out: recording them changes no finding.
 */
import { createHash } from 'node:crypto';
import type { ClaimData } from '../schemas/claim.ts';

export type Reviewed = Partial<Pick<ClaimData, 'quote' | 'verdict' | 'flags' | 'summary' | 'citations'>>;

/** 16 hexadecimal digits (64 bits) of SHA-256: enough to tell an edit, short enough to read in a file. */
export function reviewFingerprint(fields: Reviewed, explanation: string): string {
  const reviewed = [
    fields.quote ?? null,
    fields.verdict ?? null,
    fields.flags ?? [],
    fields.summary ?? null,
    // Line endings and blank lines at the ends are how a file was saved, not what it says.
    explanation.replace(/\r\n?/g, '\n').trim(),
    fields.citations ?? [],
  ];
  return createHash('sha256').update(JSON.stringify(reviewed)).digest('hex').slice(0, 16);
}
