/**
 * What the search page shows, computed from Pagefind's data: one view per result, the words
 * for counts and the status line. Pure: the page only turns these into elements.
 */
import { quoteForDisplay } from '../domain/quote-text.ts';
import { excerptSegments, type ExcerptSegment } from './excerpt.ts';
import type { SearchText } from './words.ts';

/** The part of a loaded Pagefind result we read. @see https://pagefind.app/docs/api/#loading-a-result */
export interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly filters: Readonly<Record<string, readonly string[] | undefined>>;
}

export type ResultKind = 'source' | 'claim';

/** What a result's badge shows of a verdict. */
export interface ResultVerdict {
  readonly id: string;
  readonly label: string;
  readonly icon: string;
  readonly definition: string;
}

/**
 * The site's verdicts as the search page knows them: a `VerdictScale`, or the list the page hands its script
 * (`data-verdicts`, search.astro), so a site with a scale of its own shows its own badges.
 */
export interface ResultVerdicts {
  has(id: string): boolean;
  verdict(id: string): ResultVerdict;
}

/** The lookup over the list the page hands its script. */
export function resultVerdicts(list: readonly ResultVerdict[]): ResultVerdicts {
  const byId = new Map(list.map((verdict) => [verdict.id, verdict]));
  return { has: (id) => byId.has(id), verdict: (id) => byId.get(id)! };
}

export interface ResultView {
  readonly url: string;
  readonly kind: ResultKind;
  /** "Claim" or "Article", said before the title so the two read differently without styling. */
  readonly kindLabel: string;
  readonly title: string;
  readonly excerpt: readonly ExcerptSegment[];
  readonly verdict: {
    readonly id: string;
    readonly label: string;
    readonly icon: string;
    readonly definition: string;
  } | null;
  readonly sourceTitle: string;
  /** "Checked 2026-11-25" for a claim, "Published 2019-12-13" for an article; '' when unknown. */
  readonly dateText: string;
}

/** A result as shown; a verdict id the scale does not know (an index from another build) shows no badge. */
export function toResultView(data: PagefindResultData, scale: ResultVerdicts, text: SearchText): ResultView {
  const kind: ResultKind = data.filters['type']?.includes('claim') ? 'claim' : 'source';
  const verdictId = data.meta['verdict'];
  const verdict = kind === 'claim' && verdictId !== undefined && scale.has(verdictId) ? scale.verdict(verdictId) : null;
  const date = data.meta['date'] ?? '';
  return {
    url: data.url,
    kind,
    kindLabel: text(kind === 'claim' ? 'search.kind.claim' : 'search.kind.source'),
    // Claim records are titled with the quote itself; quotation marks show it is the article's words.
    title:
      kind === 'claim' && data.meta['title'] ? quoteForDisplay(data.meta['title']) : (data.meta['title'] ?? data.url),
    excerpt: excerptSegments(data.excerpt),
    verdict: verdict && {
      id: verdict.id,
      label: verdict.label,
      icon: verdict.icon,
      definition: verdict.definition,
    },
    sourceTitle: data.meta['source_title'] ?? '',
    dateText: date
      ? text(kind === 'claim' ? 'search.result.checked' : 'search.result.published', { date: text.date(date) })
      : '',
  };
}

/** A filter option's count as shown beside it; blank until the index has answered. */
export const formatCount = (count: number | undefined) => (count === undefined ? '' : String(count));

/** The same count for screen readers, which would otherwise hear a bare number after the label. */
export const spokenCount = (count: number | undefined, text: SearchText) =>
  count === undefined ? '' : text('search.count', { count });

export interface StatusInput {
  readonly q: string;
  readonly total: number;
  readonly filtered: boolean;
}

/** The one line announced in the live region after every search. */
export function statusMessage({ q, total, filtered }: StatusInput, text: SearchText): string {
  const key = q
    ? filtered
      ? 'search.status.queryFiltered'
      : 'search.status.query'
    : filtered
      ? 'search.status.filtered'
      : 'search.status.all';
  return text(key, { count: total, query: quoteForDisplay(q) });
}
