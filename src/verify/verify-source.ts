/**
 * `npm run verify-source`: compares a source's `article.txt` with its original as published now.
 * Reads the corpus, fetches the original (`fetch-original.ts`), extracts the article
 * (`extract-article.ts`), diffs the two word by word (`domain/text-diff.ts`) and re-anchors every
 * published claim of the source in the original (`domain/claim-drift.ts`). The result is the object
 * `verification.json` holds (`schemas/verification.ts`).
 */
import path from 'node:path';
import { sha256Hex } from '../corpus/article-hash.ts';
import { contentDirs, type ContentDirs } from '../corpus/content-dirs.ts';
import { loadCorpus } from '../corpus/load-corpus.ts';
import type { Source } from '../corpus/model.ts';
import { didYouMean } from '../corpus/problems.ts';
import { claimDrift } from '../domain/claim-drift.ts';
import type { VerdictScale } from '../domain/scale.ts';
import { compareTexts } from '../domain/text-diff.ts';
import { pointLocator } from '../annotations/index.ts';
import type { Verification } from '../schemas/verification.ts';
import { extractArticle } from './extract-article.ts';
import { fetchOriginal, type FetchOptions } from './fetch-original.ts';

export interface VerifyOptions extends FetchOptions {
  /** A file or http(s) URL to read instead of the source's `url`. */
  readonly from?: string | undefined;
  readonly dirs?: ContentDirs;
  /** The verdicts and flags the claims are read with (the site's `activeScale()`); default the default scale. */
  readonly scale?: VerdictScale | undefined;
  /** The time recorded as `checkedAt` (default now). */
  readonly now?: Date;
}

export type VerifyResult =
  | {
      readonly ok: true;
      readonly verification: Verification;
      /** The URL first asked for, when the server redirected to `verification.from`. */
      readonly redirectedFrom?: string | undefined;
      /** The source folder, relative to the project root. */
      readonly folder: string;
    }
  | { readonly ok: false; readonly reason: string };

export async function verifySource(root: string, slug: string, options: VerifyOptions = {}): Promise<VerifyResult> {
  const dirs = options.dirs ?? contentDirs();
  const scale = options.scale ? { scale: options.scale } : {};
  const { corpus } = await loadCorpus(root, dirs, { checkBodies: false, previous: '', ...scale });
  const source = corpus.sources.find((candidate) => candidate.slug === slug);
  if (!source) {
    const close = didYouMean(
      slug,
      corpus.sources.map((candidate) => candidate.slug),
    );
    return { ok: false, reason: `no source "${slug}" in ${dirs.sources}.${close}` };
  }
  const spec = options.from ?? source.data.url;
  if (!spec) return { ok: false, reason: `${source.file} has no url: pass --from <file-or-url>` };
  const fetched = await fetchOriginal(spec, { ...options, cwd: options.cwd ?? root });
  if (!fetched.ok) return fetched;
  let original = fetched.body;
  if (fetched.kind === 'html') {
    const extracted = extractArticle(fetched.body);
    if (!extracted.ok) return { ok: false, reason: `${extracted.reason} at ${fetched.from}` };
    original = startsWithHeadline(source.text, extracted.title) ? extracted.text : extracted.body;
  }
  const claims = corpus.claims.filter((claim) => claim.source === slug);
  const verification = compare(source, original, claims, {
    from: fromLabel(root, fetched.from),
    checkedAt: (options.now ?? new Date()).toISOString(),
  });
  return { ok: true, verification, redirectedFrom: fetched.redirectedFrom, folder: path.posix.dirname(source.file) };
}

/**
 * Whether the saved copy opens with the page's headline. A copy saved without it is compared with the page's
 * body alone: the headline the page adds is not a change to the article.
 */
function startsWithHeadline(saved: string, title: string): boolean {
  if (title === '') return false;
  const firstParagraph = saved.trimStart().split(/\n\s*\n/, 1)[0] ?? '';
  return foldForHeadline(firstParagraph) === foldForHeadline(title);
}

/** Spacing, case and quotation-mark style do not make a different headline. */
const foldForHeadline = (text: string) =>
  text
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

interface ClaimLike {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly data: { readonly quote: string; readonly prefix?: string | undefined; readonly suffix?: string | undefined };
}

/** The verification object for a source and the original's extracted text. */
export function compare(
  source: Pick<Source, 'slug' | 'text' | 'nonArticle' | 'data'>,
  original: string,
  claims: readonly ClaimLike[],
  meta: { readonly from: string; readonly checkedAt: string },
): Verification {
  const comparison = compareTexts(source.text, original, {
    savedSkip: source.nonArticle,
    originalSkip: source.data.nonArticle.map((part) => part.quote),
  });
  const toPoint = pointLocator(source.text);
  const changes = comparison.passages.map((passage) => {
    const { start, end } = passage.saved;
    const touched = claims.filter((claim) =>
      start < end ? claim.start < end && start < claim.end : claim.start < start && start < claim.end,
    );
    return {
      line: toPoint(start).line,
      saved: source.text.slice(start, end),
      original: original.slice(passage.original.start, passage.original.end),
      claims: touched.map((claim) => claim.id),
    };
  });
  const drift = claimDrift(
    claims.map((claim) => ({
      id: claim.id,
      start: claim.start,
      end: claim.end,
      selector: { exact: claim.data.quote, prefix: claim.data.prefix, suffix: claim.data.suffix },
    })),
    original,
    comparison.aligned,
  );
  return {
    source: source.slug,
    checkedAt: meta.checkedAt,
    from: meta.from,
    status: comparison.identical ? 'identical' : 'changed',
    articleSha256: sha256Hex(source.text),
    changes,
    claims: drift,
  };
}

/** A file inside the project is recorded relative to it (never a machine's own folders); a URL as it is. */
function fromLabel(root: string, from: string): string {
  if (/^https?:\/\//i.test(from)) return from;
  const relative = path.relative(root, path.resolve(root, from));
  return relative.startsWith('..') || path.isAbsolute(relative)
    ? path.basename(from)
    : relative.split(path.sep).join('/');
}
