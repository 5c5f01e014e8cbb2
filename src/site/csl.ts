/**
 * The bibliography as CSL-JSON, the format Zotero, Pandoc and citation-js read.
 * Names are given as `literal`: we record them as the document shows them and do not guess
 * which part is a family name.
 * @see https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html
 */
import type { Citation } from '../corpus/model.ts';
import type { CitationKindId } from '../domain/citation-kinds.ts';
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

export function cslItem(citation: Citation): CslItem {
  const d = citation.data;
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
    ...(d.archivedUrl ? { note: `Archived copy: ${d.archivedUrl}` } : {}),
  };
}

/** Every citation, in id order so the file diffs cleanly. */
export function bibliography(citations: readonly Citation[]): CslItem[] {
  return [...citations].sort((a, b) => a.id.localeCompare(b.id)).map(cslItem);
}
