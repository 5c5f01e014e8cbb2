import { article } from '../wording.ts';
import type { Rule } from './rule.ts';

export const missingCitation = {
  id: 'missing-citation',
  severity: 'warning',
  meaning: 'a checkable claim (any verdict but `opinion`) without citations',
  fix: 'Cite at least one document; only opinion claims may go without.',
  checks: {
    corpus: ({ claims }, report) => {
      for (const { file, fields, locate } of claims) {
        const verdict = fields.verdict;
        if (!verdict || verdict === 'opinion' || fields.citations?.length !== 0) continue;
        report(file, locate(['verdict']), `Missing citations for ${article(verdict)} ${verdict} claim`);
      }
    },
  },
} as const satisfies Rule;
