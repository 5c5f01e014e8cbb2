/** The search form as a `SearchState`: read from its fields, written back to them. */
import type { SearchElements } from './page-elements.ts';
import { FACETS, type Facet, type SearchState } from './state.ts';

export function readForm({ input, checkboxes }: SearchElements): SearchState {
  const filters = Object.fromEntries(
    FACETS.map((facet) => [
      facet,
      checkboxes.filter((box) => box.name === facet && box.checked).map((box) => box.value),
    ]),
  );
  return { q: input.value.trim(), filters: filters as Record<Facet, string[]> };
}

export function writeForm(elements: SearchElements, state: SearchState): void {
  const { input, checkboxes } = elements;
  if (input.value.trim() !== state.q) input.value = state.q;
  for (const box of checkboxes) box.checked = state.filters[box.name as Facet]?.includes(box.value) ?? false;
  showActive(elements, state);
}

/** Folded filters still say that some apply, so a short result list is not a surprise. */
export function showActive({ activeFilters, text }: SearchElements, state: SearchState): void {
  const chosen = FACETS.reduce((sum, facet) => sum + state.filters[facet].length, 0);
  if (activeFilters) activeFilters.textContent = chosen > 0 ? ` ${text('search.selected', { count: chosen })}` : '';
}
