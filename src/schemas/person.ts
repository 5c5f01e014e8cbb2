import { z } from 'astro/zod';
import { httpUrl, nonEmptyText } from './common.ts';

/** `person` for one named individual; `team` for a group credited as a whole (the site's editorial team). */
export const PERSON_KINDS = ['person', 'team'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

/** Someone who checks or reviews claims: `content/people/<id>.yaml`, named by id in claims' `author`/`reviewers`. */
export const personSchema = z
  .object({
    /** The name readers see in bylines ("Checked by …"). */
    name: nonEmptyText,
    kind: z.enum(PERSON_KINDS),
    /**
     * AI software (agents, models) rather than people: every check it wrote or reviewed says so beside
     * the byline, and the home page once.
     */
    ai: z.boolean().default(false),
    /** What they do here, e.g. "Editor" or "Fact-checker". */
    role: nonEmptyText,
    /** A short, true description: who they are and what they did on this site. */
    bio: nonEmptyText.max(600, 'Expected at most 600 characters; keep the bio short'),
    /** A page about them elsewhere (https only). */
    url: httpUrl.refine((value) => value.startsWith('https://'), 'Expected an https:// URL').optional(),
  })
  .strict();

export type PersonData = z.infer<typeof personSchema>;
