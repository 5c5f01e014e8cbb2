import { reviewFingerprint } from '../review-fingerprint.ts';
import type { Rule } from './rule.ts';

/**
 * A warning: the change may be a typo fix, but readers are told a review covered the check, so the reviewer
 * should see it again.
 */
export const reviewStale = {
  id: 'review-stale',
  severity: 'warning',
  meaning:
    'a check edited after its latest review by someone: the quote, verdict, flags, summary, explanation or ' +
    "citations differ from what the review's fingerprint records (the message names the reviewer and date)",
  fix: 'Ask the reviewer to review the check again, then run npm run review -- <claim-id> --by <person-id>.',
  checks: {
    corpus: ({ claims, ids }, report) => {
      for (const { id, file, fields, locate, body } of claims) {
        const reviews = fields.reviews ?? [];
        if (reviews.length === 0) continue;
        const current = reviewFingerprint(fields, body ?? '');
        // Each reviewer's latest sign-off counts; an older one of theirs is history. An unknown reviewer is
        // `unknown-person`.
        const latest = new Map(reviews.map((review, index) => [review.by, { review, index }]));
        for (const { review, index } of latest.values()) {
          if (!ids.people.has(review.by) || review.fingerprint === current) continue;
          const reason =
            `Unexpected change since the review by ${review.by} on ${review.date}, expected the quote, verdict, ` +
            'flags, summary, explanation and citations as reviewed';
          const hint =
            `Ask ${review.by} to review the check again, then record it with ` +
            `npm run review -- ${id} --by ${review.by}; or undo the change.`;
          report(file, locate(['reviews', index, 'fingerprint']), reason, { hint });
        }
      }
    },
  },
} as const satisfies Rule;
