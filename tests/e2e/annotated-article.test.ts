/**
 * The annotated article as a reader uses it, in real Chromium: every claim of every article opened from its
 * highlighted words, with the mouse and with the keyboard, on a wide screen and on a phone.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { SITE_DIR } from '../setup/build-site.ts';

const SOURCES = [
  'boston-trust-act-update',
  'guatemalan-national-gloucester',
  'honduran-national-hartford',
  'sanctuary-cities-cooperate-ice',
];
const SCREENS = [
  { name: 'wide', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 800 },
] as const;
/** On a wide screen, the note's heading starts at most this far from the top of its claim. */
const LEVEL_PX = 250;

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

async function openPage(width: number, height: number, path: string): Promise<Page> {
  // Reduced motion: the page scrolls at once, not smoothly, so each of the 107 clicks is measured without waiting.
  const page = await browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url}${path}`);
  await page.waitForSelector('.article-text.js-sidenotes');
  return page;
}

/**
 * Clicks words as a reader does: in the middle of their first line (a run of words that wraps has a bounding box
 * whose corner may lie on other words).
 */
async function clickWords(page: Page, words: Locator): Promise<void> {
  await words.scrollIntoViewIfNeeded();
  const box = await words.evaluate((element) => {
    const first = element.getClientRects()[0]!;
    return { x: first.left + Math.min(first.width / 2, 20), y: first.top + first.height / 2 };
  });
  await page.mouse.click(box.x, box.y);
}

/** Waits until the page has stopped scrolling (the site scrolls smoothly where the reader allows motion). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const tick = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 5) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** Where the open note and its claim are, once the page has stopped scrolling, in window coordinates. */
async function measure(page: Page, id: string) {
  await settle(page);
  return page.evaluate((claimId) => {
    const note = document.getElementById(`note-${claimId}`)!;
    const heading = note.querySelector('h3')!.getBoundingClientRect();
    const box = note.getBoundingClientRect();
    const words = document.querySelector(`mark[data-claims~="${claimId}"]`)!.getBoundingClientRect();
    const text = document.querySelector('.article-text .para')!.getBoundingClientRect();
    const open = [...document.querySelectorAll('.note')].filter((other) => getComputedStyle(other).display !== 'none');
    return {
      visible: getComputedStyle(note).display !== 'none' && box.height > 0,
      openNotes: open.map((other) => other.id),
      inWindow: box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth,
      headingInWindow: heading.top >= 0 && heading.bottom <= window.innerHeight,
      headingFromClaim: Math.abs(heading.top - words.top),
      coversText: box.left < text.right && box.right > text.left,
      hash: location.hash,
    };
  }, id);
}

describe.each(SCREENS)('on a $name screen ($width × $height)', ({ name, width, height }) => {
  it.each(SOURCES)('opens every claim of %s from its highlighted words', async (slug) => {
    const page = await openPage(width, height, `/sources/${slug}/`);
    const ids = await page.$$eval('.claim-ref', (refs) => refs.map((ref) => ref.id.slice(4)));
    expect(ids.length).toBeGreaterThan(20);
    const failures: string[] = [];
    for (const id of ids) {
      // The claim's own words: a run where it is the innermost claim; where another claim has exactly the same
      // words, a run it shares, clicked until it steps out to this claim.
      const own = await page.$$eval(
        'mark.hl',
        (marks, claimId) => {
          const ids = marks.map((mark) => (mark.getAttribute('data-claims') ?? '').split(' '));
          const innermost = ids.findIndex((list) => list.at(-1) === claimId);
          return innermost >= 0 ? innermost : ids.findIndex((list) => list.includes(claimId));
        },
        id,
      );
      const words = page.locator('mark.hl').nth(own);
      for (let click = 0; click < 3; click += 1) {
        await clickWords(page, words);
        if ((await page.evaluate(() => location.hash)) === `#note-${id}`) break;
      }
      const seen = await measure(page, id);
      const wanted = name === 'wide' ? seen.inWindow && seen.headingFromClaim <= LEVEL_PX : seen.headingInWindow;
      if (!seen.visible || seen.openNotes.join() !== `note-${id}` || !wanted || seen.hash !== `#note-${id}`)
        failures.push(`${id}: ${JSON.stringify(seen)}`);
      if (name === 'wide' && seen.coversText) failures.push(`${id}: the note covers the article text`);
    }
    expect(failures).toEqual([]);
    await page.close();
  });
});

describe('with the keyboard only', () => {
  it.each(SCREENS)(
    'Tab to a claim, Enter opens its note, Escape and "Back to the text" return ($name)',
    async ({ width, height }) => {
      const page = await openPage(width, height, '/sources/honduran-national-hartford/');
      await page.locator('#text-title').focus();
      // Tab until a claim's marker has the focus.
      let focused = '';
      for (let step = 0; step < 40 && !focused.startsWith('ref-'); step += 1) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => document.activeElement?.id ?? '');
      }
      expect(focused).toMatch(/^ref-/);
      const id = focused.slice(4);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`note-${id}`);
      expect((await measure(page, id)).headingInWindow).toBe(true);
      expect(await page.getAttribute(`#ref-${id}`, 'aria-expanded')).toBe('true');
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`ref-${id}`);
      expect((await measure(page, id)).visible).toBe(false);

      await page.keyboard.press('Enter');
      await page
        .locator(`#note-${id}`)
        .getByRole('link', { name: /Back to the text/ })
        .press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`ref-${id}`);
      await page.close();
    },
  );
});

describe('going back to the text on a phone', () => {
  it('returns to the same place in the article', async () => {
    const page = await openPage(375, 800, '/sources/guatemalan-national-gloucester/');
    const words = page.locator('mark.hl').nth(3);
    await words.scrollIntoViewIfNeeded();
    await settle(page);
    const before = await page.evaluate(() => window.scrollY);
    await clickWords(page, words);
    await settle(page);
    const id = (await page.evaluate(() => location.hash)).slice('#note-'.length);
    await page
      .locator(`#note-${id}`)
      .getByRole('link', { name: /Back to the text/ })
      .click();
    await settle(page);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(2);
    await page.close();
  });
});

describe('claims that overlap', () => {
  it('opens the innermost claim from shared words, then the claim enclosing it on a second click', async () => {
    const page = await openPage(1280, 900, '/sources/honduran-national-hartford/');
    const nested = page.locator('mark.hl-nested').first();
    const ids = (await nested.getAttribute('data-claims'))!.split(' ');
    expect(ids.length).toBeGreaterThan(1);
    await clickWords(page, nested);
    expect(await page.evaluate(() => location.hash)).toBe(`#note-${ids.at(-1)}`);
    // The enclosing claim is named in the inner claim's note, with its verdict, one link away.
    const inner = page.locator(`#note-${ids.at(-1)}`);
    expect(await inner.locator(`.note-overlap a[data-claim="${ids.at(-2)}"]`).count()).toBe(1);
    await clickWords(page, nested);
    expect(await page.evaluate(() => location.hash)).toBe(`#note-${ids.at(-2)}`);
    await page.close();
  });

  it('draws the enclosing claim in its own colour under the inner claim, never the inner colour alone', async () => {
    const page = await openPage(1280, 900, '/sources/honduran-national-hartford/');
    const colours = await page.$$eval('mark.hl-nested', (marks) =>
      marks.map((mark) => {
        const style = getComputedStyle(mark);
        return {
          inner: style.getPropertyValue('--v').trim(),
          outer: style.getPropertyValue('--vo').trim(),
          shadow: style.boxShadow,
        };
      }),
    );
    expect(colours.length).toBeGreaterThan(0);
    for (const colour of colours) {
      expect(colour.outer).not.toBe('');
      expect(colour.shadow).not.toBe('none');
    }
    await page.close();
  });
});

describe('the article first', () => {
  it.each(SCREENS)(
    'shows the first paragraph of every article without scrolling ($name)',
    async ({ width, height }) => {
      for (const slug of SOURCES) {
        const page = await openPage(width, height, `/sources/${slug}/`);
        const top = await page.$eval('.article-text .para', (para) => para.getBoundingClientRect().top);
        // Its first two lines at least.
        expect(top + 60, slug).toBeLessThanOrEqual(height);
        expect(await page.locator('.review-summary').isVisible()).toBe(true);
        expect(await page.locator('details.about-source').getAttribute('open')).toBeNull();
        await page.close();
      }
    },
  );
});

describe('headings in the article', () => {
  it('renders the Gloucester section headings as headings', async () => {
    const page = await openPage(1280, 900, '/sources/guatemalan-national-gloucester/');
    expect(await page.$$eval('.article-text h3.para', (headings) => headings.map((h) => h.textContent))).toEqual([
      'Sanctuary City Policies vs. Federal Enforcement',
      'Broader Implications for Immigration Policy',
    ]);
    await page.close();
  });
});
