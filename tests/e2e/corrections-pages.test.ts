/**
 * axe-core on the corrections log, the transparency page and a claim page with "Request a correction", light and
 * dark, built from the corrections fixture: the real content may have no corrections yet, so the log's entries,
 * verdict changes and differing pairs are checked here (tests/e2e/accessibility.test.ts covers the real site).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { runBuild } from '../support/build.ts';

const PAGES = {
  'corrections log': '/corrections/',
  transparency: '/transparency/',
  'claim with a correction and a request link': '/claims/second-vote/',
};

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const result = runBuild({
    content: 'tests/fixtures/corrections/content',
    outDir: 'tests/.output/builds/corrections-e2e',
    cacheDir: 'tests/.output/cache/corrections',
    pagefind: false,
    env: { CORRECTIONS_URL: 'https://example.org/report?id={id}&quote={quote}', CORRECTIONS_EMAIL: '' },
  });
  if (result.status !== 0) throw new Error(`Building the corrections fixture failed:\n${result.output}`);
  server = await serveStatic(result.outDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(['light', 'dark'] as const)('axe-core in the %s theme', (scheme) => {
  it.each(Object.entries(PAGES))('finds no violations on the %s page', async (_type, url) => {
    const page = await browser.newPage({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto(`${server.url}${url}`);
    const violations = await axeViolations(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    await page.close();
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

it('keeps the pages within a phone-width viewport', async () => {
  for (const url of Object.values(PAGES)) {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${server.url}${url}`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    await page.close();
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});
