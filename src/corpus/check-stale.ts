/**
 * Claims written against an older version of a source's text: when `source.yaml` says the
 * article was corrected (`textUpdated`) after a claim was last updated, the claim may no
 * longer say what the article says, even if its quote still anchors.
 */
import { lastChanged } from '../domain/corrections.ts';
import type { ClaimData } from '../schemas/claim.ts';
import type { Source } from './model.ts';
import { createProblem, type Problem } from './problems.ts';
import type { Located } from './yaml-document.ts';

type Locate = (field: PropertyKey[]) => Located;

export function checkStale(
  file: string,
  claim: Pick<Partial<ClaimData>, 'published' | 'updated' | 'corrections'>,
  source: Source,
  locate: Locate,
): Problem[] {
  const textUpdated = source.data.textUpdated;
  const lastChange = lastChanged(claim);
  // ISO dates compare correctly as strings.
  if (!textUpdated || !lastChange || lastChange >= textUpdated) return [];
  const corrections = claim.corrections ?? [];
  // The date that makes the claim stale: the latest correction's, else `updated`, else `published`.
  const latest = corrections.findLastIndex((entry) => entry.date === lastChange);
  const at = latest >= 0 ? ['corrections', latest, 'date'] : [claim.updated ? 'updated' : 'published'];
  const reason =
    `Unexpected claim last changed ${lastChange}, before the source text was corrected on ${textUpdated} ` +
    `(textUpdated in ${source.file}), expected ` +
    (latest >= 0
      ? `a corrections entry dated ${textUpdated} or later once it is re-read`
      : `"updated: ${textUpdated}" or later once it is re-read`);
  return [createProblem('claim-stale', file, locate(at), reason)];
}
