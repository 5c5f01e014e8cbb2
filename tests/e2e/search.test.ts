/** Searching the built site in Chromium: Pagefind's index, our results page, the URL and the highlight. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { watchCsp } from '../support/csp-watch.ts';
import { ROOT } from '../support/fixture-case.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { SITE_DIR } from '../setup/build-site.ts';

interface ClaimRecord {
  id: string;
  source: string;
  verdict: string;
  flags: string[];
}
const claims = JSON.parse(readFileSync(path.join(SITE_DIR, 'data/claims.json'), 'utf8')) as ClaimRecord[];
const sources = readdirSync(path.join(ROOT, 'content/sources'));

let browser: Browser;
let server: StaticServer;
let page: Page;
/** Every Content-Security-Policy violation any page of this file reported (tests/support/csp-watch.ts). */
const cspViolations: string[] = [];

/**
 * Files under /pagefind/ the server sent, with their sizes: counted there, so the worker's own requests
 * are included.
 */
const pagefindFiles = new Map<string, number>();

beforeAll(async () => {
  server = await serveStatic(SITE_DIR, {
    onFile: (pathname, bytes) => {
      if (pathname.startsWith('/pagefind/')) pagefindFiles.set(pathname, (pagefindFiles.get(pathname) ?? 0) + bytes);
    },
  });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  watchCsp(page, cspViolations);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const status = () => page.locator('[data-search-status]');
const resultLinks = () => page.locator('.search-result .result-title a');

/** Opens a search URL and waits until the live region has reported on it. */
async function openSearch(query: string): Promise<string> {
  await page.goto(`${server.url}/search/${query}`);
  await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '');
  return (await status().textContent()) ?? '';
}

/** The count shown beside one filter option. */
async function facetCount(facet: string, value: string): Promise<number> {
  const text = await page.locator(`label:has(input[name="${facet}"][value="${value}"]) [data-count]`).textContent();
  return Number(text);
}

const paths = async () =>
  await resultLinks().evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

/**
 * A few words from one claim's explanation, including a word whose first six letters occur in no
 * other content file (so no other page can match it, even after stemming).
 */
function phraseOnlyInOneExplanation(): { id: string; phrase: string } {
  const files = execFileSync('git', ['ls-files', 'content'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  const texts = new Map(files.map((file) => [file, readFileSync(path.join(ROOT, file), 'utf8').toLowerCase()]));
  for (const file of files.filter((name) => name.startsWith('content/claims/') && name.endsWith('.mdx')).sort()) {
    const body = readFileSync(path.join(ROOT, file), 'utf8')
      .split(/^---$/m)
      .slice(2)
      .join('---')
      .replace(/\]\([^)]*\)/g, ']');
    const words = body.match(/[A-Za-z]+/g) ?? [];
    for (const [index, word] of words.entries()) {
      if (word.length < 8 || index + 2 >= words.length) continue;
      const stem = word.toLowerCase().slice(0, 6);
      if ([...texts].some(([other, text]) => other !== file && text.includes(stem))) continue;
      return { id: path.basename(file, '.mdx'), phrase: words.slice(index, index + 3).join(' ') };
    }
  }
  throw new Error('No claim explanation has a word found nowhere else');
}

describe('searching from any page', () => {
  it('goes from the header search box to the results page without any script on the reading page', async () => {
    await page.goto(`${server.url}/sources/${sources[0]}/`);
    await page.getByRole('search', { name: 'Site' }).getByLabel('Search').fill('detainer');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=detainer$/);
    await page.waitForFunction(() =>
      /results? for “detainer”/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    );
    expect(await resultLinks().count()).toBeGreaterThan(0);
  });
});

describe('results', () => {
  it('finds "detainer" in all four articles', async () => {
    expect(sources).toHaveLength(4);
    await openSearch('?q=detainer');
    for (const slug of sources) expect(await facetCount('source', slug), slug).toBeGreaterThan(0);
    expect(await facetCount('type', 'source')).toBe(4);
    await openSearch('?q=detainer&type=source');
    expect((await paths()).sort()).toEqual(sources.map((slug) => `/sources/${slug}/`).sort());
    expect(await page.locator('.search-result .result-kind').allTextContents()).toEqual([
      'Article',
      'Article',
      'Article',
      'Article',
    ]);
  });

  it('puts first the claim whose explanation alone contains a phrase', async () => {
    const { id, phrase } = phraseOnlyInOneExplanation();
    await openSearch(`?q=${encodeURIComponent(phrase)}`);
    expect((await paths())[0], phrase).toBe(`/claims/${id}/`);
    const first = page.locator('.search-result').first();
    expect(await first.locator('.result-kind').textContent()).toMatch(/^Claim in /);
    expect(await first.locator('.badge').count()).toBe(1);
    expect((await first.locator('.result-excerpt mark').allTextContents()).length).toBeGreaterThan(0);
  });

  it('shows only unsupported claims with verdict=unsupported, with counts that match /data/claims.json', async () => {
    const unsupported = claims.filter((claim) => claim.verdict === 'unsupported');
    expect(unsupported.length).toBeGreaterThan(0);
    const message = await openSearch('?verdict=unsupported');
    expect(message).toBe(`${unsupported.length} results matching the selected filters.`);
    expect((await paths()).sort()).toEqual(unsupported.map((claim) => `/claims/${claim.id}/`).sort());
    expect(await page.locator('.search-result .badge.v-unsupported').count()).toBe(unsupported.length);
    expect(await page.locator('.search-result .badge:not(.v-unsupported)').count()).toBe(0);
    // Each verdict is counted as if chosen instead, the other facets as narrowed by the choice.
    for (const verdict of new Set(claims.map((claim) => claim.verdict))) {
      expect(await facetCount('verdict', verdict), verdict).toBe(
        claims.filter((claim) => claim.verdict === verdict).length,
      );
    }
    for (const slug of sources)
      expect(await facetCount('source', slug), slug).toBe(unsupported.filter((claim) => claim.source === slug).length);
    expect(await facetCount('type', 'claim')).toBe(unsupported.length);
    expect(await facetCount('type', 'source')).toBe(0);
  });

  it('combines words and a verdict', async () => {
    await openSearch('?q=detainer&verdict=unsupported');
    const count = await resultLinks().count();
    expect(count).toBe(await page.locator('.search-result .badge.v-unsupported').count());
    expect(await facetCount('verdict', 'unsupported')).toBe(count);
    expect(count).toBeLessThanOrEqual(claims.filter((claim) => claim.verdict === 'unsupported').length);
  });

  it('shows ten results at a time and moves focus to the first of the next ten', async () => {
    await openSearch('?q=detainer');
    expect(await resultLinks().count()).toBe(10);
    await page.getByRole('button', { name: /^Show 10 more of \d+ remaining$/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 20);
    expect(
      await page.evaluate(
        () => document.activeElement === document.querySelectorAll('.search-result .result-title a')[10],
      ),
    ).toBe(true);
  });

  it('says so and suggests what to try when nothing matches', async () => {
    expect(await openSearch('?q=xylophonequark')).toBe('No results for “xylophonequark”.');
    expect(await page.locator('[data-search-none]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-none]').getByRole('link', { name: 'detainer' }).count()).toBe(1);
    expect(await resultLinks().count()).toBe(0);
  });
});

describe('the URL holds the search', () => {
  it('runs a search opened directly, and the back button restores the previous one', async () => {
    const first = await openSearch('?q=detainer&verdict=unsupported');
    expect(await page.getByRole('searchbox', { name: /Words to find/ }).inputValue()).toBe('detainer');
    expect(await page.getByRole('checkbox', { name: /^Unsupported/ }).isChecked()).toBe(true);
    const firstResults = await paths();

    await page.getByRole('searchbox', { name: /Words to find/ }).fill('sanctuary');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      (document.querySelector('[data-search-status]')?.textContent ?? '').includes('sanctuary'),
    );
    expect(new URL(page.url()).search).toBe('?q=sanctuary&verdict=unsupported');

    await page.getByRole('checkbox', { name: /^Unsupported/ }).uncheck();
    await page.waitForURL((url) => url.search === '?q=sanctuary');

    await page.goBack();
    await page.waitForURL((url) => url.search === '?q=sanctuary&verdict=unsupported');
    expect(await page.getByRole('checkbox', { name: /^Unsupported/ }).isChecked()).toBe(true);
    await page.goBack();
    await page.waitForURL((url) => url.search === '?q=detainer&verdict=unsupported');
    await page.waitForFunction((text) => document.querySelector('[data-search-status]')?.textContent === text, first);
    expect(await page.getByRole('searchbox', { name: /Words to find/ }).inputValue()).toBe('detainer');
    expect(await paths()).toEqual(firstResults);
  });

  it('works by keyboard: type, Enter, Tab to a filter, Space', async () => {
    await page.goto(`${server.url}/search/`);
    await page.getByRole('searchbox', { name: /Words to find/ }).focus();
    await page.keyboard.type('detainer');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.search === '?q=detainer');
    await page.keyboard.press('Tab'); // the Search button
    await page.keyboard.press('Tab'); // the Filters summary, open on a wide screen
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Filters');
    await page.keyboard.press('Tab'); // the first filter
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('claim');
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.search === '?q=detainer&type=claim');
    await page.waitForFunction(
      () =>
        document.querySelectorAll('.search-result').length > 0 &&
        !document.querySelector('[data-search-results][aria-busy]'),
    );
    expect(await page.locator('.search-result .result-kind').allTextContents()).not.toContain('Article');
  });
});

describe('following a result', () => {
  it('highlights the matched words on the claim page', async () => {
    const { id, phrase } = phraseOnlyInOneExplanation();
    await openSearch(`?q=${encodeURIComponent(phrase)}`);
    await resultLinks().first().click();
    await page.waitForURL((url) => url.pathname === `/claims/${id}/` && url.searchParams.has('pagefind-highlight'));
    await page.waitForSelector('mark.search-hit');
    const marked = (await page.locator('mark.search-hit').allTextContents()).map((text) => text.toLowerCase());
    expect(marked).toContain(phrase.split(' ')[0]!.toLowerCase());
  });

  it('loads nothing on a reading page reached without a search', async () => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${server.url}/claims/${claims[0]!.id}/`);
    await page.waitForLoadState('networkidle');
    page.removeAllListeners('request');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    expect(await page.locator('mark.search-hit').count()).toBe(0);
  });
});

describe('accessibility and fallbacks', () => {
  it('has no axe violations with results shown', async () => {
    await openSearch('?q=detainer&verdict=unsupported');
    expect(await resultLinks().count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('folds the filters away on a narrow screen, above the results, and opens them with the keyboard', async () => {
    await page.setViewportSize({ width: 400, height: 800 });
    try {
      await openSearch('?q=detainer');
      const summary = page.locator('[data-search-filters] summary');
      expect(
        await page.locator('[data-search-filters]').evaluate((details) => (details as HTMLDetailsElement).open),
      ).toBe(false);
      expect(await page.getByRole('checkbox', { name: /^Unsupported/ }).isVisible()).toBe(false);
      await summary.focus();
      await page.keyboard.press('Enter');
      expect(await page.getByRole('checkbox', { name: /^Unsupported/ }).isVisible()).toBe(true);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('shows results on a 375 px screen without scrolling past the filters, also when the URL sets one', async () => {
    await page.setViewportSize({ width: 375, height: 667 });
    try {
      for (const query of ['?q=detainer', '?q=detainer&verdict=supported']) {
        await openSearch(query);
        const first = await resultLinks().first().boundingBox();
        expect(first, query).not.toBeNull();
        expect(first!.y + first!.height, `${query}: the first result ends within the screen`).toBeLessThanOrEqual(667);
      }
      expect(await page.locator('[data-search-filters] summary').innerText()).toContain('(1 selected)');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('has no axe violations with the no-results message shown', async () => {
    await openSearch('?q=xylophonequark&verdict=false');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says that search needs JavaScript and links to the browse pages when scripts are off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const noJs = await context.newPage();
      watchCsp(noJs, cspViolations);
      await noJs.goto(`${server.url}/search/?q=detainer`);
      const main = noJs.locator('main');
      expect(await main.innerText()).toContain('Search needs JavaScript');
      expect(await main.getByRole('link', { name: 'the list of checked articles' }).getAttribute('href')).toBe('/');
      expect(await main.getByRole('link', { name: 'the methodology' }).getAttribute('href')).toBe('/methodology/');
      expect(await noJs.locator('form[data-search-form]').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});

describe('cost', () => {
  it('measures the index on disk, the bytes of a first query and the time from typing to results', async () => {
    const indexBytes = Number(
      execFileSync('du', ['-sb', path.join(SITE_DIR, 'pagefind')], { encoding: 'utf8' }).split('\t')[0],
    );
    const context = await browser.newContext();
    try {
      const fresh = await context.newPage();
      watchCsp(fresh, cspViolations);
      await fresh.goto(`${server.url}/search/`);
      pagefindFiles.clear();
      const box = fresh.getByRole('searchbox', { name: /Words to find/ });
      const timings: Record<string, number> = {};
      for (const query of ['detainer', 'sanctuary city', 'Hartford', 'Trust Act']) {
        // Timed in the page, from the input event to the live region's new text, so the test driver's
        // own delay is not counted.
        await fresh.evaluate(() => {
          const w = window as unknown as { typedAt: number; shownAt: number };
          w.typedAt = 0;
          w.shownAt = 0;
          document.querySelector('#search-q')!.addEventListener(
            'input',
            () => {
              w.typedAt = performance.now();
            },
            { once: true },
          );
          new MutationObserver((_, observer) => {
            w.shownAt = performance.now();
            observer.disconnect();
          }).observe(document.querySelector('[data-search-status]')!, {
            childList: true,
            characterData: true,
            subtree: true,
          });
        });
        await box.fill(query);
        await fresh.waitForFunction(
          (q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`“${q}”`),
          query,
        );
        timings[query] = await fresh.evaluate(() => {
          const w = window as unknown as { typedAt: number; shownAt: number };
          return Math.round(w.shownAt - w.typedAt);
        });
        if (query === 'detainer') {
          await fresh.waitForTimeout(500);
          timings['first query bytes'] = [...pagefindFiles.values()].reduce((sum, bytes) => sum + bytes, 0);
          timings['first query files'] = pagefindFiles.size;
        }
      }
      console.log(
        `search cost: index on disk ${indexBytes} bytes;`,
        timings,
        '(times in ms from the first keystroke event, including the 200 ms typing pause)',
      );
      expect(timings['first query bytes']).toBeGreaterThan(0);
      expect(timings['first query bytes']).toBeLessThan(indexBytes);
    } finally {
      await context.close();
    }
  });
});

describe('the Content-Security-Policy', () => {
  it('is on every page visited above, which reported no violation', () => {
    expect(cspViolations).toEqual([]);
  });
});
