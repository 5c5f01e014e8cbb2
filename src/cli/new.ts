/**
 * `npm run new`: scaffolding that starts an editor right.
 *   npm run new -- source <article.txt> [--slug <slug>]
 *   npm run new -- claim <source-slug> '<quote>' [--prefix '<words before>'] [--suffix '<words after>'] [--id <id>]
 *   npm run new -- claim <source-slug> --quote-file <file>   (or `-`, or `--quote-file -`: the quote from stdin)
 * A claim is written only when its quote anchors; otherwise the checker's explanation is printed.
 * Quotes hold `$`, `!` and quotation marks that a shell would expand inside double quotes: reading
 * the quote from a file or standard input avoids the shell altogether.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { stripByteOrderMark } from '../corpus/claim-files.ts';
import { contentDirs } from '../corpus/content-dirs.ts';
import { createClaim, createSource, type Created } from '../editing/new-entries.ts';

const USAGE = `Usage:
  npm run new -- source <article-file> [--slug <slug>]
  npm run new -- claim <source-slug> '<quote>' [--prefix '<words before>'] [--suffix '<words after>'] [--id <id>]
  npm run new -- claim <source-slug> --quote-file <file> [options as above]
  npm run new -- claim <source-slug> - [options as above] < quote.txt
Single quotes keep $, !, \` and " as typed; for a quote holding a single quote (’ is fine), use --quote-file.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    slug: { type: 'string' },
    prefix: { type: 'string' },
    suffix: { type: 'string' },
    id: { type: 'string' },
    'quote-file': { type: 'string' },
  },
});
const [kind, first, second] = positionals;
const root = process.cwd();
const dirs = contentDirs();

/** The quote as typed on the command line, or read from a file or (for `-`) standard input. */
function readQuote(): string | undefined {
  const from = values['quote-file'] ?? (second === '-' ? '-' : undefined);
  if (from === undefined) return second;
  if (values['quote-file'] !== undefined && second !== undefined) return undefined;
  // One trailing line break is what saving a file or ending stdin adds; it is not part of the quote.
  return stripByteOrderMark(readFileSync(from === '-' ? 0 : from, 'utf8')).replace(/\r?\n$/, '');
}

let created: Created | undefined;
if (kind === 'source' && first) {
  created = await createSource(root, dirs, { articlePath: first, slug: values.slug });
} else if (kind === 'claim' && first) {
  let quote: string | undefined;
  try {
    quote = readQuote();
  } catch {
    console.error(`Cannot read the quote file "${values['quote-file']}".`);
    process.exit(1);
  }
  if (quote !== undefined) {
    const today = new Date().toISOString().slice(0, 10);
    const { prefix, suffix, id } = values;
    created = await createClaim(root, dirs, { source: first, quote, prefix, suffix, id, today });
  }
}

if (!created) {
  console.error(USAGE);
  process.exitCode = 2;
} else if (created.ok) {
  for (const file of created.files) console.log(`wrote ${file}`);
  const slug = created.files[0]?.split('/').at(-2) ?? '<slug>';
  console.log(
    kind === 'source'
      ? 'Next: fill in the provenance fields you can establish in source.yaml, then add claims with ' +
          `\`npm run new -- claim ${slug} '<quote>'\`.`
      : 'Next: fill in verdict, summary, citations and the explanation, then run `npm run check`.',
  );
} else {
  const { problem } = created;
  const details = problem.details.map((line) => `    ${line}\n`).join('');
  console.error(
    `error  ${problem.message}  ${problem.ruleId}\n${details}    fix: ${problem.hint ?? ''}\nNothing was written.`,
  );
  process.exitCode = 1;
}
