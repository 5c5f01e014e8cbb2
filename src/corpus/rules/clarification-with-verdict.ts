import type { Rule } from './rule.ts';

export const clarificationWithVerdict = {
  id: 'clarification-with-verdict',
  severity: 'error',
  meaning: 'a `kind: clarification` entry with a `previousVerdict` (a clarification never changes the verdict)',
  fix: 'Use kind: correction (our error) or kind: update (new evidence), or remove previousVerdict.',
  checks: {
    claim: ({ claim: { file, fields, locate } }, report) => {
      (fields.corrections ?? []).forEach((entry, index) => {
        if (entry.previousVerdict === undefined || entry.kind !== 'clarification') return;
        const reason =
          `Unexpected previousVerdict "${entry.previousVerdict}" in a clarification, expected a clarification ` +
          'to leave the verdict as it was (kind: correction or update when the verdict changed)';
        report(file, locate(['corrections', index, 'previousVerdict']), reason);
      });
    },
  },
} as const satisfies Rule;
