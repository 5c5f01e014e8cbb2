/**
 * Templates for `npm run new`: a new source's `source.yaml` and a new claim's `.mdx`, with
 * every field the schema knows documented in a comment. Fields we cannot know are written
 * commented out (never guessed); a claim's verdict, summary and explanation are left empty so
 * the checker refuses the claim until an editor has written them.
 */
import GithubSlugger from 'github-slugger';
import { NON_ARTICLE_KIND_IDS } from '../domain/citation-kinds.ts';
import type { VerdictScale } from '../domain/scale.ts';

/** A YAML double-quoted string (JSON strings are valid YAML and escape what needs it). */
const yamlString = (value: string) => JSON.stringify(value);

/** Lower-case ASCII words, for ids: accents dropped, everything else but letters and digits a space. */
export function idWords(text: string, maxWords = Number.POSITIVE_INFINITY): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  return words.slice(0, maxWords).join(' ');
}

/** A slug no existing id uses: github-slugger appends -1, -2… to repeats. */
export function uniqueId(words: string, existing: Iterable<string>): string {
  const slugger = new GithubSlugger();
  for (const id of existing) slugger.slug(id);
  return slugger.slug(words);
}

/** The article's first non-empty line: usually the headline. */
export function firstLine(article: string): string {
  return (
    article
      .split(/\r\n?|\n/)
      .find((line) => line.trim() !== '')
      ?.trim() ?? ''
  );
}

/** A label must be short; when the first line is a paragraph rather than a headline, its first words. */
export function shortLabel(line: string, maxLength = 100): string {
  if (line.length <= maxLength) return line;
  const words = line.slice(0, maxLength).split(/\s+/).slice(0, -1).join(' ');
  return `${words}…`;
}

export function sourceTemplate(options: { label: string; firstLine: string; articleFile: string }): string {
  const { label, firstLine: headline, articleFile } = options;
  return `# Provenance of ${articleFile}, scaffolded by \`npm run new -- source\`.
# Only "label" is required. Fill in each other field only once you have established it (from the page
# itself, an archive, the outlet's own listing) and uncomment it; unknown fields stay commented out and
# readers see "Not recorded", never a guess. Then run \`npm run check\`.

# Our short descriptive name for the article, shown in lists and where the headline is unknown.
# Scaffolded from the article's first line: rewrite it as a short description.
label: ${yamlString(label)}

# Headline exactly as published (article.txt starts with: "${shortLabel(headline, 80)}").
# title: ${yamlString(headline.length <= 100 ? headline : '')}

# Publication that ran it, e.g. "RedState".
# outlet: ""

# Byline, exactly as shown.
# author: ""

# Address of the original article (http or https only).
# url: "https://"

# Date the article was published, YYYY-MM-DD.
# published: YYYY-MM-DD

# Date our copy of the text (article.txt) was taken from the page or an archive, YYYY-MM-DD: not the
# publication date. Readers see it beside the text.
# retrieved: YYYY-MM-DD

# Date article.txt was last corrected after claims were written, YYYY-MM-DD. Claims whose "updated"
# (or "published") is earlier get the warning claim-stale until they are re-read and updated.
# textUpdated: YYYY-MM-DD

# An archived copy of the original (http or https only).
# archivedUrl: "https://"

# How each field above was established, and what was looked for but not found. For a partial copy
# (paywall, incomplete archive), say what is missing: article.txt holds only the text you have.
# provenanceNote: ""

# Fields searched for and not found, shown to readers as "None found" (an empty field not listed
# here shows as "Not recorded"). Any of: title, outlet, author, url, published, archivedUrl.
# notFound: [archivedUrl]

# Two to four sentences on the article's overall reliability, written once its claims are checked.
# summary: ""

# Parts of article.txt that are not the article: shown to readers, but not checked or counted in
# coverage. "quote" is copied exactly from article.txt (\\n for a line break); "prefix"/"suffix" only
# when the passage occurs more than once. kind is one of: ${NON_ARTICLE_KIND_IDS.join(', ')}.
# nonArticle:
#   - quote: "Share.\\nExit mobile version"
#     kind: share-widget
`;
}

export interface ClaimTemplateOptions {
  readonly quote: string;
  readonly prefix?: string | undefined;
  readonly suffix?: string | undefined;
  /** Where the quote anchored, e.g. `content/sources/x/article.txt:3:12`. */
  readonly anchoredAt: string;
  /** Today, YYYY-MM-DD. */
  readonly today: string;
  /** The verdicts and flags the comments list. */
  readonly scale: VerdictScale;
}

export function claimTemplate(options: ClaimTemplateOptions): string {
  const { quote, prefix, suffix, anchoredAt, today, scale } = options;
  const context = (key: 'prefix' | 'suffix', value: string | undefined) =>
    value === undefined ? `# ${key}: ""` : `${key}: ${yamlString(value)}`;
  return `---
# Scaffolded by \`npm run new -- claim\` on ${today}. Fill in verdict, flags, summary and citations, write
# the explanation below the closing ---, then run \`npm run check\`: until then the check refuses this
# claim, so nothing unfinished is published.

# The claim exactly as it stands in the article (found at ${anchoredAt}).
quote: ${yamlString(quote)}
# The words just before / after the quote: needed only when the quote occurs more than once.
${context('prefix', prefix)}
${context('suffix', suffix)}

# One of: ${scale.verdictIds.join(', ')} (see "The verdict scale" in README.md).
verdict: ""

# Problems found whatever the verdict, any of: ${scale.flagIds.join(', ')}. [] for none.
flags: []

# The finding in one sentence, in plain words (under 200 characters).
summary: ""

# Ids of the documents in content/citations/ the finding rests on (file names without .yaml).
# Every claim but an opinion needs at least one.
citations: []

# Ids of claims in other sources about the same fact, person or case.
related: []

# Date the check is first published, YYYY-MM-DD.
published: ${today}

# Date of the last change to the verdict or explanation, for a claim without corrections: add it whenever
# you change either. With corrections, leave it out: the latest entry's date is the last change.
# updated: ${today}

# "draft" to commit unfinished work: the check then only warns about a missing verdict, summary,
# citations or explanation, and the build publishes nothing of the claim. Remove the line to publish.
# status: draft

# Who checked the claim: the id of a person or team in content/people/ (file name without .yaml).
# author: ""

# Who reviewed the check: ids in content/people/, never the author. Required for a published claim
# while the requireReview option is true (astro.config.mjs).
# reviewers: []

# Sign-offs, written by \`npm run review -- <claim-id> --by <person-id>\` (who, the day, and a fingerprint
# of what they reviewed), not by hand: an edit after a review is reported as review-stale.
# reviews: []

# What changed after publication, oldest first; never change a verdict without an entry. kind is
# correction (an error of ours), update (new evidence) or clarification (rewording, same finding);
# previousVerdict, the verdict before the change, is required when the verdict changed.
# corrections:
#   - date: YYYY-MM-DD
#     kind: correction
#     note: ""
#     previousVerdict: ""
---
`;
}
