import { didYouMean } from '../wording.ts';
import type { ClaimFields } from '../claim-fields.ts';
import type { Report, Rule } from './rule.ts';

/** An `author` or `reviewers` id that names no file in the people folder. */
function checkByline({ file, fields, locate }: ClaimFields, personIds: ReadonlySet<string>, report: Report) {
  const known = [...personIds].sort();
  const unknown = (id: string, field: string) =>
    `Unexpected ${field} "${id}", expected the id of a file in the people folder` +
    (known.length > 0 ? ` (one of: ${known.join(', ')}).` : ' (there is none yet).') +
    didYouMean(id, known);
  const hint = (id: string) => `Add ${id}.yaml to the people folder, or use the id of an existing person or team.`;
  const { author, reviewers = [] } = fields;
  if (author !== undefined && !personIds.has(author)) {
    report(file, locate(['author']), unknown(author, 'author'), { hint: hint(author) });
  }
  reviewers.forEach((id, index) => {
    if (!personIds.has(id)) report(file, locate(['reviewers', index]), unknown(id, 'reviewer'), { hint: hint(id) });
  });
}

/** Each reviewer's latest sign-off in `reviews` (an older one of theirs is history), by someone unknown. */
function checkReviews({ file, fields, locate }: ClaimFields, personIds: ReadonlySet<string>, report: Report) {
  const latest = new Map((fields.reviews ?? []).map((review, index) => [review.by, { review, index }]));
  for (const { review, index } of latest.values()) {
    if (personIds.has(review.by)) continue;
    const reason =
      `Unexpected reviewer "${review.by}" in reviews, expected the id of a file in the people folder.` +
      didYouMean(review.by, personIds);
    report(file, locate(['reviews', index, 'by']), reason);
  }
}

export const unknownPerson = {
  id: 'unknown-person',
  severity: 'error',
  meaning: 'an `author` or `reviewers` id with no file in `content/people/` (with "did you mean")',
  fix: 'Fix the id, or add content/people/<id>.yaml.',
  checks: {
    corpus: ({ claims, ids }, report) => {
      for (const claim of claims) checkByline(claim, ids.people, report);
      for (const claim of claims) checkReviews(claim, ids.people, report);
    },
  },
} as const satisfies Rule;
