import { didYouMean } from '../wording.ts';
import type { Rule } from './rule.ts';

export const unknownCitation = {
  id: 'unknown-citation',
  severity: 'error',
  meaning: 'a citation id with no file in `content/citations/` (with "did you mean")',
  fix: 'Fix the id, or add content/citations/<id>.yaml.',
  checks: {
    corpus: ({ claims, ids }, report) => {
      for (const { file, fields, locate } of claims) {
        (fields.citations ?? []).forEach((id, index) => {
          if (ids.citations.has(id)) return;
          const reason =
            `Unexpected citation id "${id}", expected the name of a file in the citations folder.` +
            didYouMean(id, ids.citations);
          const hint = `Add ${id}.yaml to the citations folder, or use the id of an existing citation file.`;
          report(file, locate(['citations', index]), reason, { hint });
        });
      }
    },
  },
} as const satisfies Rule;
