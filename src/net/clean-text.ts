/**
 * Text a fetched page chose (its `<title>`, where it redirects to) reaches the weekly pull request and the
 * link-health page. It is shown as text, but still may not reorder what is around it (bidi controls such as
 * U+202E), hide words (zero-width characters), break lines, or run to a megabyte.
 */

/** Controls, format characters (bidi overrides and isolates, zero-width), line and paragraph separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** `text` with every control and format character made a space, whitespace collapsed, cut to `max` characters. */
export function cleanText(text: string, max: number): string {
  const clean = text.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = [...clean].slice(0, max - 1).join('');
  return `${cut}…`;
}
