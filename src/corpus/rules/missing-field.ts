import { expectation } from './field-wording.ts';
import type { Rule } from './rule.ts';

export const missingField = {
  id: 'missing-field',
  severity: 'error',
  meaning: 'a required field is absent',
  fix: 'Add the field (see the editing guide for every field).',
  checks: {
    field: ({ issue, value, field, where, what, file, place }, report) => {
      if (value !== undefined) return;
      // A refinement (`custom`) says itself what is missing: "title" or "description".
      if (issue.code === 'custom') return report(file, place, `Missing ${expectation(issue.message)}`);
      report(file, place, `Missing field "${where}" in ${what}`, {
        hint: `Add a line "${String(field)}: …" (see the editing guide in README.md).`,
      });
    },
  },
} as const satisfies Rule;
