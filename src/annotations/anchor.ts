/**
 * Quote anchoring after the W3C Web Annotation TextQuoteSelector: an exact quote,
 * with an optional prefix and suffix to tell repeated passages apart, is mapped to
 * character offsets in the source text.
 * @see https://www.w3.org/TR/annotation-model/#text-quote-selector
 */
import search from 'approx-string-match';
import { normalize, normalizeQuote, type NormalizedText } from './normalize.ts';

export interface TextQuoteSelector {
  readonly exact: string;
  readonly prefix?: string | undefined;
  readonly suffix?: string | undefined;
}

/** Half-open character range `[start, end)` in the original source text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

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

/** Anchors quotes in one text; normalises the text once for many quotes. */
export class QuoteAnchorer {
  readonly source: string;
  /** The source folded by `normalize`, with its offset maps (read by callers that match on it further). */
  readonly folded: NormalizedText;

  constructor(source: string) {
    this.source = source;
    this.folded = normalize(source);
  }

  /**
   * @param options.closest whether a quote that is not found comes with the closest passage (default:
   *   yes). Finding it is an approximate search of the whole text: callers that do not show it skip it.
   */
  anchor(selector: TextQuoteSelector, options: { readonly closest?: boolean } = {}): AnchorResult {
    const exact = normalizeQuote(selector.exact);
    if (exact === '') return { ok: false, reason: 'empty' };
    const occurrences = this.occurrences(exact);
    if (occurrences.length === 0) {
      return { ok: false, reason: 'not-found', ...(options.closest === false ? {} : this.closest(exact)) };
    }

    const hasContext = Boolean(selector.prefix?.trim() || selector.suffix?.trim());
    const matching = hasContext
      ? occurrences.filter((at) => this.contextMatches(at, exact.length, selector))
      : occurrences;
    const ranges = (positions: number[]) => positions.map((at) => this.toRange(at, exact.length));
    if (matching.length === 1) return { ok: true, ...this.toRange(matching[0] ?? 0, exact.length) };
    if (matching.length === 0) return { ok: false, reason: 'context-mismatch', matches: ranges(occurrences) };
    return { ok: false, reason: 'ambiguous', matches: ranges(matching) };
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
