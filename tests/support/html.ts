/** Reads built pages as HTML syntax trees (hast), the same way for every build test. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

export function readPage(outDir: string, page: string): { html: string; tree: Root } {
  const file = path.join(outDir, page.replace(/^\//, ''), page.endsWith('.html') ? '' : 'index.html');
  const html = readFileSync(file, 'utf8');
  return { html, tree: fromHtml(html) };
}

/** Text of an element with every `[data-ui]` descendant (markers, notes) removed: what the article says. */
export function articleText(element: Element): string {
  const strip = (node: Element): Element => ({
    ...node,
    children: node.children
      .filter((child) => !(child.type === 'element' && child.properties['dataUi'] !== undefined))
      .map((child) => (child.type === 'element' ? strip(child) : child)),
  });
  // Paragraph blocks are separate elements: join them with a space, as a reader would see them.
  return selectAll('.para', strip(element))
    .map((paragraph) => toString(paragraph))
    .join(' ');
}

export { select, selectAll, toString };
