/**
 * Accessibility and layout in real Chromium: axe-core on every page type in light and dark
 * themes, keyboard reach of every claim and note, no horizontal overflow at phone, tablet and
 * desktop widths (screenshots of each go to tests/.output/screenshots on every run). Page types
 * the real content may not have yet (a person, a claim with a byline and a history) come from a
 * build of the accountability fixture; the changes pages of a changed and an identical original
 * from a build of the verification fixture (the real content has no verification.json yet); a dead citation
 * and the editors' link-health page from a build of the link-health fixture (no link-status.json yet either).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { runBuild } from '../support/build.ts';
import { ROOT } from '../support/fixture-case.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { SITE_DIR } from '../setup/build-site.ts';

const SCREENSHOTS = path.join(ROOT, 'tests/.output/screenshots');
const PAGE_TYPES: Record<string, string> = {
  home: '/',
  source: '/sources/honduran-national-hartford/',
  'source, Boston': '/sources/boston-trust-act-update/',
  'source, Gloucester': '/sources/guatemalan-national-gloucester/',
  'source, sanctuary cities': '/sources/sanctuary-cities-cooperate-ice/',
  'changes, not yet compared': '/sources/honduran-national-hartford/changes/',
  claim: '/claims/hartford-hcc-ignored-detainer/',
  'verdict list': '/verdicts/false/',
  'flag list': '/flags/factual-error/',
  verdicts: '/verdicts/',
  citations: '/citations/',
  'link health, not checked': '/citations/health/',
  methodology: '/methodology/',
  people: '/people/',
  corrections: '/corrections/',
  'verdict changes': '/corrections/verdicts/',
  'claim, updated with an earlier verdict': '/claims/gloucester-sanctuary-definition/',
  transparency: '/transparency/',
  extension: '/extension/',
  '404': '/no-such-page/',
};
/** Pages of the fixture build (tests/fixtures/accountability/content): marked by a `fixture:` prefix. */
const FIXTURE_PAGES: Record<string, string> = {
  'fixture: people': '/people/',
  'fixture: person': '/people/avery-fixture/',
  'fixture: claim with byline and history': '/claims/town-budget-vote/',
};
/** Pages of the verification fixture build (tests/fixtures/verification/content): a `changes fixture:` prefix. */
const CHANGES_PAGES: Record<string, string> = {
  'changes fixture: source with a changed original': '/sources/sample-article/',
  'changes fixture: changes': '/sources/sample-article/changes/',
  'changes fixture: changes, identical': '/sources/second-article/changes/',
};
/** Pages of the link-health fixture build (tests/fixtures/link-health/content): a `links fixture:` prefix. */
const LINK_PAGES: Record<string, string> = {
  'links fixture: link health': '/citations/health/',
  'links fixture: cited documents with a dead link': '/citations/',
  'links fixture: claim citing a dead link': '/claims/sample-vote/',
};
const ALL_PAGES = [
  ...Object.entries(PAGE_TYPES),
  ...Object.entries(FIXTURE_PAGES),
  ...Object.entries(CHANGES_PAGES),
  ...Object.entries(LINK_PAGES),
];

let browser: Browser;
let server: StaticServer;
let fixtureServer: StaticServer;
let changesServer: StaticServer;
let linksServer: StaticServer;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const fixture = runBuild({
    content: 'tests/fixtures/accountability/content',
    outDir: 'tests/.output/builds/accountability-e2e',
    cacheDir: 'tests/.output/cache/accountability-e2e',
    pagefind: false,
  });
  if (fixture.status !== 0) throw new Error(`Building the accountability fixture failed:\n${fixture.output}`);
  const changes = runBuild({
    content: 'tests/fixtures/verification/content',
    outDir: 'tests/.output/builds/verification-e2e',
    cacheDir: 'tests/.output/cache/verification-e2e',
    pagefind: false,
  });
  if (changes.status !== 0) throw new Error(`Building the verification fixture failed:\n${changes.output}`);
  const links = runBuild({
    content: 'tests/fixtures/link-health/content',
    outDir: 'tests/.output/builds/link-health-e2e',
    cacheDir: 'tests/.output/cache/link-health-e2e',
    pagefind: false,
  });
  if (links.status !== 0) throw new Error(`Building the link-health fixture failed:\n${links.output}`);
  server = await serveStatic(SITE_DIR);
  fixtureServer = await serveStatic(fixture.outDir);
  changesServer = await serveStatic(changes.outDir);
  linksServer = await serveStatic(links.outDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fixtureServer?.close();
  await changesServer?.close();
  await linksServer?.close();
});

async function open(
  url: string,
  options: { width?: number; scheme?: 'light' | 'dark'; type?: string } = {},
): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.scheme ?? 'light',
    reducedMotion: 'reduce',
  });
  const origin = options.type?.startsWith('fixture:')
    ? fixtureServer.url
    : options.type?.startsWith('changes fixture:')
      ? changesServer.url
      : options.type?.startsWith('links fixture:')
        ? linksServer.url
        : server.url;
  await page.goto(`${origin}${url}`);
  return page;
}

describe.each(['light', 'dark'] as const)('axe-core in the %s theme', (scheme) => {
  it.each(ALL_PAGES)('finds no violations on the %s page', async (type, url) => {
    const page = await open(url, { scheme, type });
    // Open every note's details so the explanations and citations are checked too, and show every note at once
    // as a reader without JavaScript sees them (the reading script shows one at a time).
    await page.evaluate(() => {
      document.querySelector('.article-text')?.classList.remove('js-sidenotes');
      document.querySelectorAll('details').forEach((details) => {
        details.open = true;
      });
    });
    const violations = await axeViolations(page);
    await page.close();
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe('keyboard', () => {
  it('reaches every claim marker by Tab alone, and every note from its marker with Enter', async () => {
    const page = await open('/sources/boston-trust-act-update/');
    const markers = await page.locator('a.claim-ref').count();
    const reached = new Set<string>();
    for (let i = 0; i < 600; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element) return '';
        if (element.matches('a.claim-ref')) return element.id;
        const note = element.closest('.note');
        return note ? `${note.id}` : element.tagName === 'BODY' ? 'BODY' : '';
      });
      if (focused === 'BODY') break;
      if (focused) reached.add(focused);
    }
    const refs = [...reached].filter((id) => id.startsWith('ref-'));
    expect(refs).toHaveLength(markers);
    const opened: string[] = [];
    for (const ref of refs) {
      await page.focus(`#${ref}`);
      await page.keyboard.press('Enter');
      opened.push(await page.evaluate(() => document.activeElement?.id ?? ''));
      await page.keyboard.press('Escape');
    }
    await page.close();
    expect(opened).toEqual(refs.map((ref) => `note-${ref.slice(4)}`));
  });

  it('shows a visible focus indicator on links', async () => {
    const page = await open('/sources/boston-trust-act-update/');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    await page.close();
    expect(outline).not.toBe('none');
  });

  it('offers a skip link as the first stop that moves focus to the main content', async () => {
    const page = await open('/claims/hartford-hcc-ignored-detainer/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await page.close();
  });
});

describe.each([375, 768, 1280])('layout at %ipx', (width) => {
  it.each(ALL_PAGES)('has no horizontal overflow on the %s page, and every note is reachable', async (type, url) => {
    const page = await open(url, { width, type });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    await page.screenshot({
      path: path.join(SCREENSHOTS, `${type.replace(/[\s:]+/g, '-')}-${width}.png`),
      fullPage: type.startsWith('source') || type.includes('claim') || type.includes('changes'),
    });
    // Each note as its marker opens it (the reading script shows one at a time).
    const unreachable = await page.evaluate(() =>
      [...document.querySelectorAll('.note')]
        .filter((note) => {
          document.getElementById(`ref-${note.id.slice(5)}`)?.click();
          const box = note.getBoundingClientRect();
          return (
            box.width === 0 || box.height === 0 || box.right > document.documentElement.clientWidth + 1 || box.left < 0
          );
        })
        .map((note) => note.id),
    );
    await page.close();
    expect(overflow).toBeLessThanOrEqual(0);
    expect(unreachable).toEqual([]);
  });
});
