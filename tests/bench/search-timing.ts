/** Search speed in Chromium: time from query to first results, and bytes fetched, with Pagefind's JS API. */
import type { Browser } from 'playwright-core';
import { RESULTS_INSTANCE } from '../../src/search/pagefind.ts';
import { SEARCH_RANKING } from '../../src/search/weights.ts';
import { serveStatic } from '../support/static-server.ts';

export interface SearchTiming {
  readonly queries: number;
  /** Median ms from calling search() to the first result's data, with the query's chunks already loaded. */
  readonly warmMedianMs: number;
  /** Median ms for a first query in a fresh page (index and chunks fetched). */
  readonly coldMedianMs: number;
  /** Median bytes fetched under /pagefind/ by a first query in a fresh page. */
  readonly coldMedianBytes: number;
  /** Median number of pages a query matched: Pagefind ranks and returns every match, so time grows with it. */
  readonly medianMatches: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export async function timeSearch(browser: Browser, dist: string, queries: readonly string[]): Promise<SearchTiming> {
  // Counted where the files are served: page response events miss some requests made by Pagefind's worker.
  let fetched = 0;
  const server = await serveStatic(dist, {
    onFile: (pathname, size) => {
      if (pathname.startsWith('/pagefind/')) fetched += size;
    },
  });
  const warm: number[] = [];
  const cold: number[] = [];
  const bytes: number[] = [];
  const matches: number[] = [];
  try {
    for (const query of queries) {
      // A context of its own per query, so no file comes from the cache of an earlier one.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/404.html`);
      fetched = 0;
      const times = await page.evaluate(
        async ({ q, instance, ranking }) => {
          // Created as the search page creates its results instance (src/search/pagefind.ts).
          const module = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
          const pagefind = module.createInstance({ ...instance, basePath: `${location.origin}/pagefind/` });
          await pagefind.options({ ranking });
          const first = performance.now();
          const result = await pagefind.search(q);
          await result.results[0]?.data();
          const coldMs = performance.now() - first;
          const second = performance.now();
          const again = await pagefind.search(q);
          await again.results[0]?.data();
          return { coldMs, warmMs: performance.now() - second, matches: again.results.length as number };
        },
        { q: query, instance: RESULTS_INSTANCE, ranking: SEARCH_RANKING },
      );
      await page.waitForLoadState('networkidle');
      cold.push(times.coldMs);
      warm.push(times.warmMs);
      bytes.push(fetched);
      matches.push(times.matches);
      await context.close();
    }
  } finally {
    await server.close();
  }
  return {
    queries: queries.length,
    warmMedianMs: median(warm),
    coldMedianMs: median(cold),
    coldMedianBytes: median(bytes),
    medianMatches: median(matches),
  };
}
