/**
 * Every URL the content relies on: each source's `url` and `archivedUrl`, each citation's `url`
 * and `archivedUrl`, and the http(s) links inside explanations (published claims and drafts).
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { isHttpUrl } from '../domain/urls.ts';
import type { Citation, Claim, DraftClaim, Source } from './model.ts';

const mdParser = unified().use(remarkParse).use(remarkGfm).freeze();
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/** The http(s) links and link definitions of one explanation, in order. */
export function explanationLinks(body: string, file: string): string[] {
  // Without `://` or `www.` (a GFM autolink) there is no absolute link to find: skip the parse
  // (most explanations at scale).
  if (!body.includes('://') && !body.includes('www.')) return [];
  let tree: Root;
  try {
    tree = (file.endsWith('.md') ? mdParser : mdxParser).parse(body) as Root;
  } catch {
    // An explanation that does not parse is reported by the checker (mdx-syntax) already.
    return [];
  }
  const links: string[] = [];
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'definition') && isHttpUrl(node.url)) links.push(node.url);
  });
  return links;
}

export interface ContentUrlInput {
  readonly sources: readonly Source[];
  readonly citations: readonly Citation[];
  readonly claims: readonly (Claim | DraftClaim)[];
}

export function contentUrls({ sources, citations, claims }: ContentUrlInput): Set<string> {
  const urls = new Set<string>();
  const add = (url: string | undefined) => {
    if (url) urls.add(url);
  };
  for (const source of sources) {
    add(source.data.url);
    add(source.data.archivedUrl);
  }
  for (const citation of citations) {
    add(citation.data.url);
    add(citation.data.archivedUrl);
  }
  for (const claim of claims) for (const url of explanationLinks(claim.body, claim.file)) add(url);
  return urls;
}
