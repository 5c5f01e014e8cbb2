import { z } from 'astro/zod';
import { NON_ARTICLE_KIND_IDS } from '../domain/citation-kinds.ts';
import { httpUrl, isoDate, nonEmptyText } from './common.ts';

/** A part of the text that is not the article (caption, share buttons…): shown, but outside claim coverage. */
export const nonArticleSchema = z
  .object({
    /** The passage, quoted exactly as in `article.txt`. */
    quote: nonEmptyText,
    prefix: z.string().optional(),
    suffix: z.string().optional(),
    kind: z.enum(NON_ARTICLE_KIND_IDS),
  })
  .strict();

/** Provenance fields an editor can search for; `notFound` lists those searched for in vain. */
export const SEARCHABLE_PROVENANCE = ['title', 'outlet', 'author', 'url', 'published', 'archivedUrl'] as const;

/**
 * Provenance of one source article: `content/sources/<slug>/source.yaml`, beside the verbatim
 * `article.txt`. Every field but our own label is optional: what was not found stays empty and
 * readers see "Not recorded" (or "None found" for a field listed in `notFound`), never a guess.
 */
export const sourceSchema = z
  .object({
    /** Our short descriptive name for the article, shown where its headline is unknown and in lists. */
    label: nonEmptyText,
    /** Headline as published, where known. */
    title: nonEmptyText.optional(),
    /** Publication that ran it. */
    outlet: nonEmptyText.optional(),
    /** Byline. */
    author: nonEmptyText.optional(),
    /** Address of the original article. */
    url: httpUrl.optional(),
    /** Date the article was published. */
    published: isoDate.optional(),
    /** Date our copy of the text was taken. */
    retrieved: isoDate.optional(),
    /**
     * Date `article.txt` was last corrected (the outlet changed the article, or we fixed a
     * transcription error). Claims whose `updated` (or `published`) is earlier are reported as
     * `claim-stale` until an editor re-reads them against the new text and sets `updated`.
     */
    textUpdated: isoDate.optional(),
    /** An archived copy of the original. */
    archivedUrl: httpUrl.optional(),
    /** How the provenance was established, and what was looked for but not found. */
    provenanceNote: nonEmptyText.optional(),
    /**
     * Fields searched for and not found (readers see "None found"). A field left empty and not
     * listed here was not looked for, or not written down (readers see "Not recorded").
     */
    notFound: z.array(z.enum(SEARCHABLE_PROVENANCE)).default([]),
    /** Two to four sentences on the article's overall reliability. */
    summary: nonEmptyText.optional(),
    nonArticle: z.array(nonArticleSchema).default([]),
  })
  .strict()
  .superRefine((source, context) => {
    source.notFound.forEach((field, index) => {
      if (source[field] === undefined) return;
      const message = `Unexpected "${field}" in notFound: it has a value; list only fields searched for and not found`;
      context.addIssue({ code: 'custom', message, path: ['notFound', index] });
    });
  });

export type SourceData = z.infer<typeof sourceSchema>;
