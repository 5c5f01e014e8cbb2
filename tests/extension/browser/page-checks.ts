/**
 * What the browser tests read off a page with our highlights: each claim's highlighted text, the
 * article's reading text just before and after it (independent of the extension's own idea of the
 * article: the news fixture's furniture is left out by its known class names), and where the
 * highlights sit. Comparisons fold text the way our anchoring does (normalizeQuote), then keep
 * letters and digits: a publisher's `--` for a dash or a line break for a space is not a different word.
 */
import type { Page } from 'playwright-core';
import { normalizeQuote } from '../../../src/annotations/index.ts';

export interface HighlightReport {
  readonly id: string;
  /** The claim's highlighted text, its pieces joined in document order. */
  readonly text: string;
  /** Up to 80 characters of the article's reading text before the first piece and after the last. */
  readonly before: string;
  readonly after: string;
  /** A piece sits in the comments, a pull quote, the navigation or another piece of furniture. */
  readonly inFurniture: boolean;
}

/** The news fixture's furniture (tests/support/news-page.ts), left out of the reading text. */
const FURNITURE =
  'script, style, nav, aside, #comments, .site-header, .site-footer, .byline, .share-tools, .social-share-bottom, ' +
  '.ad-slot, .ad-container, .promo-box, .newsletter-signup, .tracking, .related-stories';

export function readHighlights(page: Page): Promise<HighlightReport[]> {
  return page.evaluate((furniture) => {
    const root = document.querySelector('article.story') ?? document.body;
    const marks = [...document.querySelectorAll<HTMLElement>('[data-factcheck-claim]')];
    const ids = [...new Set(marks.map((mark) => mark.getAttribute('data-factcheck-claim')!))];
    // The reading text, with where each Text node starts in it.
    let reading = '';
    const starts = new Map<Text, number>();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.parentElement?.closest(furniture)) continue;
      starts.set(node, reading.length);
      reading += node.data;
    }
    const textNodesOf = (element: Element) => {
      const nodes: Text[] = [];
      const inner = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = inner.nextNode() as Text | null; node; node = inner.nextNode() as Text | null) nodes.push(node);
      return nodes;
    };
    return ids.map((id) => {
      const pieces = marks.filter((mark) => mark.getAttribute('data-factcheck-claim') === id);
      const nodes = pieces.flatMap(textNodesOf);
      const first = nodes[0]!;
      const last = nodes.at(-1)!;
      const start = starts.get(first) ?? -1;
      const end = (starts.get(last) ?? -1) + last.data.length;
      return {
        id,
        text: pieces.map((piece) => piece.textContent ?? '').join(''),
        before: start < 0 ? '' : reading.slice(Math.max(0, start - 80), start),
        after: end < 0 ? '' : reading.slice(end, end + 80),
        inFurniture: pieces.some((piece) => piece.closest(furniture) !== null),
      };
    });
  }, FURNITURE);
}

/** Folded as the anchoring folds, then letters and digits only. */
export function wordsOnly(text: string): string {
  return normalizeQuote(text).replace(/[^\p{L}\p{N}]/gu, '');
}

/** Folded as the anchoring folds, whitespace dropped, a run of dashes one dash. */
export function folded(text: string): string {
  return normalizeQuote(text).replace(/\s+/g, '').replace(/-+/g, '-');
}
