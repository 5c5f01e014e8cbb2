/**
 * `npm run bench:extension`: time for the extension to anchor every claim, in Chromium, on the
 * longest of our articles in publisher markup and on a synthetic 20,000-word page with 200 claims.
 * The other three articles are timed too, for their anchored counts in a real browser. Prints a Markdown
 * table with each budget beside its figure; exits 1 when a budget is missed or a highlight's text is not its
 * quote.
 *
 *   npm run bench:extension -- [--runs 15] [--warmups 3]
 */
import path from 'node:path';
import { anchorBenchTable, benchAnchoring } from './anchor-bench.ts';
import { syntheticNewsPage } from './synthetic-news-page.ts';
import { realNewsPages } from './real-news-pages.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'tests/.output/bench-extension');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1] ?? fallback) : fallback;
};
/** Budgets from issue 16, for this machine: the longest article, and a long page with many claims. */
const ARTICLE_BUDGET_MS = 50;
const SYNTHETIC_BUDGET_MS = 500;

const articles = (await realNewsPages(ROOT)).sort((a, b) => b.length - a.length);
const synthetic = syntheticNewsPage({ words: 20_000, claims: 200, seed: 1 });
const results = await benchAnchoring(
  ROOT,
  [
    // The longest article carries the budget; the other three are shorter and shown for their counts.
    ...articles.map((article) => ({
      name: `${article.slug} (${article.length.toLocaleString('en')} characters)`,
      html: article.html,
      collection: article.collection,
      budgetMs: ARTICLE_BUDGET_MS,
    })),
    {
      name: 'synthetic, 20,000 words',
      html: synthetic.html,
      collection: synthetic.collection,
      budgetMs: SYNTHETIC_BUDGET_MS,
    },
  ],
  { outDir: OUT, runs: option('runs', 15), warmups: option('warmups', 3) },
);
console.log(anchorBenchTable(results));
const missed = results.filter((result) => result.medianMs >= result.budgetMs);
if (missed.length > 0) {
  console.error(`Over budget: ${missed.map((result) => result.name).join(', ')}`);
  process.exitCode = 1;
}
const inexact = results.filter((result) => result.exact < result.anchored);
if (inexact.length > 0) {
  console.error(`Highlights on other text than the quote: ${inexact.map((result) => result.name).join(', ')}`);
  process.exitCode = 1;
}
