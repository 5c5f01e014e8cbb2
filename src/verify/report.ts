/** The verification as `npm run verify-source` prints it for a person (`--json` prints the object itself). */
import type { Verification } from '../schemas/verification.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const oneLine = (text: string) => (text === '' ? '(nothing)' : `"${text.replace(/\s+/g, ' ')}"`);

export function formatVerification(verification: Verification, redirectedFrom?: string): string {
  const { source, from, status, changes, claims } = verification;
  const lines = [`${source}: compared with ${from}${redirectedFrom ? ` (redirected from ${redirectedFrom})` : ''}`];
  lines.push(
    status === 'identical'
      ? 'The original matches article.txt (after folding whitespace, quote marks and dashes).'
      : `The original has changed: ${plural(changes.length, 'passage')} differ${changes.length === 1 ? 's' : ''}.`,
  );
  for (const change of changes) {
    lines.push('', `article.txt:${change.line}`, `  saved:    ${oneLine(change.saved)}`);
    lines.push(`  original: ${oneLine(change.original)}`);
    if (change.claims.length > 0) lines.push(`  claims:   ${change.claims.join(', ')}`);
  }
  if (claims.length > 0) {
    lines.push('', 'Claims re-anchored in the original:');
    for (const claim of claims) {
      const score = claim.score === null ? '' : ` (score ${claim.score})`;
      lines.push(`  ${claim.id}  ${claim.status}${claim.score === 1 ? '' : score}`);
    }
  }
  return lines.join('\n');
}
