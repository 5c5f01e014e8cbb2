/**
 * Claims written against an older version of a source's text: when `source.yaml` says the
 * article was corrected (`textUpdated`) after a claim was last updated, the claim may no
 * longer say what the article says, even if its quote still anchors.
 */
import type { ClaimData } from '../schemas/claim.ts';
import type { Source } from './model.ts';
import { createProblem, type Problem } from './problems.ts';
import type { Located } from './yaml-document.ts';

type Locate = (field: PropertyKey[]) => Located;

export function checkStale(
  file: string,
  claim: Pick<Partial<ClaimData>, 'published' | 'updated'>,
  source: Source,
  locate: Locate,
): Problem[] {
  const textUpdated = source.data.textUpdated;
  const lastChange = claim.updated ?? claim.published;
  // ISO dates compare correctly as strings.
  if (!textUpdated || !lastChange || lastChange >= textUpdated) return [];
  const field = claim.updated ? 'updated' : 'published';
  const reason =
    `Unexpected claim last changed ${lastChange}, before the source text was corrected on ${textUpdated} ` +
    `(textUpdated in ${source.file}), expected "updated: ${textUpdated}" or later once it is re-read`;
  return [createProblem('claim-stale', file, locate([field]), reason)];
}
