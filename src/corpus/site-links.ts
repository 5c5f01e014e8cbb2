/**
 * The links to this site's own pages in a Markdown text (an explanation, research notes): `/claims/<id>/`,
 * `/sources/<slug>/#claim-<id>`, `#claim-<id>`, with their positions in the file. Only texts that hold such a
 * link are parsed (most explanations at scale link nowhere on the site).
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Place } from './problem.ts';

const mdParser = unified().use(remarkParse).use(remarkGfm).freeze();
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/** `](/…`, `](#…` or a definition `]: /…`: without one of these a text has no site link. */
const SITE_LINK_SYNTAX = /\]\(\s*<?[/#]|\]:\s*<?[/#]/;

export interface SiteLink {
  /** As written: a path on this site (`/claims/x/`) or a fragment (`#claim-x`). */
  readonly url: string;
  readonly place: Place;
}

/**
 * Site links of `text`, positioned in its file: `firstLine` is the file line the text starts on (a claim's body
 * starts after its frontmatter). `.mdx` files are parsed as MDX, everything else as Markdown.
 */
export function siteLinks(text: string, file: string, firstLine = 1): SiteLink[] {
  if (!SITE_LINK_SYNTAX.test(text)) return [];
  let tree: Root;
  try {
    const padded = `${'\n'.repeat(Math.max(0, firstLine - 1))}${text}`;
    tree = (file.endsWith('.mdx') ? mdxParser : mdParser).parse(padded) as Root;
  } catch {
    // A text that does not parse is reported by its own rule (mdx-syntax).
    return [];
  }
  const links: SiteLink[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const url = node.url.trim();
    if (!/^(?:\/(?!\/)|#)/.test(url) || !node.position) return;
    const { start, end } = node.position;
    links.push({ url, place: { line: start.line, column: start.column, end: { line: end.line, column: end.column } } });
  });
  return links;
}
