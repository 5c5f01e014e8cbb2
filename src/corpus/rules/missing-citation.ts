import { article } from '../wording.ts';
import type { Rule } from './rule.ts';

export const missingCitation = {
  id: 'missing-citation',
  severity: 'warning',
  meaning: 'a checkable claim (any verdict the scale rates, such as all but `opinion` by default) without citations',
  fix: 'Cite at least one document; only claims with a verdict that rates no fact (opinion) may go without.',
  checks: {
    corpus: ({ claims, scale }, report) => {
      for (const { file, fields, locate } of claims) {
        const verdict = fields.verdict;
        // A verdict the scale does not rate (rating null, such as opinion) needs no citation.
        if (!verdict || !scale.has(verdict) || scale.verdict(verdict).rating === null) continue;
        if (fields.citations?.length !== 0) continue;
        report(file, locate(['verdict']), `Missing citations for ${article(verdict)} ${verdict} claim`);
      }
    },
  },
} as const satisfies Rule;
