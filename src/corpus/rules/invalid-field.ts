import { expectation, notOneOf, shown } from './field-wording.ts';
import type { Rule } from './rule.ts';

/**
 * The schema's rule of last resort: at the `field` step it takes every issue no more specific rule took,
 * so it comes last there.
 */
export const invalidField = {
  id: 'invalid-field',
  severity: 'error',
  meaning:
    'a value of the wrong form (an empty `summary`, a summary over 200 characters, a list where text is ' + 'expected)',
  fix: 'Write the value the message expects.',
  checks: {
    document: ({ file, what, yaml }, report) => {
      if (!yaml || yaml.errors.length > 0) return;
      const input = yaml.data ?? {};
      if (typeof input === 'object' && !Array.isArray(input)) return;
      report(file, yaml.locate([]), `Unexpected ${shown(input)} as ${what}, expected "field: value" lines`);
    },
    field: (input, report) => {
      const { issue, value, where, what, file, place, blank } = input;
      if (issue.code === 'invalid_value' && issue.values) return report(file, place, notOneOf(input));
      if (issue.code === 'invalid_type' && issue.expected) {
        const expected = issue.expected === 'string' ? 'text' : `a ${issue.expected}`;
        return report(file, place, `Unexpected ${shown(value)} in "${where}", expected ${expected}`);
      }
      if (blank) return report(file, place, `Unexpected empty "${where}" in ${what}, expected text`);
      report(file, place, `Unexpected value of "${where}" in ${what}, expected ${expectation(issue.message)}`);
    },
  },
} as const satisfies Rule;
