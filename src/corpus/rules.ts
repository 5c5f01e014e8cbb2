/**
 * Every rule the checker (and `npm run new`) reports: the only place a rule is described.
 * The README's rule table is generated from this list (`rulesTable`), a test keeps the two
 * equal, and another test fails when a rule has no fixture case in tests/fixtures/corpus/bad/.
 * Each message links to its rule's row through `url`, the way remark-lint links each rule's docs.
 */
export type Severity = 'error' | 'warning';

export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /** What is wrong, in one line (the README's "what is wrong" column). */
  readonly meaning: string;
  /** How to fix it in general; a message may give a more specific fix. */
  readonly fix: string;
  /** `new` for rules only `npm run new` reports (before a file exists, so no fixture can show them). */
  readonly reportedBy?: 'new';
}

export const RULES = [
  {
    id: 'yaml-syntax',
    severity: 'error',
    meaning: 'YAML that does not parse (an unclosed quote, a bad indent); reported where the problem starts',
    fix: 'Close the quote or fix the indentation; wrap text containing ": " or starting with a quote in double quotes.',
  },
  {
    id: 'missing-frontmatter',
    severity: 'error',
    meaning: 'a claim file without the `---` block',
    fix:
      'Start the file with a `---` block holding quote, verdict, summary, citations and published (see "Add ' +
      'a claim").',
  },
  {
    id: 'unknown-field',
    severity: 'error',
    meaning: 'a field the schema does not know (with "did you mean")',
    fix: 'Rename the field or remove it.',
  },
  {
    id: 'missing-field',
    severity: 'error',
    meaning: 'a required field is absent',
    fix: 'Add the field (see the editing guide for every field).',
  },
  {
    id: 'invalid-field',
    severity: 'error',
    meaning:
      'a value of the wrong form (an empty `summary`, a summary over 200 characters, a list where text is ' +
      'expected)',
    fix: 'Write the value the message expects.',
  },
  {
    id: 'unknown-verdict',
    severity: 'error',
    meaning: 'a verdict or `previousVerdict` outside the verdict scale (with "did you mean")',
    fix: 'Use one of the listed values exactly (lower case, hyphenated).',
  },
  {
    id: 'unknown-flag',
    severity: 'error',
    meaning: 'a flag outside the list of flags (with "did you mean")',
    fix: 'Use one of the listed values exactly (lower case, hyphenated).',
  },
  {
    id: 'unknown-kind',
    severity: 'error',
    meaning: 'a citation kind, non-article kind or correction kind outside its list (with "did you mean")',
    fix: 'Use one of the listed values exactly (lower case, hyphenated).',
  },
  {
    id: 'malformed-date',
    severity: 'error',
    meaning: 'not a real `YYYY-MM-DD` date, or `updated` before `published`',
    fix: 'Write dates as YYYY-MM-DD, e.g. 2024-05-01; a claim is updated on or after the day it is published.',
  },
  {
    id: 'unsafe-url',
    severity: 'error',
    meaning:
      'a link that is not http(s) (e.g. `javascript:`, or `https:` without `//`), in YAML or in an explanation ' +
      '(where `mailto:` is allowed too)',
    fix: 'Use an https:// address, or in an explanation a path on this site such as /claims/<id>/.',
  },
  {
    id: 'url-wildcard',
    severity: 'error',
    meaning:
      "a source `url` with `*`, which the browser extension's match patterns read as a wildcard (it would run on " +
      'every page of a site, or of every site)',
    fix: 'Write the address of the article itself; percent-encode a "*" that is part of it as %2A.',
  },
  {
    id: 'empty-quote',
    severity: 'error',
    meaning: 'a `quote:` with no words',
    fix: 'Copy the exact words of the claim from article.txt into "quote".',
  },
  {
    id: 'quote-not-found',
    severity: 'error',
    meaning:
      'the quote is not in the article; the closest passage, its distance and position are shown (all of ' +
      'them when several are equally close)',
    fix:
      'Copy the words exactly from article.txt, or run `npm run check -- --fix` when the message says it ' +
      'can repair the quote.',
  },
  {
    id: 'quote-ambiguous',
    severity: 'error',
    meaning:
      'the quote occurs more than once; each occurrence is shown with the words around it and a ' +
      '`prefix`/`suffix` that picks it',
    fix: 'Paste the "prefix"/"suffix" shown for the occurrence you mean, or quote a longer passage.',
  },
  {
    id: 'quote-context-mismatch',
    severity: 'error',
    meaning: '`prefix`/`suffix` match none of the occurrences of the quote',
    fix:
      'Correct "prefix"/"suffix" so they match the text right before/after the quote, or remove them if the ' +
      'quote is unique.',
  },
  {
    id: 'quote-in-non-article',
    severity: 'warning',
    meaning: 'a claim quotes a part that `nonArticle` marks as not the article (a caption, share buttons)',
    fix: 'Quote the article itself, or remove the part from "nonArticle" in source.yaml if it is the article.',
  },
  {
    id: 'unknown-source',
    severity: 'error',
    meaning: 'the folder a claim sits in is not a source slug (with "did you mean")',
    fix: 'Move the file into content/claims/<slug>/, where <slug> is a folder of content/sources/.',
  },
  {
    id: 'unknown-citation',
    severity: 'error',
    meaning: 'a citation id with no file in `content/citations/` (with "did you mean")',
    fix: 'Fix the id, or add content/citations/<id>.yaml.',
  },
  {
    id: 'unknown-related',
    severity: 'error',
    meaning: 'a related claim id with no claim file, or the claim itself (with "did you mean")',
    fix: 'Use the id (file name without extension) of a claim in another source.',
  },
  {
    id: 'unknown-internal-link',
    severity: 'error',
    meaning:
      'a link in an explanation or research notes to a page of this site that does not exist: a claim, source, ' +
      'person, citation (`/citations/#citation-<id>`), verdict or flag with no such id, or `#claim-<id>` in ' +
      'research notes naming no published claim on that source (with "did you mean")',
    fix: 'Correct the id in the link (a claim id is its file name without extension), or link to an existing page.',
  },
  {
    id: 'unread-file',
    severity: 'warning',
    meaning:
      'a file in a content folder that nothing reads (a claim saved as `.MDX`, `.markdown` or `.txt`, a citation ' +
      'as `.YAML` or `.json`, a misnamed source file): the message names what it would need to be called',
    fix: 'Rename the file as the message says, or delete it if it is not content.',
  },
  {
    id: 'review-stale',
    severity: 'warning',
    meaning:
      'a check edited after its latest review by someone: the quote, verdict, flags, summary, explanation or ' +
      "citations differ from what the review's fingerprint records (the message names the reviewer and date)",
    fix: 'Ask the reviewer to review the check again, then run npm run review -- <claim-id> --by <person-id>.',
  },
  {
    id: 'duplicate-claim-id',
    severity: 'error',
    meaning: 'two claim files with one name in different folders',
    fix: 'Rename one of the two files; claim ids are unique across all folders.',
  },
  {
    id: 'duplicate-citation-id',
    severity: 'error',
    meaning: 'two citation files with one name in different folders',
    fix: 'Rename one of the two files; citation ids are unique across all folders.',
  },
  {
    id: 'duplicate-person-id',
    severity: 'error',
    meaning: 'two people files with one name in different folders',
    fix: 'Rename one of the two files; person ids are unique across all folders.',
  },
  {
    id: 'invalid-claim-id',
    severity: 'error',
    meaning: 'a claim file name that is not lower-case words joined by hyphens',
    fix: 'Rename the file to lower-case words joined by hyphens.',
  },
  {
    id: 'invalid-citation-id',
    severity: 'error',
    meaning: 'a citation file name that is not lower-case words joined by hyphens',
    fix: 'Rename the file to lower-case words joined by hyphens.',
  },
  {
    id: 'invalid-person-id',
    severity: 'error',
    meaning: 'a people file name that is not lower-case words joined by hyphens',
    fix: 'Rename the file to lower-case words joined by hyphens.',
  },
  {
    id: 'invalid-source-slug',
    severity: 'error',
    meaning: 'a source folder name that is not lower-case words joined by hyphens, or a folder nested deeper',
    fix: 'Rename the folder to content/sources/<slug>/ with a lower-case, hyphenated slug.',
  },
  {
    id: 'missing-source-file',
    severity: 'error',
    meaning: 'a source folder without `article.txt` or `source.yaml`',
    fix: 'A source folder holds both source.yaml (provenance) and article.txt (the verbatim text).',
  },
  {
    id: 'duplicate-source',
    severity: 'error',
    meaning: 'the source folder exists already',
    fix: 'Pass another --slug, or edit the existing files.',
    reportedBy: 'new',
  },
  {
    id: 'missing-slug',
    severity: 'error',
    meaning: "the article's first line is not a headline, so no folder name can be made from it",
    fix: 'Pass --slug with a short name of lower-case words joined by hyphens, e.g. --slug boston-trust-act-update.',
    reportedBy: 'new',
  },
  {
    id: 'duplicate-claim',
    severity: 'error',
    meaning: 'a claim on the same passage of the same source exists already',
    fix: 'Edit the existing claim; for a separate claim on part of the passage, quote fewer or more words.',
    reportedBy: 'new',
  },
  {
    id: 'symlink',
    severity: 'error',
    meaning:
      'a symbolic link (or a pipe or device) in the content folder: it is never read, since a link could publish ' +
      'any file of the machine that builds the site',
    fix: 'Replace the link with a copy of the file or folder it points to.',
  },
  {
    id: 'duplicate-article',
    severity: 'warning',
    meaning: 'two sources with the same article text',
    fix: 'Keep one source and move its claims there, unless the two are different publications of one text.',
  },
  {
    id: 'research-notes-dropped',
    severity: 'warning',
    meaning: 'raw HTML, an image or a link that is not http(s) in `research-notes.md`: published without it',
    fix: 'Write plain Markdown with https:// links; describe what the HTML showed in words.',
  },
  {
    id: 'verification-stale',
    severity: 'warning',
    meaning:
      "`verification.json`'s `articleSha256` is not the SHA-256 of `article.txt` as it is now: the comparison " +
      'with the original was made against an older copy',
    fix: 'Run npm run verify-source -- <slug> --write again to compare the current article.txt with the original.',
  },
  {
    id: 'verification-source-mismatch',
    severity: 'warning',
    meaning: "`verification.json`'s `source` is not the slug of the folder it sits in",
    fix: 'Delete the file if it was copied from another source, or run npm run verify-source -- <slug> --write.',
  },
  {
    id: 'link-status-stale',
    severity: 'warning',
    meaning:
      '`content/link-status.json` has an entry for a URL no source, citation or explanation uses any more (a ' +
      'corrected URL, a removed citation)',
    fix: 'Run npm run links -- --write to check the links again, or remove the entry.',
  },
  {
    id: 'mdx-syntax',
    severity: 'error',
    meaning: 'an explanation that does not parse (an unclosed tag or brace)',
    fix: 'Close the tag or brace; write { as \\{ and < as \\< when you mean the character.',
  },
  {
    id: 'mdx-code',
    severity: 'error',
    meaning: 'code in an explanation: `{expressions}`, imports, components or HTML tags',
    fix: 'Write plain Markdown; escape the characters as \\{ \\} and \\< when you mean them as text.',
  },
  {
    id: 'remote-image',
    severity: 'error',
    meaning:
      'an image in an explanation that is not a path on this site (every view of the page would tell that site ' +
      'who reads what), or a reference-style image',
    fix:
      'Describe what the image shows in words and link to it, or save it in public/ and use its path, e.g. ' +
      '/images/chart.png.',
  },
  {
    id: 'missing-explanation',
    severity: 'error',
    meaning: 'a claim file with nothing after the frontmatter',
    fix: 'Explain what the article says, what the evidence says and why this verdict.',
  },
  {
    id: 'missing-citation',
    severity: 'warning',
    meaning: 'a checkable claim (any verdict but `opinion`) without citations',
    fix: 'Cite at least one document; only opinion claims may go without.',
  },
  {
    id: 'duplicate-citation-ref',
    severity: 'warning',
    meaning: 'a claim lists one citation twice',
    fix: 'List each citation id once.',
  },
  {
    id: 'unused-citation',
    severity: 'warning',
    meaning: 'a citation no claim cites',
    fix: 'Cite it from a claim or delete the file.',
  },
  {
    id: 'claim-stale',
    severity: 'warning',
    meaning: "the claim's `updated` (or `published`) is before its source's `textUpdated`",
    fix: 'Re-read the claim against the corrected article.txt, then set "updated:" to the day you did.',
  },
  {
    id: 'draft-incomplete',
    severity: 'warning',
    meaning: 'a `status: draft` claim still without verdict, summary, published date, citations or explanation',
    fix: 'Write what is missing before changing "status: draft" to "status: published" (or removing the line).',
  },
  {
    id: 'missing-author',
    severity: 'error',
    meaning: 'a published claim without `author`',
    fix: 'Add "author: <id>", the id of the person or team in content/people/ who checked the claim.',
  },
  {
    id: 'unknown-person',
    severity: 'error',
    meaning: 'an `author` or `reviewers` id with no file in `content/people/` (with "did you mean")',
    fix: 'Fix the id, or add content/people/<id>.yaml.',
  },
  {
    id: 'author-reviews-own-claim',
    severity: 'error',
    meaning: 'the author is also listed in `reviewers`',
    fix: 'A review is by someone else: list another person or team in "reviewers".',
  },
  {
    id: 'missing-reviewer',
    severity: 'error',
    meaning: 'a published claim without `reviewers` while the `requireReview` option is on (astro.config.mjs)',
    fix:
      'Add "reviewers: [<id>]" naming who reviewed the check; a one-person site may set requireReview: false in ' +
      'the factcheck() options in astro.config.mjs.',
  },
  {
    id: 'duplicate-reviewer',
    severity: 'error',
    meaning: 'a claim lists one reviewer twice',
    fix: 'List each reviewer once.',
  },
  {
    id: 'corrections-out-of-order',
    severity: 'error',
    meaning: 'a `corrections` entry dated before the entry above it (the list is oldest first)',
    fix: 'Order the entries by date, oldest first, adding new entries at the end.',
  },
  {
    id: 'correction-date',
    severity: 'error',
    meaning: 'a `corrections` entry dated before the claim was `published`, or in the future',
    fix: 'Date the entry the day the change was published: on or after "published", and not later than today.',
  },
  {
    id: 'unchanged-verdict',
    severity: 'error',
    meaning:
      "a `previousVerdict` equal to the verdict that followed it (the next entry's `previousVerdict`, or " +
      'the current verdict for the last entry)',
    fix: 'Write the verdict as it was before this change, or remove previousVerdict if the verdict did not change.',
  },
  {
    id: 'clarification-with-verdict',
    severity: 'error',
    meaning: 'a `kind: clarification` entry with a `previousVerdict` (a clarification never changes the verdict)',
    fix: 'Use kind: correction (our error) or kind: update (new evidence), or remove previousVerdict.',
  },
  {
    id: 'updated-mismatch',
    severity: 'error',
    meaning: "an `updated` date that is not the date of the claim's latest `corrections` entry",
    fix: 'Remove "updated": with corrections, the latest entry\'s date is the date the claim was last changed.',
  },
  {
    id: 'missing-previous-verdict',
    severity: 'error',
    meaning:
      "the verdict differs from the previous build's (`--previous`), and the corrections entry recording it " +
      'has no `previousVerdict`',
    fix: 'Add "previousVerdict: <the earlier verdict>" to the entry that changed the verdict.',
  },
  {
    id: 'silent-verdict-change',
    severity: 'error',
    meaning:
      "the verdict differs from the previous build's (`--previous`) with no corrections entry naming the " +
      'earlier verdict',
    fix:
      'Add a corrections entry (date, kind, note, previousVerdict) saying why the verdict changed; verdicts ' +
      'never change silently.',
  },
  {
    id: 'previous-claims-unreadable',
    severity: 'error',
    meaning: "the previous build's claims.json (`--previous`, `FACTCHECK_PREVIOUS_CLAIMS`) cannot be read",
    fix: 'Pass the path or URL of a /data/claims.json the site published, or leave the option out.',
  },
] as const satisfies readonly Rule[];

export type RuleId = (typeof RULES)[number]['id'];

const BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

export function rule(id: RuleId): Rule {
  return BY_ID.get(id) as Rule;
}

/** Where each rule is documented, relative to the project root: every editor has the README at hand. */
export const RULES_DOC = 'README.md';
export const ruleAnchor = (id: string) => `rule-${id}`;
export const ruleUrl = (id: string) => `${RULES_DOC}#${ruleAnchor(id)}`;

/** Registry text is plain (the CLI prints it); in a Markdown cell `\`, `<` and `|` must not act as markup. */
const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/</g, '&lt;').replace(/\|/g, '\\|');

/** The README's rule table, one row per rule, each row its own link target. */
export function rulesTable(): string {
  const rows = RULES.map((entry: Rule) => {
    const only = entry.reportedBy === 'new' ? ' (only from `npm run new`)' : '';
    const name = `<a id="${ruleAnchor(entry.id)}"></a>\`${entry.id}\``;
    return `| ${name} | ${entry.severity} | ${cell(entry.meaning)}${only} | ${cell(entry.fix)} |`;
  });
  return ['| rule | severity | what is wrong | fix |', '|---|---|---|---|', ...rows].join('\n');
}
