import type { Rule } from './rule.ts';

export const authorReviewsOwnClaim = {
  id: 'author-reviews-own-claim',
  severity: 'error',
  meaning: 'the author is also listed in `reviewers`',
  fix: 'A review is by someone else: list another person or team in "reviewers".',
  checks: {
    corpus: ({ claims }, report) => {
      for (const { file, fields, locate } of claims) {
        (fields.reviewers ?? []).forEach((id, index) => {
          if (id !== fields.author) return;
          const reason = `Unexpected reviewer "${id}", the claim's author, expected someone else to review the check`;
          report(file, locate(['reviewers', index]), reason);
        });
      }
    },
  },
} as const satisfies Rule;
