/**
 * The extension's background worker in Chromium, the extension loaded unpacked: annotations
 * from our site when it answers, from the bundled copy when it does not, and the badge per tab.
 * Our site is a local server whose answers the test switches; the article is served by
 * Playwright's routing at its real address, so nothing reaches a real host.
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../support/browser.ts';
import { buildExtension, type ExtensionSource } from '../../../src/integration/extension/build.ts';
import type { LoadResponse } from '../../../src/extension/messages.ts';
import { activeScale } from '../../../src/site/active-scale.ts';
import { ROOT } from '../../support/fixture-case.ts';
import { SITE_DIR } from '../../setup/build-site.ts';
import { ENGLISH_EXTENSION_WORDS } from '../../support/extension-words.ts';

const OUT = path.join(ROOT, 'tests/.output/extension-background');
const EXTENSION_DIR = path.join(OUT, 'extension');
const published = JSON.parse(readFileSync(path.join(SITE_DIR, 'data/sources.json'), 'utf8')) as {
  slug: string;
  title?: string | null;
  label: string;
  originalUrl?: string | null;
}[];
const SOURCES: ExtensionSource[] = published.flatMap((source) =>
  source.originalUrl
    ? [
        {
          slug: source.slug,
          title: source.title ?? source.label,
          url: source.originalUrl,
          collection: JSON.parse(readFileSync(path.join(SITE_DIR, `data/annotations/${source.slug}.jsonld`), 'utf8')),
        },
      ]
    : [],
);
const SOURCE = SOURCES[0]!;
/** What the bundled copy says, told apart from the site's answer by a changed label. */
const SITE_LABEL = 'served by the test site';

/** Our site: 'up' serves the annotation file, 'down' drops the connection, 'missing' answers 404. */
let siteState: 'up' | 'down' | 'missing' = 'up';
let site: Server;
let siteUrl: string;
let context: BrowserContext;
let worker: Worker;
let extensionPage: Page;

beforeAll(async () => {
  site = createServer((request, response) => {
    if (siteState === 'down') return void request.socket.destroy();
    if (siteState === 'missing' || request.url !== `/data/annotations/${SOURCE.slug}.jsonld`)
      return void response.writeHead(404).end('not found');
    response.writeHead(200, { 'Content-Type': 'application/ld+json' });
    response.end(JSON.stringify({ ...SOURCE.collection, label: SITE_LABEL }));
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const address = site.address();
  siteUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  await buildExtension({
    siteUrl,
    sources: SOURCES,
    outDir: EXTENSION_DIR,
    version: '0.0.1',
    bundledAt: '2026-12-01',
    scale: activeScale(),
    words: ENGLISH_EXTENSION_WORDS,
  });
  context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      ...CHROMIUM_FLAGS,
      '--disable-quic',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
});

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => site?.close(resolve));
});

/** Asks the background as the content script does, from an extension page (the same runtime messaging). */
const load = (url: string) =>
  extensionPage.evaluate(
    (pageUrl) => chrome.runtime.sendMessage({ type: 'factcheck:load', url: pageUrl }),
    url,
  ) as Promise<LoadResponse>;
const badgeOf = (tabId: number) =>
  worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId) as Promise<string>;

describe('the background worker', () => {
  it('loads the annotations from our site when it answers', async () => {
    siteState = 'up';
    const response = await load(`${SOURCE.url}?utm_source=test`);
    expect(response).toMatchObject({ ok: true, slug: SOURCE.slug, from: 'site', siteUrl });
    expect((response as { collection: { label: string } }).collection.label).toBe(SITE_LABEL);
  });

  it('keeps the site’s answer for a day: a second load asks the site nothing, even when it is down', async () => {
    siteState = 'down';
    const response = await load(SOURCE.url);
    expect(response).toMatchObject({ ok: true, slug: SOURCE.slug, from: 'site' });
    expect((response as { collection: { label: string } }).collection.label).toBe(SITE_LABEL);
  });

  it.each(['down', 'missing'] as const)('uses the bundled copy when the site is %s', async (state) => {
    await worker.evaluate(() => caches.delete('factcheck-annotations-v1'));
    siteState = state;
    const response = await load(SOURCE.url);
    expect(response).toMatchObject({ ok: true, slug: SOURCE.slug, from: 'bundled', bundledAt: '2026-12-01' });
    expect(response).toHaveProperty('collection', SOURCE.collection);
  });

  it('answers no-source for a page that is not one of our articles', async () => {
    siteState = 'up';
    expect(await load('https://news.example/unrelated')).toEqual({ ok: false, reason: 'no-source' });
  });

  it('sets the badge of the sending tab to the count, and clears it at zero', async () => {
    const tabId = (await extensionPage.evaluate(async () => (await chrome.tabs.getCurrent())?.id)) as number;
    await extensionPage.evaluate(() => chrome.runtime.sendMessage({ type: 'factcheck:count', count: 7 }));
    await expect.poll(() => badgeOf(tabId)).toBe('7');
    await extensionPage.evaluate(() => chrome.runtime.sendMessage({ type: 'factcheck:count', count: 0 }));
    await expect.poll(() => badgeOf(tabId)).toBe('');
  });
});

describe('the content script', () => {
  const paragraphs = (text: string) =>
    text
      .split(/\n{2,}/)
      .map((paragraph) => `<p>${paragraph.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('');
  const articleText = readFileSync(path.join(ROOT, `content/sources/${SOURCE.slug}/article.txt`), 'utf8');

  async function visit(url: string): Promise<Page> {
    const page = await context.newPage();
    await page.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Article</title><article>${paragraphs(articleText)}</article>`,
      }),
    );
    await page.goto(url);
    return page;
  }
  /** Every tab's badge: without the `tabs` permission the extension cannot tell which tab has which address. */
  const badges = () =>
    worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      return Promise.all(tabs.map((tab) => chrome.action.getBadgeText({ tabId: tab.id! })));
    }) as Promise<string[]>;

  it('runs on the article and counts its claims on the badge', async () => {
    siteState = 'up';
    const page = await visit(`${SOURCE.url}/?utm_source=test`);
    await expect.poll(async () => (await badges()).filter((text) => /^[1-9]\d*$/.test(text)).length).toBe(1);
    await page.close();
  });

  it('injects nothing on an unrelated page of the same site', async () => {
    const unrelated = `${new URL(SOURCE.url).origin}/some-other-story`;
    const page = await visit(unrelated);
    await page.waitForTimeout(500);
    expect((await badges()).filter(Boolean)).toEqual([]);
    expect(await page.locator('[data-factcheck-claim]').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toMatch(/factcheck/);
    await page.close();
  });
});
