/**
 * Every URL the content relies on: each source's `url` and `archivedUrl`, each citation's `url` and
 * `archivedUrl`, and the http(s) links (inline, reference definitions, GFM autolinks) in explanations.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Corpus } from '../corpus/model.ts';
import { isHttpUrl } from '../domain/urls.ts';
import type { LinkTarget } from './model.ts';

interface Draft {
  usedBy: Set<string>;
  archivedUrl?: string | undefined;
  expectedTitle?: string | undefined;
  date?: string | undefined;
  isArchive: boolean;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** The http(s) URLs linked from one explanation, in order of appearance. */
export function explanationLinks(body: string): string[] {
  const tree = parser.parse(body) as Root;
  const urls: string[] = [];
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'definition') && isHttpUrl(node.url)) urls.push(node.url);
  });
  return urls;
}

export function collectTargets(corpus: Pick<Corpus, 'sources' | 'citations' | 'claims' | 'drafts'>): LinkTarget[] {
  const byUrl = new Map<string, Draft>();
  const add = (url: string | undefined, file: string, details: Partial<Omit<Draft, 'usedBy'>> = {}) => {
    if (!url) return;
    const draft = byUrl.get(url) ?? { usedBy: new Set<string>(), isArchive: false };
    draft.usedBy.add(file);
    draft.archivedUrl ??= details.archivedUrl;
    draft.expectedTitle ??= details.expectedTitle;
    draft.date ??= details.date;
    draft.isArchive ||= details.isArchive ?? false;
    byUrl.set(url, draft);
  };
  for (const { file, data } of corpus.sources) {
    add(data.url, file, { archivedUrl: data.archivedUrl, date: data.retrieved ?? data.published });
    add(data.archivedUrl, file, { isArchive: true });
  }
  for (const { file, data } of corpus.citations) {
    // Only a citation's title is the document's own (a source's is the headline, rarely its <title>).
    add(data.url, file, { archivedUrl: data.archivedUrl, expectedTitle: data.title, date: data.date });
    add(data.archivedUrl, file, { isArchive: true });
  }
  for (const { file, body } of [...corpus.claims, ...corpus.drafts]) {
    for (const url of explanationLinks(body)) add(url, file);
  }
  return [...byUrl]
    .map(([url, draft]) => ({
      url,
      usedBy: [...draft.usedBy].sort(),
      ...(draft.archivedUrl ? { archivedUrl: draft.archivedUrl } : {}),
      ...(draft.expectedTitle ? { expectedTitle: draft.expectedTitle } : {}),
      ...(draft.date ? { date: draft.date } : {}),
      ...(draft.isArchive ? { isArchive: true } : {}),
    }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
