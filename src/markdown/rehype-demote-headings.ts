/**
 * Explanations are rendered inside pages whose outline already reaches level 3, so headings
 * an editor writes (`#`, `##`) are shifted to start at `minLevel`, keeping heading order valid.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeDemoteHeadings(options: { minLevel?: number } = {}) {
  const minLevel = options.minLevel ?? 4;
  return (tree: Root) => {
    let top = 7;
    visit(tree, 'element', (node) => {
      const level = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (level) top = Math.min(top, Number(level));
    });
    if (top >= minLevel) return;
    const shift = minLevel - top;
    visit(tree, 'element', (node) => {
      const level = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (level) node.tagName = `h${Math.min(6, Number(level) + shift)}`;
    });
  };
}
