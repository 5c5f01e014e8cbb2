import { z } from 'astro/zod';
import type { VerdictScale } from '../domain/scale.ts';
import { entryId, isoDate, nonEmptyText } from './common.ts';

/** `draft` claims are checked but never published by `npm run build`; `npm run dev` shows them with a banner. */
export const CLAIM_STATUSES = ['draft', 'published'] as const;

/**
 * What changed after publication: a `correction` fixes an error of ours, an `update` adds new
 * evidence, a `clarification` rewords without changing the finding.
 */
export const CORRECTION_KINDS = ['correction', 'update', 'clarification'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/**
 * A verdict of the scale. YAML reads a bare `false` (or `true`) as a boolean: where the scale has a verdict of
 * that name, the boolean is taken as it.
 */
const verdictField = (scale: VerdictScale) =>
  z.preprocess(
    (value) => (typeof value === 'boolean' && scale.has(String(value)) ? String(value) : value),
    z.enum(scale.verdictIds),
  );

const correctionSchemaOf = (scale: VerdictScale) =>
  z
    .object({
      date: isoDate,
      kind: z.enum(CORRECTION_KINDS),
      /** What changed and why, for readers. */
      note: nonEmptyText,
      /** The verdict before this change; required when the verdict changed. */
      previousVerdict: verdictField(scale).optional(),
    })
    .strict();

export type Correction = z.infer<ReturnType<typeof correctionSchemaOf>>;

/**
 * A reviewer's sign-off, written by `npm run review`: who, when, and a fingerprint of what they reviewed (quote,
 * verdict, flags, summary, explanation, citations), so a later edit shows as `review-stale`.
 */
export const reviewSchema = z
  .object({
    /** Id of the person (or team) in `content/people/` who reviewed the check. */
    by: entryId,
    /** The day of the review. */
    date: isoDate,
    /** `corpus/review-fingerprint.ts` of the check as reviewed: 16 hexadecimal digits. */
    fingerprint: z.string().regex(/^[0-9a-f]{16}$/, 'Expected the 16 hexadecimal digits npm run review writes'),
  })
  .strict();

export type Review = z.infer<typeof reviewSchema>;

/**
 * Frontmatter of one claim: `content/claims/<source-slug>/<claim-id>.mdx`. The folder names
 * the source, the file name is the claim's id, the body is the explanation.
 */
const claimSchemaOf = (scale: VerdictScale) =>
  z
    .object({
      /** The claim as it stands in the article (a TextQuoteSelector's `exact`). */
      quote: nonEmptyText,
      /** Text just before the quote, needed only when the quote occurs more than once. */
      prefix: z.string().optional(),
      /** Text just after the quote, needed only when the quote occurs more than once. */
      suffix: z.string().optional(),
      /** One value of the verdict scale. */
      verdict: verdictField(scale),
      /** Problems found whatever the verdict. */
      flags: z.array(z.enum(scale.flagIds)).default([]),
      /** The finding in one sentence, shown beside the highlight and in search results. */
      summary: nonEmptyText.max(200, 'Expected at most 200 characters; the explanation holds the detail'),
      /** Ids of documents in `content/citations/`. */
      citations: z.array(entryId).default([]),
      /** Ids of claims in other sources about the same fact, person or case. */
      related: z.array(entryId).default([]),
      /** Date the check was first published. */
      published: isoDate,
      /** Date of the last change to the verdict or explanation (derived from `corrections` when there are any). */
      updated: isoDate.optional(),
      /** `published` (default) or `draft`. */
      status: z.enum(CLAIM_STATUSES).default('published'),
      /** Id of the person (or team) in `content/people/` who checked the claim. */
      author: entryId.optional(),
      /** Ids of the people (or teams) who reviewed the check; never the author. */
      reviewers: z.array(entryId).default([]),
      /** Dated changes after publication, oldest first. */
      corrections: z.array(correctionSchemaOf(scale)).default([]),
      /** Sign-offs recorded by `npm run review`, oldest first. */
      reviews: z.array(reviewSchema).default([]),
    })
    .strict();

export type ClaimData = z.infer<ReturnType<typeof claimSchemaOf>>;

/**
 * The claim schemas for a verdict scale: verdicts, previous verdicts and flags are the scale's. A
 * `draft` claim has every field written checked as strictly as in a published claim, but verdict, summary
 * and published may still be missing (the checker warns `draft-incomplete`).
 */
export function claimSchemas(scale: VerdictScale) {
  const claim = claimSchemaOf(scale);
  return { claim, draft: claim.partial({ verdict: true, summary: true, published: true }) };
}

/** The fields a draft may leave out, in the order the `draft-incomplete` warning lists them. */
export const DRAFT_OPTIONAL_FIELDS = ['verdict', 'summary', 'published'] as const;
