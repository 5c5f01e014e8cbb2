/** Explains a failed anchoring to an editor: what happened, where to look, how to fix it. */
import { QuoteAnchorer, type AnchorResult } from '../annotations/anchor.ts';
import type { TextRange } from '../annotations/selectors.ts';
import type { Reanchoring } from '../annotations/reanchor.ts';
import { pointLocator } from '../annotations/text-position.ts';
import { createProblem, type Problem } from './problems.ts';
import type { Located } from './yaml-document.ts';

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
  return syntax === 'cli' ? `--${key} '${value.replace(/'/g, `'\\''`)}'` : `${key}: ${JSON.stringify(value)}`;
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

export function anchorProblem(
  result: Exclude<AnchorResult, { ok: true }>,
  context: {
    file: string;
    at: Located;
    articleFile: string;
    article: string;
    quote: string;
    what: string;
    /** For claims: whether `npm run check -- --fix` can repair a quote that was not found. */
    repair?: Reanchoring | undefined;
    /** How suggested prefixes and suffixes are written; `yaml` unless the quote came from the command line. */
    syntax?: SelectorSyntax | undefined;
  },
): Problem {
  const { file, at, articleFile, article, quote, what, repair } = context;
  const syntax = context.syntax ?? 'yaml';
  const toPoint = pointLocator(article);
  const where = (range: { start: number }) => `${toPoint(range.start).line}:${toPoint(range.start).column}`;
  switch (result.reason) {
    case 'empty':
      return createProblem('empty-quote', file, at, `Missing words in "quote" of ${what}`);
    case 'not-found': {
      const closest = result.closest;
      const nearest = closest
        ? ` Closest passage (${closest.errors} character edit${closest.errors === 1 ? '' : 's'} away) at ` +
          `${articleFile}:${where(closest)}: "${flat(closest.text)}".`
        : ' No similar passage was found.';
      const exactly =
        'Copy the words exactly from the article; whitespace, curly quotes and dashes may differ, nothing else.';
      const tie =
        repair?.kind === 'ambiguous'
          ? ` ${repair.candidates.length} passages are equally close (at ${repair.candidates.map(where).join(', ')}).`
          : '';
      const hint =
        repair?.kind === 'fix'
          ? `${exactly} Or run \`npm run check -- --fix\` to replace the quote with the closest passage.`
          : repair?.kind === 'ambiguous'
            ? `${exactly} Add "prefix"/"suffix" or choose one of the passages yourself; --fix does not guess.`
            : exactly;
      // Whole, not cut short: the typo to find may be in the last words.
      const reason = `Unexpected quote "${flat(quote)}", expected the exact words of ${articleFile}.${nearest}${tie}`;
      return createProblem('quote-not-found', file, at, reason, { hint });
    }
    case 'ambiguous': {
      const count = result.matches.length;
      const reason = `Unexpected quote found ${count} times in ${articleFile}, expected one occurrence`;
      const details = occurrenceLines(result.matches, { articleFile, article, quote, syntax });
      return createProblem('quote-ambiguous', file, at, reason, { details });
    }
    case 'context-mismatch': {
      const count = result.matches.length;
      const around = count === 1 ? 'the one occurrence' : `one of the ${count} occurrences`;
      const reason = `Unexpected prefix/suffix, expected the words around ${around} of the quote in ${articleFile}`;
      const details = occurrenceLines(result.matches, { articleFile, article, quote, syntax });
      return createProblem('quote-context-mismatch', file, at, reason, { details });
    }
  }
}
