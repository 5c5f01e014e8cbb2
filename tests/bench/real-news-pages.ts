/**
 * Our four real articles as publisher pages (news-page.ts) with the annotations we publish for
 * each (src/site/web-annotations.ts), read from `content/` as the build reads it. Shared by the
 * extension's tests and its benchmark.
 */
import type { AnnotationCollection } from '../../src/annotations/index.ts';
import { contentDirs } from '../../src/corpus/content-dirs.ts';
import { loadSiteData } from '../../src/integration/site-data.ts';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { sourceAnnotations } from '../../src/site/web-annotations.ts';
import { newsPageHtml, type NewsSource } from '../support/news-page.ts';
import { loadSiteConfig } from '../../src/integration/load-site-config.ts';

export interface RealNewsPage {
  readonly slug: string;
  readonly title: string;
  /** Characters in our copy of the article. */
  readonly length: number;
  /** What the page was built from, to build it again with another seed. */
  readonly source: NewsSource;
  readonly html: string;
  readonly collection: AnnotationCollection;
}

export async function realNewsPages(root: string, options: { seed?: number } = {}): Promise<RealNewsPage[]> {
  const { config: site } = await loadSiteConfig(root);
  const { data } = await loadSiteData(root, contentDirs('content'));
  const model = buildSiteModel(data);
  return model.sources.map((view, index) => {
    const { outlet, author } = view.source.data;
    const source = { title: view.title, text: view.source.text, outlet, author };
    return {
      slug: view.source.slug,
      title: view.title,
      length: view.source.text.length,
      source,
      html: newsPageHtml(source, { seed: (options.seed ?? 1) + index }),
      collection: sourceAnnotations(view, site),
    };
  });
}
