/**
 * The search page's words. The page (search.astro) hands them to its script in `data-words`, picked from the
 * interface table of the site's language (`searchWords`), so the browser bundle carries no table of its own;
 * `searchText` formats them there with the same rules as the server (src/i18n/format.ts).
 */
import type { MessageKey, Translate } from '../i18n/index.ts';
import { formatDate, formatMessage, type ClientWords, type Params } from '../i18n/format.ts';

export const SEARCH_MESSAGE_KEYS = [
  'search.kind.claim',
  'search.kind.source',
  'search.result.in',
  'search.result.checked',
  'search.result.published',
  'search.count',
  'search.status.query',
  'search.status.queryFiltered',
  'search.status.filtered',
  'search.status.all',
  'search.selected',
  'search.unfiltered',
  'search.error',
  'search.more',
] as const satisfies readonly MessageKey[];

export type SearchMessageKey = (typeof SEARCH_MESSAGE_KEYS)[number];
export type SearchWords = ClientWords<SearchMessageKey>;

/** `text(key, params)` for the search page's words, and its days as the language writes them. */
export interface SearchText {
  (key: SearchMessageKey, params?: Params): string;
  date(iso: string): string;
}

/** On the server: the words the page hands its script. */
export const searchWords = (t: Translate): SearchWords => t.pick(SEARCH_MESSAGE_KEYS);

/** In the browser (and in tests): the words handed over, ready to format. */
export function searchText(words: SearchWords): SearchText {
  return Object.assign(
    (key: SearchMessageKey, params?: Params) => formatMessage(words.messages[key], words.language, params),
    { date: (iso: string) => formatDate(iso, words.language, words.dates) },
  );
}
