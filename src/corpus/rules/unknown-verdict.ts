import { isNotOneOf, notOneOf } from './field-wording.ts';
import type { Rule } from './rule.ts';

const VERDICT_FIELDS = new Set(['verdict', 'previousVerdict']);

export const unknownVerdict = {
  id: 'unknown-verdict',
  severity: 'error',
  meaning: 'a verdict or `previousVerdict` outside the verdict scale (with "did you mean")',
  fix: 'Use one of the listed values exactly (lower case, hyphenated).',
  checks: {
    field: (input, report) => {
      if (!isNotOneOf(input, VERDICT_FIELDS)) return;
      report(input.file, input.place, notOneOf(input, input.verdictAliases?.(String(input.value))));
    },
  },
} as const satisfies Rule;
