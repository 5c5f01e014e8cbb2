import { expectation, shown } from './field-wording.ts';
import type { Rule } from './rule.ts';

const DATE_FIELDS = new Set(['date', 'published', 'updated', 'retrieved', 'textUpdated']);
const DATE_FORM = 'a date written YYYY-MM-DD, such as 2024-05-01';

export const malformedDate = {
  id: 'malformed-date',
  severity: 'error',
  meaning: 'not a real `YYYY-MM-DD` date, or `updated` before `published`',
  fix: 'Write dates as YYYY-MM-DD, e.g. 2024-05-01; a claim is updated on or after the day it is published.',
  checks: {
    field: ({ issue, field, value, where, file, place, blank }, report) => {
      if (!field || !DATE_FIELDS.has(field)) return;
      // A number (20261120) or an empty value fails as the wrong type: say what a date looks like instead.
      const expected = issue.code === 'invalid_type' ? DATE_FORM : expectation(issue.message);
      const reason = blank
        ? `Unexpected empty "${where}", expected ${expected}`
        : `Unexpected date ${shown(value)} in "${where}", expected ${expected}`;
      report(file, place, reason);
    },
    claim: ({ claim: { file, fields, locate } }, report) => {
      // ISO dates compare correctly as strings.
      if (!fields.updated || !fields.published || fields.updated >= fields.published) return;
      const reason =
        `Unexpected updated date ${fields.updated}, ` + `expected a date on or after published (${fields.published})`;
      report(file, locate(['updated']), reason);
    },
  },
} as const satisfies Rule;
