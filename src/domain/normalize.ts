/**
 * Normalisation for quote matching: editors cannot see or type some differences
 * (non-breaking spaces, curly vs straight quotes, dash variants), so both the
 * source text and the quote are folded the same way before comparing, and an
 * offset map leads every folded character back to the original text.
 */

export interface NormalizedText {
  /** The folded text. */
  readonly text: string;
  /** `map[i]` is the offset in the original text of folded character `i`; `map[text.length]` is the original length. */
  readonly map: readonly number[];
}

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/;
/** Whitespace including NBSP, narrow NBSP, zero-width and line separators. */
const SPACE = /[\s\u00A0\u2007\u202F\u2060\uFEFF]/;
const INVISIBLE = /[\u200B\u200C\u200D\u00AD]/;

/** Folds one character to what it is compared as ('' drops it, ' ' marks whitespace). */
export function foldChar(char: string): string {
  if (INVISIBLE.test(char)) return '';
  if (SPACE.test(char)) return ' ';
  if (SINGLE_QUOTES.test(char)) return "'";
  if (DOUBLE_QUOTES.test(char)) return '"';
  if (DASHES.test(char)) return '-';
  if (char === '\u2026') return '...';
  return char;
}

/** Folds `input` and collapses each run of whitespace to one space, keeping an offset map. */
export function normalize(input: string): NormalizedText {
  let text = '';
  const map: number[] = [];
  let previousWasSpace = false;
  let offset = 0;
  for (const char of input) {
    const folded = foldChar(char);
    if (folded === ' ') {
      if (!previousWasSpace) {
        text += ' ';
        map.push(offset);
      }
      previousWasSpace = true;
    } else if (folded !== '') {
      // One map entry per UTF-16 unit, so offsets stay aligned for characters outside the BMP.
      text += folded;
      for (let unit = 0; unit < folded.length; unit++) map.push(offset);
      previousWasSpace = false;
    }
    offset += char.length;
  }
  map.push(input.length);
  return { text, map };
}

/** Normalises a quote typed by an editor: folded, whitespace collapsed and trimmed. */
export function normalizeQuote(input: string): string {
  return normalize(input).text.trim();
}

/** Collapses whitespace only: how the integrity test compares rendered text with the source. */
export function collapseWhitespace(input: string): string {
  return input.replace(/[\s\u00A0\u202F\u2007]+/g, ' ').trim();
}
