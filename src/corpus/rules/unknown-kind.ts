import { isNotOneOf, notOneOf } from './field-wording.ts';
import type { Rule } from './rule.ts';

const KIND_FIELDS = new Set(['kind']);

export const unknownKind = {
  id: 'unknown-kind',
  severity: 'error',
  meaning: 'a citation kind, non-article kind or correction kind outside its list (with "did you mean")',
  fix: 'Use one of the listed values exactly (lower case, hyphenated).',
  checks: {
    field: (input, report) => {
      if (isNotOneOf(input, KIND_FIELDS)) report(input.file, input.place, notOneOf(input));
    },
  },
} as const satisfies Rule;
