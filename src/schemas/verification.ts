import { z } from 'astro/zod';
import { CLAIM_DRIFT_STATUSES } from '../domain/claim-drift.ts';
import { nonEmptyText } from './common.ts';

/** How each claim fared when re-anchored in the original as fetched (`npm run verify-source`). */
export const CLAIM_VERIFICATION_STATUSES = CLAIM_DRIFT_STATUSES;

/**
 * `content/sources/<slug>/verification.json`: the last comparison of `article.txt` with the
 * original, written by `npm run verify-source -- <slug> --write` (the same object `--json` prints).
 */
export const verificationSchema = z
  .object({
    source: nonEmptyText,
    /** When the original was fetched, an ISO 8601 date-time. */
    checkedAt: z.iso.datetime({ offset: true }),
    /** The URL or file the original was read from. */
    from: nonEmptyText,
    /** `identical` after our usual folding of whitespace and quote marks, else `changed`. */
    status: z.enum(['identical', 'changed']),
    /** SHA-256 (hex) of `article.txt` as it was compared: a later edit of our copy makes the result stale. */
    articleSha256: z.string().regex(/^[0-9a-f]{64}$/, 'Expected 64 lower-case hexadecimal digits'),
    /** Each passage that differs: the line in `article.txt`, what we saved, what the original says now. */
    changes: z.array(
      z
        .object({
          line: z.number().int().positive(),
          saved: z.string(),
          original: z.string(),
          /** Ids of the claims whose quote overlaps the saved passage. */
          claims: z.array(z.string()).default([]),
        })
        .strict(),
    ),
    claims: z.array(
      z
        .object({
          id: nonEmptyText,
          status: z.enum(CLAIM_VERIFICATION_STATUSES),
          /** Similarity of the closest passage, 0 to 1 (1 for unchanged and moved); null when missing. */
          score: z.number().min(0).max(1).nullable(),
        })
        .strict(),
    ),
  })
  .strict();

export type Verification = z.infer<typeof verificationSchema>;
