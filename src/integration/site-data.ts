/**
 * The build's one read of the content: the checker's corpus with every explanation and each
 * source's research notes rendered. The integration hands it to the pages through a virtual
 * module (site-data-module.ts), so no page, collection or view model reads content files again.
 */
import type { ContentDirs } from '../corpus/content-dirs.ts';
import { loadCorpus } from '../corpus/load-corpus.ts';
import type { Problem } from '../corpus/problems.ts';
import type { SiteData } from '../site/site-model.ts';

export interface LoadedSiteData {
  readonly data: SiteData;
  readonly problems: readonly Problem[];
  readonly ok: boolean;
}

export async function loadSiteData(root: string, dirs: ContentDirs): Promise<LoadedSiteData> {
  const { corpus, problems, ok } = await loadCorpus(root, dirs, { render: true });
  const researchNotes = Object.fromEntries(
    corpus.sources.flatMap((source) => (source.researchNotesHtml ? [[source.slug, source.researchNotesHtml]] : [])),
  );
  return { data: { corpus, researchNotes }, problems, ok };
}
