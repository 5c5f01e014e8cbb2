/**
 * Source articles are plain text: a blank line separates paragraphs. The
 * separators are whitespace only, so rendering each paragraph as a block keeps
 * every visible character.
 */
import type { TextRange } from './selectors.ts';

/**
 * A blank line, whatever the editor saved as a line break: LF, CR LF (Windows) or a lone CR (old
 * Mac). The text itself is never rewritten to LF, so offsets stay offsets in the file as saved.
 */
export const BLANK_LINE = /(?:\r\n|\r(?!\n)|\n)[ \t\u00A0]*(?:\r\n|\r(?!\n)|\n)/;
const PARAGRAPH_BREAK = new RegExp(String.raw`${BLANK_LINE.source}\s*`, 'g');

/** Ranges of the non-blank paragraphs of `text`, in order. */
export function paragraphRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  const push = (end: number) => {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const trail = slice.length - slice.trimEnd().length;
    if (slice.trim() !== '') ranges.push({ start: start + lead, end: end - trail });
  };
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  return ranges;
}
