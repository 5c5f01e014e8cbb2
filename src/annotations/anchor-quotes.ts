/**
 * Anchoring all of one source's quotes in a text together, so that each TextPositionSelector can serve
 * as a hint: a quote found in several places is placed where its position, between the neighbours that
 * anchored at one place, says it should be (score.ts decides first by context). The extension anchors a
 * page's claims this way (src/extension/anchor-page.ts).
 */
import type { QuoteAnchorer } from './anchor.ts';
import { EXTENSION_PRESET, type AnchorPreset } from './presets.ts';
import { choosePlace } from './score.ts';
import type { TextQuoteSelector, TextRange } from './selectors.ts';

export interface QuoteToAnchor {
  readonly quote: TextQuoteSelector;
  /** The quote's offsets in our copy (its TextPositionSelector): a hint where the text differs. */
  readonly position?: TextRange | undefined;
}

export interface AnchoredQuotes<T> {
  /** Where each anchored item lies in the text. */
  readonly ranges: ReadonlyMap<T, TextRange>;
  /** The others, in the order they were given up on, with the reason. */
  readonly orphans: readonly { readonly item: T; readonly reason: 'not-found' | 'ambiguous' | 'empty' }[];
}

interface Placed {
  /** Offset in our copy. */
  readonly copy: number;
  /** Offset in the text anchored in. */
  readonly page: number;
}

/** Where a quote should be in the text, from the quotes around it (by our copy's offsets) that were anchored. */
export function expectedOffset(
  position: TextRange | undefined,
  placed: readonly Placed[],
  pageLength: number,
  copyLength: number,
): number | undefined {
  if (!position) return undefined;
  let before: Placed | undefined;
  let after: Placed | undefined;
  for (const point of placed) {
    if (point.copy <= position.start && (!before || point.copy > before.copy)) before = point;
    if (point.copy >= position.start && (!after || point.copy < after.copy)) after = point;
  }
  if (before && after && after.copy > before.copy) {
    const share = (position.start - before.copy) / (after.copy - before.copy);
    return before.page + share * (after.page - before.page);
  }
  if (before) return before.page + (position.start - before.copy);
  if (after) return after.page - (after.copy - position.start);
  return copyLength > 0 ? (position.start / copyLength) * pageLength : undefined;
}

/** Anchors every item's quote; those found in one place first, then the repeated ones by score and position. */
export function anchorQuotes<T extends QuoteToAnchor>(
  anchorer: QuoteAnchorer,
  items: readonly T[],
  preset: AnchorPreset = EXTENSION_PRESET,
): AnchoredQuotes<T> {
  const ranges = new Map<T, TextRange>();
  const pending: { item: T; places: readonly TextRange[] }[] = [];
  const orphans: { item: T; reason: 'not-found' | 'ambiguous' | 'empty' }[] = [];
  for (const item of items) {
    const result = anchorer.anchor(item.quote, preset);
    if (result.ok) ranges.set(item, result);
    else if (result.reason === 'empty' || result.reason === 'not-found') orphans.push({ item, reason: result.reason });
    else pending.push({ item, places: result.matches });
  }

  const text = anchorer.source;
  const placed = [...ranges].flatMap(([item, range]) =>
    item.position ? [{ copy: item.position.start, page: range.start }] : [],
  );
  const copyLength = Math.max(0, ...items.map((item) => item.position?.end ?? 0));
  for (const { item, places } of pending) {
    const expected = expectedOffset(item.position, placed, text.length, copyLength);
    const chosen = choosePlace(text, places, item.quote, expected);
    if (chosen) ranges.set(item, chosen);
    else orphans.push({ item, reason: 'ambiguous' });
  }
  return { ranges, orphans };
}
