import { latestCorrection } from '../../domain/corrections.ts';
import type { Rule } from './rule.ts';

/** `updated` is derived from the latest corrections entry: a hand-written date may not contradict it. */
export const updatedMismatch = {
  id: 'updated-mismatch',
  severity: 'error',
  meaning: "an `updated` date that is not the date of the claim's latest `corrections` entry",
  fix: 'Remove "updated": with corrections, the latest entry\'s date is the date the claim was last changed.',
  checks: {
    claim: ({ claim: { file, fields, locate } }, report) => {
      const latest = latestCorrection(fields);
      if (!latest || !fields.updated || fields.updated === latest) return;
      const reason =
        `Unexpected updated ${fields.updated}, expected ${latest}, the date of the latest corrections entry ` +
        '(or no "updated" line: it is derived from corrections)';
      report(file, locate(['updated']), reason);
    },
  },
} as const satisfies Rule;
