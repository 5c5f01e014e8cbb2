import type { FilterCounts, Pagefind } from './pagefind.ts';
import { FACETS, pagefindFilters, type SearchState } from './state.ts';

/**
 * Counts per facet as readers expect from checkboxes: each facet counted with the other
 * facets' selections applied but not its own, so choosing one verdict keeps the others' counts.
 */
export async function facetCounts(counter: Pagefind, term: string | null, state: SearchState): Promise<FilterCounts> {
  const counts: FilterCounts = {};
  let own: FilterCounts | undefined;
  for (const facet of FACETS) {
    if (state.filters[facet].length === 0) {
      own ??= (await counter.search(term, { filters: pagefindFilters(state) })).filters;
      counts[facet] = own[facet] ?? {};
      continue;
    }
    const others = pagefindFilters(state, facet);
    // A search with neither words nor filters matches nothing; the index's totals are the answer.
    const answer =
      !term && Object.keys(others).length === 0
        ? await counter.filters()
        : (await counter.search(term, { filters: others })).filters;
    counts[facet] = answer[facet] ?? {};
  }
  return counts;
}
