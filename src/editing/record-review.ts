/**
 * `npm run review -- <claim-id> --by <person-id>`: records a reviewer's sign-off in the claim's frontmatter, as
 * a `reviews` entry (who, the day, the fingerprint of what they reviewed), and adds them to `reviewers` when they
 * are not listed yet. Every other byte of the file stays as it was; a file whose frontmatter `yaml` would not write
 * back unchanged is left alone, with the lines to add by hand.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isSeq, parseDocument, Scalar, type Document } from 'yaml';
import { readClaimFiles } from '../corpus/claim-files.ts';
import type { ContentDirs } from '../corpus/content-dirs.ts';
import { baseId, listFiles } from '../corpus/files.ts';
import { createProblem, didYouMean } from '../corpus/problems.ts';
import { reviewFingerprint } from '../corpus/review-fingerprint.ts';
import type { RuleId } from '../corpus/rules.ts';
import { validateFields } from '../corpus/validate-fields.ts';
import type { VerdictScale } from '../domain/scale.ts';
import { claimSchemas, type ClaimData } from '../schemas/claim.ts';
import type { Created } from './new-entries.ts';

export interface ReviewOptions {
  readonly claimId: string;
  readonly by: string;
  /** YYYY-MM-DD. */
  readonly today: string;
  /** The verdicts and flags the claim is checked against before it is signed off. */
  readonly scale: VerdictScale;
}

const WRITE_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

export async function recordReview(root: string, dirs: ContentDirs, options: ReviewOptions): Promise<Created> {
  const { claimId, by, today } = options;
  const refuse = (ruleId: RuleId, file: string, reason: string, hint?: string): Created => ({
    ok: false,
    problem: createProblem(ruleId, file, { line: 1, column: 1 }, reason, hint ? { hint } : {}),
  });
  const claims = await readClaimFiles(root, dirs.claims);
  const claim = claims.find((entry) => entry.id === claimId);
  if (!claim) {
    const reason = `Unexpected claim id "${claimId}", expected the name of a claim file.`;
    return refuse(
      'unknown-related',
      dirs.claims,
      `${reason}${didYouMean(
        claimId,
        claims.map((entry) => entry.id),
      )}`,
    );
  }
  const people = (await listFiles(root, dirs.people, /\.ya?ml$/)).map(baseId);
  if (!people.includes(by)) {
    const reason = `Unexpected reviewer "${by}", expected the id of a file in ${dirs.people}.${didYouMean(by, people)}`;
    return refuse(
      'unknown-person',
      dirs.people,
      reason,
      'Pass --by with a person id, or add them first with npm run new -- person.',
    );
  }
  const { frontmatter, yaml } = claim;
  if (!frontmatter || !yaml) return refuse('missing-frontmatter', claim.file, 'Missing frontmatter in the claim');
  const draft = (yaml.data as { status?: unknown } | undefined)?.status === 'draft';
  const schemas = claimSchemas(options.scale);
  const { data, problems } = validateFields<ClaimData>(
    (draft ? schemas.draft : schemas.claim) as never,
    yaml,
    claim.file,
    'claim frontmatter',
    { verdictAliases: options.scale.aliasOf },
  );
  const [first] = problems;
  if (!data || first) {
    const hint = 'Fix the claim first (npm run check lists its problems): a review signs off a check that passes.';
    if (first) first.hint = hint;
    return first ? { ok: false, problem: first } : refuse('invalid-field', claim.file, 'Unexpected frontmatter', hint);
  }
  if (data.author === by) {
    return refuse('author-reviews-own-claim', claim.file, `Unexpected review by ${by}, the claim's author`);
  }
  const fingerprint = reviewFingerprint(data, frontmatter.body);
  const document = parseDocument(frontmatter.yaml);
  if (document.toString(WRITE_OPTIONS) !== frontmatter.yaml) {
    const lines = `reviews:\n  - by: ${by}\n    date: ${today}\n    fingerprint: "${fingerprint}"`;
    return refuse(
      'invalid-field',
      claim.file,
      'Unexpected frontmatter layout that cannot be edited safely',
      `Add by hand:\n${lines}`,
    );
  }
  addReview(document, { by, date: today, fingerprint });
  const start = claim.text.indexOf('\n') + 1;
  const text =
    claim.text.slice(0, start) + document.toString(WRITE_OPTIONS) + claim.text.slice(start + frontmatter.yaml.length);
  await writeFile(path.resolve(root, claim.file), text, 'utf8');
  return { ok: true, files: [claim.file] };
}

const quoted = (value: string) => Object.assign(new Scalar(value), { type: Scalar.QUOTE_DOUBLE });

function addReview(document: Document, review: { by: string; date: string; fingerprint: string }): void {
  const reviewers = document.get('reviewers');
  if (isSeq(reviewers)) {
    if (!reviewers.items.some((item) => (item as Scalar).value === review.by)) reviewers.add(review.by);
  } else {
    document.set('reviewers', document.createNode([review.by], { flow: true }));
  }
  const entry = document.createNode({ by: review.by, date: review.date, fingerprint: quoted(review.fingerprint) });
  const reviews = document.get('reviews');
  if (isSeq(reviews)) reviews.add(entry);
  else document.set('reviews', document.createNode([entry]));
}
