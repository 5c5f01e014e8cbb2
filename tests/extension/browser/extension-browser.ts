/**
 * Chromium with our built extension loaded, for the extension's browser tests. The articles are
 * served at their real https addresses by Playwright's routing (content scripts do run on routed
 * pages: the browser sees the article URL and injects), our site by a local static server, and every
 * other request is refused, so nothing reaches a real host.
 */
import siteConfig from 'virtual:factcheck/config';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { parse } from 'yaml';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../support/browser.ts';
import { buildExtension, type ExtensionSource } from '../../../src/integration/extension/build.ts';
import { serveStatic, type StaticServer } from '../../support/static-server.ts';
import { activeScale } from '../../../src/site/active-scale.ts';
import { extensionSiteUrl } from '../../../src/integration/extension/sources.ts';
import type { AnnotationCollection } from '../../../src/annotations/index.ts';
import { ROOT } from '../../support/fixture-case.ts';
import { ENGLISH_EXTENSION_WORDS } from '../../support/extension-words.ts';

export interface Article extends ExtensionSource {
  readonly outlet: string | undefined;
  /** The article's text as we checked it (content/sources/<slug>/article.txt). */
  readonly text: string;
}

/** The four checked articles with the annotations the built site publishes for them (`siteDir`/data/annotations). */
export function readArticles(siteDir: string): Article[] {
  const sourcesDir = path.join(ROOT, 'content/sources');
  return readdirSync(sourcesDir)
    .sort()
    .map((slug) => {
      const meta = parse(readFileSync(path.join(sourcesDir, slug, 'source.yaml'), 'utf8')) as {
        title?: string;
        label: string;
        url: string;
        outlet?: string;
      };
      const collection = JSON.parse(
        readFileSync(path.join(siteDir, 'data/annotations', `${slug}.jsonld`), 'utf8'),
      ) as AnnotationCollection;
      return {
        slug,
        // As the site names a source: its headline, or the editors' label when it has none.
        title: meta.title ?? meta.label,
        url: meta.url,
        outlet: meta.outlet,
        text: readFileSync(path.join(sourcesDir, slug, 'article.txt'), 'utf8'),
        collection,
      };
    });
}

/** Builds the extension for a test into tests/.output/extension-tests/<name>. */
export async function buildTestExtension(name: string, siteUrl: string, sources: ExtensionSource[]): Promise<string> {
  const outDir = path.join(ROOT, 'tests/.output/extension-tests', name);
  await rm(outDir, { recursive: true, force: true });
  await buildExtension({
    siteUrl,
    sources,
    outDir,
    version: '0.0.1',
    bundledAt: '2026-12-01',
    scale: activeScale(),
    words: ENGLISH_EXTENSION_WORDS,
  });
  return outDir;
}

/** An address on which nothing listens: a port that was free a moment ago. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 9;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/`;
}

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  /** Serves `html` at `url` (an https address the browser believes it fetched). */
  serve(url: string, html: string): void;
  close(): Promise<void>;
}

export async function launchWithExtension(extensionDir: string): Promise<ExtensionBrowser> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'factcheck-extension-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: CHROMIUM_PATH,
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
    args: [
      ...CHROMIUM_FLAGS.filter((flag) => flag !== '--headless'),
      '--disable-quic',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const pages = new Map<string, string>();
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const html = pages.get(url.href);
    if (html !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    // Our site on loopback, and the extension's own files (routing sees those too).
    if (url.hostname === '127.0.0.1' || url.protocol === 'chrome-extension:') return route.continue();
    return route.abort('blockedbyclient');
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    serve: (url, html) => void pages.set(new URL(url).href, html),
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the toolbar popup as a page that sees `article` as the active tab: the popup asks for the
 * active tab when it loads, so it loads while the article's tab is in front.
 */
export async function openPopupFor(browser: ExtensionBrowser, article: Page): Promise<Page> {
  const popup = await browser.context.newPage();
  await article.bringToFront();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  // Polled from here: Playwright's waitForFunction did not return in a tab behind another (rAF and timers paused).
  const deadline = Date.now() + 15_000;
  while (await popup.evaluate(() => document.querySelector('#popup')?.textContent?.includes('Looking for'))) {
    if (Date.now() > deadline) throw new Error('The popup did not show what it found on the page');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return popup;
}

/** Waits until the content script has highlighted at least one claim (or `timeout` passes). */
export async function waitForHighlights(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForSelector('[data-factcheck-claim]', { timeout, state: 'attached' });
}

/**
 * Loads axe-core into an extension page before tests/support/axe.ts runs it there: the extension's
 * CSP refuses the script tag that helper adds, but not code evaluated through the DevTools protocol.
 */
export async function loadAxe(page: Page): Promise<void> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
}

/**
 * The site's annotation files served from 127.0.0.1, with every address of the site in them (collection ids,
 * claim links) rewritten to that server: the extension links only to the site it was built for, so its claim
 * links must be under the local address it is built with here.
 */
export async function serveSiteCopy(siteDir: string, name: string): Promise<{ site: StaticServer; dir: string }> {
  const dir = path.join(ROOT, 'tests/.output/extension-sites', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(siteDir, 'data/annotations'), path.join(dir, 'data/annotations'), { recursive: true });
  const site = await serveStatic(dir);
  for (const file of readdirSync(path.join(dir, 'data/annotations'))) {
    const at = path.join(dir, 'data/annotations', file);
    writeFileSync(at, readFileSync(at, 'utf8').replaceAll(extensionSiteUrl(siteConfig), `${site.url}/`));
  }
  return { site, dir };
}
