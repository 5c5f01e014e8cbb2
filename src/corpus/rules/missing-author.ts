import { bylineOf } from './bylines.ts';
import type { Rule } from './rule.ts';

export const missingAuthor = {
  id: 'missing-author',
  severity: 'error',
  meaning: 'a published claim without `author`',
  fix: 'Add "author: <id>", the id of the person or team in content/people/ who checked the claim.',
  checks: {
    corpus: ({ claims }, report) => {
      for (const claim of claims) {
        const { published, written, author } = bylineOf(claim);
        if (author !== undefined || !published || written.has('author')) continue;
        const reason = 'Missing field "author" in a published claim, expected the id of who checked it';
        report(claim.file, claim.locate(['published']), reason);
      }
    },
  },
} as const satisfies Rule;
