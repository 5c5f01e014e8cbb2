import type { Rule } from './rule.ts';

export const duplicateReviewer = {
  id: 'duplicate-reviewer',
  severity: 'error',
  meaning: 'a claim lists one reviewer twice',
  fix: 'List each reviewer once.',
  checks: {
    corpus: ({ claims }, report) => {
      for (const { file, fields, locate } of claims) {
        const seen = new Set<string>();
        (fields.reviewers ?? []).forEach((id, index) => {
          if (seen.has(id)) {
            const reason = `Unexpected second "${id}" in reviewers, expected each reviewer once`;
            report(file, locate(['reviewers', index]), reason);
          }
          seen.add(id);
        });
      }
    },
  },
} as const satisfies Rule;
