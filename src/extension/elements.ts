/**
 * The elements the popover and the popup both build. Text from the network only ever goes in as
 * `textContent`, and a link only to an http(s) address, so a hostile annotation cannot add markup.
 */
import { safeHttpUrl } from './verdict-look.ts';
import { extensionText } from './words.ts';

export function textElement(doc: Document, tag: string, text?: string): HTMLElement {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** "Read the full check", opening our claim page in a new tab; none when the address is not http(s). */
export function fullCheckLink(doc: Document, url: string | undefined): HTMLAnchorElement | undefined {
  const href = safeHttpUrl(url);
  if (!href) return undefined;
  const link = doc.createElement('a');
  link.textContent = extensionText()('extension.fullCheck');
  link.setAttribute('href', href);
  link.setAttribute('target', '_blank');
  link.setAttribute('rel', 'noopener noreferrer');
  return link;
}
