import { z } from 'astro/zod';
import { FLAG_IDS } from '../domain/flags.ts';
import { VERDICT_IDS } from '../domain/verdicts.ts';
import { entryId, isoDate, nonEmptyText } from './common.ts';

/**
 * Frontmatter of one claim: `content/claims/<source-slug>/<claim-id>.mdx`. The folder names
 * the source, the file name is the claim's id, the body is the explanation.
 */
export const claimSchema = z
  .object({
    /** The claim as it stands in the article (a TextQuoteSelector's `exact`). */
    quote: nonEmptyText,
    /** Text just before the quote, needed only when the quote occurs more than once. */
    prefix: z.string().optional(),
    /** Text just after the quote, needed only when the quote occurs more than once. */
    suffix: z.string().optional(),
    /** One value of the verdict scale. YAML reads a bare `false` as a boolean, so that is taken as "false". */
    verdict: z.preprocess((value) => (value === false ? 'false' : value), z.enum(VERDICT_IDS)),
    /** Problems found whatever the verdict. */
    flags: z.array(z.enum(FLAG_IDS)).default([]),
    /** The finding in one sentence, shown beside the highlight and in search results. */
    summary: nonEmptyText.max(200, 'Expected at most 200 characters; the explanation holds the detail'),
    /** Ids of documents in `content/citations/`. */
    citations: z.array(entryId).default([]),
    /** Ids of claims in other sources about the same fact, person or case. */
    related: z.array(entryId).default([]),
    /** Date the check was first published. */
    published: isoDate,
    /** Date of the last change to the verdict or explanation. */
    updated: isoDate.optional(),
  })
  .strict();

export type ClaimData = z.infer<typeof claimSchema>;
