import type { Rule } from './rule.ts';

export const correctionDate = {
  id: 'correction-date',
  severity: 'error',
  meaning: 'a `corrections` entry dated before the claim was `published`, or in the future',
  fix: 'Date the entry the day the change was published: on or after "published", and not later than today.',
  checks: {
    claim: ({ claim: { file, fields, locate }, today }, report) => {
      const { published } = fields;
      (fields.corrections ?? []).forEach((entry, index) => {
        const at = locate(['corrections', index, 'date']);
        if (published && entry.date < published) {
          const reason =
            `Unexpected correction dated ${entry.date}, ` + `expected a date on or after published (${published})`;
          report(file, at, reason);
        } else if (entry.date > today) {
          const reason =
            `Unexpected correction dated ${entry.date}, in the future, ` + 'expected the day the change was published';
          report(file, at, reason);
        }
      });
    },
  },
} as const satisfies Rule;
