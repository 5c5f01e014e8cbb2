/**
 * `npm run check`: validates all content without building pages and prints problems the way
 * linters do. Exits non-zero when any error is found.
 * `npm run check -- --coverage` also lists, per source, the body sentences no claim covers.
 * `npm run check -- --fix` first repairs quotes a corrected source text left behind, where the
 * closest passage is unambiguous and close, then checks as usual so the rest is reported.
 * `npm run check -- --previous <path-or-url>` compares each published verdict with the previous build's
 * /data/claims.json (also read from FACTCHECK_PREVIOUS_CLAIMS): a change without a corrections entry fails.
 * `npm run check -- --consistency` lists related claims whose verdicts differ, for editors to review.
 */
import { fixQuotes } from '../editing/fix-quotes.ts';
import { loadCorpus } from '../corpus/load-corpus.ts';
import { formatProblems } from '../corpus/problems.ts';
import { inconsistentPairs } from '../domain/consistency.ts';
import { coverage } from '../domain/coverage.ts';
import { pointLocator } from '../annotations/index.ts';
import { activeScale } from '../site/active-scale.ts';
import { siteConfigOrExit } from './site-config.ts';
import { answerHelp, usageError } from './usage.ts';

const USAGE = `Usage: npm run check -- [<project folder>] [--fix] [--coverage] [--consistency]
    [--previous <path-or-url>]
  --fix          repair quotes a corrected article.txt left behind, where the closest passage is unambiguous
  --coverage     list, per source, the body sentences no claim covers
  --consistency  list related claims whose verdicts differ
  --previous     compare each verdict with a previous build's /data/claims.json (also FACTCHECK_PREVIOUS_CLAIMS)
Content is read from the site's content folder (the \`content\` option in astro.config.mjs, default content/;
FACTCHECK_CONTENT overrides it). Exit code 0: no errors; 1: errors; 2: usage or configuration error.`;
const FLAGS = new Set(['--fix', '--coverage', '--consistency', '--previous']);

/**
 * A long sentence keeps its first and last words: article paragraphs are single long lines, so an
 * editor finds the sentence by searching for its start, and sees from its end where it stops.
 */
function abbreviate(sentence: string, max = 120): string {
  if (sentence.length <= max) return sentence;
  const head = sentence.slice(0, Math.round(max * 0.6)).replace(/\s+\S*$/, '');
  const tail = sentence.slice(-Math.round(max * 0.3)).replace(/^\S*\s+/, '');
  return `${head} … ${tail}`;
}

const args = process.argv.slice(2);
answerHelp(USAGE, args);
const unknown = args.find((arg) => arg.startsWith('-') && !FLAGS.has(arg) && !arg.startsWith('--previous='));
if (unknown !== undefined) usageError(USAGE, `Unknown option "${unknown}"`);
/** `--previous <spec>` or `--previous=<spec>`; its value is not the root folder. */
const previousAt = args.findIndex((arg) => arg === '--previous');
const previous = previousAt >= 0 ? args[previousAt + 1] : args.find((arg) => arg.startsWith('--previous='))?.slice(11);
if (previousAt >= 0 && (previous === undefined || previous.startsWith('-'))) {
  usageError(
    USAGE,
    '--previous needs the path or URL of a claims.json, e.g. --previous dist-previous/data/claims.json',
  );
}
const isPreviousValue = (index: number) => previousAt >= 0 && index === previousAt + 1;
const root = args.find((arg, index) => !arg.startsWith('-') && !isPreviousValue(index)) ?? process.cwd();
// The options `npm run build` reads: the content folder, whether reviews are required, the previous claims.
const site = await siteConfigOrExit('check', root);
const started = performance.now();
if (args.includes('--fix')) {
  const fixed = await fixQuotes(root, site.dirs);
  for (const fix of fixed) {
    console.log(
      `${fix.file}:${fix.line}:${fix.column}  fixed  quote "${fix.before}" → "${fix.after}" ` +
        `(${fix.errors} character edit${fix.errors === 1 ? '' : 's'})  quote-not-found`,
    );
  }
  console.log(
    `Fixed ${fixed.length} quote${fixed.length === 1 ? '' : 's'}; ` +
      're-read each fixed claim against the corrected text.\n',
  );
}
const { requireReview } = site.config;
const options = { requireReview, scale: activeScale(), previous: previous ?? site.environment.previousClaims };
const loaded = await loadCorpus(root, site.dirs, options).catch((error: unknown) => {
  // A configuration mistake (no content folder), not a content problem: say it in one line.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
const { corpus, problems, ok } = loaded;
if (problems.length > 0) console.log(formatProblems(problems));

if (args.includes('--coverage')) {
  for (const source of corpus.sources) {
    const claims = corpus.claims.filter((claim) => claim.source === source.slug);
    const result = coverage(source.text, claims, source.nonArticle);
    const toPoint = pointLocator(source.text);
    console.log(
      `\n${source.slug}: ${result.covered}/${result.sentences} body sentences covered ` +
        `(${result.percent}%), ${claims.length} claims`,
    );
    for (const range of result.uncovered) {
      const { line, column } = toPoint(range.start);
      const sentence = abbreviate(source.text.slice(range.start, range.end).replace(/\s+/g, ' '));
      console.log(`  ${source.file.replace(/source\.ya?ml$/, 'article.txt')}:${line}:${column}  ${sentence}`);
    }
  }
}

if (args.includes('--consistency')) {
  const pairs = inconsistentPairs(corpus.claims);
  console.log(`\nRelated claims with different verdicts: ${pairs.length}`);
  for (const { a, b } of pairs) {
    console.log('');
    for (const claim of [a, b]) console.log(`  ${claim.file}  ${claim.data.verdict}  ${claim.data.summary}`);
  }
}

const ms = Math.round(performance.now() - started);
console.log(
  `Checked ${corpus.sources.length} sources, ${corpus.claims.length} claims, ` +
    (corpus.drafts.length > 0 ? `${corpus.drafts.length} drafts, ` : '') +
    `${corpus.citations.length} citations in ${ms} ms: ${ok ? 'ok' : 'errors found'}`,
);
process.exitCode = ok ? 0 : 1;
