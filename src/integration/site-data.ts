/**
 * The build's one read of the content: the checker's corpus with every explanation and each
 * source's research notes rendered. The integration hands it to the pages through a virtual
 * module (site-data-module.ts), so no page, collection or view model reads content files again.
 */
import type { ContentDirs } from '../corpus/content-dirs.ts';
import { loadCorpus, type LoadOptions } from '../corpus/load-corpus.ts';
import { ExplanationCache } from '../markdown/explanation-cache.ts';
import type { Problem } from '../corpus/problems.ts';
import { activeScale } from '../site/active-scale.ts';
import type { SiteData } from '../site/site-model.ts';

export interface LoadedSiteData {
  readonly data: SiteData;
  readonly problems: readonly Problem[];
  readonly ok: boolean;
  /** With a cache folder: explanations taken from the previous build's cache, and those parsed (and rendered). */
  readonly explanations?: { readonly reused: number; readonly parsed: number };
}

export interface SiteDataOptions extends Pick<LoadOptions, 'requireReview' | 'previous' | 'onAnchored' | 'scale'> {
  /** Astro's cache folder (the build): explanations rendered by the previous build are reused where unchanged. */
  readonly cacheDir?: string | undefined;
}

export async function loadSiteData(
  root: string,
  dirs: ContentDirs,
  { cacheDir, ...options }: SiteDataOptions = {},
): Promise<LoadedSiteData> {
  const explanationCache = cacheDir ? await ExplanationCache.open(cacheDir) : undefined;
  const { corpus, problems, ok } = await loadCorpus(root, dirs, {
    scale: activeScale(),
    ...options,
    render: true,
    explanationCache,
  });
  // Saved even when the check failed: the accepted explanations need not be rendered again after the fix.
  await explanationCache?.save();
  const researchNotes = Object.fromEntries(
    corpus.sources.flatMap((source) => (source.researchNotesHtml ? [[source.slug, source.researchNotesHtml]] : [])),
  );
  const explanations = explanationCache
    ? { explanations: { reused: explanationCache.hits, parsed: explanationCache.misses } }
    : {};
  return { data: { corpus, researchNotes }, problems, ok, ...explanations };
}
