import siteConfig from 'virtual:factcheck/config';
import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDirs } from '../../src/corpus/content-dirs.ts';
import { drawCardsInPool } from '../../src/integration/card-pool.ts';
import { loadSiteData } from '../../src/integration/site-data.ts';
import { CARD_CACHE_GRACE_MS, pruneCardCache } from '../../src/site/card-cache.ts';
import sharp from 'sharp';
import { claimCardLayout, drawCard, drawCardWithSatori, renderCard } from '../../src/site/card-render.ts';
import { CARD_SIZE } from '../../src/site/card-size.ts';
import { publishedOnly } from '../../src/site/drafts.ts';
import { cardTree, claimCardInputs, siteCardTree, type CardElement } from '../../src/site/share-card.ts';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { claimOf, FIXTURE_CONTENT, fixtureModel } from '../support/fixture-model.ts';
import { ROOT } from '../support/fixture-case.ts';

const model = await fixtureModel();
const textOf = (node: CardElement | string): string =>
  typeof node === 'string'
    ? node
    : typeof node.props.children === 'string'
      ? node.props.children
      : (node.props.children ?? []).map(textOf).join(' ');

/** Link previews download the card once per share; 25 KB keeps 25,000 cards within a 1 GB site (issue 17). */
const MAX_CARD_BYTES = 25 * 1024;

/** The real content's claim with the longest quote: the card with the most text, so the most bytes. */
async function longestRealClaim() {
  const { data } = await loadSiteData(ROOT, contentDirs('content'));
  const claims = [...buildSiteModel(publishedOnly(data)).claims.values()];
  return claims.reduce((longest, view) => (view.context.quote.length > longest.context.quote.length ? view : longest));
}

/** A claim card with another quote (and, if given, quote size): what no real claim has yet. */
function withQuote(tree: CardElement, quote: string, fontSize?: number): CardElement {
  const copy = structuredClone(tree);
  const inner = (copy.props.children as CardElement[])[1]!;
  const quoteNode = (inner.props.children as CardElement[])[1]!;
  quoteNode.props.children = quote;
  if (fontSize !== undefined) quoteNode.props.style = { ...quoteNode.props.style, fontSize };
  return copy;
}

/** Share of pixels whose colour differs by more than `tolerance` on any channel. */
async function differingShare(a: Buffer, b: Buffer, tolerance = 40): Promise<number> {
  const [pa, pb] = await Promise.all([a, b].map((png) => sharp(png).removeAlpha().raw().toBuffer()));
  let differing = 0;
  for (let i = 0; i < pa!.length; i += 3) {
    if ([0, 1, 2].some((c) => Math.abs(pa![i + c]! - pb![i + c]!) > tolerance)) differing++;
  }
  return differing / (pa!.length / 3);
}

const temporary = () => mkdtempSync(path.join(tmpdir(), 'share-cards-'));

describe('share cards', () => {
  it('show the verdict, the quote and where it was published', () => {
    const text = textOf(cardTree(claimOf(model, 'sample-vote'), siteConfig));
    expect(text).toContain('✓ Supported');
    expect(text).toContain('“The council voted unanimously on Wednesday.”');
    expect(text).toContain('Fixture Gazette · 2024-05-01');
  });

  it('are drawn for every published claim from the same inputs as its page', async () => {
    const { data } = await loadSiteData(ROOT, contentDirs(FIXTURE_CONTENT));
    const published = publishedOnly(data);
    const views = buildSiteModel(published).claims;
    const inputs = claimCardInputs(published.corpus);
    expect(inputs.map(({ id }) => id).sort()).toEqual([...views.keys()].sort());
    for (const { id, input } of inputs)
      expect(cardTree(input, siteConfig), id).toEqual(cardTree(views.get(id)!, siteConfig));
  });

  it(`render as a ${CARD_SIZE.width}×${CARD_SIZE.height} 16-colour palette PNG`, async () => {
    const png = Buffer.from(await renderCard(cardTree(claimOf(model, 'sample-script'), siteConfig)));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CARD_SIZE.width, CARD_SIZE.height]);
    // IHDR bit depth 4, colour type 3 (indexed).
    expect([png[24], png[25]]).toEqual([4, 3]);
  });

  it('stay under 25 KB for the longest quote in the content', async () => {
    const view = await longestRealClaim();
    expect(view.context.quote.length).toBeGreaterThan(200);
    const png = await drawCard(cardTree(view, siteConfig));
    expect(png.length, `${view.id}: ${png.length} bytes`).toBeLessThanOrEqual(MAX_CARD_BYTES);
  });

  it('are drawn from the glyph atlas nearly pixel for pixel as satori draws them', async () => {
    const view = await longestRealClaim();
    for (const tree of [cardTree(view, siteConfig), cardTree(claimOf(model, 'sample-vote'), siteConfig)]) {
      const [fast, slow] = [await drawCard(tree), await drawCardWithSatori(tree)];
      expect(fast.equals(slow), 'drawn by the fast path, not satori').toBe(false);
      // Antialiased edges differ by a level here and there; a glyph or line out of place differs by far more.
      expect(await differingShare(fast, slow)).toBeLessThan(0.03);
    }
  });

  it('shrink a quote too long for its size until it fits between badge and footer', async () => {
    const tree = withQuote(cardTree(claimOf(model, 'sample-vote'), siteConfig), `“${'WWWW '.repeat(52).trim()}”`, 56);
    const layout = await claimCardLayout(tree);
    expect(layout).toBeDefined();
    expect(layout!.quoteSize).toBeLessThan(56);
    expect(layout!.quoteTop).toBeGreaterThanOrEqual(layout!.badgeBottom);
    expect(layout!.quoteTop + layout!.quoteLines.length * layout!.quoteLineHeight).toBeLessThanOrEqual(layout!.fromTop);
    expect((await drawCard(tree)).length).toBeLessThanOrEqual(MAX_CARD_BYTES);
  });

  it('are drawn by satori when the text has a character the font lacks (never a blank box)', async () => {
    const tree = withQuote(cardTree(claimOf(model, 'sample-vote'), siteConfig), '“议会一致通过。”');
    expect(await claimCardLayout(tree)).toBeUndefined();
    expect((await drawCard(tree)).equals(await drawCardWithSatori(tree))).toBe(true);
    // Curly quotes, dashes, accents and Cyrillic are in the font: the fast path draws them.
    expect(await claimCardLayout(withQuote(tree, '“Café — naïve ‘déjà vu’ – 10 000 € · Совет…”'))).toBeDefined();
  });

  it('come out of the worker pool byte for byte as a direct draw', async () => {
    const dir = temporary();
    const trees = { vote: cardTree(claimOf(model, 'sample-vote'), siteConfig), site: siteCardTree(siteConfig) };
    const pool = await drawCardsInPool(
      Object.entries(trees).map(([name, tree]) => ({ name, tree, file: path.join(dir, `${name}.png`) })),
    );
    try {
      await pool.drain();
    } finally {
      await pool.close();
    }
    for (const [name, tree] of Object.entries(trees)) {
      expect(readFileSync(path.join(dir, `${name}.png`)).equals(await drawCard(tree)), name).toBe(true);
    }
  });

  it('fail the pool with the name of each card that could not be drawn', async () => {
    const file = path.join(temporary(), 'not-a-folder');
    writeFileSync(file, '');
    const pool = await drawCardsInPool([
      { name: 'sample-vote', tree: siteCardTree(siteConfig), file: path.join(file, 'x.png') },
    ]);
    try {
      await expect(pool.drain()).rejects.toThrow(/Could not draw 1 share card\(s\):\nsample-vote: Error: EEXIST/);
    } finally {
      await pool.close();
    }
  });

  it('are pruned from the cache when no build used them within the grace period, and nothing else is', async () => {
    const dir = temporary();
    const card = (digit: string) => path.join(dir, `${digit.repeat(64)}.png`);
    const [used, unusedOld, unusedRecent, other] = [card('a'), card('b'), card('c'), path.join(dir, 'notes.txt')];
    const longAgo = new Date(Date.now() - CARD_CACHE_GRACE_MS - 60_000);
    for (const file of [used, unusedOld, unusedRecent, other]) writeFileSync(file, '');
    for (const file of [used, unusedOld, other]) utimesSync(file, longAgo, longAgo);
    expect(await pruneCardCache(new Set([used]), dir)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual([used, unusedRecent, other].map((file) => path.basename(file)).sort());
  });
});
