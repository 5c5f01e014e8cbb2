/**
 * Explains to an editor why a quote did not anchor in our copy (the checker preset): what happened,
 * where to look (every occurrence at line:column, the closest passage), and how to fix it (the fewest
 * words of prefix or suffix that pick one occurrence, ready to paste). The checker files it under the
 * rule for its reason (src/corpus/anchor-problems.ts).
 */
import { QuoteAnchorer, type AnchorResult } from './anchor.ts';
import type { Reanchoring } from './reanchor.ts';
import type { TextRange } from './selectors.ts';
import { pointLocator } from './text-position.ts';

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

const snippet = (text: string, max = 80) => {
  const flattened = flat(text);
  return flattened.length > max ? `${flattened.slice(0, max - 1)}…` : flattened;
};

/** Occurrences listed one by one; the rest are counted ("and 3 more"). */
export const MAX_LISTED = 10;
/** Words shown on each side of an occurrence, and the most a suggested prefix/suffix takes. */
const CONTEXT_WORDS = 6;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * How a suggested prefix/suffix is written: `yaml` for a line to paste into the claim file,
 * `cli` for an argument to paste after `npm run new -- claim` (single-quoted, so the shell
 * leaves `$` and `!` alone).
 */
export type SelectorSyntax = 'yaml' | 'cli';

function selectorText(key: 'prefix' | 'suffix', value: string, syntax: SelectorSyntax): string {
  return syntax === 'cli' ? `--${key} '${value.replaceAll("'", "'\\''")}'` : `${key}: ${JSON.stringify(value)}`;
}

/** The fewest words before (or else after) an occurrence that make the quote pick it alone. */
function pickingContext(article: string, anchorer: QuoteAnchorer, quote: string, match: TextRange) {
  const before = words(article.slice(0, match.start));
  const after = words(article.slice(match.end));
  for (let count = 1; count <= CONTEXT_WORDS; count++) {
    const prefix = before.slice(-count).join(' ');
    const suffix = after.slice(0, count).join(' ');
    for (const [key, value] of [
      ['prefix', prefix],
      ['suffix', suffix],
    ] as const) {
      if (value === '') continue;
      const picked = anchorer.anchor({ exact: quote, [key]: value });
      if (picked.ok && picked.start === match.start) return { key, value };
    }
  }
  return undefined;
}

/** One line per occurrence: where, the words around it, and the prefix/suffix that picks it. */
function occurrenceLines(
  matches: readonly TextRange[],
  context: { articleFile: string; article: string; quote: string; syntax: SelectorSyntax },
): string[] {
  const { articleFile, article, quote, syntax } = context;
  const toPoint = pointLocator(article);
  const anchorer = new QuoteAnchorer(article);
  const lines = matches.slice(0, MAX_LISTED).map((match) => {
    const { line, column } = toPoint(match.start);
    const beforeText = article.slice(0, match.start);
    const afterText = article.slice(match.end);
    // A space beside the quote only where the article has one: `«comply».` is not `«comply» .`.
    const before = `${words(beforeText).slice(-CONTEXT_WORDS).join(' ')}${/\s$/.test(beforeText) ? ' ' : ''}`;
    const after = `${/^\s/.test(afterText) ? ' ' : ''}${words(afterText).slice(0, CONTEXT_WORDS).join(' ')}`;
    const around = `…${before}«${snippet(article.slice(match.start, match.end), 60)}»${after}…`;
    const pick = pickingContext(article, anchorer, quote, match);
    const paste = pick ? `  ${selectorText(pick.key, pick.value, syntax)}` : '';
    return `at ${articleFile}:${line}:${column}  ${around}${paste}`;
  });
  if (matches.length > MAX_LISTED) lines.push(`and ${matches.length - MAX_LISTED} more`);
  return lines;
}

export type AnchorFailure = Exclude<AnchorResult, { ok: true }>;

export interface FailureContext {
  /** The article's file, as messages name it. */
  readonly articleFile: string;
  readonly article: string;
  readonly quote: string;
  /** What the quote belongs to, for an empty one ("claim x"). */
  readonly what: string;
  /** For claims: what `npm run check -- --fix` would make of a quote that was not found. */
  readonly repair?: Reanchoring | undefined;
  /** How suggested prefixes and suffixes are written; `yaml` unless the quote came from the command line. */
  readonly syntax?: SelectorSyntax | undefined;
}

export interface FailureExplanation {
  readonly message: string;
  /** A fix for this case; none where the rule's general fix says it. */
  readonly hint?: string | undefined;
  /** Lines shown under the message: each occurrence of the quote. */
  readonly details?: readonly string[] | undefined;
}

const EXACTLY =
  'Copy the words exactly from the article; whitespace, curly quotes and dashes may differ, nothing else.';

function notFound(result: Extract<AnchorFailure, { reason: 'not-found' }>, context: FailureContext) {
  const { articleFile, article, quote, repair } = context;
  const toPoint = pointLocator(article);
  const where = (range: { start: number }) => `${toPoint(range.start).line}:${toPoint(range.start).column}`;
  const closest = result.closest;
  const nearest = closest
    ? ` Closest passage (${closest.errors} character edit${closest.errors === 1 ? '' : 's'} away) at ` +
      `${articleFile}:${where(closest)}: "${flat(closest.text)}".`
    : ' No similar passage was found.';
  const tie =
    repair?.kind === 'ambiguous'
      ? ` ${repair.candidates.length} passages are equally close (at ${repair.candidates.map(where).join(', ')}).`
      : '';
  const hint =
    repair?.kind === 'fix'
      ? `${EXACTLY} Or run \`npm run check -- --fix\` to replace the quote with the closest passage.`
      : repair?.kind === 'ambiguous'
        ? `${EXACTLY} Add "prefix"/"suffix" or choose one of the passages yourself; --fix does not guess.`
        : EXACTLY;
  // Whole, not cut short: the typo to find may be in the last words.
  const message = `Unexpected quote "${flat(quote)}", expected the exact words of ${articleFile}.${nearest}${tie}`;
  return { message, hint };
}

export function explainFailure(result: AnchorFailure, context: FailureContext): FailureExplanation {
  const { articleFile, article, quote } = context;
  const syntax = context.syntax ?? 'yaml';
  switch (result.reason) {
    case 'empty':
      return { message: `Missing words in "quote" of ${context.what}` };
    case 'not-found':
      return notFound(result, context);
    case 'ambiguous': {
      const count = result.matches.length;
      const message = `Unexpected quote found ${count} times in ${articleFile}, expected one occurrence`;
      return { message, details: occurrenceLines(result.matches, { articleFile, article, quote, syntax }) };
    }
    case 'context-mismatch': {
      const count = result.matches.length;
      const around = count === 1 ? 'the one occurrence' : `one of the ${count} occurrences`;
      const message = `Unexpected prefix/suffix, expected the words around ${around} of the quote in ${articleFile}`;
      return { message, details: occurrenceLines(result.matches, { articleFile, article, quote, syntax }) };
    }
  }
}
