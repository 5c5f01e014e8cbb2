/**
 * The links we build open the original at the quote: real Chromium follows them into a local copy
 * of an article in news-site markup (tests/fixtures/text-fragments) served from 127.0.0.1, and the
 * quoted words end up on screen, for a short quote, a repeated phrase, a quote across a paragraph
 * break and a long quote.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { paragraphRanges, textDirectiveFor, textFragment, withTextDirective } from '../../src/annotations/index.ts';
import { ARTICLE_TEXT, newsPage } from '../fixtures/text-fragments/news-page.ts';
import { ROOT } from '../support/fixture-case.ts';

const { corpus } = await loadCorpus(ROOT);

let browser: Browser;
let server: StaticServer;
let page: Page;
let root: string;
let original: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'text-fragments-'));
  mkdirSync(path.join(root, 'news'));
  writeFileSync(path.join(root, 'news', 'boston-trust-act.html'), newsPage());
  for (const source of corpus.sources)
    writeFileSync(path.join(root, 'news', `${source.slug}.html`), newsPage(source.text));
  writeFileSync(path.join(root, '404.html'), '<!doctype html><title>Not found</title>');
  server = await serveStatic(root);
  // The page's own fragment must go: the link replaces it with the text directive.
  original = `${server.url}/news/boston-trust-act.html#comments`;
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

const paragraphs = paragraphRanges(ARTICLE_TEXT);
/** Index of the paragraph of `text` that holds `offset`. */
const paragraphIn = (text: string, offset: number) =>
  paragraphRanges(text).findIndex((range) => range.start <= offset && offset < range.end);
/** The quote's offsets: the `occurrence`-th appearance (0-based) of `words` in the article. */
function quote(words: string, occurrence = 0) {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) start = ARTICLE_TEXT.indexOf(words, start + 1);
  if (start === -1) throw new Error(`not in the article: ${words}`);
  return { text: ARTICLE_TEXT, start, end: start + words.length };
}
const paragraphOf = (offset: number) => paragraphs.findIndex((range) => range.start <= offset && offset < range.end);

/**
 * Opens `url` as a fresh load (a text fragment is not applied on a same-document navigation) and
 * reports the scroll position and whether `words` inside paragraph `index` are within the viewport.
 */
async function open(url: string, index: number, words: string, { settle = 200, wait = 5_000 } = {}) {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(() => window.scrollY > 0, null, { timeout: wait }).catch(() => undefined);
  // Let a smooth or late scroll settle before measuring.
  await page.waitForTimeout(settle);
  return page.evaluate(
    ({ index, words }) => {
      const element = document.querySelector(`[data-p="${index}"]`)!;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; at: number }[] = [];
      let text = '';
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        nodes.push({ node, at: text.length });
        text += node.data;
      }
      const start = text.indexOf(words);
      if (start === -1) return { scrollY: window.scrollY, inView: false, found: false };
      const place = (offset: number) => {
        const last = nodes.findLast((entry) => entry.at <= offset)!;
        return [last.node, offset - last.at] as const;
      };
      const range = document.createRange();
      range.setStart(...place(start));
      range.setEnd(...place(start + words.length - 1));
      const box = range.getBoundingClientRect();
      const inView = box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
      return { scrollY: window.scrollY, inView, found: true };
    },
    { index, words },
  );
}

describe('a text-fragment link opens the original at the quote', () => {
  it('a short quote', async () => {
    const words = 'Hence, war between entities.';
    const target = quote(words);
    const url = textFragment(target, { url: original })!;
    expect(url).toBe(`${server.url}/news/boston-trust-act.html#:~:text=Hence%2C%20war%20between%20entities.`);
    const result = await open(url, paragraphOf(target.start), words);
    expect(result).toEqual({ scrollY: expect.any(Number), inView: true, found: true });
    expect(result.scrollY).toBeGreaterThan(0);
  });

  it('a repeated phrase: the context picks its own occurrence, where the bare phrase stops at the first', async () => {
    const words = 'Immigration and Customs Enforcement';
    // Third in the article (after the photo caption's two), and once more in the page's navigation.
    const target = quote(words, 2);
    const directive = textDirectiveFor(target)!;
    expect(directive.prefix ?? directive.suffix).toBeDefined();
    const index = paragraphOf(target.start);
    const result = await open(textFragment(target, { url: original })!, index, words);
    expect(result.inView).toBe(true);
    expect(result.scrollY).toBeGreaterThan(0);
    // Control: without context the browser stops at the first copy (the navigation at the top).
    const bare = await open(withTextDirective(original, { textStart: words }), index, words);
    expect(bare.inView).toBe(false);
  });

  it('a second occurrence of a short phrase', async () => {
    const target = quote('Trust Act', 1);
    const result = await open(textFragment(target, { url: original })!, paragraphOf(target.start), 'Trust Act');
    expect(result.inView).toBe(true);
  });

  it('a quote across a paragraph break, with an advertisement in between', async () => {
    const from = ARTICLE_TEXT.indexOf('Previously, it restricted');
    const end = ARTICLE_TEXT.indexOf('enforcement division.') + 'enforcement division.'.length;
    const target = { text: ARTICLE_TEXT, start: from, end };
    expect(paragraphOf(end - 1)).toBe(paragraphOf(from) + 1);
    const directive = textDirectiveFor(target)!;
    expect(directive.textEnd).toBeDefined();
    const result = await open(textFragment(target, { url: original })!, paragraphOf(from), 'Previously, it restricted');
    expect(result.inView).toBe(true);
    expect(result.scrollY).toBeGreaterThan(0);
    // Control: the whole quote as one textStart cannot match across the two blocks; nothing scrolls.
    const whole = ARTICLE_TEXT.slice(from, end).replace(/\s+/g, ' ');
    const single = await open(withTextDirective(original, { textStart: whole }), paragraphOf(from), 'Previously');
    expect(single.scrollY).toBe(0);
  });

  it('a long quote, named by its first and last words, with curly quotes and emphasis inside', async () => {
    const start = ARTICLE_TEXT.indexOf('“In jurisdictions where');
    const paragraph = paragraphs[paragraphOf(start)]!;
    const target = { text: ARTICLE_TEXT, start, end: paragraph.end };
    expect(target.end - target.start).toBeGreaterThan(300);
    const directive = textDirectiveFor(target)!;
    expect(directive.textEnd).toBeDefined();
    const result = await open(textFragment(target, { url: original })!, paragraphOf(start), '“In jurisdictions where');
    expect(result.inView).toBe(true);
    expect(result.scrollY).toBeGreaterThan(0);
  });
});

describe('every claim of the site, in a news-markup copy of its article', () => {
  it('opens each one at its own quote', { timeout: 300_000 }, async () => {
    const missed: string[] = [];
    for (const claim of corpus.claims) {
      const source = corpus.sources.find((candidate) => candidate.slug === claim.source)!;
      const url = textFragment(
        { text: source.text, start: claim.start, end: claim.end },
        { url: `${server.url}/news/${source.slug}.html` },
      )!;
      // The quote's first words as the page shows them (whitespace collapsed), in the quote's first paragraph.
      const words = source.text
        .slice(claim.start, claim.end)
        .split(/\n\s*\n/)[0]!
        .replace(/\s+/g, ' ')
        .trim();
      const result = await open(url, paragraphIn(source.text, claim.start), words.slice(0, 40), {
        settle: 50,
        wait: 2_000,
      });
      if (!result.inView) missed.push(claim.id);
    }
    expect(missed).toEqual([]);
  });
});
