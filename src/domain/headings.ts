/**
 * Headlines and section headings in a saved article. Articles are saved as plain text, so a heading is
 * known only by its shape: one short line that does not end like a sentence. The same test names a new
 * source's folder after its headline (`npm run new`) and renders an article's section headings as headings.
 */

/** Headlines run to about 20 words (our longest has 17); a first line past this is a paragraph. */
export const HEADLINE_MAX_WORDS = 25;
/** Section headings are shorter than headlines: ours run to 6 words. */
export const SECTION_HEADING_MAX_WORDS = 12;

const wordCount = (line: string) => line.split(/\s+/).filter(Boolean).length;

/**
 * Why a line is not a headline, or `undefined` when it looks like one: headlines do not end with a
 * full stop (an initialism such as "U.S." aside), and they are short.
 */
export function notAHeadline(line: string): string | undefined {
  const words = wordCount(line);
  if (words > HEADLINE_MAX_WORDS) return `it has ${words} words`;
  if (/[.…]["'”’)]*$/.test(line) && !/\b(?:[A-Z]\.)+$/.test(line)) return 'it ends with a full stop';
  return undefined;
}

/**
 * Whether a paragraph of an article is a section heading: a single line of at most
 * {@link SECTION_HEADING_MAX_WORDS} words that starts like a title and ends like no sentence (no full stop,
 * colon, semicolon or comma). A question counts only when it is one sentence ("Why was the bill introduced?"),
 * so a paragraph of two short questions stays a paragraph. An article's first line may be as long as a
 * headline (`maxWords`: {@link HEADLINE_MAX_WORDS}).
 */
export function isSectionHeading(paragraph: string, maxWords = SECTION_HEADING_MAX_WORDS): boolean {
  const line = paragraph.trim();
  if (line === '' || /[\r\n]/.test(line)) return false;
  if (wordCount(line) > maxWords) return false;
  if (notAHeadline(line) !== undefined) return false;
  if (!/^["'“‘(]?[\p{Lu}\p{N}]/u.test(line)) return false;
  const last = line.replace(/["'”’)]+$/, '').slice(-1);
  if (/[:;,.…\-–—]/.test(last)) return false;
  if (/[?!]/.test(last)) return !/[.?!…]["'”’)]*\s/.test(line);
  return true;
}
