/**
 * The extension in Firefox ESR (Debian's `firefox-esr`), driven by puppeteer-core over WebDriver BiDi, the
 * protocol Firefox speaks. Chromium's tests route the articles' real https addresses; BiDi offers no such
 * routing here, so this build of the extension records each article at a loopback address with a port (the
 * patterns carry no port, and the port is compared at run time), and the articles are served from there.
 * The same checks as in Chromium: at least 95% of each article's claims highlighted on their own words,
 * the page's text untouched, and a highlight that opens the check from the keyboard.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsPageHtml } from '../../support/news-page.ts';
import { parseAnnotationCollection } from '../../../src/annotations/index.ts';
import type { StaticServer } from '../../support/static-server.ts';
import { SITE_DIR } from '../../setup/build-site.ts';
import { buildTestExtension, readArticles, serveSiteCopy, type Article } from './extension-browser.ts';
import { FIREFOX_PATH } from './firefox-path.ts';
import { folded, readHighlights, wordsOnly } from './page-checks.ts';

const MIN_ANCHORED = 0.95;

let site: StaticServer;
let articleServer: Server;
let browser: Browser;
let articles: Article[];
let siteUrl: string;

beforeAll(async () => {
  const copy = await serveSiteCopy(SITE_DIR, 'firefox');
  site = copy.site;
  siteUrl = `${site.url}/`;
  const served = readArticles(copy.dir);
  const pages = new Map<string, string>();
  articleServer = createServer((request, response) => {
    const html = pages.get(new URL(request.url ?? '/', 'http://x').pathname);
    if (html === undefined) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => articleServer.listen(0, '127.0.0.1', resolve));
  const port = (articleServer.address() as AddressInfo).port;
  articles = served.map((article) => {
    const local = { ...article, url: `http://127.0.0.1:${port}/${article.slug}/` };
    pages.set(`/${article.slug}/`, pageHtml(article));
    return local;
  });
  const extension = await buildTestExtension('firefox', siteUrl, articles);
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
  await browser.installExtension(extension);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  articleServer?.closeAllConnections();
  await new Promise((resolve) => articleServer?.close(resolve));
});

function pageHtml(article: Article): string {
  return newsPageHtml({ title: article.title, text: article.text, outlet: article.outlet }, { seed: 7 });
}

async function openArticle(article: Article): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(article.url);
  await page.waitForSelector('[data-factcheck-claim]', { timeout: 20_000 });
  return page;
}

describe('in Firefox ESR', () => {
  it('highlights at least 95 percent of the claims of every article, the text untouched', async () => {
    const found: Record<string, string> = {};
    for (const article of articles) {
      const page = await openArticle(article);
      const annotations = parseAnnotationCollection(article.collection, siteUrl).annotations;
      // Let the anchoring settle: claims are highlighted paragraph by paragraph.
      await new Promise((resolve) => setTimeout(resolve, 500));
      // The reader only calls `page.evaluate(fn, arg)`, which puppeteer and Playwright share.
      const highlights = await readHighlights(page as unknown as Parameters<typeof readHighlights>[0]);
      const anchored = annotations.filter((annotation) =>
        highlights.some((highlight) => highlight.id === annotation.id),
      );
      found[article.slug] = `${anchored.length}/${annotations.length}`;
      expect(anchored.length / annotations.length, article.slug).toBeGreaterThanOrEqual(MIN_ANCHORED);
      for (const highlight of highlights) {
        const annotation = annotations.find((candidate) => candidate.id === highlight.id)!;
        expect(wordsOnly(folded(highlight.text)), highlight.id).toBe(wordsOnly(folded(annotation.quote.exact)));
      }
      // The page's text is what the publisher sent, character for character: highlights only wrap it.
      const bodyText = await page.evaluate(() => document.body.textContent);
      const servedText = await page.evaluate(
        (html) => new DOMParser().parseFromString(html, 'text/html').body.textContent,
        pageHtml(article),
      );
      expect(bodyText).toBe(servedText);
      await page.close();
    }
    console.log('Firefox ESR, claims highlighted per article:', found);
  });

  it('opens a claim’s check from the keyboard and gives focus back on Escape', async () => {
    const page = await openArticle(articles[0]!);
    const id = await page.$eval('[data-factcheck-claim][tabindex="0"]', (mark) => {
      (mark as HTMLElement).focus();
      return mark.getAttribute('data-factcheck-claim');
    });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-factcheck-popover'));
    expect(
      await page.$eval(`[data-factcheck-claim="${id}"][tabindex="0"]`, (mark) => mark.getAttribute('aria-expanded')),
    ).toBe('true');
    // The popover's root is closed: a page script sees the host and nothing inside it.
    expect(await page.evaluate(() => document.querySelector('[data-factcheck-popover]')?.shadowRoot ?? null)).toBe(
      null,
    );
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      (claim) => document.activeElement?.getAttribute('data-factcheck-claim') === claim,
      {},
      id,
    );
    await page.close();
  });
});
