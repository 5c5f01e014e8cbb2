/**
 * The article's text from a publisher's page, as plain paragraphs comparable with `article.txt`:
 * Mozilla's Readability (the engine of Firefox's Reader View) finds the article on a server-side
 * DOM (linkedom, pure JavaScript), and its content is flattened to one paragraph per block element,
 * inline text (links, emphasis) joined, paragraphs separated by a blank line.
 * @see https://github.com/mozilla/readability
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { BLOCK_ELEMENTS } from '../annotations/index.ts';

export type Extraction =
  | {
      readonly ok: true;
      readonly title: string;
      /** The headline, then the body: what `article.txt` holds when it was saved with its headline. */
      readonly text: string;
      /** The body alone, for a saved copy that starts without the headline. */
      readonly body: string;
    }
  | { readonly ok: false; readonly reason: string };

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

/** Block elements become paragraphs; runs of whitespace inside a paragraph become one space (as a browser shows). */
export function blocksToParagraphs(root: DomNode): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const paragraph = current.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (paragraph !== '') paragraphs.push(paragraph);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toLowerCase();
    if (name === 'br') {
      current += '\n';
      return;
    }
    // Block elements start a new paragraph; everything else is inline and joins the text around it.
    const block = BLOCK_ELEMENTS.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Extracts the article of an HTML page. The headline is kept as the first paragraph, as `article.txt`
 * starts with it: Readability moves the page's `<h1>` out of the content when it repeats the title.
 */
export function extractArticle(html: string): Extraction {
  const { document } = parseHTML(html);
  // Read before Readability rewrites the document.
  const headings = [...document.querySelectorAll('h1')].map((h1) => collapse(h1.textContent ?? '')).filter(Boolean);
  // The same test Firefox runs before offering Reader View: a page with no run of long paragraphs
  // (an index, an error page) has no article, whatever Readability would make of it.
  if (!isProbablyReaderable(document as unknown as Document)) return { ok: false, reason: 'no article found' };
  const article = new Readability<DomNode>(document as unknown as Document, {
    serializer: (node) => node as unknown as DomNode,
  }).parse();
  if (!article?.content) return { ok: false, reason: 'no article found' };
  const paragraphs = blocksToParagraphs(article.content);
  if (paragraphs.length === 0) return { ok: false, reason: 'no article found' };
  const title = headline(headings, collapse(article.title ?? ''));
  const body = title !== '' && collapse(paragraphs[0] ?? '') === title ? paragraphs.slice(1) : paragraphs;
  const text = title === '' ? body : [title, ...body];
  return { ok: true, title, text: text.join('\n\n'), body: body.join('\n\n') };
}

/**
 * The page's headline: the longest `<h1>` that the page's title (Readability's pick of JSON-LD, `og:title` or
 * `<title>`) contains or is part of, so a site name set as `<h1>` in the header is not taken for it.
 */
function headline(headings: readonly string[], title: string): string {
  if (title === '') return headings[0] ?? '';
  const matching = headings.filter((heading) => title.includes(heading) || heading.includes(title));
  return matching.reduce((longest, heading) => (heading.length > longest.length ? heading : longest), '') || title;
}
