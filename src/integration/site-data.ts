/**
 * The build's one read of the content: the checker's corpus with every explanation rendered,
 * and each source's research notes. The integration hands it to the pages through a virtual
 * module (site-data-module.ts), so no page, collection or view model reads content files again.
 */
import type { ContentDirs } from '../corpus/content-dirs.ts';
import { loadCorpus } from '../corpus/load-corpus.ts';
import type { Problem } from '../corpus/problems.ts';
import type { SiteData } from '../site/site-model.ts';
import { loadResearchNotes } from './research-notes.ts';

export interface LoadedSiteData {
  readonly data: SiteData;
  readonly problems: readonly Problem[];
  readonly ok: boolean;
}

export async function loadSiteData(root: string, dirs: ContentDirs): Promise<LoadedSiteData> {
  const { corpus, problems, ok } = await loadCorpus(root, dirs, { render: true });
  const researchNotes = await loadResearchNotes(root, dirs.sources, corpus.sources);
  return { data: { corpus, researchNotes }, problems, ok };
}
