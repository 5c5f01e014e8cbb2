/**
 * A claim's `corrections`, its dated record of changes after publication (oldest first): dates in
 * order, not before `published`, not in the future; each `previousVerdict` a real change; and
 * `updated`, derived from the latest entry, not contradicted by a hand-written date.
 */
import { latestCorrection, verdictAfter } from '../domain/corrections.ts';
import type { ClaimData } from '../schemas/claim.ts';
import { createProblem, type Problem } from './problems.ts';
import type { Located } from './yaml-document.ts';

type Locate = (field: PropertyKey[]) => Located;

export function checkCorrections(file: string, fields: Partial<ClaimData>, locate: Locate, today: string): Problem[] {
  const corrections = fields.corrections ?? [];
  const problems: Problem[] = [];
  const { published, verdict } = fields;
  corrections.forEach((entry, index) => {
    const at = (key: string) => locate(['corrections', index, key]);
    const before = corrections[index - 1];
    // ISO dates compare correctly as strings.
    if (before && entry.date < before.date) {
      const reason =
        `Unexpected corrections[${index}] dated ${entry.date}, before the entry above it (${before.date}), ` +
        'expected the oldest entry first and each new entry added at the end';
      problems.push(createProblem('corrections-out-of-order', file, at('date'), reason));
    }
    if (published && entry.date < published) {
      const reason = `Unexpected correction dated ${entry.date}, expected a date on or after published (${published})`;
      problems.push(createProblem('correction-date', file, at('date'), reason));
    } else if (entry.date > today) {
      const reason =
        `Unexpected correction dated ${entry.date}, in the future, ` + 'expected the day the change was published';
      problems.push(createProblem('correction-date', file, at('date'), reason));
    }
    if (entry.previousVerdict === undefined) return;
    if (entry.kind === 'clarification') {
      const reason =
        `Unexpected previousVerdict "${entry.previousVerdict}" in a clarification, expected a clarification ` +
        'to leave the verdict as it was (kind: correction or update when the verdict changed)';
      problems.push(createProblem('clarification-with-verdict', file, at('previousVerdict'), reason));
      return;
    }
    const after = verdictAfter(corrections, index, verdict);
    if (after === entry.previousVerdict) {
      const which = corrections.slice(index + 1).some((later) => later.previousVerdict)
        ? "the next entry's previousVerdict"
        : 'the current verdict';
      const reason =
        `Unexpected previousVerdict "${entry.previousVerdict}", the same as the verdict that followed it ` +
        `(${which}), expected the verdict before this change`;
      problems.push(createProblem('unchanged-verdict', file, at('previousVerdict'), reason));
    }
  });
  const latest = latestCorrection(fields);
  if (latest && fields.updated && fields.updated !== latest) {
    const reason =
      `Unexpected updated ${fields.updated}, expected ${latest}, the date of the latest corrections entry ` +
      '(or no "updated" line: it is derived from corrections)';
    problems.push(createProblem('updated-mismatch', file, locate(['updated']), reason));
  }
  return problems;
}
