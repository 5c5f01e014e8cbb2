/** What a reader does, in real Chromium against the built site. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { runBuild } from '../support/build.ts';
import { prepareCase } from '../support/fixture-case.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { SITE_DIR } from '../setup/build-site.ts';

let browser: Browser;
let server: StaticServer;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  server = await serveStatic(SITE_DIR);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('reading a checked article', () => {
  it('lists every source on the home page and opens one', async () => {
    await page.goto(`${server.url}/`);
    const links = page.locator('.source-list h3 a');
    expect(await links.count()).toBe(4);
    await page.getByRole('link', { name: 'Boston Doubles Down on Its Sanctuary Stance', exact: false }).click();
    await page.waitForURL(/\/sources\/boston-trust-act-update\/$/);
    expect(await page.locator('mark.hl').count()).toBeGreaterThan(10);
  });

  it('follows a highlight marker to its note and back', async () => {
    await page.goto(`${server.url}/sources/honduran-national-hartford/`);
    const marker = page.locator('a.claim-ref').first();
    const id = (await marker.getAttribute('id'))!.replace(/^ref-/, '');
    await marker.click();
    await page.waitForURL(new RegExp(`#note-${id}$`));
    const note = page.locator(`#note-${id}`);
    expect(await note.isVisible()).toBe(true);
    expect(await note.evaluate((element) => element.matches(':target'))).toBe(true);
    await note.getByRole('link', { name: /Back to claim/ }).click();
    await page.waitForURL(new RegExp(`#ref-${id}$`));
    expect(await page.locator(`#ref-${id}`).evaluate((element) => element.matches(':target'))).toBe(true);
  });

  it('announces each marker with its claim number and verdict', async () => {
    await page.goto(`${server.url}/sources/honduran-national-hartford/`);
    const name = await page.locator('a.claim-ref').first().evaluate((element) => element.textContent ?? '');
    expect(name).toMatch(/Claim 1: (Supported|Partly supported|Misleading|Contested|Unsupported|False|Opinion)\. Go to note\./);
  });

  it('opens a claim permalink, shows the verdict, and links back to the place in the article', async () => {
    await page.goto(`${server.url}/sources/honduran-national-hartford/`);
    const permalink = page.locator('.note .note-links a', { hasText: 'Permalink' }).first();
    await permalink.click();
    await page.waitForURL(/\/claims\/[a-z0-9-]+\/$/);
    const id = new URL(page.url()).pathname.split('/')[2];
    expect(await page.locator('h1 .badge').count()).toBe(1);
    await page.locator('.claim-quote figcaption a').click();
    await page.waitForURL(new RegExp(`/sources/honduran-national-hartford/#claim-${id}$`));
  });

});

describe('hostile text in a source', () => {
  it('shows <script>, {braces} and Markdown characters as text and runs nothing', async () => {
    const fixture = prepareCase('e2e-valid', null);
    const built = runBuild({ content: fixture.content, outDir: 'tests/.output/builds/e2e-valid', cacheDir: 'tests/.output/cache/e2e-valid', pagefind: false });
    expect(built.status, built.output).toBe(0);
    const fixtureServer = await serveStatic(built.outDir);
    try {
      for (const path of ['/sources/sample-article/', '/claims/sample-script/']) {
        await page.goto(`${fixtureServer.url}${path}`);
        expect(await page.locator('main').innerText()).toContain('<script>alert(1)</script> and {curly} braces');
        // ClaimReview JSON-LD is a data block the browser never runs; no other script exists.
        expect(await page.evaluate(() => document.querySelectorAll('script:not([type="application/ld+json"])').length)).toBe(0);
      }
      expect(await page.locator('main').innerText()).not.toContain('undefined');
      expect(dialogs).toEqual([]);
    } finally {
      await fixtureServer.close();
    }
  });
});
