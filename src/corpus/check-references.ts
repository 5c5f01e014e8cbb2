/** Cross-file checks, once every file is read (as remark-validate-links does): citations and related claims resolve. */
import type { Citation, Claim } from './model.ts';
import { didYouMean, type Problem } from './problems.ts';

type Locate = (claimId: string, field: PropertyKey[]) => { line: number; column: number };

/**
 * `known.citationIds`/`known.claimIds` hold every file's id, valid or not, so a file that failed
 * its own checks is not reported again wherever it is referenced.
 */
export function checkReferences(
  claims: readonly Claim[],
  citations: readonly Citation[],
  locate: Locate,
  known: { citationIds: ReadonlySet<string>; claimIds: ReadonlySet<string> },
): Problem[] {
  const problems: Problem[] = [];
  const citationIds = known.citationIds;
  const claimIds = known.claimIds;
  const cited = new Set<string>();

  for (const claim of claims) {
    claim.data.citations.forEach((id, index) => {
      cited.add(id);
      if (!citationIds.has(id)) {
        problems.push({ file: claim.file, ...locate(claim.id, ['citations', index]), severity: 'error', message: `Unknown citation "${id}".${didYouMean(id, citationIds)}`, hint: `Add content/citations/${id}.yaml, or use the id of an existing file in content/citations/.`, ruleId: 'unknown-citation' });
      }
    });
    if (new Set(claim.data.citations).size !== claim.data.citations.length) {
      problems.push({ file: claim.file, ...locate(claim.id, ['citations']), severity: 'warning', message: 'Citation listed twice', hint: 'List each citation id once.', ruleId: 'duplicate-citation-ref' });
    }
    claim.data.related.forEach((id, index) => {
      if (!claimIds.has(id) || id === claim.id) {
        problems.push({ file: claim.file, ...locate(claim.id, ['related', index]), severity: 'error', message: id === claim.id ? 'A claim cannot be related to itself' : `Unknown related claim "${id}".${didYouMean(id, claimIds)}`, hint: 'Use the id (file name without extension) of a claim in another source.', ruleId: 'unknown-related' });
      }
    });
    if (claim.data.verdict !== 'opinion' && claim.data.citations.length === 0) {
      problems.push({ file: claim.file, ...locate(claim.id, ['verdict']), severity: 'warning', message: `A "${claim.data.verdict}" claim without citations`, hint: 'Cite at least one document; only opinion claims may go without.', ruleId: 'missing-citation' });
    }
  }
  for (const citation of citations) {
    if (!cited.has(citation.id)) {
      problems.push({ file: citation.file, line: 1, column: 1, severity: 'warning', message: `Citation "${citation.id}" is not cited by any claim`, hint: 'Cite it from a claim or delete the file.', ruleId: 'unused-citation' });
    }
  }
  return problems;
}
