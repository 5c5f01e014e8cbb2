/** A cited document as pages show it: its title, the line under it, and what the last link check found. */
import type { Citation } from '../corpus/model.ts';
import { excerptFragment } from '../annotations/index.ts';
import { activeTranslator } from '../i18n/active.ts';
import { linkHealth, type LinkHealth, type LinkStatusIndex } from './link-health.ts';

export interface CitationView {
  readonly id: string;
  readonly data: Citation['data'];
  readonly kindLabel: string;
  /** The document's title, or "Untitled page from <publisher>: <our description>" where no title was shown. */
  readonly displayTitle: string;
  /** True when the document showed no title and `displayTitle` is our description of it. */
  readonly untitled: boolean;
  /** Publisher, author (where it differs) and date: the line after the title. */
  readonly metaLine: string;
  /** The document opened at the excerpt (a text fragment), where the citation quotes one. */
  readonly excerptFragmentUrl?: string | undefined;
  /** The last link check: archived copy, "link dead as of", where the title links. */
  readonly health: LinkHealth;
}

/**
 * A citation's title for reference managers (CSL), or `[description]` where the document showed none: a
 * supplied title goes in brackets, as bibliographies write it.
 */
export const citationTitle = (data: Citation['data']) =>
  data.title ?? `[${data.description ?? activeTranslator()('citation.untitledDocument')}]`;

/** A citation's title as readers see it: where the document showed none, what it is and who published it. */
export const citationDisplayTitle = (data: Citation['data']) =>
  data.title ??
  (data.description
    ? activeTranslator()('citation.untitledPage.described', {
        publisher: data.publisher,
        description: data.description,
      })
    : activeTranslator()('citation.untitledPage', { publisher: data.publisher }));

/** "Publisher, Author, 2024-05-01": the author only where it is not the publisher again. */
export function citationMetaLine(data: Citation['data']): string {
  const author = data.author && data.author !== data.publisher ? `, ${data.author}` : '';
  const t = activeTranslator();
  return `${data.publisher}${author}, ${data.date ? t.date(data.date) : t('citation.dateNotShown')}`;
}

export function citationView(citation: Citation, links: LinkStatusIndex = new Map()): CitationView {
  const { id, data } = citation;
  const kindLabel = activeTranslator()(`citationKind.${data.kind}`);
  const health = linkHealth(data, links);
  // A dead original opens nowhere: the archived copy, where there is one, opens at the passage instead.
  const excerptFragmentUrl = data.excerpt ? excerptFragment(health.href, data.excerpt) : undefined;
  return {
    id,
    data,
    kindLabel,
    displayTitle: citationDisplayTitle(data),
    untitled: data.title === undefined,
    metaLine: citationMetaLine(data),
    excerptFragmentUrl,
    health,
  };
}
