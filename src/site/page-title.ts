/**
 * What a page's `<title>` says: the page's own title and the site's name, in at most 70
 * characters, the length search results show in full and html-validate's `long-title` allows.
 * Only the `<title>` is shortened: a page's heading keeps the full article title or quote.
 * @see https://html-validate.org/rules/long-title.html
 */
import { quoteForDisplay } from '../domain/quote-text.ts';
import { truncate } from './text.ts';

export const TITLE_MAX = 70;
const SEPARATOR = ' · ';

/** Characters left for a page's own title beside the site's name. */
export const titleRoom = (siteName: string) => TITLE_MAX - SEPARATOR.length - writtenLength(siteName);

/**
 * Characters of the text as the page writes it: Astro writes `& < > " '` as entities, and
 * html-validate measures a title with its entities (`ICE's` is 9 characters to it, 5 to a reader).
 */
export const writtenLength = (text: string) => text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char).length;
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The text folded and, past `max` characters as written, cut at a word boundary with the ellipsis counted in. */
export function fitText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  let fitted = flat;
  for (let room = max; writtenLength(fitted) > max && room > 1; room--) fitted = truncate(flat, room - 1);
  return fitted;
}

/** `Page · Site`, the page's part shortened to fit; the site's name alone where there is no page title. */
export function documentTitle(page: string | undefined, siteName: string): string {
  return page ? `${fitText(page, titleRoom(siteName))}${SEPARATOR}${siteName}` : siteName;
}

/**
 * A claim's page title: its quote in one pair of quotation marks (`quoteForDisplay`), shortened so that
 * the verdict always fits in `max` characters as written.
 */
export function claimTitle(quote: string, verdictLabel: string, max: number): string {
  const frame = ` — ${verdictLabel}`;
  let title = `${quoteForDisplay(quote)}${frame}`;
  for (let room = quote.length; writtenLength(title) > max && room > 1; room--)
    title = `${quoteForDisplay(quote, room - 1)}${frame}`;
  return title;
}
