/**
 * What `npm run new` does, without the command line: turn an article file into a source
 * folder, and a quote into a claim file once it anchors. Nothing is written unless the whole
 * entry can be; existing files are never overwritten.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pointLocator, QuoteAnchorer, type TextRange } from '../annotations/index.ts';
import type { VerdictScale } from '../domain/scale.ts';
import { notAHeadline } from '../domain/headings.ts';
import { idPattern } from '../schemas/common.ts';
import { anchorProblem } from '../corpus/anchor-problems.ts';
import { readClaimFiles } from '../corpus/claim-files.ts';
import type { ContentDirs } from '../corpus/content-dirs.ts';
import { baseId, listFiles, readText } from '../corpus/files.ts';
import { ARTICLE_FILE, PROVENANCE_FILE } from '../corpus/source-files.ts';
import { createProblem, didYouMean, type Problem } from '../corpus/problems.ts';
import type { RuleId } from '../corpus/rules.ts';
import { claimTemplate, firstLine, idWords, shortLabel, sourceTemplate, uniqueId } from './scaffold.ts';

export type Created =
  { readonly ok: true; readonly files: readonly string[] } | { readonly ok: false; readonly problem: Problem };

const refuse = (file: string, message: string, hint: string, ruleId: RuleId): Created => ({
  ok: false,
  problem: createProblem(ruleId, file, { line: 1, column: 1 }, message, { hint }),
});

const exists = async (file: string) =>
  readFile(file).then(
    () => true,
    () => false,
  );

/** A slug from the headline: its first eight words, hyphenated. */
export function slugFromArticle(article: string): string {
  return idWords(firstLine(article), 8).replace(/ /g, '-');
}

export async function createSource(
  root: string,
  dirs: ContentDirs,
  options: { articlePath: string; slug?: string | undefined },
): Promise<Created> {
  let article: Buffer;
  try {
    article = await readFile(path.resolve(root, options.articlePath));
  } catch {
    return refuse(
      options.articlePath,
      `Cannot read the article file "${options.articlePath}"`,
      'Pass the path of a plain-text file holding the article exactly as published.',
      'missing-source-file',
    );
  }
  const text = article.toString('utf8');
  const headline = firstLine(text);
  const why = options.slug === undefined ? notAHeadline(headline) : undefined;
  if (why) {
    return refuse(
      options.articlePath,
      `Missing --slug: the article's first line is not a headline (${why}): "${shortLabel(headline, 80)}"`,
      'Pass a short name for the source folder, e.g. --slug boston-trust-act-update (lower-case words and hyphens).',
      'missing-slug',
    );
  }
  const slug = options.slug ?? slugFromArticle(text);
  const folder = `${dirs.sources}/${slug}`;
  if (!idPattern.test(slug)) {
    return refuse(
      folder,
      `Unexpected source slug "${slug}"`,
      'Pass --slug with lower-case words joined by hyphens, e.g. --slug boston-trust-act-update.',
      'invalid-source-slug',
    );
  }
  if (
    (await exists(path.resolve(root, folder, PROVENANCE_FILE))) ||
    (await exists(path.resolve(root, folder, ARTICLE_FILE)))
  ) {
    return refuse(
      folder,
      `Source "${slug}" already exists`,
      'Pass another --slug, or edit the existing files.',
      'duplicate-source',
    );
  }
  await mkdir(path.resolve(root, folder), { recursive: true });
  // The article is copied byte for byte: it is the text claims are anchored in.
  await writeFile(path.resolve(root, folder, ARTICLE_FILE), article);
  const articleFile = `${folder}/${ARTICLE_FILE}`;
  const provenance = sourceTemplate({ label: shortLabel(headline) || slug, firstLine: headline, articleFile });
  await writeFile(path.resolve(root, folder, PROVENANCE_FILE), provenance, 'utf8');
  return { ok: true, files: [`${folder}/${ARTICLE_FILE}`, `${folder}/${PROVENANCE_FILE}`] };
}

export interface NewClaimOptions {
  readonly source: string;
  readonly quote: string;
  readonly prefix?: string | undefined;
  readonly suffix?: string | undefined;
  /** The claim's id; derived from the source and the quote when absent. */
  readonly id?: string | undefined;
  /** YYYY-MM-DD. */
  readonly today: string;
  /** The verdicts and flags the new claim's comments list. */
  readonly scale: VerdictScale;
}

export async function createClaim(root: string, dirs: ContentDirs, options: NewClaimOptions): Promise<Created> {
  const { source, quote, prefix, suffix, today, scale } = options;
  const articleFile = `${dirs.sources}/${source}/${ARTICLE_FILE}`;
  let article: string;
  try {
    article = await readText(root, articleFile);
  } catch {
    const known = (await listFiles(root, dirs.sources, /article\.txt$/)).map((file) =>
      path.posix.basename(path.posix.dirname(file)),
    );
    return refuse(
      articleFile,
      `Unknown source "${source}".${didYouMean(source, known)}`,
      `Use the slug of a folder in ${dirs.sources}/ (known: ${known.join(', ')}), ` +
        'or add the source first with `npm run new -- source <file>`.',
      'unknown-source',
    );
  }
  const claimFiles = await listFiles(root, dirs.claims, /\.mdx?$/);
  const existing = claimFiles.map(baseId);
  const sourceClaims = claimFiles.filter((file) => path.posix.dirname(file) === `${dirs.claims}/${source}`).map(baseId);
  const id = options.id ?? uniqueId(`${claimPrefix(source, sourceClaims)} ${idWords(quote, 6)}`, existing);
  const file = `${dirs.claims}/${source}/${id}.mdx`;
  if (!idPattern.test(id))
    return refuse(
      file,
      `Unexpected claim id "${id}"`,
      'Pass --id with lower-case words joined by hyphens.',
      'invalid-claim-id',
    );
  if (existing.includes(id))
    return refuse(
      file,
      `A claim with id "${id}" already exists`,
      'Pass another --id; ids are unique across all sources.',
      'duplicate-claim-id',
    );

  const anchored = new QuoteAnchorer(article).anchor({ exact: quote, prefix, suffix });
  if (!anchored.ok) {
    // The same explanation the checker gives, pointing at the quote as typed on the command line.
    return {
      ok: false,
      problem: anchorProblem(anchored, {
        file: 'quote',
        at: { line: 1, column: 1 },
        articleFile,
        article,
        quote,
        what: 'claim',
        syntax: 'cli',
      }),
    };
  }
  const same = await claimOnSamePassage(root, `${dirs.claims}/${source}`, new QuoteAnchorer(article), anchored);
  if (same) {
    const hint = 'Edit that claim instead; for a separate claim on part of the passage, quote fewer or more words.';
    return refuse(same, `A claim on this quote already exists: ${same}`, hint, 'duplicate-claim');
  }
  const { line, column } = pointLocator(article)(anchored.start);
  await mkdir(path.resolve(root, dirs.claims, source), { recursive: true });
  await writeFile(
    path.resolve(root, file),
    claimTemplate({ quote, prefix, suffix, anchoredAt: `${articleFile}:${line}:${column}`, today, scale }),
    { encoding: 'utf8', flag: 'wx' },
  );
  return { ok: true, files: [file] };
}

/** The file of an existing claim of the source whose quote anchors exactly at `range`, if any. */
async function claimOnSamePassage(
  root: string,
  dir: string,
  anchorer: QuoteAnchorer,
  range: TextRange,
): Promise<string | undefined> {
  for (const claim of await readClaimFiles(root, dir)) {
    const data = claim.yaml?.data as Record<string, unknown> | undefined;
    const text = (key: string) => (typeof data?.[key] === 'string' ? data[key] : undefined);
    const exact = text('quote');
    if (exact === undefined) continue;
    const found = anchorer.anchor({ exact, prefix: text('prefix'), suffix: text('suffix') });
    if (found.ok && found.start === range.start && found.end === range.end) return claim.file;
  }
  return undefined;
}

/** Claims of a source share a short name ("boston-…"); reuse it, or take the slug's first word. */
function claimPrefix(source: string, sourceClaims: readonly string[]): string {
  const firsts = new Set(sourceClaims.map((id) => id.split('-')[0]));
  const [shared] = firsts;
  return firsts.size === 1 && shared ? shared : (source.split('-')[0] ?? source);
}
