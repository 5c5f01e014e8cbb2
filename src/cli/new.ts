/**
 * `npm run new`: scaffolding that starts an editor right.
 *   npm run new -- source <article.txt> [--slug <slug>]
 *   npm run new -- claim <source-slug> "<quote>" [--prefix "<words before>"] [--suffix "<words after>"] [--id <id>]
 * A claim is written only when its quote anchors; otherwise the checker's explanation is printed.
 */
import { parseArgs } from 'node:util';
import { contentDirs } from '../corpus/content-dirs.ts';
import { createClaim, createSource, type Created } from '../corpus/new-entries.ts';

const USAGE = `Usage:
  npm run new -- source <article-file> [--slug <slug>]
  npm run new -- claim <source-slug> "<quote>" [--prefix "<words before>"] [--suffix "<words after>"] [--id <id>]`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { slug: { type: 'string' }, prefix: { type: 'string' }, suffix: { type: 'string' }, id: { type: 'string' } },
});
const [kind, first, second] = positionals;
const root = process.cwd();
const dirs = contentDirs();

let created: Created | undefined;
if (kind === 'source' && first) {
  created = await createSource(root, dirs, { articlePath: first, slug: values.slug });
} else if (kind === 'claim' && first && second !== undefined) {
  const today = new Date().toISOString().slice(0, 10);
  created = await createClaim(root, dirs, { source: first, quote: second, prefix: values.prefix, suffix: values.suffix, id: values.id, today });
}

if (!created) {
  console.error(USAGE);
  process.exitCode = 2;
} else if (created.ok) {
  for (const file of created.files) console.log(`wrote ${file}`);
  console.log(kind === 'source'
    ? `Next: fill in the provenance fields you can establish in source.yaml, then add claims with \`npm run new -- claim ${created.files[0]?.split('/').at(-2) ?? '<slug>'} "<quote>"\`.`
    : 'Next: fill in verdict, summary, citations and the explanation, then run `npm run check`.');
} else {
  const { problem } = created;
  const details = problem.details.map((line) => `    ${line}\n`).join('');
  console.error(`error  ${problem.message}  ${problem.ruleId}\n${details}    fix: ${problem.hint ?? ''}\nNothing was written.`);
  process.exitCode = 1;
}
