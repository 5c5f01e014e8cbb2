import siteConfig from 'virtual:factcheck/config';
import { describe, expect, it } from 'vitest';
import { articleMatchPatterns } from '../../../src/integration/extension/match-patterns.ts';
import { extensionPage, extensionSources } from '../../../src/integration/extension/sources.ts';
import { sourceAnnotations } from '../../../src/site/web-annotations.ts';
import { fixtureModel } from '../../support/fixture-model.ts';

const model = await fixtureModel();

describe('extensionSources', () => {
  it('takes only sources with an original address, each with its published annotations', () => {
    const withUrl = model.sources.filter((view) => view.source.data.url);
    expect(withUrl.length).toBeLessThan(model.sources.length);
    const sources = extensionSources(model, siteConfig);
    expect(sources.map((source) => source.slug)).toEqual(withUrl.map((view) => view.source.slug));
    for (const [index, source] of sources.entries()) {
      const view = withUrl[index]!;
      expect(source).toEqual({
        slug: view.source.slug,
        title: view.title,
        url: view.source.data.url,
        collection: sourceAnnotations(view, siteConfig),
      });
    }
  });
});

describe('extensionPage', () => {
  it('shows each article with its patterns, the permissions with reasons, and the zip', () => {
    const page = extensionPage(model, siteConfig);
    expect(page.articles.map((article) => article.url)).toEqual(
      extensionSources(model, siteConfig).map((source) => source.url),
    );
    for (const article of page.articles) {
      expect(article.patterns).toEqual(articleMatchPatterns(article.url));
      expect(article.claims).toMatch(/^\d+ checked claims?$/);
    }
    expect(page.permissions.length).toBeGreaterThan(0);
    expect(page.zipHref).toMatch(/\/extension\.zip$/);
  });
});
