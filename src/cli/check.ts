/**
 * `npm run check`: validates all content without building pages and prints problems the way
 * linters do. Exits non-zero when any error is found.
 */
import { loadCorpus } from '../corpus/load-corpus.ts';
import { formatProblems } from '../corpus/problems.ts';

const root = process.argv.find((arg, index) => index > 1 && !arg.startsWith('-')) ?? process.cwd();
const started = performance.now();
const { corpus, problems, ok } = await loadCorpus(root);
if (problems.length > 0) console.log(formatProblems(problems));
const ms = Math.round(performance.now() - started);
console.log(`Checked ${corpus.sources.length} sources, ${corpus.claims.length} claims, ${corpus.citations.length} citations in ${ms} ms: ${ok ? 'ok' : 'errors found'}`);
process.exitCode = ok ? 0 : 1;
