/**
 * Whether some HTML is of the kind our explanation renderer produces: only the elements and attributes that
 * Markdown with GFM turns into, links that `isSafeHref` accepts, images on this site. Rendered explanations
 * kept between builds (`explanation-cache.ts`) live in a cache folder that CI restores from a shared cache, so a
 * poisoned entry could otherwise put any HTML into `set:html` on a published page; each is checked here first.
 *
 * rehype-stringify writes every `<` of text as `&lt;` and quotes every attribute value with `"`, so every `<`
 * in its output starts a tag: scanning the tags one by one sees all the markup there is.
 */
import { isSafeHref } from './remark-safe-content.ts';

const ELEMENTS = new Set(
  (
    'a blockquote br code del em h1 h2 h3 h4 h5 h6 hr img input li ol p pre section strong sup ' +
    'table tbody td th thead tr ul'
  ).split(' '),
);

const ATTRIBUTES = new Set(
  (
    'href id class src alt title align type disabled checked start data-footnote-ref data-footnote-backref ' +
    'data-footnotes aria-describedby aria-label'
  ).split(' '),
);

const TAG = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z][a-z-]*(?:="[^"<>]*")?)*)\s*\/?>/y;
const ATTRIBUTE = /\s+([a-z][a-z-]*)(?:="([^"]*)")?/g;
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>' };

/** An attribute value as the browser reads it; undefined for an entity we would not have written. */
function decode(value: string): string | undefined {
  let unknown = false;
  const text = value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (_whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? ((unknown = true), '');
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : ((unknown = true), '');
  });
  return unknown ? undefined : text;
}

const isSitePath = (url: string) => url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\');

function attributesAllowed(element: string, attributes: string): boolean {
  for (const [, name = '', raw = ''] of attributes.matchAll(ATTRIBUTE)) {
    if (!ATTRIBUTES.has(name)) return false;
    const value = decode(raw);
    if (value === undefined) return false;
    if (name === 'href' && !isSafeHref(value)) return false;
    if (name === 'src' && !(element === 'img' && isSitePath(value.trim()))) return false;
    if (name === 'type' && !(element === 'input' && value === 'checkbox')) return false;
  }
  return true;
}

export function isRenderedExplanationHtml(html: string): boolean {
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    TAG.lastIndex = at;
    const match = TAG.exec(html);
    if (!match) return false;
    const [, closing, element = '', attributes = ''] = match;
    if (!ELEMENTS.has(element)) return false;
    if (closing ? attributes.trim() !== '' : !attributesAllowed(element, attributes)) return false;
  }
  // A `>` in text is harmless; a stray `&` cannot open markup. Nothing else can.
  return true;
}
