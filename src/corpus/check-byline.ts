/**
 * Bylines, once every file is read: a published claim names its `author` and (with `requireReview`
 * on in astro.config.mjs) its `reviewers`, each a person or team in `content/people/`.
 */
import type { ClaimFields } from './check-references.ts';
import { createProblem, didYouMean, type Problem } from './problems.ts';

export interface BylineOptions {
  /** Every people file's id, valid or not (a broken file is reported once, in itself). */
  readonly personIds: ReadonlySet<string>;
  /** A published claim must list a reviewer (`SITE.requireReview`). */
  readonly requireReview: boolean;
}

export function checkBylines(claims: readonly ClaimFields[], options: BylineOptions): Problem[] {
  const { personIds, requireReview } = options;
  const problems: Problem[] = [];
  const known = [...personIds].sort();
  const unknown = (id: string, field: string) =>
    `Unexpected ${field} "${id}", expected the id of a file in the people folder` +
    (known.length > 0 ? ` (one of: ${known.join(', ')}).` : ' (there is none yet).') +
    didYouMean(id, known);

  for (const { file, fields, locate, draft, written } of claims) {
    const published = !draft && written !== undefined;
    const { author, reviewers = [] } = fields;
    if (author !== undefined && !personIds.has(author)) {
      const hint = `Add ${author}.yaml to the people folder, or use the id of an existing person or team.`;
      problems.push(createProblem('unknown-person', file, locate(['author']), unknown(author, 'author'), { hint }));
    } else if (author === undefined && published && !written.has('author')) {
      const reason = 'Missing field "author" in a published claim, expected the id of who checked it';
      problems.push(createProblem('missing-author', file, locate(['published']), reason));
    }
    const seen = new Set<string>();
    reviewers.forEach((id, index) => {
      const at = locate(['reviewers', index]);
      if (!personIds.has(id)) {
        const hint = `Add ${id}.yaml to the people folder, or use the id of an existing person or team.`;
        problems.push(createProblem('unknown-person', file, at, unknown(id, 'reviewer'), { hint }));
      }
      if (id === author) {
        const reason = `Unexpected reviewer "${id}", the claim's author, expected someone else to review the check`;
        problems.push(createProblem('author-reviews-own-claim', file, at, reason));
      }
      if (seen.has(id)) {
        const reason = `Unexpected second "${id}" in reviewers, expected each reviewer once`;
        problems.push(createProblem('duplicate-reviewer', file, at, reason));
      }
      seen.add(id);
    });
    if (published && requireReview && reviewers.length === 0 && fields.reviewers !== undefined) {
      const reason =
        'Missing reviewer in a published claim, expected "reviewers" to name at least one person or team ' +
        '(required by the requireReview option in astro.config.mjs)';
      const hint =
        'Add "reviewers: [<id>]" naming who reviewed the check; to publish without review (a one-person ' +
        'site), set requireReview: false in the factcheck() options in astro.config.mjs.';
      const at = locate([written.has('reviewers') ? 'reviewers' : written.has('author') ? 'author' : 'published']);
      problems.push(createProblem('missing-reviewer', file, at, reason, { hint }));
    }
  }
  return problems;
}
