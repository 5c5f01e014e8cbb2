/**
 * The search page's state and its URL, both ways: `?q=detainer&verdict=unsupported&verdict=false`.
 * The URL is the one source of truth, so a search can be shared, bookmarked and reached with
 * the back button. Pure: no DOM, no Pagefind.
 */

/** The facets a reader can filter by; each is a Pagefind filter of the same name. */
export const FACETS = ['type', 'verdict', 'source', 'flag'] as const;
export type Facet = (typeof FACETS)[number];

export interface SearchState {
  /** The words typed, trimmed; empty when the reader only filters. */
  readonly q: string;
  /** Selected values per facet: values in one facet are alternatives (any), facets combine (all). */
  readonly filters: Readonly<Record<Facet, readonly string[]>>;
}

export const EMPTY_STATE: SearchState = { q: '', filters: { type: [], verdict: [], source: [], flag: [] } };

/** The longest query kept; longer input is cut, so a pasted page does not become one huge search. */
const MAX_QUERY = 200;

export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = Object.fromEntries(
    FACETS.map((facet) => [
      facet,
      unique(
        params
          .getAll(facet)
          .map((value) => value.trim())
          .filter(Boolean),
      ),
    ]),
  ) as Record<Facet, string[]>;
  return { q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY), filters };
}

/** The query string for a state, `?…` or '' when empty; values in a stable order so equal states give equal URLs. */
export function toSearchString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const facet of FACETS) for (const value of [...unique(state.filters[facet])].sort()) params.append(facet, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const hasFilters = (state: SearchState) => FACETS.some((facet) => state.filters[facet].length > 0);
export const isEmpty = (state: SearchState) => !state.q.trim() && !hasFilters(state);
export const sameState = (a: SearchState, b: SearchState) => toSearchString(a) === toSearchString(b);

export const withoutFilters = (state: SearchState): SearchState => ({ ...EMPTY_STATE, q: state.q });

/** Drops values not offered on the page (a stale or hand-edited URL), so they cannot hide every result unseen. */
export function keepKnown(state: SearchState, known: Readonly<Record<Facet, ReadonlySet<string>>>): SearchState {
  const filters = Object.fromEntries(
    FACETS.map((facet) => [facet, state.filters[facet].filter((value) => known[facet].has(value))]),
  );
  return { q: state.q, filters: filters as Record<Facet, string[]> };
}

/** Pagefind's filter object: `{verdict: {any: [...]}}` for each facet in use, optionally leaving one facet out. */
export function pagefindFilters(state: SearchState, except?: Facet): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const facet of FACETS) {
    if (facet !== except && state.filters[facet].length > 0) filters[facet] = { any: [...state.filters[facet]] };
  }
  return filters;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
