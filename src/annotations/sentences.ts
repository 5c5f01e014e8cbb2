/**
 * Sentence boundaries of a source text, from the platform's Unicode segmenter (UAX #29): used to
 * show a claim in its surrounding sentence and to measure coverage.
 *
 * The segmenter ends a sentence at every full stop before a capital letter, so it splits
 * "Policies vs. Federal Enforcement", "Todd M. Lyons" and "U.S. Immigration and Customs
 * Enforcement" (V8 ignores ICU's abbreviation list, `-u-ss-standard`). A regular-expression splitter
 * made exactly the same splits on our four articles (132 sentences each), so the segmenter stays
 * and the abbreviations are joined back here.
 * @see https://unicode.org/reports/tr29/#Sentence_Boundaries
 */
import type { TextRange } from './selectors.ts';
import { BLANK_LINE } from './paragraphs.ts';

const SPLIT_AT_BLANK_LINE = new RegExp(String.raw`(${BLANK_LINE.source}\s*)`);

/** One segmenter per language: building one loads the language's rules. */
const segmenters = new Map<string, Intl.Segmenter>();
function sentenceSegmenter(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) segmenters.set(language, (segmenter = new Intl.Segmenter(language, { granularity: 'sentence' })));
  return segmenter;
}

/**
 * Abbreviations that never end a sentence: the next word belongs to the same one. These lists are English; in
 * another language they rarely match, and the segmenter's own boundaries stand.
 */
const NEVER_LAST = /(?:^|[\s("“‘])(?:vs?|Mrs?|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Sgt|Rev|Hon)\.$/i;
/** Initials ("M.", "P.J.", "U.S."): they end a sentence only when a usual first word follows. */
const INITIALS = /(?:^|[\s("“‘])(?:[A-Z]\.)+$/;
const OPENERS = [
  'The',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'Its',
  'He',
  'She',
  'They',
  'We',
  'I',
  'You',
  'His',
  'Her',
  'Their',
  'Our',
  'There',
  'A',
  'An',
  'And',
  'But',
  'Or',
  'So',
  'Yet',
  'In',
  'On',
  'At',
  'As',
  'If',
  'When',
  'While',
  'After',
  'Before',
  'Since',
  'Still',
  'Now',
  'Then',
  'However',
  'Meanwhile',
];
const SENTENCE_OPENER = new RegExp(String.raw`^["“‘(]?(?:${OPENERS.join('|')})\b`);

/** Segmenter boundaries, with the ones after an abbreviation that does not end a sentence removed. */
function segments(text: string, language: string): { segment: string; index: number }[] {
  const joined: { segment: string; index: number }[] = [];
  let pending: { segment: string; index: number } | undefined;
  for (const { segment, index } of sentenceSegmenter(language).segment(text)) {
    const current = pending ? { segment: pending.segment + segment, index: pending.index } : { segment, index };
    const body = current.segment.trimEnd();
    const gap = current.segment.slice(body.length);
    // A line break after the abbreviation is a boundary in its own right (a headline, a caption).
    const canJoin = index + segment.length < text.length && !/[\r\n]/.test(gap);
    const next = text.slice(index + segment.length, index + segment.length + 40);
    if (canJoin && (NEVER_LAST.test(body) || (INITIALS.test(body) && !SENTENCE_OPENER.test(next)))) {
      pending = current;
    } else {
      joined.push(current);
      pending = undefined;
    }
  }
  if (pending) joined.push(pending);
  return joined;
}

/**
 * Ranges of the sentences in `text`, trimmed of surrounding whitespace, skipping blank ones. `language` is the
 * text's (a BCP 47 tag, as `<html lang>`): the site's interface language, English unless said.
 */
export function sentenceRanges(text: string, language = 'en'): TextRange[] {
  const ranges: TextRange[] = [];
  for (const { segment, index } of segments(text, language)) {
    // A blank line ends a sentence too (headlines and captions have no full stop).
    let offset = index;
    for (const part of segment.split(SPLIT_AT_BLANK_LINE)) {
      const lead = part.length - part.trimStart().length;
      const body = part.trim();
      if (body !== '') ranges.push({ start: offset + lead, end: offset + lead + body.length });
      offset += part.length;
    }
  }
  return ranges;
}

/** The smallest run of whole sentences that contains `range`. */
export function enclosingSentences(text: string, range: TextRange, language = 'en'): TextRange {
  const sentences = sentenceRanges(text, language);
  const first = sentences.find((sentence) => sentence.end > range.start) ?? { start: range.start, end: range.end };
  const last = [...sentences].reverse().find((sentence) => sentence.start < range.end) ?? first;
  return { start: Math.min(first.start, range.start), end: Math.max(last.end, range.end) };
}
