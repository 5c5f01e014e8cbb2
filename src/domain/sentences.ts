/**
 * Sentence boundaries of a source text, from the platform's Unicode segmenter: used to show
 * a claim in its surrounding sentence and to measure coverage (`coverage.ts`).
 */
import type { TextRange } from './anchor.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Ranges of the sentences in `text`, trimmed of surrounding whitespace, skipping blank ones. */
export function sentenceRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    // A blank line ends a sentence too (headlines and captions have no full stop).
    let offset = index;
    for (const part of segment.split(/(\n\s*\n)/)) {
      const lead = part.length - part.trimStart().length;
      const body = part.trim();
      if (body !== '') ranges.push({ start: offset + lead, end: offset + lead + body.length });
      offset += part.length;
    }
  }
  return ranges;
}

/** The smallest run of whole sentences that contains `range`. */
export function enclosingSentences(text: string, range: TextRange): TextRange {
  const sentences = sentenceRanges(text);
  const first = sentences.find((sentence) => sentence.end > range.start) ?? { start: range.start, end: range.end };
  const last = [...sentences].reverse().find((sentence) => sentence.start < range.end) ?? first;
  return { start: Math.min(first.start, range.start), end: Math.max(last.end, range.end) };
}
