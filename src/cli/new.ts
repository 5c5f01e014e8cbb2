/**
 * `npm run new`: scaffolding that starts an editor right.
 *   npm run new -- source <article.txt> [--slug <slug>]
 *   npm run new -- claim <source-slug> '<quote>' [--prefix '<words before>'] [--suffix '<words after>'] [--id <id>]
 *   npm run new -- claim <source-slug> --quote-file <file>   (or `-`, or `--quote-file -`: the quote from stdin)
 *   npm run new -- person <id> --name '<name>' --role '<role>' [--kind person|team] [--bio '<bio>'] [--url <url>]
 *     [--ai]
 *   npm run new -- citation <id> --url <url> --title '<title>' --publisher '<publisher>' --date <YYYY-MM-DD>
 *     --kind <kind> [--excerpt-file <file>] [--author '<author>'] [--archived-url <url>] [--description '<text>']
 * A claim is written only when its quote anchors; otherwise the checker's explanation is printed.
 * Quotes hold `$`, `!` and quotation marks that a shell would expand inside double quotes: reading
 * the quote from a file or standard input avoids the shell altogether.
 */
import { readFileSync } from 'node:fs';
import { stripByteOrderMark } from '../corpus/claim-files.ts';
import { CITATION_KIND_IDS } from '../domain/citation-kinds.ts';
import { createClaim, createSource, type Created } from '../editing/new-entries.ts';
import { createCitation, createPerson } from '../editing/new-records.ts';
import { activeScale } from '../site/active-scale.ts';
import { siteConfigOrExit } from './site-config.ts';
import { parseCommandLine } from './usage.ts';

const USAGE = `Usage:
  npm run new -- source <article-file> [--slug <slug>]
  npm run new -- claim <source-slug> '<quote>' [--prefix '<words before>'] [--suffix '<words after>'] [--id <id>]
  npm run new -- claim <source-slug> --quote-file <file> [options as above]
  npm run new -- claim <source-slug> - [options as above] < quote.txt
  npm run new -- person <id> --name '<name>' --role '<role>' [--kind person|team] [--bio '<bio>'] [--url <url>] [--ai]
  npm run new -- citation <id> --url <url> --title '<title>' --publisher '<publisher>' --date <YYYY-MM-DD>
      --kind <${CITATION_KIND_IDS.join('|')}> [--excerpt-file <file>] [--author '<author>'] [--archived-url <url>]
      [--description '<what the document is, where it shows no title>']
Single quotes keep $, !, \` and " as typed; for a quote holding a single quote (’ is fine), use --quote-file.`;

const { values, positionals } = parseCommandLine(USAGE, {
  allowPositionals: true,
  options: {
    slug: { type: 'string' },
    prefix: { type: 'string' },
    suffix: { type: 'string' },
    id: { type: 'string' },
    'quote-file': { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    kind: { type: 'string' },
    bio: { type: 'string' },
    ai: { type: 'boolean' },
    url: { type: 'string' },
    title: { type: 'string' },
    description: { type: 'string' },
    publisher: { type: 'string' },
    author: { type: 'string' },
    date: { type: 'string' },
    'archived-url': { type: 'string' },
    'excerpt-file': { type: 'string' },
  },
});
const [kind, first, second] = positionals;
const root = process.cwd();
// The content folder `npm run build` reads (astro.config.mjs, or FACTCHECK_CONTENT).
const { dirs } = await siteConfigOrExit('new', root);

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
    created = await createClaim(root, dirs, { source: first, quote, prefix, suffix, id, today, scale: activeScale() });
  }
} else if (kind === 'person' && first && positionals.length === 2) {
  const { name, role, bio, url, ai } = values;
  created = await createPerson(root, dirs, { id: first, name, role, kind: values.kind, bio, url, ai });
} else if (kind === 'citation' && first && positionals.length === 2) {
  let excerpt: string | undefined;
  try {
    excerpt = values['excerpt-file'] === undefined ? undefined : readExcerpt(values['excerpt-file']);
  } catch {
    console.error(`Cannot read the excerpt file "${values['excerpt-file']}".`);
    process.exit(1);
  }
  const { url, title, description, publisher, author, date } = values;
  const archivedUrl = values['archived-url'];
  const options = { id: first, url, title, description, publisher, author, date, kind: values.kind, archivedUrl };
  created = await createCitation(root, dirs, { ...options, excerpt });
}

function readExcerpt(file: string): string {
  return stripByteOrderMark(readFileSync(file === '-' ? 0 : file, 'utf8'));
}

if (!created) {
  console.error(USAGE);
  process.exitCode = 2;
} else if (created.ok) {
  for (const file of created.files) console.log(`wrote ${file}`);
  const slug = created.files[0]?.split('/').at(-2) ?? '<slug>';
  const next = {
    source:
      'Next: fill in the provenance fields you can establish in source.yaml, then add claims with ' +
      `\`npm run new -- claim ${slug} '<quote>'\`.`,
    claim: 'Next: fill in verdict, summary, citations and the explanation, then run `npm run check`.',
    person: values.bio === undefined ? 'Next: write the bio, then run `npm run check`.' : 'Next: run `npm run check`.',
    citation: 'Next: cite it from a claim (citations: [<id>]), then run `npm run check`.',
  };
  console.log(next[kind as keyof typeof next] ?? '');
} else {
  const { problem } = created;
  const details = problem.details.map((line) => `    ${line}\n`).join('');
  console.error(
    `error  ${problem.message}  ${problem.ruleId}\n${details}    fix: ${problem.hint ?? ''}\nNothing was written.`,
  );
  process.exitCode = 1;
}
