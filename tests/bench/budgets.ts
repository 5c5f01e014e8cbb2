/**
 * The benchmark's budgets (issue 17), in one place: `npm run bench` prints each beside its figure with pass or
 * fail. Build time is a cold build (our caches and the baseline's emptied first) against the plain-Astro
 * baseline's cold build, Astro and search index together.
 */
export interface Budget {
  readonly name: string;
  /** The figure the budget applies to, as printed. */
  readonly limit: string;
  readonly figure: string;
  readonly pass: boolean | undefined;
}

/** Largest cold-build time ratio (ours / plain Astro) allowed at each size; sizes not listed have none. */
export const BUILD_RATIO_BUDGET: Readonly<Record<number, number>> = { 10: 1.2, 100: 1.2, 1000: 0.6 };
/** At N = 1000 sources: the most `dist/` may weigh (GitHub Pages refuses sites over 1 GB) and the peak memory. */
export const DIST_BYTES_BUDGET = { sources: 1000, bytes: 1024 ** 3 } as const;
export const PEAK_RSS_BUDGET = { sources: 1000, megabytes: 2.5 * 1024 } as const;
/**
 * Search on the largest build (the same queries as before issue 17): a warm query's median time to its first
 * result, and the median bytes a first query in a fresh page fetches.
 */
export const SEARCH_BUDGET = { warmMedianMs: 100, coldMedianBytes: 300 * 1024 } as const;
/** Scripts on a reading page (gzip), as the build test holds them (tests/build/site-pages.test.ts). */
export const PAGE_SCRIPT_BUDGET_BYTES = 3 * 1024;

export function budgetTable(budgets: readonly Budget[]): string[] {
  return [
    '| budget | limit | figure | result |',
    '|---|---|---|---|',
    ...budgets.map(
      (budget) =>
        `| ${budget.name} | ${budget.limit} | ${budget.figure} | ` +
        `${budget.pass === undefined ? 'not measured' : budget.pass ? 'pass' : '**FAIL**'} |`,
    ),
  ];
}
