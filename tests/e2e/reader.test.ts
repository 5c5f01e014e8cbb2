/** What a reader does, in real Chromium against the built site. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { watchCsp } from '../support/csp-watch.ts';
import { runBuild } from '../support/build.ts';
import { prepareCase } from '../support/fixture-case.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { SITE_DIR } from '../setup/build-site.ts';

let browser: Browser;
let server: StaticServer;
let page: Page;
/** Every Content-Security-Policy violation any page of this file reported (tests/support/csp-watch.ts). */
const cspViolations: string[] = [];
const dialogs: string[] = [];

beforeAll(async () => {
  server = await serveStatic(SITE_DIR);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  watchCsp(page, cspViolations);
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
    await note.getByRole('link', { name: /Back to the text/ }).click();
    await page.waitForURL(new RegExp(`#ref-${id}$`));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`ref-${id}`);
    expect(await note.isVisible()).toBe(false);
  });

  it('announces each marker with its claim number and verdict', async () => {
    await page.goto(`${server.url}/sources/honduran-national-hartford/`);
    const name = await page
      .locator('a.claim-ref')
      .first()
      .evaluate((element) => element.textContent ?? '');
    expect(name).toMatch(
      /Claim 1: (Supported|Partly supported|Misleading|Contested|Unsupported|False|Opinion)\. Go to note\./,
    );
  });

  it('opens a claim permalink, shows the verdict, and links back to the place in the article', async () => {
    await page.goto(`${server.url}/sources/honduran-national-hartford/`);
    await page.locator('a.claim-ref').first().click();
    const permalink = page.locator('.note.is-open .note-links a', { hasText: 'Permalink' });
    await permalink.click();
    await page.waitForURL(/\/claims\/[a-z0-9-]+\/$/);
    const id = new URL(page.url()).pathname.split('/')[2];
    expect(await page.locator('h1 .badge').count()).toBe(1);
    await page.locator('.claim-quote figcaption a:not(.original-link)').click();
    await page.waitForURL(new RegExp(`/sources/honduran-national-hartford/#claim-${id}$`));
    // Arriving at a claim opens its note.
    expect(await page.locator(`#note-${id}`).isVisible()).toBe(true);
  });
});

describe('notes at rest', () => {
  it('shows no note in the margin until a claim is chosen, so none sits far from its claim', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/sources/boston-trust-act-update/`);
    expect(await page.locator('.article-text.js-sidenotes').count()).toBe(1);
    expect(await page.locator('.note:visible').count()).toBe(0);
  });

  it('opens the note a link points at (the verdict bar, a claim page, a shared address)', async () => {
    const id = await page.locator('.verdict-bar a').first().getAttribute('href');
    await page.locator('.verdict-bar a').first().click();
    expect(id).toMatch(/^#claim-/);
    await page.waitForURL(new RegExp(`${id}$`));
    expect(await page.locator(`#note-${id!.slice('#claim-'.length)}`).isVisible()).toBe(true);
  });

  it.each([
    { width: 1280, height: 900, where: 'beside' },
    { width: 375, height: 800, where: 'under' },
  ])('without JavaScript, keeps every note $where its paragraph ($width px)', async ({ width, height, where }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height } });
    const bare = await context.newPage();
    await bare.goto(`${server.url}/sources/boston-trust-act-update/`);
    expect(await bare.locator('.note:visible').count()).toBe(await bare.locator('.note').count());
    const placed = await bare.evaluate(
      (side) =>
        [...document.querySelectorAll('.para-block')].every((block) => {
          const paragraph = block.querySelector('.para')!.getBoundingClientRect();
          return [...block.querySelectorAll('.note')].every((note) => {
            const box = note.getBoundingClientRect();
            return side === 'under' ? box.top >= paragraph.bottom - 1 : box.left >= paragraph.right;
          });
        }),
      where,
    );
    expect(placed).toBe(true);
    await context.close();
  });
});

describe('hostile text in a source', () => {
  // This test once hung past 60 s in one CI run, "somewhere after its fixture build", and was retried. The cause was
  // not found: 10 runs of this file on a loaded machine (two with a cold build cache) passed, the fixture build takes
  // 4-7 s cold (measured on the code of the time too), and the search page it waits on has been rewritten since.
  // So no retry, which would hide a real hang; instead every wait is bounded (20 s, default timeout below) so a hang
  // fails on the step that waited. The fixture is built in a hook: runBuild blocks the event loop (spawnSync), so in
  // the test a slow build could only show up as a timeout just after it; the hook has the e2e hookTimeout instead.
  let fixtureServer: StaticServer;
  let page: Page;

  beforeAll(async () => {
    const fixture = prepareCase('e2e-valid', null);
    const built = runBuild({
      content: fixture.content,
      outDir: 'tests/.output/builds/e2e-valid',
      cacheDir: 'tests/.output/cache/e2e-valid',
    });
    expect(built.status, built.output).toBe(0);
    fixtureServer = await serveStatic(built.outDir);
    // A page of its own, so no state left by the tests above can interfere.
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    watchCsp(page, cspViolations);
    page.setDefaultTimeout(20_000);
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
  });

  afterAll(async () => {
    await page?.close();
    await fixtureServer?.close();
  });

  it('shows <script>, {braces} and Markdown characters as text and runs nothing', async () => {
    for (const path of ['/sources/sample-article/', '/claims/sample-script/']) {
      await page.goto(`${fixtureServer.url}${path}`);
      expect(await page.locator('main').innerText()).toContain('<script>alert(1)</script> and {curly} braces');
      // Only our own scripts may run (sidenote layout, search-highlight loader); JSON-LD is data; nothing from
      // the content.
      const foreignScripts = await page.evaluate(
        () =>
          [...document.querySelectorAll('script:not([type="application/ld+json"])')].filter(
            (script) => !script.hasAttribute('data-search-highlight') && !script.textContent?.includes('js-sidenotes'),
          ).length,
      );
      expect(foreignScripts).toBe(0);
    }
    expect(await page.locator('main').innerText()).not.toContain('undefined');
    // In search, the excerpt and the highlighted page show the same text as text.
    await page.goto(`${fixtureServer.url}/search/?q=curly`);
    await page.waitForSelector('.search-result');
    expect(await page.locator('.search-results').innerText()).toContain('<script>alert(1)</script> and {curly} braces');
    await page.locator('.search-result .result-title a').first().click();
    await page.waitForSelector('mark.search-hit');
    expect(await page.locator('main').innerText()).toContain('<script>alert(1)</script> and {curly} braces');
    expect(dialogs).toEqual([]);
  });
});

describe('the Content-Security-Policy', () => {
  it('is on every page visited above, which reported no violation', () => {
    expect(cspViolations).toEqual([]);
  });
});
