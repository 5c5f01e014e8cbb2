/**
 * Judging a place found for a quote in a text that is not our copy (a publisher's page): whether its edges
 * fall where the quote's do, and, among repeated places, which one is meant. The one scoring rule: the
 * place whose context agrees longest with the quote's prefix and suffix, then, among equals, the one nearest
 * where the TextPositionSelector says it should be (anchor-quotes.ts works that out from the neighbours).
 * @see https://github.com/hypothesis/client/blob/main/src/annotator/anchoring/match-quote.ts (the same idea,
 * weighing context and position, on top of an approximate match)
 */
import { normalize } from './normalize.ts';
import type { TextQuoteSelector, TextRange } from './selectors.ts';
import { wordsOf } from './word-match.ts';

/** Context to compare, in original characters: generous, as folding only shortens text. */
const CONTEXT_WINDOW = 160;

const wordList = (text: string) => wordsOf(normalize(text).text).split(' ');

/** Length of the common start of two word lists; a word cut at the window's edge still counts if it agrees. */
function agreeing(page: readonly string[], ours: readonly string[]): number {
  let count = 0;
  while (count < ours.length && count < page.length && ours[count] !== '' && ours[count] === page[count]) count++;
  return count;
}

/**
 * How many words of the quote's prefix (from its end) and suffix (from its start) agree with the
 * text's words around a range. Words, not characters, so a dash typed as `--` or a quote mark
 * straightened next to the quote costs nothing.
 */
export function contextAgreement(text: string, range: TextRange, quote: TextQuoteSelector): number {
  const before = wordList(text.slice(Math.max(0, range.start - CONTEXT_WINDOW), range.start)).reverse();
  const after = wordList(text.slice(range.end, range.end + CONTEXT_WINDOW));
  return agreeing(before, wordList(quote.prefix ?? '').reverse()) + agreeing(after, wordList(quote.suffix ?? ''));
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}\p{M}]/u.test(char);
const isDash = (char: string | undefined) => char !== undefined && /[-\u2010-\u2015\u2212]/.test(char);
/** Whether an edge between two characters falls inside a word, or inside a `--` dash. */
const cuts = (before: string | undefined, after: string | undefined) =>
  (isWordChar(before) && isWordChar(after)) || (isDash(before) && isDash(after));

/**
 * Whether a place starts and ends at word edges where the quote does: "ICE" must not light up the end
 * of "NICE", nor a dash half of `--`, unless our copy's quote is cut the same way (its prefix ends in a letter).
 */
export function edgesAgree(text: string, range: TextRange, quote: TextQuoteSelector): boolean {
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  const startOk = !cuts(text[range.start - 1], text[range.start]) || cuts(prefix.at(-1), quote.exact[0]);
  const endOk = !cuts(text[range.end - 1], text[range.end]) || cuts(quote.exact.at(-1), suffix[0]);
  return startOk && endOk;
}

/**
 * The place meant among several: the best context first, then the one nearest `expected` (an offset in
 * `text`). Undefined when the context leaves a tie and there is no expected offset to break it.
 */
export function choosePlace(
  text: string,
  places: readonly TextRange[],
  quote: TextQuoteSelector,
  expected: number | undefined,
): TextRange | undefined {
  const scores = places.map((range) => contextAgreement(text, range, quote));
  const top = Math.max(...scores);
  const best = places.filter((_, index) => scores[index] === top);
  if (best.length > 1 && expected === undefined) return undefined;
  const distance = (range: TextRange) => Math.abs(range.start - (expected ?? 0));
  return best.reduce((a, b) => (distance(b) < distance(a) ? b : a));
}
