import type { Rule } from './rule.ts';
import { unrecordedVerdictChanges } from './verdict-changes.ts';

/** Verdicts never change silently: readers are told what changed and why. */
export const silentVerdictChange = {
  id: 'silent-verdict-change',
  severity: 'error',
  meaning:
    "the verdict differs from the previous build's (`--previous`) with no corrections entry naming the " +
    'earlier verdict',
  fix:
    'Add a corrections entry (date, kind, note, previousVerdict) saying why the verdict changed; verdicts ' +
    'never change silently.',
  checks: {
    corpus: (corpus, report) => {
      for (const { claim, before, verdict, since, unnamed } of unrecordedVerdictChanges(corpus)) {
        if (unnamed !== undefined) continue;
        const reason =
          `Unexpected verdict "${verdict}", changed from "${before.verdict}" in the previous build ` +
          `(${corpus.previous?.spec}) without a corrections entry, expected an entry dated ` +
          `${since || 'after that build'} or later with "previousVerdict: ${before.verdict}"`;
        report(claim.file, claim.locate(['verdict']), reason);
      }
    },
  },
} as const satisfies Rule;
