/**
 * `review-stale`: a check edited after its latest review by someone (quote, verdict, flags, summary,
 * explanation or citations differ from what the review's fingerprint records). A warning: the change may be a
 * typo fix, but readers are told a review covered the check, so the reviewer should see it again.
 */
import type { ClaimFields } from './check-references.ts';
import { createProblem, didYouMean, type Problem } from './problems.ts';
import { reviewFingerprint } from './review-fingerprint.ts';

export function checkReviews(claims: readonly ClaimFields[], personIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const { id, file, fields, locate, body } of claims) {
    const reviews = fields.reviews ?? [];
    if (reviews.length === 0) continue;
    const current = reviewFingerprint(fields, body ?? '');
    // Each reviewer's latest sign-off counts; an older one of theirs is history.
    const latest = new Map(reviews.map((review, index) => [review.by, { review, index }]));
    for (const { review, index } of latest.values()) {
      if (!personIds.has(review.by)) {
        const reason =
          `Unexpected reviewer "${review.by}" in reviews, expected the id of a file in the people folder.` +
          didYouMean(review.by, personIds);
        problems.push(createProblem('unknown-person', file, locate(['reviews', index, 'by']), reason));
        continue;
      }
      if (review.fingerprint === current) continue;
      const reason =
        `Unexpected change since the review by ${review.by} on ${review.date}, expected the quote, verdict, ` +
        'flags, summary, explanation and citations as reviewed';
      const hint =
        `Ask ${review.by} to review the check again, then record it with ` +
        `npm run review -- ${id} --by ${review.by}; or undo the change.`;
      problems.push(createProblem('review-stale', file, locate(['reviews', index, 'fingerprint']), reason, { hint }));
    }
  }
  return problems;
}
