import { z } from 'astro/zod';
import { CITATION_KIND_IDS } from '../domain/citation-kinds.ts';
import { httpUrl, isoDate, nonEmptyText } from './common.ts';

/** One cited document in the shared bibliography: `content/citations/<id>.yaml`. */
export const citationSchema = z
  .object({
    /** Title exactly as the document shows it. */
    title: nonEmptyText.optional(),
    /** Our description of the document, only where its title was not shown in the copy we read. */
    description: nonEmptyText.optional(),
    /** Organisation that published the document (agency, court, outlet). */
    publisher: nonEmptyText,
    /** Person or body credited as author, where the document names one. */
    author: nonEmptyText.optional(),
    /** The document's own date, where it shows one. */
    date: isoDate.optional(),
    /** Where the document can be read. */
    url: httpUrl,
    /** An archived copy, where one exists. */
    archivedUrl: httpUrl.optional(),
    /** What kind of evidence this is; decides how it is weighed. */
    kind: z.enum(CITATION_KIND_IDS),
    /** A short passage copied verbatim from the document that bears on the claims citing it. */
    excerpt: nonEmptyText.optional(),
  })
  .strict()
  .refine((citation) => citation.title !== undefined || citation.description !== undefined, {
    message: 'Expected "title" (as the document shows it) or, where no title was shown, "description"',
    path: ['title'],
  });

export type CitationData = z.infer<typeof citationSchema>;
