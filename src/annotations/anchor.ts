/**
 * The one anchoring ladder: where a TextQuoteSelector's quote lies in a text, as character offsets.
 * Checker and extension both climb it, each with its preset (presets.ts):
 * 1. normalized: the quote's exact words, both sides folded the same way (normalize.ts: whitespace, quote
 *    marks, dashes, ellipses, accents); a prefix and suffix pick among repeated places;
 * 2. words (extension): where the folded quote is nowhere, or only inside longer words, the quote's words
 *    alone, punctuation and spacing ignored (word-match.ts): the same words in the same order, or nothing;
 * 3. fuzzy: never an anchor. The closest passage by edit distance is shown to the editor (checker), and
 *    proposed as a repair by `npm run check -- --fix` (reanchor.ts).
 * Several places left: the checker reports them; the extension scores them (score.ts, anchor-quotes.ts).
 * @see https://www.w3.org/TR/annotation-model/#text-quote-selector
 */
import search from 'approx-string-match';
import { normalize, normalizeQuote, type NormalizedText } from './normalize.ts';
import { CHECKER_PRESET, type AnchorPreset } from './presets.ts';
import { edgesAgree } from './score.ts';
import type { TextQuoteSelector, TextRange } from './selectors.ts';
import { WordMatcher } from './word-match.ts';

export interface ClosestPassage extends TextRange {
  /** The passage as it stands in the source. */
  readonly text: string;
  /** Edit distance between the quote and the passage (after normalisation). */
  readonly errors: number;
}

export type AnchorResult =
  | ({ readonly ok: true } & TextRange)
  | { readonly ok: false; readonly reason: 'empty' }
  | { readonly ok: false; readonly reason: 'not-found'; readonly closest?: ClosestPassage }
  | {
      readonly ok: false;
      readonly reason: 'ambiguous';
      /** Every place the quote matches (after the prefix/suffix filter, if any). */
      readonly matches: readonly TextRange[];
    }
  | {
      readonly ok: false;
      readonly reason: 'context-mismatch';
      /** Places the exact quote occurs, none of which has the given prefix/suffix around it. */
      readonly matches: readonly TextRange[];
    };

/** One place anchors; several are ambiguous. */
const settle = (places: readonly TextRange[]): AnchorResult =>
  places.length === 1 ? { ok: true, ...places[0]! } : { ok: false, reason: 'ambiguous', matches: places };

/** Anchors quotes in one text; normalises the text once for many quotes. */
export class QuoteAnchorer {
  readonly source: string;
  /** The source folded by `normalize`, with its offset maps. */
  readonly folded: NormalizedText;
  /** The words rung's reading of the text, made the first time a quote needs it. */
  private words: WordMatcher | undefined;

  constructor(source: string) {
    this.source = source;
    this.folded = normalize(source);
  }

  /** Climbs the ladder as `preset` says, from the normalized rung down, and stops at the first that finds. */
  anchor(selector: TextQuoteSelector, preset: AnchorPreset = CHECKER_PRESET): AnchorResult {
    const exact = normalizeQuote(selector.exact);
    if (exact === '') return { ok: false, reason: 'empty' };
    const normalized = this.normalizedRung(selector, exact, preset);
    if (normalized) return normalized;
    const byWords = preset.words ? this.wordsRung(exact) : [];
    if (byWords.length > 0) return settle(byWords);
    return { ok: false, reason: 'not-found', ...(preset.closest ? this.closest(exact) : {}) };
  }

  /** The folded quote's places, picked by context (and word edges); undefined where none is left. */
  private normalizedRung(selector: TextQuoteSelector, exact: string, preset: AnchorPreset): AnchorResult | undefined {
    const occurrences = this.occurrences(exact);
    if (occurrences.length === 0) return undefined;
    const hasContext = Boolean(selector.prefix?.trim() || selector.suffix?.trim());
    const fitting = hasContext
      ? occurrences.filter((at) => this.contextMatches(at, exact.length, selector))
      : occurrences;
    const ranges = (positions: readonly number[]) => positions.map((at) => this.toRange(at, exact.length));
    if (fitting.length === 0 && preset.context === 'strict') {
      return { ok: false, reason: 'context-mismatch', matches: ranges(occurrences) };
    }
    const places = ranges(fitting.length > 0 ? fitting : occurrences);
    const kept = preset.wordEdges ? places.filter((range) => edgesAgree(this.source, range, selector)) : places;
    return kept.length > 0 ? settle(kept) : undefined;
  }

  /** The quote's words, wherever they stand in the same order, widened over its punctuation where the text has it. */
  private wordsRung(exact: string): TextRange[] {
    this.words ??= new WordMatcher(this.folded.text);
    const words = this.words;
    const { map, ends } = this.folded;
    return words.find(exact).map((found) => {
      const { start, end } = words.widen(found, exact);
      return { start: map[start] ?? 0, end: ends[end - 1] ?? 0 };
    });
  }

  /** Start positions (in folded text) of every occurrence, overlapping ones included. */
  private occurrences(exact: string): number[] {
    const found: number[] = [];
    let from = this.folded.text.indexOf(exact);
    while (from !== -1) {
      found.push(from);
      from = this.folded.text.indexOf(exact, from + 1);
    }
    return found;
  }

  private contextMatches(at: number, length: number, selector: TextQuoteSelector): boolean {
    const text = this.folded.text;
    const prefix = normalizeQuote(selector.prefix ?? '');
    const suffix = normalizeQuote(selector.suffix ?? '');
    // The folded text has single spaces: stepping over one is trimming. Compared in place, as slicing
    // the text before and after every occurrence costs a copy of the whole text per occurrence.
    const end = text[at - 1] === ' ' ? at - 1 : at;
    const start = text[at + length] === ' ' ? at + length + 1 : at + length;
    return end >= prefix.length && text.startsWith(prefix, end - prefix.length) && text.startsWith(suffix, start);
  }

  private toRange(at: number, length: number): TextRange {
    const { map, ends } = this.folded;
    const start = map[at] ?? 0;
    // The last folded character may stand for several original units (an astral character, a
    // letter and its combining accent): end after all of them.
    return { start, end: ends[at + length - 1] ?? start };
  }

  /** The closest passage by edit distance, allowing up to 40% of the quote's length in errors. */
  private closest(exact: string): { closest?: ClosestPassage } {
    const maxErrors = Math.max(1, Math.ceil(exact.length * 0.4));
    const candidates = search(this.folded.text, exact, maxErrors);
    if (candidates.length === 0) return {};
    const best = candidates.reduce((a, b) => (b.errors < a.errors ? b : a));
    const { map, ends } = this.folded;
    const start = map[best.start] ?? 0;
    const end = best.end > best.start ? (ends[best.end - 1] ?? start) : start;
    return { closest: { start, end, text: this.source.slice(start, end), errors: best.errors } };
  }
}
