/**
 * Links that open the original article at a quote: a text fragment
 * (`#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`) built from the article's saved text.
 *
 * The saved text is our model of the page: a term must match inside one paragraph (browsers do not
 * match one term across block boundaries), and the first match in the page wins. Each candidate
 * directive is checked against that model with the spec's matching rules (case-insensitive, whole
 * words, whitespace between a context term and the match); the shortest one that lands on the quote
 * is used.
 *
 * @see https://wicg.github.io/scroll-to-text-fragment/
 */
import {
  matches,
  searchText,
  skipSpace,
  skipSpaceBack,
  WORD,
  type SearchText,
  type TextDirective,
} from './text-fragment-match.ts';

export { findTextDirective, type TextDirective } from './text-fragment-match.ts';

export interface QuoteInText {
  /** The article's saved text. */
  readonly text: string;
  /** Offsets of the quote in `text`, end exclusive. */
  readonly start: number;
  readonly end: number;
}

export interface TextFragmentOptions {
  /** The original's URL; its own fragment, if any, is replaced. */
  readonly url: string;
}

/**
 * Quotes longer than this are linked as a range (`textStart,textEnd`), as Chrome's own "Copy link
 * to highlight" does: past 300 characters a URL spelling out the whole quote is long enough to be cut
 * by mail and chat clients, and a single word the page changed would break it.
 * @see https://github.com/chromium/chromium/blob/main/third_party/blink/renderer/core/page/scrolling/text_fragment_selector_generator.cc
 * (`kExactTextMaxChars = 300`, `kMaxRangeWords = 10`, `kMaxContextWords = 10`)
 */
export const EXACT_MAX_CHARS = 300;
/** Words in `textStart` and `textEnd` of a range, grown up to the maximum until the range is unambiguous. */
const RANGE_WORDS = [4, 6, 10] as const;
/** Words of context tried, fewest first, when the quote's words occur more than once. */
const CONTEXT_WORDS = [1, 2, 3, 4, 6, 8, 10] as const;

/**
 * Percent-encodes one term. The spec lets a term spell out `[a-zA-Z0-9]` and `!$'()*+./:;=?@_~`
 * and requires everything else, including `-`, `,` and `&` (they are the directive's syntax), to be
 * percent-encoded (UTF-8). `encodeURIComponent` escapes all of that except `-`; the characters it
 * escapes beyond the spec's need (`$ / : ; = ? @ +`) decode to themselves, as the spec percent-decodes
 * every term before matching.
 * @see https://wicg.github.io/scroll-to-text-fragment/#fragment-directive-grammar (TextDirectiveExplicitChar)
 * @see https://wicg.github.io/scroll-to-text-fragment/#syntax "Dash (-), ampersand (&), and comma (,)
 * characters in text parameters must be percent-encoded"
 */
export function encodeTextDirectiveTerm(term: string): string {
  return encodeURIComponent(term).replaceAll('-', '%2D');
}

/** `text=[prefix-,]textStart[,textEnd][,-suffix]`, each term encoded. */
export function formatTextDirective(directive: TextDirective): string {
  const { prefix, textStart, textEnd, suffix } = directive;
  const parts = [
    prefix ? `${encodeTextDirectiveTerm(prefix)}-` : undefined,
    encodeTextDirectiveTerm(textStart),
    textEnd ? encodeTextDirectiveTerm(textEnd) : undefined,
    suffix ? `-${encodeTextDirectiveTerm(suffix)}` : undefined,
  ];
  return `text=${parts.filter((part) => part !== undefined).join(',')}`;
}

/** `url` without its fragment, then `#:~:` and the directive. */
export function withTextDirective(url: string, directive: TextDirective): string {
  const hash = url.indexOf('#');
  return `${hash === -1 ? url : url.slice(0, hash)}#:~:${formatTextDirective(directive)}`;
}

/** Whitespace runs (line breaks included) as one space, ends trimmed: how the terms are written. */
export const collapseWhitespace = (value: string) => value.replace(/\s+/gu, ' ').trim();
const words = (value: string) => collapseWhitespace(value).split(' ').filter(Boolean);

/**
 * A link to a passage whose document we do not hold (a citation's excerpt): the excerpt itself, or,
 * past the length limit or across a line break (which in a copied excerpt usually separates blocks),
 * the first words of its first line and the last words of its last. Without the document's text no
 * context can be chosen.
 */
export function excerptFragment(url: string, excerpt: string): string | undefined {
  const lines = excerpt
    .split(/\r\n|\r|\n/u)
    .map(words)
    .filter((line) => line.length > 0);
  if (lines.length === 0) return undefined;
  const exact = lines[0]!.join(' ');
  if (lines.length === 1 && exact.length <= EXACT_MAX_CHARS) return withTextDirective(url, { textStart: exact });
  const edge = RANGE_WORDS[0];
  const first = lines[0]!;
  const last = lines.at(-1)!;
  const take = lines.length === 1 ? Math.min(edge, Math.floor(first.length / 2)) : edge;
  return withTextDirective(url, { textStart: first.slice(0, take).join(' '), textEnd: last.slice(-take).join(' ') });
}

const count = (search: SearchText, term: string) => [...matches(search, { textStart: term })].length;

/** The first `n` tokens that hold a letter or digit, with any punctuation-only tokens among them. */
function takeWords(tokens: readonly string[], n: number): string | undefined {
  const taken: string[] = [];
  let counted = 0;
  for (const token of tokens) {
    if (counted === n) break;
    taken.push(token);
    if (WORD.test(token)) counted += 1;
  }
  return counted > 0 ? taken.join(' ') : undefined;
}

const paragraphAt = (search: SearchText, index: number) =>
  search.paragraphs.findIndex((range) => range.start <= index && index <= range.end);

/**
 * Up to `n` words before `index` in its paragraph. Ads and other blocks a news page puts between
 * paragraphs would break a prefix that crosses a paragraph break, so the previous paragraph is used
 * only with `cross`, when the quote opens its paragraph.
 */
function contextBefore(search: SearchText, index: number, n: number, cross: boolean): string | undefined {
  const at = paragraphAt(search, index);
  const own = search.paragraphs[at]!;
  const tokens = (start: number, end: number) => search.flat.slice(start, end).split(' ').filter(Boolean).reverse();
  const mine = tokens(own.start, skipSpaceBack(search.flat, index));
  const previous = search.paragraphs[at - 1];
  const from = mine.length === 0 && cross && previous ? tokens(previous.start, previous.end) : mine;
  return takeWords(from, n)?.split(' ').reverse().join(' ');
}

/** Up to `n` words after `index` in its paragraph; the next paragraph's first words only with `cross`. */
function contextAfter(search: SearchText, index: number, n: number, cross: boolean): string | undefined {
  const at = paragraphAt(search, index);
  const own = search.paragraphs[at]!;
  const tokens = (start: number, end: number) => search.flat.slice(start, end).split(' ').filter(Boolean);
  const mine = tokens(skipSpace(search.flat, index), own.end);
  const next = search.paragraphs[at + 1];
  return takeWords(mine.length === 0 && cross && next ? tokens(next.start, next.end) : mine, n);
}

/** The ways to name the quote itself: the whole quote, or its first and last words, fewest first. */
function cores(search: SearchText, start: number, end: number): TextDirective[] {
  const quote = search.flat.slice(start, end);
  const pieces = quote.split('\n').map((piece) => piece.trim().split(' ').filter(Boolean));
  if (pieces.length === 1 && quote.length <= EXACT_MAX_CHARS) return [{ textStart: quote }];
  const first = pieces[0]!;
  const last = pieces.at(-1)!;
  return RANGE_WORDS.map((n) => {
    // Within one paragraph the two ends must not overlap: each takes at most half its words.
    const take = pieces.length === 1 ? Math.min(n, Math.floor(first.length / 2)) : n;
    return { textStart: first.slice(0, take).join(' '), textEnd: last.slice(-take).join(' ') };
  });
}

/**
 * The directive for the quote at `[start, end)` of the saved text: the quote itself (collapsed
 * whitespace), or `textStart,textEnd` for a long quote or one that crosses a paragraph break, with a
 * prefix and/or suffix from the same paragraph when its words occur more than once in the article.
 * Undefined when the quote is blank.
 */
export function textDirectiveFor(quote: QuoteInText): TextDirective | undefined {
  const search = searchText(quote.text);
  const start = search.at[quote.start]!;
  const end = skipSpaceBack(search.flat, search.at[quote.end]!);
  const from = skipSpace(search.flat, start);
  if (from >= end) return undefined;
  const target = `${from}:${end}`;
  const options = cores(search, from, end);
  const lands = (directive: TextDirective, unique: boolean) => {
    const found = [...matches(search, directive)].map((range) => `${range.start}:${range.end}`);
    return found[0] === target && (!unique || found.length === 1);
  };
  for (const cross of [false, true]) {
    for (const core of options) {
      const repeated = count(search, core.textStart) > 1 || (core.textEnd ? count(search, core.textEnd) > 1 : false);
      if (!cross && !repeated && lands(core, false)) return core;
      for (const n of CONTEXT_WORDS) {
        const prefix = contextBefore(search, from, n, cross);
        const suffix = contextAfter(search, end, n, cross);
        const tries: TextDirective[] = [
          { ...core, prefix },
          { ...core, suffix },
          { ...core, prefix, suffix },
        ];
        const found = tries.find((directive) => (directive.prefix || directive.suffix) && lands(directive, true));
        if (found) return found;
      }
    }
  }
  // Nothing pins it in our text (the same paragraph twice): the first occurrence is the best we can name.
  return options.at(-1);
}

/** The original's URL opened at the quote, or undefined when the quote is blank. */
export function textFragment(quote: QuoteInText, options: TextFragmentOptions): string | undefined {
  const directive = textDirectiveFor(quote);
  return directive ? withTextDirective(options.url, directive) : undefined;
}
