import { lastChanged } from '../../domain/corrections.ts';
import type { Rule } from './rule.ts';

/**
 * A claim written against an older version of its source's text: when `source.yaml` says the article was
 * corrected (`textUpdated`) after the claim last changed, the claim may no longer say what the article says,
 * even if its quote still anchors.
 */
export const claimStale = {
  id: 'claim-stale',
  severity: 'warning',
  meaning: "the claim's `updated` (or `published`) is before its source's `textUpdated`",
  fix: 'Re-read the claim against the corrected article.txt, then set "updated:" to the day you did.',
  checks: {
    claim: ({ claim: { file, fields, locate }, source }, report) => {
      const textUpdated = source.data.textUpdated;
      const lastChange = lastChanged(fields);
      // ISO dates compare correctly as strings.
      if (!textUpdated || !lastChange || lastChange >= textUpdated) return;
      // The date that makes the claim stale: the latest correction's, else `updated`, else `published`.
      const latest = (fields.corrections ?? []).findLastIndex((entry) => entry.date === lastChange);
      const at = latest >= 0 ? ['corrections', latest, 'date'] : [fields.updated ? 'updated' : 'published'];
      const reason =
        `Unexpected claim last changed ${lastChange}, before the source text was corrected on ${textUpdated} ` +
        `(textUpdated in ${source.file}), expected ` +
        (latest >= 0
          ? `a corrections entry dated ${textUpdated} or later once it is re-read`
          : `"updated: ${textUpdated}" or later once it is re-read`);
      report(file, locate(at), reason);
    },
  },
} as const satisfies Rule;
