import { bylineOf } from './bylines.ts';
import type { Rule } from './rule.ts';

/** Only while `requireReview` is on: a one-person site may publish without review. */
export const missingReviewer = {
  id: 'missing-reviewer',
  severity: 'error',
  meaning: 'a published claim without `reviewers` while the `requireReview` option is on (astro.config.mjs)',
  fix:
    'Add "reviewers: [<id>]" naming who reviewed the check; a one-person site may set requireReview: false in ' +
    'the factcheck() options in astro.config.mjs.',
  checks: {
    corpus: ({ claims, requireReview }, report) => {
      if (!requireReview) return;
      for (const claim of claims) {
        const { published, written, reviewers } = bylineOf(claim);
        if (!published || reviewers.length > 0 || claim.fields.reviewers === undefined) continue;
        const reason =
          'Missing reviewer in a published claim, expected "reviewers" to name at least one person or team ' +
          '(required by the requireReview option in astro.config.mjs)';
        const hint =
          'Add "reviewers: [<id>]" naming who reviewed the check; to publish without review (a one-person ' +
          'site), set requireReview: false in the factcheck() options in astro.config.mjs.';
        const at = written.has('reviewers') ? 'reviewers' : written.has('author') ? 'author' : 'published';
        report(claim.file, claim.locate([at]), reason, { hint });
      }
    },
  },
} as const satisfies Rule;
