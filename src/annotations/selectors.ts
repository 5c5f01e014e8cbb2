/**
 * The selectors of the W3C Web Annotation model that say where a quote is, defined once for all that
 * anchors: the checker reads them from claim files, the site publishes them, the extension reads them back.
 * A TextQuoteSelector is robust (the words, with a little context to tell repeated passages apart); a
 * TextPositionSelector is exact but only for one text (our verbatim copy), so it serves as a hint elsewhere.
 * @see https://www.w3.org/TR/annotation-model/#text-quote-selector
 * @see https://www.w3.org/TR/annotation-model/#text-position-selector
 */

/** Half-open character range `[start, end)` in a text, in UTF-16 units. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** The quote's words, with an optional prefix and suffix; `type` is written where the selector is published. */
export interface TextQuoteSelector {
  readonly type?: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix?: string | undefined;
  readonly suffix?: string | undefined;
}

/** Offsets in one text (ours: the saved `article.txt`). */
export interface TextPositionSelector extends TextRange {
  readonly type?: 'TextPositionSelector';
}

/** A quote selector as published and as the extension reads it: both context strings written ('' at an edge). */
export type QuoteInContext = TextQuoteSelector & { readonly prefix: string; readonly suffix: string };
export type PublishedQuoteSelector = QuoteInContext & { readonly type: 'TextQuoteSelector' };
export type PublishedPositionSelector = TextPositionSelector & { readonly type: 'TextPositionSelector' };

/** Characters of context on each side of a quote: enough to tell repeated passages apart. */
export const CONTEXT_LENGTH = 32;

/** Up to `length` UTF-16 units ending at `end` (or starting at `start`), never splitting a surrogate pair. */
function sliceBefore(text: string, end: number, length: number): string {
  let start = Math.max(0, end - length);
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text.charAt(start))) start += 1;
  return text.slice(start, end);
}
function sliceAfter(text: string, start: number, length: number): string {
  let end = Math.min(text.length, start + length);
  if (end < text.length && /[\uDC00-\uDFFF]/.test(text.charAt(end))) end -= 1;
  return text.slice(start, end);
}

/** The quote at `[start, end)` of `text` with `CONTEXT_LENGTH` characters of context on each side. */
export function quoteSelector(text: string, start: number, end: number): PublishedQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: sliceBefore(text, start, CONTEXT_LENGTH),
    suffix: sliceAfter(text, end, CONTEXT_LENGTH),
  };
}

export function positionSelector(range: TextRange): PublishedPositionSelector {
  return { type: 'TextPositionSelector', start: range.start, end: range.end };
}
