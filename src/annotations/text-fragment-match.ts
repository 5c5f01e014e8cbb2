/**
 * How a browser finds a text directive, modelled on the article's saved text: paragraphs are
 * blocks (no term matches across one), matching ignores case, a term starts and ends at word
 * boundaries, and context terms may be separated from the match by whitespace only. The link
 * builder (`text-fragment.ts`) checks each candidate directive with it.
 * @see https://wicg.github.io/scroll-to-text-fragment/#find-a-range-from-a-text-directive
 */
import { paragraphRanges } from './paragraphs.ts';

/** The parameters of `text=[prefix-,]textStart[,textEnd][,-suffix]`, not yet encoded. */
export interface TextDirective {
  readonly textStart: string;
  readonly textEnd?: string | undefined;
  readonly prefix?: string | undefined;
  readonly suffix?: string | undefined;
}

/**
 * The article as a browser would search it: paragraphs with collapsed whitespace joined by a line
 * break (no term contains one, so none matches across paragraphs), with each saved offset's place.
 */
export interface SearchText {
  readonly flat: string;
  readonly lower: string;
  /** Place in `flat` of each offset of the saved text (length: text.length + 1). */
  readonly at: Int32Array;
  /** Offset in the saved text of each character of `flat`. */
  readonly back: readonly number[];
  /** Paragraph ranges in `flat`. */
  readonly paragraphs: readonly { start: number; end: number }[];
}

/** `text` as a browser searches it; see `SearchText`. */
export function searchText(text: string): SearchText {
  const at = new Int32Array(text.length + 1);
  const paragraphs: { start: number; end: number }[] = [];
  const back: number[] = [];
  let flat = '';
  let last = 0;
  for (const range of paragraphRanges(text)) {
    if (flat !== '') {
      back.push(range.start);
      flat += '\n';
    }
    for (let index = last; index < range.start; index += 1) at[index] = flat.length;
    const start = flat.length;
    for (let index = range.start; index < range.end; index += 1) {
      at[index] = flat.length;
      const space = /\s/u.test(text[index]!);
      if (space && flat.endsWith(' ')) continue;
      back.push(index);
      flat += space ? ' ' : text[index];
    }
    paragraphs.push({ start, end: flat.length });
    last = range.end;
  }
  for (let index = last; index <= text.length; index += 1) at[index] = flat.length;
  const lower = flat.toLowerCase();
  // Lower-casing keeps offsets only where no character changes length; else compare as saved.
  return { flat, lower: lower.length === flat.length ? lower : flat, at, back, paragraphs };
}

export const WORD = /[\p{L}\p{N}\p{M}]/u;
const isWord = (value: string | undefined) => value !== undefined && WORD.test(value);
/** A word boundary, roughly as ICU sees one: not between two letters, nor at an apostrophe inside a word. */
function isBoundary(flat: string, index: number): boolean {
  const before = flat[index - 1];
  const after = flat[index];
  if (isWord(before) && isWord(after)) return false;
  if (/['’]/u.test(after ?? '') && isWord(before) && isWord(flat[index + 1])) return false;
  if (/['’]/u.test(before ?? '') && isWord(after) && isWord(flat[index - 2])) return false;
  return true;
}

export const skipSpace = (flat: string, index: number) => {
  let next = index;
  while (next < flat.length && /\s/u.test(flat[next]!)) next += 1;
  return next;
};
export const skipSpaceBack = (flat: string, index: number) => {
  let next = index;
  while (next > 0 && /\s/u.test(flat[next - 1]!)) next -= 1;
  return next;
};

/** Where `term` starts at or after `from`, bounded as asked, or -1. */
function find(search: SearchText, term: string, from: number, startBounded: boolean, endBounded: boolean): number {
  const needle = search.lower === search.flat ? term : term.toLowerCase();
  for (let index = search.lower.indexOf(needle, from); index !== -1; index = search.lower.indexOf(needle, index + 1)) {
    if (startBounded && !isBoundary(search.flat, index)) continue;
    if (endBounded && !isBoundary(search.flat, index + needle.length)) continue;
    return index;
  }
  return -1;
}

const startsAt = (search: SearchText, term: string, index: number) =>
  search.lower.startsWith(search.lower === search.flat ? term : term.toLowerCase(), index);

/**
 * Every range the directive matches, in page order, following the spec's "find a range from a text
 * directive": a prefix must end (give or take whitespace) where `textStart` begins, a suffix must
 * begin where the match ends, and with `textEnd` the range runs to the first `textEnd` after
 * `textStart` whose suffix fits.
 * @see https://wicg.github.io/scroll-to-text-fragment/#find-a-range-from-a-text-directive
 */
export function* matches(search: SearchText, directive: TextDirective): Generator<{ start: number; end: number }> {
  const { prefix, textStart, textEnd, suffix } = directive;
  const suffixFits = (end: number) => {
    if (!suffix) return true;
    const at = skipSpace(search.flat, end);
    return startsAt(search, suffix, at) && isBoundary(search.flat, at + suffix.length);
  };
  for (let from = 0; from < search.flat.length;) {
    let start: number;
    if (prefix) {
      const found = find(search, prefix, from, true, false);
      if (found === -1) return;
      from = found + 1;
      start = skipSpace(search.flat, found + prefix.length);
      if (!startsAt(search, textStart, start)) continue;
    } else {
      start = find(search, textStart, from, true, !textEnd && !suffix);
      if (start === -1) return;
      from = start + 1;
    }
    if (!textEnd) {
      const end = start + textStart.length;
      if (suffixFits(end)) yield { start, end };
      continue;
    }
    for (let after = start + textStart.length; ;) {
      const found = find(search, textEnd, after, true, !suffix);
      if (found === -1) return;
      const end = found + textEnd.length;
      if (suffixFits(end)) {
        yield { start, end };
        break;
      }
      after = found + 1;
    }
  }
}

/**
 * Where a browser would find `directive` in a page whose text is `text`, as offsets in `text`, in
 * page order (the first is the one it scrolls to).
 */
export function findTextDirective(text: string, directive: TextDirective): { start: number; end: number }[] {
  const search = searchText(text);
  return [...matches(search, directive)].map((range) => ({
    start: search.back[range.start]!,
    end: search.back[range.end - 1]! + 1,
  }));
}
