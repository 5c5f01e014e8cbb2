/**
 * The extension when our site is not what it should be: unreachable (the copy bundled at build is
 * used, and the popup says so with its date), or serving an annotation with markup in its text
 * (shown as text: no element is created from it, in the popover or in the popup).
 */
import siteConfig from 'virtual:factcheck/config';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsPageHtml } from '../../support/news-page.ts';
import { serveStatic, type StaticServer } from '../../support/static-server.ts';
import { parseAnnotationCollection } from '../../../src/annotations/index.ts';
import { extensionSiteUrl } from '../../../src/integration/extension/sources.ts';
import { SITE_DIR } from '../../setup/build-site.ts';
import { ROOT } from '../../support/fixture-case.ts';
import { closedPopover } from './closed-popover.ts';
import {
  buildTestExtension,
  closedPortUrl,
  launchWithExtension,
  openPopupFor,
  readArticles,
  waitForHighlights,
  type Article,
  type ExtensionBrowser,
} from './extension-browser.ts';

const pageHtml = (article: Article) =>
  newsPageHtml({ title: article.title, text: article.text, outlet: article.outlet }, { seed: 7 });

async function openArticle(browser: ExtensionBrowser, article: Article): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(article.url);
  await waitForHighlights(page);
  return page;
}

describe('when our site cannot be reached', () => {
  let browser: ExtensionBrowser;
  let articles: Article[];
  beforeAll(async () => {
    articles = readArticles(SITE_DIR);
    browser = await launchWithExtension(await buildTestExtension('unreachable', await closedPortUrl(), articles));
    for (const article of articles) browser.serve(article.url, pageHtml(article));
  });
  afterAll(() => browser?.close());

  it('highlights the claims from the copy bundled at build, and the popup says so with its date', async () => {
    const article = articles[2]!;
    const page = await openArticle(browser, article);
    const ids = await page.$$eval('[data-factcheck-claim]', (marks) =>
      marks.map((mark) => mark.getAttribute('data-factcheck-claim')),
    );
    const total = parseAnnotationCollection(article.collection, extensionSiteUrl(siteConfig)).annotations.length;
    expect(new Set(ids).size / total).toBeGreaterThanOrEqual(0.95);
    const popup = await openPopupFor(browser, page);
    const bundled = await popup.locator('.bundled').textContent();
    expect(bundled).toContain('could not be reached');
    expect(bundled).toContain('1 December 2026');
    await popup.close();
    await page.close();
  });
});

describe('when an annotation carries markup in its text', () => {
  const MARKUP = '<img src=x onerror="document.documentElement.dataset.injected = \'yes\'">';
  const siteDir = path.join(ROOT, 'tests/.output/extension-tests/markup-site');
  let site: StaticServer;
  let browser: ExtensionBrowser;
  let article: Article;
  let claimId: string;

  beforeAll(async () => {
    const articles = readArticles(SITE_DIR);
    article = articles[0]!;
    // Our site as it would be if an editor's text reached the export unescaped: one summary and one flag carry an img.
    rmSync(siteDir, { recursive: true, force: true });
    mkdirSync(path.join(siteDir, 'data'), { recursive: true });
    cpSync(path.join(SITE_DIR, 'data/annotations'), path.join(siteDir, 'data/annotations'), { recursive: true });
    const file = path.join(siteDir, 'data/annotations', `${article.slug}.jsonld`);
    const collection = JSON.parse(readFileSync(file, 'utf8'));
    const annotation = collection.first.items[0];
    claimId = String(annotation.id).split('#')[1]!;
    for (const body of annotation.body) {
      if (body.purpose === 'describing') body.value = `Before ${MARKUP} after.`;
      if (body.purpose === 'tagging') body.value = `Flag ${MARKUP}`;
    }
    writeFileSync(file, JSON.stringify(collection));
    site = await serveStatic(siteDir);
    browser = await launchWithExtension(await buildTestExtension('markup', `${site.url}/`, articles));
    browser.serve(article.url, pageHtml(article));
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('shows it as text in the popover and the popup, and creates no element from it', async () => {
    const page = await openArticle(browser, article);
    await page.locator(`[data-factcheck-claim="${claimId}"][tabindex="0"]`).click();
    const popover = await closedPopover(page);
    await expect.poll(() => popover.isVisible()).toBe(true);
    const shown = (await popover.state())!;
    expect(shown.text).toContain(`Before ${MARKUP} after.`);
    expect(shown.text).toContain(`Flag ${MARKUP}`);
    expect(shown.images).toBe(0);
    expect(await page.locator('img').count()).toBe(0);

    const popup = await openPopupFor(browser, page);
    expect(await popup.locator(`li[data-claim="${claimId}"]`).textContent()).toContain(`Before ${MARKUP} after.`);
    expect(await popup.locator('.bundled').count()).toBe(0);
    expect(await popup.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.dataset['injected'])).toBeUndefined();
    await popup.close();
    await page.close();
  });
});
