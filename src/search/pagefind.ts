/**
 * Loads Pagefind's browser API on first use. The module is generated at the end of `astro build`
 * (src/integration/search-index.ts), so it is imported by URL at run time, never bundled.
 *
 * Two instances: one finds the results, one counts them per filter value. Pagefind 1.6 counts
 * every loaded filter against every matching page, at a cost that grows with filter entries times
 * results (about 1 s per filter for 22,000 matches at 26,000 pages), so the results instance
 * loads only the filters a search uses and shows results first; the counts follow.
 *
 * The results instance runs on the page's thread, the counting one in Pagefind's worker. A
 * search returns every match with its word positions, and passing that from the worker costs
 * more than the search itself: at 26,000 pages the median query took 126–142 ms through the
 * worker and 53–72 ms without it. Counting stays in the worker, where its seconds at that scale
 * do not block the page.
 * @see https://pagefind.app/docs/api/
 */
import type { PagefindResultData } from './results.ts';
import { SEARCH_RANKING } from './weights.ts';

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearch {
  readonly results: readonly { readonly id: string; data(): Promise<PagefindResultData> }[];
  /** Results for the words alone, before filters. */
  readonly unfilteredResultCount: number;
  /** For each loaded filter's values, how many results there would be with the current filters plus that value. */
  readonly filters: FilterCounts;
}

interface PagefindOptions {
  basePath?: string;
  baseUrl?: string;
  highlightParam?: string;
  excerptLength?: number;
  ranking?: {
    termFrequency?: number;
    termSimilarity?: number;
    termSaturation?: number;
    pageLength?: number;
    metaWeights?: Readonly<Record<string, number>>;
  };
  noWorker?: boolean;
}

export interface Pagefind {
  options(options: PagefindOptions): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch>;
  filters(): Promise<FilterCounts>;
}

interface PagefindModule extends Pagefind {
  createInstance(options: PagefindOptions): Pagefind;
}

/** The URL parameter that carries the matched words to a result page, where `pagefind-highlight.js` marks them. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** How the results instance is created; the benchmark (tests/bench/search-timing.ts) times the same. */
export const RESULTS_INSTANCE: Pick<PagefindOptions, 'noWorker'> = { noWorker: true };

const rootOf = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/**
 * Loads once and shares the answer; a failed load (offline, index missing) is forgotten, so the
 * next search may retry it.
 */
function shared<T>(load: (base: string) => Promise<T>): (base: string) => Promise<T> {
  let loading: Promise<T> | undefined;
  return (base) => {
    loading ??= load(base);
    loading.catch(() => {
      loading = undefined;
    });
    return loading;
  };
}

const loadModule = shared(
  (base) => import(/* @vite-ignore */ `${rootOf(base)}pagefind/pagefind.js`) as Promise<PagefindModule>,
);

async function createInstance(base: string, options: PagefindOptions = {}): Promise<Pagefind> {
  const instance = (await loadModule(base)).createInstance({ ...options, basePath: `${rootOf(base)}pagefind/` });
  await instance.options({ baseUrl: rootOf(base), highlightParam: HIGHLIGHT_PARAM, ranking: SEARCH_RANKING });
  return instance;
}

/** The instance that finds results: it loads a filter's index only when a search filters by it. */
export const loadPagefind = shared((base) => createInstance(base, RESULTS_INSTANCE));

/**
 * The instance that counts results per filter value, with every filter loaded (a search counts only
 * loaded filters).
 */
export const loadCounter = shared(async (base) => {
  const counter = await createInstance(base);
  await counter.filters();
  return counter;
});
