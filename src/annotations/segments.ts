/**
 * Splits a text into runs so that overlapping and nested spans can be rendered
 * without dropping, duplicating or reordering a character: the runs tile the
 * text exactly, and each run lists the spans that cover it.
 */

export interface Span {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

export interface Run {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Ids of the spans covering this run, outermost (earliest start, then longest) first. */
  readonly spanIds: readonly string[];
}

/** Orders spans outermost first: earlier start, then longer. */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || a.id.localeCompare(b.id);
}

/** Tiles `text[from, to)` into runs at every span boundary. Empty spans are ignored. */
export function segment(text: string, spans: readonly Span[], from = 0, to = text.length): Run[] {
  const ordered = spans.filter((span) => span.end > span.start).sort(compareSpans);
  const cuts = new Set<number>([from, to]);
  for (const span of ordered) {
    if (span.start > from && span.start < to) cuts.add(span.start);
    if (span.end > from && span.end < to) cuts.add(span.end);
  }
  const boundaries = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let index = 0; index + 1 < boundaries.length; index++) {
    const start = boundaries[index] ?? 0;
    const end = boundaries[index + 1] ?? start;
    const spanIds = ordered.filter((span) => span.start <= start && span.end >= end).map((span) => span.id);
    runs.push({ start, end, text: text.slice(start, end), spanIds });
  }
  return runs;
}
