/**
 * How long the extension takes to find our claims on a page, in the browser it runs in: the
 * anchoring modules are bundled as the extension bundles them (esbuild, IIFE), publisher pages are
 * served from a local server and opened in Chromium, and `findArticleRoot` + `anchorClaims` are
 * timed there (median of several runs after warm-up runs; anchoring reads the page, never changes
 * it, so runs repeat the same work).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { launchBrowser } from '../support/browser.ts';
import { foldPublisherText } from '../support/news-page.ts';
import { serveStatic } from '../support/static-server.ts';

export interface AnchorBenchPage {
  readonly name: string;
  readonly html: string;
  /** An AnnotationCollection as published (JSON). */
  readonly collection: unknown;
  /** Milliseconds the median run may take. */
  readonly budgetMs: number;
}

export interface AnchorBenchResult {
  readonly name: string;
  readonly claims: number;
  readonly anchored: number;
  /** Anchored claims whose page text is their quote, folded (`foldPublisherText`): none on other words. */
  readonly exact: number;
  readonly medianMs: number;
  readonly budgetMs: number;
  readonly runs: readonly number[];
}

/** The page-side entry point of the bundle: what the content script runs, exposed for timing. */
const ENTRY = `
import { anchorClaims, findArticleRoot } from './anchor-page.ts';
import { parseAnnotationCollection } from '../annotations/browser.ts';
export function timeAnchoring(collection, warmups, runs) {
  // Claim links play no part in the timing: any https site will do.
  const { annotations } = parseAnnotationCollection(collection, 'https://example.org/');
  const times = [];
  let anchored = [];
  for (let run = 0; run < warmups + runs; run++) {
    const started = performance.now();
    const result = anchorClaims(findArticleRoot(document), annotations);
    const elapsed = performance.now() - started;
    if (run >= warmups) times.push(elapsed);
    anchored = result.anchored.map(({ annotation, text }) => [text, annotation.quote.exact]);
  }
  return { claims: annotations.length, anchored, times };
}
`;

export async function bundleAnchoring(root: string): Promise<string> {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: path.join(root, 'src/extension'), sourcefile: 'anchor-bench-entry.ts' },
    bundle: true,
    format: 'iife',
    globalName: 'factcheckAnchorBench',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
  });
  return result.outputFiles[0]?.text ?? '';
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export async function benchAnchoring(
  root: string,
  pages: readonly AnchorBenchPage[],
  options: { outDir: string; warmups?: number; runs?: number },
): Promise<AnchorBenchResult[]> {
  const bundle = await bundleAnchoring(root);
  mkdirSync(options.outDir, { recursive: true });
  pages.forEach((page, index) => writeFileSync(path.join(options.outDir, `page-${index}.html`), page.html));
  const server = await serveStatic(options.outDir);
  const browser = await launchBrowser();
  try {
    const results: AnchorBenchResult[] = [];
    for (const [index, page] of pages.entries()) {
      const tab = await browser.newPage();
      await tab.goto(`${server.url}/page-${index}.html`);
      await tab.addScriptTag({ content: bundle });
      const measured = await tab.evaluate(
        ([collection, warmups, runs]) =>
          (
            globalThis as unknown as {
              factcheckAnchorBench: {
                timeAnchoring(
                  c: unknown,
                  w: number,
                  r: number,
                ): { claims: number; anchored: [string, string][]; times: number[] };
              };
            }
          ).factcheckAnchorBench.timeAnchoring(collection, warmups, runs),
        [page.collection, options.warmups ?? 3, options.runs ?? 15] as const,
      );
      await tab.close();
      results.push({
        name: page.name,
        claims: measured.claims,
        anchored: measured.anchored.length,
        exact: measured.anchored.filter(([text, quote]) => foldPublisherText(text) === foldPublisherText(quote)).length,
        medianMs: median(measured.times),
        budgetMs: page.budgetMs,
        runs: measured.times,
      });
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

export function anchorBenchTable(results: readonly AnchorBenchResult[]): string {
  const rows = results.map(
    ({ name, claims, anchored, exact, medianMs, budgetMs }) =>
      `| ${name} | ${anchored}/${claims} | ${exact}/${anchored} | ${medianMs.toFixed(1)} ms | < ${budgetMs} ms | ${
        medianMs < budgetMs ? 'ok' : 'OVER BUDGET'
      } |`,
  );
  return [
    '| Page | Claims anchored | Exact spans | Time to anchor (median) | Budget | |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
