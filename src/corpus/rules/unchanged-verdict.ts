import { verdictAfter } from '../../domain/corrections.ts';
import type { Rule } from './rule.ts';

export const unchangedVerdict = {
  id: 'unchanged-verdict',
  severity: 'error',
  meaning:
    "a `previousVerdict` equal to the verdict that followed it (the next entry's `previousVerdict`, or " +
    'the current verdict for the last entry)',
  fix: 'Write the verdict as it was before this change, or remove previousVerdict if the verdict did not change.',
  checks: {
    claim: ({ claim: { file, fields, locate } }, report) => {
      const corrections = fields.corrections ?? [];
      corrections.forEach((entry, index) => {
        // A clarification with a previousVerdict is `clarification-with-verdict`.
        if (entry.previousVerdict === undefined || entry.kind === 'clarification') return;
        if (verdictAfter(corrections, index, fields.verdict) !== entry.previousVerdict) return;
        const which = corrections.slice(index + 1).some((later) => later.previousVerdict)
          ? "the next entry's previousVerdict"
          : 'the current verdict';
        const reason =
          `Unexpected previousVerdict "${entry.previousVerdict}", the same as the verdict that followed it ` +
          `(${which}), expected the verdict before this change`;
        report(file, locate(['corrections', index, 'previousVerdict']), reason);
      });
    },
  },
} as const satisfies Rule;
