/**
 * The visible text of a DOM subtree as one string, with a map back to the Text nodes it came from,
 * so a quote found in the string (src/annotations/anchor.ts) can be highlighted in the page. Text nodes
 * are copied as they are (soft hyphens, NBSP and curly quotes included: src/annotations/normalize.ts folds
 * them), so offsets map exactly onto `node.data`. Blocks (by computed style in a browser, by tag name
 * elsewhere) and `<br>` add a line break that belongs to no node, so words of two paragraphs never run
 * together; inline elements add nothing, so a word split across `<a>`, `<em>` or `<span>` stays one word.
 */
import { BLOCK_ELEMENTS } from '../annotations/browser.ts';

/** Elements whose contents are never read text: code, media, forms and navigation. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'img',
  'picture',
  'nav',
  'button',
  'form',
  'select',
  'textarea',
  'input',
  'head',
  'title',
  'dialog',
]);

const INLINE_HIDDEN =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i;

/** Hidden by its markup alone: the `hidden` attribute, `aria-hidden="true"` or an inline style. */
export function isHiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && INLINE_HIDDEN.test(style);
}

/**
 * Hidden by markup, or, in a browser (where `getComputedStyle` exists), by the page's style sheets.
 * Called once per element; a hidden element's subtree is not visited at all.
 */
export function isHiddenElement(element: Element): boolean {
  if (isHiddenByMarkup(element)) return true;
  const view = element.ownerDocument.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return false;
  const style = view.getComputedStyle(element);
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}

/**
 * Whether an element is laid out as its own box, so its text never runs into its neighbours': by its
 * computed `display` in a browser (a `<span>` styled `display: block` is a block, list items and table
 * cells are too), by its tag name where there is no layout (`BLOCK_ELEMENTS`).
 */
export function isBlockElement(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return BLOCK_ELEMENTS.has(element.localName.toLowerCase());
  const display = view.getComputedStyle(element).display;
  return !display.startsWith('inline') && display !== 'contents' && display !== '';
}

export interface DomText {
  /** Visible text: Text nodes' data in document order, with '\n' between blocks. */
  readonly text: string;
  /** Text nodes in document order, and where each one's data starts in `text` (ascending). */
  readonly nodes: readonly Text[];
  readonly starts: readonly number[];
}

/** A part of a range inside one Text node: offsets into `node.data`. */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

export interface DomTextOptions {
  /**
   * Whether an element (and all it contains) is left out; defaults to `isHiddenElement`. Elements in
   * `SKIPPED` (scripts, styles, navigation, forms…) are always left out.
   */
  readonly isHidden?: (element: Element) => boolean;
  /** Whether an element's text is set apart from its neighbours' by a line break; defaults to `isBlockElement`. */
  readonly isBlock?: (element: Element) => boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

export function buildDomText(root: Node, options: DomTextOptions = {}): DomText {
  const isHidden = options.isHidden ?? isHiddenElement;
  const isBlock = options.isBlock ?? isBlockElement;
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let endsWithBreak = true;
  const lineBreak = () => {
    if (endsWithBreak) return;
    parts.push('\n');
    length += 1;
    endsWithBreak = true;
  };
  const visit = (node: Node) => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const data = (node as Text).data;
      if (data === '') return;
      nodes.push(node as Text);
      starts.push(length);
      parts.push(data);
      length += data.length;
      endsWithBreak = false;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const name = element.localName.toLowerCase();
    if (name === 'br') return lineBreak();
    if (SKIPPED.has(name) || (node !== root && isHidden(element))) return;
    const block = isBlock(element);
    if (block) lineBreak();
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (block) lineBreak();
  };
  if (root.nodeType === ELEMENT_NODE) visit(root);
  else for (let child = root.firstChild; child; child = child.nextSibling) visit(child);
  return { text: parts.join(''), nodes, starts };
}

/** Index of the last node whose data starts at or before `offset` (binary search). */
function nodeAt(dom: DomText, offset: number): number {
  let low = 0;
  let high = dom.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((dom.starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The Text-node pieces that make up `[start, end)` of `dom.text`, in document order, empty ones left out. */
export function piecesFor(dom: DomText, start: number, end: number): TextPiece[] {
  const pieces: TextPiece[] = [];
  if (end <= start || dom.nodes.length === 0) return pieces;
  for (let index = nodeAt(dom, start); index < dom.nodes.length; index++) {
    const node = dom.nodes[index]!;
    const nodeStart = dom.starts[index]!;
    if (nodeStart >= end) break;
    const from = Math.max(start, nodeStart) - nodeStart;
    const to = Math.min(end, nodeStart + node.data.length) - nodeStart;
    if (to > from) pieces.push({ node, start: from, end: to });
  }
  return pieces;
}
