/** The elements of the /search/ page (src/pages/search.astro) that its script reads and updates. */
import { FACETS, type Facet } from './state.ts';
import { resultVerdicts, type ResultVerdict, type ResultVerdicts } from './results.ts';
import { searchText, type SearchText, type SearchWords } from './words.ts';

export interface SearchElements {
  readonly root: HTMLElement;
  readonly form: HTMLFormElement;
  readonly input: HTMLInputElement;
  readonly checkboxes: readonly HTMLInputElement[];
  readonly status: HTMLElement;
  readonly list: HTMLOListElement;
  readonly more: HTMLButtonElement;
  readonly none: HTMLElement;
  readonly clearButtons: readonly HTMLButtonElement[];
  readonly unfilteredNote: HTMLElement;
  readonly activeFilters: HTMLElement | null;
  /** The values each facet offers, as its checkboxes list them: a filter in the URL that none offers is dropped. */
  readonly known: Record<Facet, Set<string>>;
  /** The page's words, handed over by search.astro in `data-words`. */
  readonly text: SearchText;
  /** The site's verdicts, handed over in `data-verdicts`: each result's badge. */
  readonly verdicts: ResultVerdicts;
}

export function searchElements(root: HTMLElement): SearchElements {
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]')!;
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  return {
    root,
    form,
    input: form.querySelector<HTMLInputElement>('input[name="q"]')!,
    checkboxes,
    status: root.querySelector<HTMLElement>('[data-search-status]')!,
    list: root.querySelector<HTMLOListElement>('[data-search-results]')!,
    more: root.querySelector<HTMLButtonElement>('[data-search-more]')!,
    none: root.querySelector<HTMLElement>('[data-search-none]')!,
    clearButtons: [...root.querySelectorAll<HTMLButtonElement>('[data-search-clear]')],
    unfilteredNote: root.querySelector<HTMLElement>('[data-search-unfiltered]')!,
    activeFilters: root.querySelector<HTMLElement>('[data-search-active]'),
    known: Object.fromEntries(
      FACETS.map((facet) => [facet, new Set(checkboxes.filter((box) => box.name === facet).map((box) => box.value))]),
    ) as Record<Facet, Set<string>>,
    text: searchText(JSON.parse(root.dataset['words'] ?? '') as SearchWords),
    verdicts: resultVerdicts(JSON.parse(root.dataset['verdicts'] ?? '[]') as ResultVerdict[]),
  };
}
