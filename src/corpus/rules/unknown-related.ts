import { didYouMean } from '../wording.ts';
import type { Rule } from './rule.ts';

export const unknownRelated = {
  id: 'unknown-related',
  severity: 'error',
  meaning: 'a related claim id with no claim file, or the claim itself (with "did you mean")',
  fix: 'Use the id (file name without extension) of a claim in another source.',
  checks: {
    corpus: ({ claims, ids }, report) => {
      for (const { id: claimId, file, fields, locate } of claims) {
        (fields.related ?? []).forEach((id, index) => {
          if (id === claimId) {
            const reason = `Unexpected related claim "${id}", expected another claim than this one`;
            report(file, locate(['related', index]), reason);
          } else if (!ids.claims.has(id)) {
            const reason =
              `Unexpected related claim "${id}", expected the id of a claim file.` + didYouMean(id, ids.claims);
            report(file, locate(['related', index]), reason);
          }
        });
      }
    },
  },
} as const satisfies Rule;
