/**
 * Every URL the content relies on: each source's `url` and `archivedUrl`, each citation's `url` and
 * `archivedUrl`, and the http(s) links (inline, reference definitions, GFM autolinks) in explanations.
 */
import { explanationLinks as contentExplanationLinks } from '../corpus/content-urls.ts';
import type { Corpus } from '../corpus/model.ts';
import type { LinkTarget } from './model.ts';

interface Draft {
  usedBy: Set<string>;
  archivedUrl?: string | undefined;
  expectedTitle?: string | undefined;
  date?: string | undefined;
  isArchive: boolean;
}

/**
 * The http(s) URLs linked from one explanation, in order: the checker's own reader
 * (`corpus/content-urls.ts`), so the link check and `link-status-stale` agree on what a link is.
 */
export const explanationLinks = (body: string, file = 'claim.mdx'): string[] => contentExplanationLinks(body, file);

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
    for (const url of explanationLinks(body, file)) add(url, file);
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
