/**
 * What a reader sees of search on a phone: the page holds still while results load, excerpts show the
 * claim's own words, and a law's name finds the claims about each law of that name. Runs the real built
 * index in Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { activeScale } from '../../src/site/active-scale.ts';
import { SITE_DIR } from '../setup/build-site.ts';

interface ClaimRecord {
  id: string;
  source: string;
  quote: string;
  summary: string;
}
const claims = JSON.parse(readFileSync(path.join(SITE_DIR, 'data/claims.json'), 'utf8')) as ClaimRecord[];

/** The phone size the layout-shift budget is measured at. */
const PHONE = { width: 375, height: 800 };
/** "Good" cumulative layout shift. @see https://web.dev/articles/cls */
const GOOD_CLS = 0.1;

/** Text that labels or credits, never what was checked or found: none of it belongs in an excerpt. */
const BOILERPLATE = [
  'Checked by',
  'Reviewed by',
  'None found',
  'Not recorded',
  'Headline',
  'Text retrieved',
  'Open the original at this passage',
  'Open at the quoted passage',
  'From the article, at claim',
  '⚑',
  ...activeScale().verdicts.map((verdict) => `${verdict.icon} ${verdict.label}`),
  ...activeScale().verdicts.map((verdict) => `Why ${verdict.label.toLowerCase()}.`),
];

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(SITE_DIR);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh phone-sized page that adds up every layout shift from its first paint. */
async function phonePage(): Promise<Page> {
  const page = await browser.newPage({ viewport: PHONE });
  await page.addInitScript(() => {
    const w = window as unknown as { layoutShift: number };
    w.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return page;
}

/** Opens a search and waits until it is fully shown: status announced, results in, two frames painted. */
async function openSearch(page: Page, query: string): Promise<void> {
  await page.goto(`${server.url}/search/${query}`);
  await page.waitForFunction(
    () =>
      (document.querySelector('[data-search-status]')?.textContent ?? '') !== '' &&
      !document.querySelector('[data-search-results][aria-busy]'),
  );
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
  );
}

const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);

const resultPaths = (page: Page) =>
  page
    .locator('.search-result .result-title a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

const claimAt = (pathname: string) => claims.find((claim) => pathname === `/claims/${claim.id}/`);

/** Every page's indexed text, as Pagefind stored it for excerpts (`pagefind_dcd` + JSON, gzipped). */
function indexedPages(): { url: string; content: string }[] {
  const folder = path.join(SITE_DIR, 'pagefind/fragment');
  return readdirSync(folder).map((file) => {
    const text = gunzipSync(readFileSync(path.join(folder, file))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
  });
}

describe('on a phone', () => {
  it.each([
    ['words', '?q=detainer'],
    ['words and filters', '?q=detainer&verdict=supported&source=boston-trust-act-update'],
    ['filters only', '?verdict=unsupported'],
    ['nothing found', '?q=xylophonequark'],
  ])('does not move while results load (%s)', async (_, query) => {
    const page = await phonePage();
    try {
      await openSearch(page, query);
      expect(await page.locator('[data-search-status]').textContent()).not.toBe('');
      expect(await layoutShift(page), query).toBeLessThan(GOOD_CLS);
    } finally {
      await page.close();
    }
  });
});

describe('ranking', () => {
  it('puts claims about Boston’s and Connecticut’s Trust Acts in the first three for "Trust Act"', async () => {
    const page = await phonePage();
    try {
      await openSearch(page, '?q=Trust%20Act');
      const first = (await resultPaths(page)).slice(0, 3).map(claimAt);
      for (const claim of first) {
        expect(claim, 'each of the first three is a claim').toBeDefined();
        expect(`${claim!.quote} ${claim!.summary}`, claim!.id).toMatch(/Trust Act/);
      }
      const articles = new Set(first.map((claim) => claim?.source));
      expect(articles).toContain('boston-trust-act-update');
      expect(articles).toContain('honduran-national-hartford');
    } finally {
      await page.close();
    }
  });
});

describe('excerpts', () => {
  it('show the matched words of what was checked, never labels or credits', async () => {
    const page = await phonePage();
    try {
      for (const query of ['?q=Trust%20Act', '?q=detainer', '?q=Hartford', '?q=sanctuary']) {
        await openSearch(page, query);
        const excerpts = await page.locator('.search-result .result-excerpt').allTextContents();
        expect(excerpts.length, query).toBeGreaterThan(0);
        for (const excerpt of excerpts) {
          for (const label of BOILERPLATE) expect(excerpt, `${query}: ${excerpt}`).not.toContain(label);
        }
        expect(await page.locator('.search-result .result-excerpt mark').count(), query).toBeGreaterThan(0);
      }
    } finally {
      await page.close();
    }
  });

  it('are drawn from an index that holds no labels or credits on any page', () => {
    const pages = indexedPages();
    expect(pages.filter((page) => page.url.startsWith('/claims/')).length).toBe(claims.length);
    const found = pages.flatMap((page) =>
      BOILERPLATE.filter((label) => page.content.includes(label)).map((label) => `${page.url}: ${label}`),
    );
    expect(found).toEqual([]);
  });

  it('keep a claim’s summary, quote and explanation, and an article’s outlet', () => {
    const pages = new Map(indexedPages().map((page) => [page.url, page.content]));
    const claim = claims.find((one) => one.id === 'hartford-point-of-contention')!;
    const content = pages.get(`/claims/${claim.id}/`) ?? '';
    expect(content).toContain(claim.summary);
    expect(content).toContain(claim.quote);
    expect(content).toContain('The disagreement is well documented.');
    expect(pages.get('/sources/boston-trust-act-update/')).toContain('RedState');
  });
});
