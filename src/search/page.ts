/**
 * The /search/ page in the browser: reads the form, keeps the URL in step, asks Pagefind and
 * renders results with the site's own badges. Everything it shows comes from the pure modules
 * beside it; this file only wires events and elements. Text is set with text nodes throughout.
 */
import { facetCounts } from './facet-counts.ts';
import { searchElements, type SearchElements } from './page-elements.ts';
import { loadCounter, loadPagefind, type FilterCounts, type PagefindSearch } from './pagefind.ts';
import { renderResult } from './render-result.ts';
import { formatCount, spokenCount, statusMessage, toResultView } from './results.ts';
import { readForm, showActive, writeForm } from './search-form.ts';
import {
  hasFilters,
  isEmpty,
  keepKnown,
  pagefindFilters,
  parseSearchState,
  sameState,
  toSearchString,
  withoutFilters,
  type SearchState,
} from './state.ts';

/** Results loaded per page; each needs one small fragment request. */
const PAGE_SIZE = 10;
/** Pause after the last keystroke before searching, so each word is searched once, not each letter. */
const TYPING_DELAY_MS = 200;

/** The page's elements and what it remembers between events. */
interface Session {
  readonly elements: SearchElements;
  readonly base: string;
  current: SearchState;
  /**
   * Whether the current history entry belongs to a burst of typing, which later keystrokes replace rather
   * than stack.
   */
  typing: boolean;
  /** Bumped by every search, so a slow answer to an older one is dropped. */
  generation: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Results found but not shown yet. */
  pending: PagefindSearch['results'];
}

export function startSearchPage(root: HTMLElement, base: string): void {
  const elements = searchElements(root);
  const session: Session = {
    elements,
    base,
    current: keepKnown(parseSearchState(location.search), elements.known),
    typing: false,
    generation: 0,
    timer: undefined,
    pending: [],
  };
  // The form is revealed, and the filters opened on wide screens, by the inline script in
  // search.astro before the first paint, so nothing moves when this module runs.
  listen(session);
  writeForm(elements, session.current);
  if (!isEmpty(session.current)) void run(session, session.current);
}

function listen(session: Session): void {
  const { form, input, checkboxes, clearButtons, more } = session.elements;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(session.timer);
    commit(session, 'submit');
  });
  input.addEventListener('input', () => {
    clearTimeout(session.timer);
    session.timer = setTimeout(() => commit(session, 'typing'), TYPING_DELAY_MS);
  });
  input.addEventListener('blur', () => {
    session.typing = false;
  });
  for (const box of checkboxes) box.addEventListener('change', () => commit(session, 'filter'));
  for (const button of clearButtons) {
    button.addEventListener('click', () => {
      writeForm(session.elements, withoutFilters(readForm(session.elements)));
      commit(session, 'filter');
      input.focus();
    });
  }
  more.addEventListener('click', () => void showMore(session, session.generation, true));
  window.addEventListener('popstate', () => {
    clearTimeout(session.timer);
    session.typing = false;
    session.current = keepKnown(parseSearchState(location.search), session.elements.known);
    writeForm(session.elements, session.current);
    void run(session, session.current);
  });
}

function commit(session: Session, reason: 'typing' | 'submit' | 'filter'): void {
  const next = readForm(session.elements);
  if (!sameState(next, session.current)) {
    const url = `${location.pathname}${toSearchString(next)}`;
    // One history entry per search the reader made, not per keystroke: typing, then Enter, replace.
    if (session.typing && reason !== 'filter') history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    session.current = next;
    showActive(session.elements, next);
    void run(session, next);
  }
  session.typing = reason === 'typing';
}

async function run(session: Session, state: SearchState): Promise<void> {
  const { list, more, status } = session.elements;
  const mine = ++session.generation;
  if (isEmpty(state)) return showIdle(session);
  list.setAttribute('aria-busy', 'true');
  try {
    const pagefind = await loadPagefind(session.base);
    const term = state.q || null;
    const search = await pagefind.search(term, { filters: pagefindFilters(state) });
    if (mine !== session.generation) return;
    session.pending = search.results;
    list.replaceChildren();
    await showMore(session, mine, false);
    if (mine !== session.generation) return;
    // Results first, counts after: on a large index counting is the slow part (see pagefind.ts).
    // The status waits for the counts, so what it announces and the counts beside it agree.
    const counts = await facetCounts(await loadCounter(session.base), term, state);
    if (mine !== session.generation) return;
    showCounts(session.elements, counts);
    showTotals(session.elements, state, search);
  } catch (error) {
    if (mine !== session.generation) return;
    list.replaceChildren();
    more.hidden = true;
    status.textContent = session.elements.text('search.error');
    console.error(error);
  } finally {
    if (mine === session.generation) list.removeAttribute('aria-busy');
  }
}

/** How many results, in the status; and, when filters leave none, how many there are without them. */
function showTotals(elements: SearchElements, state: SearchState, search: PagefindSearch): void {
  const { none, unfilteredNote, status, text } = elements;
  const total = search.results.length;
  none.hidden = total > 0;
  const dropFilters = total === 0 && hasFilters(state) && search.unfilteredResultCount > 0;
  unfilteredNote.closest('li')!.hidden = !hasFilters(state);
  unfilteredNote.hidden = !dropFilters;
  unfilteredNote.textContent = dropFilters ? text('search.unfiltered', { count: search.unfilteredResultCount }) : '';
  status.textContent = statusMessage({ q: state.q, total, filtered: hasFilters(state) }, text);
}

async function showMore(session: Session, mine: number, moveFocus: boolean): Promise<void> {
  const { list, more, text, verdicts } = session.elements;
  const batch = session.pending.slice(0, PAGE_SIZE);
  session.pending = session.pending.slice(PAGE_SIZE);
  const views = (await Promise.all(batch.map((result) => result.data()))).map((data) =>
    toResultView(data, verdicts, text),
  );
  if (mine !== session.generation) return;
  const items = views.map((view) => renderResult(view, text));
  list.append(...items);
  more.hidden = session.pending.length === 0;
  more.textContent = text('search.more', {
    count: Math.min(PAGE_SIZE, session.pending.length),
    remaining: session.pending.length,
  });
  if (moveFocus) items[0]?.querySelector('a')?.focus();
}

function showCounts({ checkboxes, text }: SearchElements, counts: FilterCounts): void {
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

function showIdle(session: Session): void {
  const { root, list, more, none, status } = session.elements;
  session.pending = [];
  list.replaceChildren();
  list.removeAttribute('aria-busy');
  more.hidden = true;
  none.hidden = true;
  status.textContent = '';
  for (const element of root.querySelectorAll('[data-count], [data-count-spoken]')) element.textContent = '';
}
