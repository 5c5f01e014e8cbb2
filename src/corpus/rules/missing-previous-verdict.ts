import type { Rule } from './rule.ts';
import { unrecordedVerdictChanges } from './verdict-changes.ts';

/** A corrections entry since the previous build records the change, but not which verdict it changed from. */
export const missingPreviousVerdict = {
  id: 'missing-previous-verdict',
  severity: 'error',
  meaning:
    "the verdict differs from the previous build's (`--previous`), and the corrections entry recording it " +
    'has no `previousVerdict`',
  fix: 'Add "previousVerdict: <the earlier verdict>" to the entry that changed the verdict.',
  checks: {
    corpus: (corpus, report) => {
      for (const { claim, before, verdict, unnamed } of unrecordedVerdictChanges(corpus)) {
        if (unnamed === undefined) continue;
        const reason =
          `Missing previousVerdict in corrections[${unnamed}]: the verdict was "${before.verdict}" in the ` +
          `previous build (${corpus.previous?.spec}) and is "${verdict}" now, expected "previousVerdict: ` +
          `${before.verdict}"`;
        report(claim.file, claim.locate(['corrections', unnamed]), reason);
      }
    },
  },
} as const satisfies Rule;
