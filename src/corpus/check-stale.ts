/**
 * Claims written against an older version of a source's text: when `source.yaml` says the
 * article was corrected (`textUpdated`) after a claim was last updated, the claim may no
 * longer say what the article says, even if its quote still anchors.
 */
import type { ClaimData } from '../schemas/claim.ts';
import type { Source } from './model.ts';
import type { Problem } from './problems.ts';

type Locate = (field: PropertyKey[]) => { line: number; column: number };

export function checkStale(file: string, claim: ClaimData, source: Source, locate: Locate): Problem[] {
  const textUpdated = source.data.textUpdated;
  const lastChange = claim.updated ?? claim.published;
  // ISO dates compare correctly as strings.
  if (!textUpdated || lastChange >= textUpdated) return [];
  const field = claim.updated ? 'updated' : 'published';
  return [{
    file,
    ...locate([field]),
    severity: 'warning',
    message: `Claim last changed ${lastChange}, before the source text was corrected on ${textUpdated} (textUpdated in ${source.file})`,
    hint: `Re-read the claim against the corrected article.txt; when the verdict and explanation still hold (or are revised), set "updated: ${textUpdated}" or a later date.`,
    ruleId: 'claim-stale',
  }];
}
