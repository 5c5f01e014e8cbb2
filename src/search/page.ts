/**
 * The /search/ page in the browser: reads the form, keeps the URL in step, asks Pagefind and
 * renders results with the site's own badges. Everything it shows comes from the pure modules
 * beside it; this file only wires events and elements. Text is set with text nodes throughout.
 */
import { loadCounter, loadPagefind, type FilterCounts, type Pagefind, type PagefindSearch } from './pagefind.ts';
import { formatCount, spokenCount, statusMessage, toResultView, type ResultView } from './results.ts';
import { searchText, type SearchText, type SearchWords } from './words.ts';
import {
  FACETS,
  hasFilters,
  isEmpty,
  keepKnown,
  pagefindFilters,
  parseSearchState,
  sameState,
  toSearchString,
  withoutFilters,
  type Facet,
  type SearchState,
} from './state.ts';

/** Results loaded per page; each needs one small fragment request. */
const PAGE_SIZE = 10;
/** Pause after the last keystroke before searching, so each word is searched once, not each letter. */
const TYPING_DELAY_MS = 200;

export function startSearchPage(root: HTMLElement, base: string): void {
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const none = root.querySelector<HTMLElement>('[data-search-none]')!;
  const clearButtons = [...root.querySelectorAll<HTMLButtonElement>('[data-search-clear]')];
  const unfilteredNote = root.querySelector<HTMLElement>('[data-search-unfiltered]')!;
  const activeFilters = root.querySelector<HTMLElement>('[data-search-active]');
  // The page's words, handed over by search.astro.
  const text = searchText(JSON.parse(root.dataset['words'] ?? '') as SearchWords);
  const known = Object.fromEntries(
    FACETS.map((facet) => [facet, new Set(checkboxes.filter((box) => box.name === facet).map((box) => box.value))]),
  ) as Record<Facet, Set<string>>;

  let current = keepKnown(parseSearchState(location.search), known);
  /**
   * Whether the current history entry belongs to a burst of typing, which later keystrokes replace rather
   * than stack.
   */
  let typing = false;
  /** Bumped by every search, so a slow answer to an older one is dropped. */
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: PagefindSearch['results'] = [];

  // The form is revealed, and the filters opened on wide screens, by the inline script in
  // search.astro before the first paint, so nothing moves when this module runs.

  function readForm(): SearchState {
    const filters = Object.fromEntries(
      FACETS.map((facet) => [
        facet,
        checkboxes.filter((box) => box.name === facet && box.checked).map((box) => box.value),
      ]),
    );
    return { q: input.value.trim(), filters: filters as Record<Facet, string[]> };
  }

  function writeForm(state: SearchState): void {
    if (input.value.trim() !== state.q) input.value = state.q;
    for (const box of checkboxes) box.checked = state.filters[box.name as Facet]?.includes(box.value) ?? false;
    showActive(state);
  }

  /** Folded filters still say that some apply, so a short result list is not a surprise. */
  function showActive(state: SearchState): void {
    const chosen = FACETS.reduce((sum, facet) => sum + state.filters[facet].length, 0);
    if (activeFilters) activeFilters.textContent = chosen > 0 ? ` ${text('search.selected', { count: chosen })}` : '';
  }

  function commit(reason: 'typing' | 'submit' | 'filter'): void {
    const next = readForm();
    if (!sameState(next, current)) {
      const url = `${location.pathname}${toSearchString(next)}`;
      // One history entry per search the reader made, not per keystroke: typing, then Enter, replace.
      if (typing && reason !== 'filter') history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      current = next;
      showActive(next);
      void run(next);
    }
    typing = reason === 'typing';
  }

  async function run(state: SearchState): Promise<void> {
    const mine = ++generation;
    if (isEmpty(state)) return showIdle();
    list.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await loadPagefind(base);
      const term = state.q || null;
      const search = await pagefind.search(term, { filters: pagefindFilters(state) });
      if (mine !== generation) return;
      pending = search.results;
      list.replaceChildren();
      await showMore(mine, false);
      if (mine !== generation) return;
      // Results first, counts after: on a large index counting is the slow part (see pagefind.ts).
      // The status waits for the counts, so what it announces and the counts beside it agree.
      const counts = await facetCounts(await loadCounter(base), term, state);
      if (mine !== generation) return;
      showCounts(counts);
      const total = search.results.length;
      none.hidden = total > 0;
      const dropFilters = total === 0 && hasFilters(state) && search.unfilteredResultCount > 0;
      unfilteredNote.closest('li')!.hidden = !hasFilters(state);
      unfilteredNote.hidden = !dropFilters;
      unfilteredNote.textContent = dropFilters
        ? text('search.unfiltered', { count: search.unfilteredResultCount })
        : '';
      status.textContent = statusMessage({ q: state.q, total, filtered: hasFilters(state) }, text);
    } catch (error) {
      if (mine !== generation) return;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = text('search.error');
      console.error(error);
    } finally {
      if (mine === generation) list.removeAttribute('aria-busy');
    }
  }

  /**
   * Counts per facet as readers expect from checkboxes: each facet counted with the other
   * facets' selections applied but not its own, so choosing one verdict keeps the others' counts.
   */
  async function facetCounts(counter: Pagefind, term: string | null, state: SearchState): Promise<FilterCounts> {
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

  async function showMore(mine: number, moveFocus: boolean): Promise<void> {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const views = (await Promise.all(batch.map((result) => result.data()))).map((data) => toResultView(data, text));
    if (mine !== generation) return;
    const items = views.map((view) => renderResult(view, text));
    list.append(...items);
    more.hidden = pending.length === 0;
    more.textContent = text('search.more', { count: Math.min(PAGE_SIZE, pending.length), remaining: pending.length });
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  function showCounts(counts: FilterCounts): void {
    for (const box of checkboxes) {
      const count = counts[box.name]?.[box.value] ?? 0;
      const label = box.closest('label');
      const visible = label?.querySelector('[data-count]');
      const spoken = label?.querySelector('[data-count-spoken]');
      if (visible) visible.textContent = formatCount(count);
      if (spoken) spoken.textContent = spokenCount(count, text);
      label?.classList.toggle('facet-empty', count === 0 && !box.checked);
    }
  }

  function showIdle(): void {
    pending = [];
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    more.hidden = true;
    none.hidden = true;
    status.textContent = '';
    for (const element of root.querySelectorAll('[data-count], [data-count-spoken]')) element.textContent = '';
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    commit('submit');
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => commit('typing'), TYPING_DELAY_MS);
  });
  input.addEventListener('blur', () => {
    typing = false;
  });
  for (const box of checkboxes) box.addEventListener('change', () => commit('filter'));
  for (const button of clearButtons) {
    button.addEventListener('click', () => {
      writeForm(withoutFilters(readForm()));
      commit('filter');
      input.focus();
    });
  }
  more.addEventListener('click', () => void showMore(generation, true));
  window.addEventListener('popstate', () => {
    clearTimeout(timer);
    typing = false;
    current = keepKnown(parseSearchState(location.search), known);
    writeForm(current);
    void run(current);
  });

  writeForm(current);
  if (!isEmpty(current)) void run(current);
}

function renderResult(view: ResultView, text: SearchText): HTMLLIElement {
  const item = element('li', 'search-result');
  if (view.verdict) item.classList.add(`v-${view.verdict.id}`);
  const kind = element(
    'p',
    'result-kind',
    view.kind === 'claim' && view.sourceTitle
      ? text('search.result.in', { kind: view.kindLabel, source: view.sourceTitle })
      : view.kindLabel,
  );
  const title = element('h3', 'result-title');
  const link = element('a', '', view.title);
  link.href = view.url;
  title.append(link);
  item.append(title, kind);
  if (view.verdict) {
    // Same markup as src/components/VerdictBadge.astro, so the badge looks and reads the same.
    const badge = element('span', `badge v-${view.verdict.id}`);
    badge.title = view.verdict.definition;
    const icon = element('span', 'badge-icon', view.verdict.icon);
    icon.setAttribute('aria-hidden', 'true');
    badge.append(icon, ` ${view.verdict.label}`);
    const line = element('p', 'result-verdict');
    line.append(badge);
    item.append(line);
  }
  const excerpt = element('p', 'result-excerpt');
  for (const segment of view.excerpt) excerpt.append(segment.mark ? element('mark', '', segment.text) : segment.text);
  item.append(excerpt);
  if (view.dateText) item.append(element('p', 'meta', view.dateText));
  return item;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
