/**
 * `npm run bench`: speed and size, against plain Astro.
 * For each scale point it writes a deterministic synthetic corpus, builds the site from it
 * (Astro + Pagefind) and a plain Astro 7 + MDX site with the same pages and words, and
 * reports one table. Then search timing in Chromium on the largest build, page weights and
 * Lighthouse on the real site. Results: stdout and tests/.output/bench/results.md.
 *
 *   npm run bench -- --sizes 10,100,1000 --claims 25 [--no-baseline] [--no-lighthouse] [--no-search]
 *   npm run bench -- --sizes 1000 --search-only   (search timing again on the last build of that size)
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBaselineSite } from '../bench/baseline-site.ts';
import { runLighthouse } from '../bench/lighthouse.ts';
import { countFiles, folderBytes, pageWeight, timed, type Run } from '../bench/measure.ts';
import { timeSearch } from '../bench/search-timing.ts';
import { writeSyntheticCorpus } from '../bench/synthetic-corpus.ts';
import { contentDirs } from '../corpus/content-dirs.ts';
import { loadCorpus } from '../corpus/load-corpus.ts';
import { launchBrowser } from '../bench/browser.ts';

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
const PAGEFIND = path.join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const lines: string[] = [];
const say = (line = '') => {
  console.log(line);
  lines.push(line);
};

function build(content: string, outDir: string, cacheDir: string): { astro: Run; pagefind: Run } {
  const env = { FACTCHECK_CONTENT: content, FACTCHECK_CACHE_DIR: cacheDir, NO_COLOR: '1' };
  const astro = timed(process.execPath, [ASTRO, 'build', '--outDir', outDir], { cwd: ROOT, env });
  if (!astro.ok) throw new Error(`build failed:\n${astro.output.slice(-4000)}`);
  const pagefind = timed(process.execPath, [PAGEFIND, '--site', outDir], { cwd: ROOT, env });
  return { astro, pagefind };
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

async function searchTiming(dist: string): Promise<void> {
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
say(
  '| N sources | claims | pages | build (s) | baseline (s) | ratio | peak RSS | baseline RSS | RSS ratio | ' +
    'pages/s | ms per claim | check+anchor (ms) | share of build | dist | pagefind index |',
);
say('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');

let largestDist = '';
for (const sources of sizes) {
  const base = path.join(OUT, `n${sources}`);
  const content = path.relative(ROOT, path.join(base, 'content'));
  const corpus = writeSyntheticCorpus(path.join(base, 'content'), { sources, claimsPerSource });
  const checkStart = performance.now();
  const checked = await loadCorpus(ROOT, contentDirs(content));
  const checkMs = performance.now() - checkStart;
  if (!checked.ok)
    throw new Error(
      `synthetic corpus has problems: ${checked.problems
        .slice(0, 3)
        .map((p) => p.message)
        .join('; ')}`,
    );
  const dist = path.join(base, 'dist');
  const ours = build(content, dist, path.join(base, 'cache'));
  const pages = countFiles(dist, '.html');
  let baseline: Run | undefined;
  if (!args.includes('--no-baseline')) {
    const baseDir = path.join(OUT, `baseline-n${sources}`);
    writeBaselineSite(baseDir, corpus);
    baseline = timed(process.execPath, [ASTRO, 'build', '--root', baseDir], { cwd: ROOT, env: { NO_COLOR: '1' } });
    if (!baseline.ok) throw new Error(`baseline build failed:\n${baseline.output.slice(-3000)}`);
  }
  const seconds = ours.astro.seconds + ours.pagefind.seconds;
  const ratio = baseline ? (ours.astro.seconds / baseline.seconds).toFixed(2) : 'n/a';
  const rssRatio = baseline ? (ours.astro.peakRssMb / baseline.peakRssMb).toFixed(2) : 'n/a';
  say(
    `| ${sources} | ${corpus.claims} | ${pages} | ` +
      `${ours.astro.seconds.toFixed(1)} + ${ours.pagefind.seconds.toFixed(1)} pagefind | ` +
      `${baseline ? baseline.seconds.toFixed(1) : 'n/a'} | ${ratio} | ` +
      `${ours.astro.peakRssMb.toFixed(0)} MB | ${baseline ? `${baseline.peakRssMb.toFixed(0)} MB` : 'n/a'} | ` +
      `${rssRatio} | ${(pages / seconds).toFixed(0)} | ${((ours.astro.seconds * 1000) / corpus.claims).toFixed(1)} | ` +
      `${checkMs.toFixed(0)} | ${((checkMs / 1000 / ours.astro.seconds) * 100).toFixed(1)}% | ` +
      `${mb(folderBytes(dist))} | ${mb(folderBytes(path.join(dist, 'pagefind')))} |`,
  );
  largestDist = dist;
}

// Page weights on the real site (the longest real article), from a fresh build of content/.
const realDist = path.join(OUT, 'real-site');
build('content', realDist, path.join(OUT, 'real-cache'));
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
say('| page (real site) | HTML gzip | CSS gzip | JS gzip | HTML + CSS |');
say('|---|---|---|---|---|');
for (const [name, file] of Object.entries(weights)) {
  const weight = pageWeight(realDist, file);
  say(`| ${name} | ${kb(weight.html)} | ${kb(weight.css)} | ${kb(weight.js)} | ${kb(weight.html + weight.css)} |`);
}

if (!args.includes('--no-search') && largestDist) await searchTiming(largestDist);

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

mkdirSync(OUT, { recursive: true });
writeFileSync(path.join(OUT, 'results.md'), `${lines.join('\n')}\n`);
