/**
 * The bibliography as CSL-JSON, the format Zotero, Pandoc and citation-js read.
 * Names are given as `literal`: we record them as the document shows them and do not guess
 * which part is a family name.
 *
 * CSL has no variable for an archived copy of a web page. Its URL goes in `archive_location`
 * ("storage location within an archive"), which citation-js hands to citeproc-js unchanged and
 * styles such as APA and Vancouver print after `archive` (the archive's name: "Internet Archive"
 * for a Wayback Machine address, else left out); `note` keeps "Archived copy: <url>" as before.
 * @see https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html
 * @see https://docs.citationstyles.org/en/stable/specification.html#standard-variables
 */
import type { Citation } from '../corpus/model.ts';
import type { CitationKindId } from '../domain/citation-kinds.ts';
import type { LinkStatusEntry } from '../schemas/link-status.ts';
import { linkHealth, linkStatusIndex, type LinkStatusIndex } from './link-health.ts';
import { citationTitle } from './site-model.ts';

export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: { literal: string }[];
  publisher?: string;
  'container-title'?: string;
  issued?: { 'date-parts': [[number, number, number]] };
  URL: string;
  archive?: string;
  archive_location?: string;
  note?: string;
}

/** CSL item types for our kinds of evidence. */
const CSL_TYPES: Readonly<Record<CitationKindId, string>> = {
  primary: 'document',
  official: 'document',
  research: 'report',
  dataset: 'dataset',
  news: 'article-newspaper',
  reference: 'entry-encyclopedia',
  advocacy: 'webpage',
};

/** The Wayback Machine's host: its copies are the Internet Archive's. */
const WAYBACK_HOST = /^https?:\/\/web\.archive\.org\//i;

export function cslItem(citation: Citation, links: LinkStatusIndex = new Map()): CslItem {
  const d = citation.data;
  const { archivedUrl } = linkHealth(d, links);
  const [year, month, day] = (d.date ?? '').split('-').map(Number);
  return {
    id: citation.id,
    type: CSL_TYPES[d.kind],
    title: citationTitle(d),
    ...(d.author ? { author: [{ literal: d.author }] } : {}),
    publisher: d.publisher,
    // A news outlet is where the article appeared, which styles print after the title.
    ...(d.kind === 'news' ? { 'container-title': d.publisher } : {}),
    ...(year && month && day ? { issued: { 'date-parts': [[year, month, day]] } } : {}),
    URL: d.url,
    ...(archivedUrl && WAYBACK_HOST.test(archivedUrl) ? { archive: 'Internet Archive' } : {}),
    ...(archivedUrl ? { archive_location: archivedUrl, note: `Archived copy: ${archivedUrl}` } : {}),
  };
}

/** Every citation, in id order so the file diffs cleanly; archived copies also from the last link check. */
export function bibliography(citations: readonly Citation[], linkStatus?: readonly LinkStatusEntry[]): CslItem[] {
  const links = linkStatusIndex(linkStatus);
  return [...citations].sort((a, b) => a.id.localeCompare(b.id)).map((citation) => cslItem(citation, links));
}
