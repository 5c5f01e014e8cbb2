import { isNotOneOf, notOneOf } from './field-wording.ts';
import type { Rule } from './rule.ts';

const VERDICT_FIELDS = new Set(['verdict', 'previousVerdict']);

/**
 * Words an editor used to other rating scales may write for a verdict (YAML reads a bare `true` as a boolean;
 * a bare `false` is taken as the verdict "false" by the schema).
 */
const VERDICT_SYNONYMS: Readonly<Record<string, string>> = {
  true: 'supported',
  yes: 'supported',
  correct: 'supported',
  accurate: 'supported',
  'mostly-true': 'partly-supported',
  'half-true': 'partly-supported',
  untrue: 'false',
  wrong: 'false',
};

export const unknownVerdict = {
  id: 'unknown-verdict',
  severity: 'error',
  meaning: 'a verdict or `previousVerdict` outside the verdict scale (with "did you mean")',
  fix: 'Use one of the listed values exactly (lower case, hyphenated).',
  checks: {
    field: (input, report) => {
      if (!isNotOneOf(input, VERDICT_FIELDS)) return;
      report(input.file, input.place, notOneOf(input, VERDICT_SYNONYMS[String(input.value).toLowerCase()]));
    },
  },
} as const satisfies Rule;
