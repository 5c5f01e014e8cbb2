import { isNotOneOf, notOneOf } from './field-wording.ts';
import type { Rule } from './rule.ts';

const FLAG_FIELDS = new Set(['flags']);

export const unknownFlag = {
  id: 'unknown-flag',
  severity: 'error',
  meaning: 'a flag outside the list of flags (with "did you mean")',
  fix: 'Use one of the listed values exactly (lower case, hyphenated).',
  checks: {
    field: (input, report) => {
      if (isNotOneOf(input, FLAG_FIELDS)) report(input.file, input.place, notOneOf(input));
    },
  },
} as const satisfies Rule;
