/**
 * Lays out a source article for reading: paragraphs of runs, each run knowing which claims
 * cover it, which claims start or end at it, and whether it is outside the article proper.
 * Pure data: components render it without further logic.
 */
import { paragraphRanges, segment, type Span, type TextRange } from '../annotations/index.ts';
import { HEADLINE_MAX_WORDS, isSectionHeading } from './headings.ts';

export interface MarkedRange extends TextRange {
  readonly kind: string;
}

export interface LayoutRun {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Claims covering this run, outermost first. */
  readonly claimIds: readonly string[];
  /** Claims whose quote starts at this run (anchor targets go before it). */
  readonly opens: readonly string[];
  /** Claims whose quote ends with this run (their note markers go after it). */
  readonly closes: readonly string[];
  /** Set when the run is not part of the article (caption, share buttons…). */
  readonly nonArticle?: string;
}

export interface LayoutParagraph extends TextRange {
  readonly index: number;
  readonly runs: readonly LayoutRun[];
  /** Set when the whole paragraph is outside the article. */
  readonly nonArticle?: string;
  /** Claims whose quote ends in this paragraph: their notes follow it. */
  readonly noteIds: readonly string[];
  /** Set when the paragraph is a headline or section heading of the article (see `isSectionHeading`). */
  readonly heading?: true;
}

export function layoutArticle(
  text: string,
  claims: readonly Span[],
  nonArticle: readonly MarkedRange[],
): LayoutParagraph[] {
  const nonArticleSpans = nonArticle.map((range, index) => ({
    id: `\u0000${index}`,
    start: range.start,
    end: range.end,
  }));
  const claimIds = new Set(claims.map((claim) => claim.id));
  const starts = new Map<number, string[]>();
  const ends = new Map<number, string[]>();
  for (const claim of claims) {
    starts.set(claim.start, [...(starts.get(claim.start) ?? []), claim.id]);
    ends.set(claim.end, [...(ends.get(claim.end) ?? []), claim.id]);
  }
  return paragraphRanges(text).map((paragraph, index) => {
    const runs = segment(text, [...claims, ...nonArticleSpans], paragraph.start, paragraph.end).map(
      (run): LayoutRun => {
        const marker = run.spanIds.find((id) => !claimIds.has(id));
        const kind = marker === undefined ? undefined : nonArticle[Number(marker.slice(1))]?.kind;
        return {
          text: run.text,
          start: run.start,
          end: run.end,
          claimIds: run.spanIds.filter((id) => claimIds.has(id)),
          opens: starts.get(run.start) ?? [],
          closes: ends.get(run.end) ?? [],
          ...(kind ? { nonArticle: kind } : {}),
        };
      },
    );
    // A paragraph that lies wholly inside a non-article part is marked as a whole, not only run by run.
    const whole = nonArticle.find((range) => range.start <= paragraph.start && range.end >= paragraph.end);
    const noteIds = claims
      .filter((claim) => claim.end > paragraph.start && claim.end <= paragraph.end)
      .map((claim) => claim.id);
    // The first line may be the headline, longer than a section heading.
    const maxWords = index === 0 ? HEADLINE_MAX_WORDS : undefined;
    const heading = !whole && isSectionHeading(text.slice(paragraph.start, paragraph.end), maxWords);
    return {
      ...paragraph,
      index,
      runs,
      noteIds,
      ...(whole ? { nonArticle: whole.kind } : {}),
      ...(heading ? { heading: true as const } : {}),
    };
  });
}
