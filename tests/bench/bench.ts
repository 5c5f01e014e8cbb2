/**
 * `npm run bench`: speed and size, against plain Astro, with every budget beside its figure.
 * For each scale point it writes a deterministic synthetic corpus and builds it twice: COLD (our build caches and
 * `dist/` emptied first, as on a fresh deploy runner) and WARM (one claim's explanation edited, then rebuilt with
 * the caches the cold build left: the editor's common case). It builds a plain Astro 7 + MDX site with the same
 * pages and words, also from empty caches, and reports one table. Then search timing in Chromium on the largest
 * build, page weights and Lighthouse on the real site, and the budgets (tests/bench/budgets.ts).
 * Results: stdout and tests/.output/bench/results.md.
 *
 *   npm run bench -- --sizes 10,100,1000 --claims 25 [--no-baseline] [--no-warm] [--no-lighthouse] [--no-search]
 *   npm run bench -- --sizes 1000 --search-only   (search timing again on the last build of that size)
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBaselineSite } from './baseline-site.ts';
import {
  BUILD_RATIO_BUDGET,
  DIST_BYTES_BUDGET,
  PAGE_SCRIPT_BUDGET_BYTES,
  PEAK_RSS_BUDGET,
  SEARCH_BUDGET,
  budgetTable,
  type Budget,
} from './budgets.ts';
import { runLighthouse } from './lighthouse.ts';
import { countFiles, fileCount, folderBytes, pageWeight, timed, type Run } from './measure.ts';
import { timeSearch, type SearchTiming } from './search-timing.ts';
import { editOneExplanation, writeSyntheticCorpus } from './synthetic-corpus.ts';
import { contentDirs } from '../../src/corpus/content-dirs.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { launchBrowser } from '../support/browser.ts';
import { activeScale } from '../../src/site/active-scale.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'tests/.output/bench');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? (args[index + 1] ?? fallback) : fallback;
};
const sizes = option('sizes', '10,100,1000').split(',').map(Number);
const claimsPerSource = Number(option('claims', '25'));
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
const ASTRO_WITH_CACHE = path.join(ROOT, 'src/cli/astro.ts');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const lines: string[] = [];
const say = (line = '') => {
  console.log(line);
  lines.push(line);
};

interface Build extends Run {
  /** Seconds of the search index, which `astro build` writes at its end (src/integration/search-index.ts). */
  readonly searchIndexSeconds: number;
}

/** `astro build` as `npm run build` runs it; `cold` empties our cache folder and the output first. */
function build(content: string, outDir: string, cacheDir: string, cold: boolean): Build {
  if (cold) {
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
  const env = { FACTCHECK_CONTENT: content, NO_COLOR: '1' };
  // Astro's own build with a cache folder of its own (astro.ts: Astro's command line has no flag for it).
  const args = [ASTRO_WITH_CACHE, 'build', '--cache-dir', cacheDir, '--out-dir', outDir];
  const astro = timed(process.execPath, args, { cwd: ROOT, env });
  // Astro's own log (its phases with their times) beside the output, to see where a build went.
  writeFileSync(`${outDir}-${cold ? 'cold' : 'warm'}.log`, astro.output);
  if (!astro.ok) throw new Error(`build failed:\n${astro.output.slice(-4000)}`);
  const index = /Search index: .* in ([\d.]+) s/.exec(astro.output);
  return { ...astro, searchIndexSeconds: index ? Number(index[1]) : Number.NaN };
}

const SEARCH_QUERIES = [
  'detainer',
  'council',
  'sheriff policy',
  'warrant',
  'ordinance',
  'custody',
  'judge',
  'immigration',
  'annual budget',
  'trust act',
  'records',
  'officer',
  'hearing',
  'amendment',
  'statute',
  'public safety',
  'notice',
  'agency',
  'jail',
  'cooperation',
];

async function searchTiming(dist: string): Promise<SearchTiming> {
  const browser = await launchBrowser();
  try {
    const timing = await timeSearch(browser, dist, SEARCH_QUERIES);
    say();
    say(
      `Search on the N = ${sizes.at(-1)} build (${timing.queries} queries, Chromium): ` +
        `median ${timing.warmMedianMs.toFixed(1)} ms from query to first result with its chunks loaded; ` +
        `first query in a fresh page: median ${timing.coldMedianMs.toFixed(0)} ms ` +
        `and ${kb(timing.coldMedianBytes)} fetched; a query matched a median ${timing.medianMatches} pages.`,
    );
    return timing;
  } finally {
    await browser.close();
  }
}

say(`# Benchmark (${new Date().toISOString().slice(0, 10)})`);
say();
say(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ` +
    `Node ${process.version}, ${os.type()} ${os.release()}`,
);
say(`Command: npm run bench -- ${args.join(' ') || '(defaults)'}`);
say();
if (args.includes('--search-only')) {
  // Search changes need no rebuild: time them on the last build of the largest size.
  await searchTiming(path.join(OUT, `n${sizes.at(-1)}`, 'dist'));
  writeFileSync(path.join(OUT, 'results-search.md'), `${lines.join('\n')}\n`);
  process.exit(0);
}
const warmRuns = !args.includes('--no-warm');
say(
  '| N sources | claims | pages | cold build (s) | baseline cold (s) | ratio | ' +
    'warm: rebuild after one explanation edit (s) | peak RSS | baseline RSS | RSS ratio | pages/s | ms per claim | ' +
    'check+anchor (ms) | share of build | dist | dist files | pagefind index |',
);
say('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');

interface SizeResult {
  readonly sources: number;
  readonly cold: Build;
  readonly warm: Build | undefined;
  readonly baseline: Run | undefined;
  readonly distBytes: number;
}
const results: SizeResult[] = [];
let largestDist = '';
for (const sources of sizes) {
  const base = path.join(OUT, `n${sources}`);
  const content = path.relative(ROOT, path.join(base, 'content'));
  const scale = activeScale();
  const corpus = writeSyntheticCorpus(path.join(base, 'content'), { sources, claimsPerSource, scale });
  const checkStart = performance.now();
  const checked = await loadCorpus(ROOT, contentDirs(content), { scale });
  const checkMs = performance.now() - checkStart;
  if (!checked.ok)
    throw new Error(
      `synthetic corpus has problems: ${checked.problems
        .slice(0, 3)
        .map((p) => p.message)
        .join('; ')}`,
    );
  const dist = path.join(base, 'dist');
  const cacheDir = path.join(base, 'cache');
  const cold = build(content, dist, cacheDir, true);
  const pages = countFiles(dist, '.html');
  const distBytes = folderBytes(dist);
  const distFiles = fileCount(dist);
  const pagefindBytes = folderBytes(path.join(dist, 'pagefind'));
  let warm: Build | undefined;
  if (warmRuns) {
    editOneExplanation(path.join(base, 'content'), new Date().toISOString());
    warm = build(content, dist, cacheDir, false);
  }
  let baseline: Run | undefined;
  if (!args.includes('--no-baseline')) {
    const baseDir = path.join(OUT, `baseline-n${sources}`);
    // A fresh folder, so Astro's cache (its node_modules/.astro) starts empty too: cold against cold.
    writeBaselineSite(baseDir, corpus);
    baseline = timed(process.execPath, [ASTRO, 'build', '--root', baseDir], { cwd: ROOT, env: { NO_COLOR: '1' } });
    if (!baseline.ok) throw new Error(`baseline build failed:\n${baseline.output.slice(-3000)}`);
  }
  const peakRssMb = Math.max(cold.peakRssMb, warm?.peakRssMb ?? 0);
  const ratio = baseline ? (cold.seconds / baseline.seconds).toFixed(2) : 'n/a';
  const rssRatio = baseline ? (peakRssMb / baseline.peakRssMb).toFixed(2) : 'n/a';
  say(
    `| ${sources} | ${corpus.claims} | ${pages} | ` +
      `${cold.seconds.toFixed(1)} (${cold.searchIndexSeconds.toFixed(1)} search index) | ` +
      `${baseline ? baseline.seconds.toFixed(1) : 'n/a'} | ${ratio} | ` +
      `${warm ? `${warm.seconds.toFixed(1)} (${warm.searchIndexSeconds.toFixed(1)} search index)` : 'n/a'} | ` +
      `${peakRssMb.toFixed(0)} MB | ${baseline ? `${baseline.peakRssMb.toFixed(0)} MB` : 'n/a'} | ` +
      `${rssRatio} | ${(pages / cold.seconds).toFixed(0)} | ${((cold.seconds * 1000) / corpus.claims).toFixed(1)} | ` +
      `${checkMs.toFixed(0)} | ${((checkMs / 1000 / cold.seconds) * 100).toFixed(1)}% | ` +
      `${mb(distBytes)} | ${distFiles} | ${mb(pagefindBytes)} |`,
  );
  results.push({ sources, cold, warm, baseline, distBytes });
  largestDist = dist;
}

// Page weights on the real site (the longest real article), from a cold build of content/.
const realDist = path.join(OUT, 'real-site');
build('content', realDist, path.join(OUT, 'real-cache'), true);
const longest = (await loadCorpus(ROOT)).corpus.sources.reduce((a, b) => (b.text.length > a.text.length ? b : a));
const claimPage = readdirSync(path.join(realDist, 'claims'))[0]!;
const weights: Record<string, string> = {
  home: 'index.html',
  [`source (longest: ${longest.slug})`]: `sources/${longest.slug}/index.html`,
  [`claim (${claimPage})`]: `claims/${claimPage}/index.html`,
  'verdict list': 'verdicts/false/index.html',
  bibliography: 'citations/index.html',
};
say();
say(
  `Real site: ${mb(folderBytes(realDist))} in ${fileCount(realDist)} files ` +
    `(${mb(folderBytes(path.join(realDist, 'cards')))} of share cards).`,
);
say();
say('| page (real site) | HTML gzip | CSS gzip | JS gzip | HTML + CSS |');
say('|---|---|---|---|---|');
let largestScript = 0;
for (const [name, file] of Object.entries(weights)) {
  const weight = pageWeight(realDist, file);
  largestScript = Math.max(largestScript, weight.js);
  say(`| ${name} | ${kb(weight.html)} | ${kb(weight.css)} | ${kb(weight.js)} | ${kb(weight.html + weight.css)} |`);
}

const search = !args.includes('--no-search') && largestDist ? await searchTiming(largestDist) : undefined;

if (!args.includes('--no-lighthouse')) {
  const targets: Record<string, string> = {
    home: '/',
    source: `/sources/${longest.slug}/`,
    claim: `/claims/${claimPage}/`,
  };
  if (countFiles(path.join(realDist), 'search/index.html') > 0) targets['search'] = '/search/';
  const scores = await runLighthouse(realDist, targets);
  say();
  say('| Lighthouse (real site) | performance | accessibility | best practices | SEO |');
  say('|---|---|---|---|---|');
  for (const [name, score] of Object.entries(scores))
    say(`| ${name} | ${score.performance} | ${score.accessibility} | ${score['best-practices']} | ${score.seo} |`);
}

const budgets: Budget[] = [];
const at = (sources: number) => results.find((result) => result.sources === sources);
for (const [size, limit] of Object.entries(BUILD_RATIO_BUDGET)) {
  const result = at(Number(size));
  const ratio = result?.baseline ? result.cold.seconds / result.baseline.seconds : undefined;
  budgets.push({
    name: `cold build time at N = ${size} (ours / plain Astro, both cold)`,
    limit: `≤ ${limit.toFixed(2)}×`,
    figure:
      ratio === undefined || !result?.baseline
        ? 'not measured'
        : `${ratio.toFixed(2)}× (${result.cold.seconds.toFixed(1)} s / ${result.baseline.seconds.toFixed(1)} s)`,
    pass: ratio === undefined ? undefined : ratio <= limit,
  });
}
const distAt = at(DIST_BYTES_BUDGET.sources);
budgets.push({
  name: `dist/ at N = ${DIST_BYTES_BUDGET.sources}`,
  limit: `≤ ${mb(DIST_BYTES_BUDGET.bytes)}`,
  figure: distAt ? mb(distAt.distBytes) : 'not measured',
  pass: distAt ? distAt.distBytes <= DIST_BYTES_BUDGET.bytes : undefined,
});
const rssAt = at(PEAK_RSS_BUDGET.sources);
const rssFigure = rssAt ? Math.max(rssAt.cold.peakRssMb, rssAt.warm?.peakRssMb ?? 0) : undefined;
budgets.push({
  name: `peak memory at N = ${PEAK_RSS_BUDGET.sources} (cold and warm builds)`,
  limit: `≤ ${PEAK_RSS_BUDGET.megabytes.toFixed(0)} MB`,
  figure: rssFigure === undefined ? 'not measured' : `${rssFigure.toFixed(0)} MB`,
  pass: rssFigure === undefined ? undefined : rssFigure <= PEAK_RSS_BUDGET.megabytes,
});
budgets.push(
  {
    name: `search: warm query, median to first result (N = ${sizes.at(-1)})`,
    limit: `≤ ${SEARCH_BUDGET.warmMedianMs} ms`,
    figure: search ? `${search.warmMedianMs.toFixed(1)} ms` : 'not measured',
    pass: search ? search.warmMedianMs <= SEARCH_BUDGET.warmMedianMs : undefined,
  },
  {
    name: `search: bytes of a first query (N = ${sizes.at(-1)})`,
    limit: `≤ ${kb(SEARCH_BUDGET.coldMedianBytes)}`,
    figure: search ? kb(search.coldMedianBytes) : 'not measured',
    pass: search ? search.coldMedianBytes <= SEARCH_BUDGET.coldMedianBytes : undefined,
  },
  {
    name: 'page weight: scripts on a reading page (real site, gzip, largest)',
    limit: `≤ ${kb(PAGE_SCRIPT_BUDGET_BYTES)}`,
    figure: kb(largestScript),
    pass: largestScript <= PAGE_SCRIPT_BUDGET_BYTES,
  },
);
say();
for (const line of budgetTable(budgets)) say(line);

mkdirSync(OUT, { recursive: true });
writeFileSync(path.join(OUT, 'results.md'), `${lines.join('\n')}\n`);
