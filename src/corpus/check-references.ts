/** Cross-file checks, once every file is read (as remark-validate-links does): citations and related claims resolve. */
import type { VerdictScale } from '../domain/scale.ts';
import type { ClaimData } from '../schemas/claim.ts';
import type { Citation } from './model.ts';
import { article, createProblem, didYouMean, type Problem } from './problems.ts';
import type { Located } from './yaml-document.ts';

/**
 * A claim file as far as it was read: `fields` holds each field that is valid on its own, so a
 * claim with an unknown verdict still has its citation ids checked in the same run.
 */
export interface ClaimFields {
  readonly id: string;
  readonly file: string;
  readonly fields: Partial<ClaimData>;
  readonly locate: (field: PropertyKey[]) => Located;
  /** `status: draft`: only what is written is checked. */
  readonly draft?: boolean;
  /** The fields written in the frontmatter, when it parsed (undefined after a YAML error). */
  readonly written?: ReadonlySet<string>;
  /** The explanation as written (for the review fingerprint). */
  readonly body?: string;
}

/**
 * `known.citationIds`/`known.claimIds` hold every file's id, valid or not, so a file that failed
 * its own checks is not reported again wherever it is referenced. A claim needs citations unless its verdict
 * rates no checkable fact (`rating: null` in the scale, such as opinion).
 */
export function checkReferences(
  claims: readonly ClaimFields[],
  citations: readonly Citation[],
  known: { citationIds: ReadonlySet<string>; claimIds: ReadonlySet<string> },
  scale: VerdictScale,
): Problem[] {
  const problems: Problem[] = [];
  const { citationIds, claimIds } = known;
  const cited = new Set<string>();

  for (const { id: claimId, file, fields, locate } of claims) {
    const listed = new Set<string>();
    (fields.citations ?? []).forEach((id, index) => {
      cited.add(id);
      if (!citationIds.has(id)) {
        const reason =
          `Unexpected citation id "${id}", expected the name of a file in the citations folder.` +
          didYouMean(id, citationIds);
        const hint = `Add ${id}.yaml to the citations folder, or use the id of an existing citation file.`;
        problems.push(createProblem('unknown-citation', file, locate(['citations', index]), reason, { hint }));
      }
      if (listed.has(id)) {
        const reason = `Unexpected second "${id}" in citations, expected each citation once`;
        problems.push(createProblem('duplicate-citation-ref', file, locate(['citations', index]), reason));
      }
      listed.add(id);
    });
    (fields.related ?? []).forEach((id, index) => {
      if (id === claimId) {
        const reason = `Unexpected related claim "${id}", expected another claim than this one`;
        problems.push(createProblem('unknown-related', file, locate(['related', index]), reason));
      } else if (!claimIds.has(id)) {
        const reason = `Unexpected related claim "${id}", expected the id of a claim file.${didYouMean(id, claimIds)}`;
        problems.push(createProblem('unknown-related', file, locate(['related', index]), reason));
      }
    });
    const verdict = fields.verdict;
    if (verdict && scale.verdict(verdict).rating !== null && fields.citations?.length === 0) {
      const reason = `Missing citations for ${article(verdict)} ${verdict} claim`;
      problems.push(createProblem('missing-citation', file, locate(['verdict']), reason));
    }
  }
  // While a claim's frontmatter does not parse, what it cites is unknown: "unused" would be a knock-on warning,
  // printed before the one error that matters.
  const unread = claims.some((claim) => claim.written === undefined);
  for (const citation of unread ? [] : citations) {
    if (!cited.has(citation.id)) {
      const reason = `Unexpected citation "${citation.id}" that no claim cites, expected at least one claim citing it`;
      problems.push(createProblem('unused-citation', citation.file, { line: 1, column: 1 }, reason));
    }
  }
  return problems;
}
