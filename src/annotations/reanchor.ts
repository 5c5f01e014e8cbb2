/**
 * Re-anchoring after a source text was corrected: a quote that no longer occurs exactly is
 * matched fuzzily (approx-string-match, edit distance after normalisation), and a repair is
 * proposed only when one passage is clearly the one meant: it is close (at most `maxErrorRate`
 * of the quote's length in edits) and no other passage is as close.
 * @see https://github.com/robertknight/approx-string-match-js
 */
import search from 'approx-string-match';
import { distance } from 'fastest-levenshtein';
import { QuoteAnchorer, type ClosestPassage } from './anchor.ts';
import { normalize, normalizeQuote, type NormalizedText } from './normalize.ts';
import type { TextQuoteSelector, TextRange } from './selectors.ts';

export type Reanchoring =
  /** One close passage: `quote` is its text, ready to replace the old quote. */
  | { readonly kind: 'fix'; readonly quote: string; readonly passage: ClosestPassage }
  /** Several passages are equally close; an editor has to choose (or add prefix/suffix). */
  | { readonly kind: 'ambiguous'; readonly candidates: readonly ClosestPassage[] }
  /** The best passage needs more edits than allowed (or none was found at all). */
  | { readonly kind: 'too-far'; readonly closest?: ClosestPassage };

export interface ReanchorOptions {
  /** Largest share of the quote's length that may differ for an automatic repair. Default 0.2. */
  readonly maxErrorRate?: number;
  /** Share of the quote's length searched at all, to report a closest passage. Default 0.4. */
  readonly searchErrorRate?: number;
}

// Combining marks belong to the letter before them (an accent typed as a separate character).
const WORD = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/;

export function reanchor(source: string, selector: TextQuoteSelector, options: ReanchorOptions = {}): Reanchoring {
  const { maxErrorRate = 0.2, searchErrorRate = 0.4 } = options;
  const exact = normalizeQuote(selector.exact);
  if (exact === '') return { kind: 'too-far' };
  const folded = normalize(source);
  const found = search(folded.text, exact, Math.max(1, Math.ceil(exact.length * searchErrorRate)));

  // The matcher reports a match per end position; overlapping ones describe the same passage,
  // so keep the best of each cluster (fewest errors first, then earliest).
  const distinct: TextRange[] = [];
  for (const match of [...found].sort((a, b) => a.errors - b.errors || a.start - b.start)) {
    const range = snapToWords(source, toOriginal(folded, match), exact);
    if (!distinct.some((kept) => range.start < kept.end && kept.start < range.end)) distinct.push(range);
  }
  const passages = distinct
    .map((range) => passage(source, range, exact))
    .sort((a, b) => a.errors - b.errors || a.start - b.start);
  const best = passages[0];
  if (!best) return { kind: 'too-far' };

  let ties = passages.filter((candidate) => candidate.errors === best.errors);
  if (ties.length > 1 && (selector.prefix?.trim() || selector.suffix?.trim())) {
    const anchorer = new QuoteAnchorer(source);
    const withContext = ties.filter((candidate) => anchorer.anchor({ ...selector, exact: candidate.text }).ok);
    if (withContext.length > 0) ties = withContext;
  }
  if (ties.length > 1) return { kind: 'ambiguous', candidates: ties };
  const chosen = ties[0] ?? best;
  if (chosen.errors > Math.floor(exact.length * maxErrorRate)) return { kind: 'too-far', closest: chosen };

  const quote = chosen.text.replace(/\s+/g, ' ').trim();
  // The repaired quote must anchor on its own (with the claim's prefix/suffix), or the fix
  // would trade one error for another.
  const check = new QuoteAnchorer(source).anchor({ ...selector, exact: quote });
  if (!check.ok)
    return check.reason === 'ambiguous'
      ? { kind: 'ambiguous', candidates: check.matches.map((range) => passage(source, range, exact)) }
      : { kind: 'too-far', closest: chosen };
  return { kind: 'fix', quote, passage: chosen };
}

function toOriginal(folded: NormalizedText, match: { start: number; end: number }): TextRange {
  const start = folded.map[match.start] ?? 0;
  if (match.end <= match.start) return { start, end: start };
  return { start, end: folded.ends[match.end - 1] ?? start };
}

/**
 * Quotes are whole words: a fuzzy match may start or stop inside a word ("Tues" for "Tuesday")
 * or take in a neighbouring space, so widen it to whole words and trim spaces when the quote
 * itself starts/ends with a word character.
 */
function snapToWords(source: string, range: TextRange, exact: string): TextRange {
  let { start, end } = range;
  while (start < end && SPACE.test(source[start] ?? '')) start++;
  while (end > start && SPACE.test(source[end - 1] ?? '')) end--;
  if (WORD.test(exact[0] ?? ''))
    while (start > 0 && WORD.test(source[start - 1] ?? '') && WORD.test(source[start] ?? '')) start--;
  if (WORD.test(exact.at(-1) ?? ''))
    while (end < source.length && WORD.test(source[end - 1] ?? '') && WORD.test(source[end] ?? '')) end++;
  return { start, end };
}

function passage(source: string, range: TextRange, exact: string): ClosestPassage {
  const text = source.slice(range.start, range.end);
  return { ...range, text, errors: distance(exact, normalizeQuote(text)) };
}
