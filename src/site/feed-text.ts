/**
 * Text for an RSS `<description>`. RSS 2.0 defines the field as entity-encoded HTML, and feed readers render it
 * as HTML: text escaped only once for XML (what `@astrojs/rss` does) reaches the reader as markup again, so
 * `<img src=x onerror=…>` in a note would become a live element in a reader that does not clean it. The text
 * is escaped as HTML here, then once more for XML by the feed writer: the reader shows the characters.
 * @see https://www.rssboard.org/rss-specification#hrelementsOfLtitemgt
 */
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function feedDescription(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}
