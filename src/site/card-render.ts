/**
 * Draws a share card: satori lays the element tree out as SVG (about 8 ms), sharp rasterises it
 * with librsvg, and card-png.ts encodes it as a 16-colour PNG. Claim cards are stamped on their
 * verdict's template instead (card-fast.ts); templates, common glyphs and the site card come from
 * the card kit (card-kit.ts) when it was drawn by this renderer. A build draws its cards in worker
 * threads (src/integration/card-pool.ts); `astro dev` draws one per request with `renderCard`.
 * @see https://github.com/vercel/satori#documentation
 * @see https://sharp.pixelplumbing.com/api-output#png
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Font } from 'satori';
import { CARD_SIZE } from './card-size.ts';
import { cardCacheFile, cardFontFile, rendererKey } from './card-cache.ts';
import { readCardKit, type CardKit, type KitTemplate } from './card-kit.ts';
import { loadSatori, loadSharp } from './card-libraries.ts';
import { cardPalette, encodeIndexedPng, encodePaletteIndices, paletteIndices, type Rgb } from './card-png.ts';
import { CARD_COLORS, cardAccent, type CardElement } from './card-element.ts';
import { CardFont, SUBPIXEL_STEPS } from './card-glyphs.ts';
import {
  claimCardText,
  coverageToIndex,
  glyphsNeeded,
  layoutClaimCard,
  stampLines,
  type ClaimCardLayout,
  type ClaimCardText,
} from './card-fast.ts';

/** undefined: not looked for yet; null: none for this renderer. */
let kit: CardKit | null | undefined;

function cardKit(): CardKit | undefined {
  if (kit === undefined) kit = readCardKit(rendererKey()) ?? null;
  return kit ?? undefined;
}

/** Draw with `next` as the kit (null: none), as `npm run cards:kit` and the tests do. */
export function useCardKit(next: CardKit | null): void {
  kit = next;
  cardFont = undefined;
  templates.clear();
  preparedSizes.clear();
}

let fonts: Promise<Font[]> | undefined;

function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'DejaVu Sans',
      data: await readFile(cardFontFile(weight)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

async function rasterise(tree: CardElement): Promise<Buffer> {
  const satori = await loadSatori();
  const svg = await satori(tree, { ...CARD_SIZE, fonts: await loadFonts() });
  const sharp = await loadSharp();
  return sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer();
}

/** The card drawn whole by satori and librsvg: the site card, and claim cards the fast path cannot draw. */
export async function drawCardWithSatori(tree: CardElement): Promise<Buffer> {
  return encodeIndexedPng(await rasterise(tree), CARD_SIZE.width, CARD_SIZE.height, cardPalette(cardAccent(tree)));
}

let cardFont: Promise<CardFont> | undefined;
/**
 * The characters most text uses, rasterised at every quarter pixel the first time a size is
 * used, in one librsvg call: cheaper than a call per card for the few a card adds.
 */
const COMMON_CHARACTERS =
  Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') + '“”‘’–—…·éèáàíóúñüöäçÉ€£°%';
const preparedSizes = new Map<number, Promise<void>>();

function prepareCommon(font: CardFont, size: number): Promise<void> {
  let prepared = preparedSizes.get(size);
  if (!prepared) {
    const ids = font.glyphIds(COMMON_CHARACTERS);
    const wanted = ids.flatMap((id) => Array.from({ length: SUBPIXEL_STEPS }, (_, phase) => [id, phase] as const));
    preparedSizes.set(size, (prepared = font.prepare(size, wanted)));
  }
  return prepared;
}

/** The quote sizes of share-card.ts and its source line's: what `warmUp` rasterises ahead. */
const CARD_TEXT_SIZES = [56, 46, 38, 32, 24];

/**
 * Loads and initialises what drawing a card needs (satori's layout engine and fonts, HarfBuzz,
 * the common glyphs at every card text size): a card worker does this while the build is still
 * reading and checking the content, before it has a card to draw.
 */
export async function warmUp(): Promise<void> {
  const fromKit = cardKit();
  if (fromKit) {
    cardFont ??= loadFontWith(fromKit);
    await cardFont;
    return;
  }
  const satori = await loadSatori();
  await satori(
    { type: 'div', props: { style: { display: 'flex' }, children: 'x' } },
    {
      width: 8,
      height: 8,
      fonts: await loadFonts(),
    },
  );
  cardFont ??= loadFont();
  const font = await cardFont;
  for (const size of CARD_TEXT_SIZES) await prepareCommon(font, size);
}
/** Palette indices of a claim card without its texts, and the first row under the verdict badge. */
type Template = KitTemplate;

/** The card font, with the kit's glyphs when there is a kit. */
function loadFont(): Promise<CardFont> {
  const fromKit = cardKit();
  return fromKit ? loadFontWith(fromKit) : CardFont.load(400);
}

async function loadFontWith(fromKit: CardKit): Promise<CardFont> {
  const font = await CardFont.load(400);
  font.adopt(fromKit.glyphs);
  return font;
}
/** One per verdict (accent and badge): a few, kept for the worker's life. */
const templates = new Map<string, Promise<Template>>();

async function drawTemplate(text: ClaimCardText, palette: readonly Rgb[]): Promise<Template> {
  const { width, height } = CARD_SIZE;
  const indices = paletteIndices(await rasterise(text.template), width * height, palette);
  // Down a column through the badge's straight top and bottom edges (past its round end) to the paper under it.
  const column = text.box.left + 60;
  let y = text.box.top;
  while (y < height && indices[y * width + column] === 0) y++;
  while (y < height && indices[y * width + column] !== 0) y++;
  return { indices, badgeBottom: y };
}

/** The palette indices of the card being drawn: one buffer per thread (see card-fast.ts `sharedCoverage`). */
let sharedIndices: Uint8Array | undefined;

/** How the fast path lays a claim card's texts out (tests), or undefined where satori would draw the card. */
export async function claimCardLayout(
  tree: CardElement,
): Promise<(ClaimCardLayout & { badgeBottom: number }) | undefined> {
  const text = claimCardText(tree);
  if (!text) return undefined;
  cardFont ??= loadFont();
  const { badgeBottom } = await templateFor(text, cardPalette(cardAccent(tree)));
  const layout = layoutClaimCard(text, await cardFont, badgeBottom);
  return layout && { ...layout, badgeBottom };
}

function templateFor(text: ClaimCardText, palette: readonly Rgb[]): Promise<Template> {
  const key = JSON.stringify(text.template);
  let template = templates.get(key);
  if (!template) {
    const kept = cardKit()?.templates.get(key);
    template = kept ? Promise.resolve(kept) : drawTemplate(text, palette);
    templates.set(key, template);
  }
  return template;
}

/** A claim card stamped on its verdict's template (card-fast.ts), or undefined where satori must draw it. */
async function drawFast(tree: CardElement): Promise<Buffer | undefined> {
  const text = claimCardText(tree);
  if (!text) return undefined;
  cardFont ??= loadFont();
  const font = await cardFont;
  const palette = cardPalette(cardAccent(tree));
  const { indices: blank, badgeBottom } = await templateFor(text, palette);
  const layout = layoutClaimCard(text, font, badgeBottom);
  if (!layout) return undefined;
  const left = text.box.left;
  await prepareCommon(font, layout.quoteSize);
  await prepareCommon(font, text.footerSize);
  await font.prepare(layout.quoteSize, glyphsNeeded(layout.quoteLines, left));
  await font.prepare(text.footerSize, glyphsNeeded(layout.fromLines, left));
  const indices = (sharedIndices ??= new Uint8Array(blank.length));
  indices.set(blank);
  const { paper, ink, muted } = CARD_COLORS;
  const quotePlacement = { left, top: layout.quoteTop, lineHeight: layout.quoteLineHeight };
  stampLines(indices, font, layout.quoteSize, layout.quoteLines, quotePlacement, coverageToIndex(palette, paper, ink));
  const fromPlacement = { left, top: layout.fromTop, lineHeight: layout.fromLineHeight };
  stampLines(indices, font, text.footerSize, layout.fromLines, fromPlacement, coverageToIndex(palette, paper, muted));
  return encodePaletteIndices(indices, CARD_SIZE.width, CARD_SIZE.height, palette);
}

/** The card as PNG bytes, drawn now (no cache). */
export async function drawCard(tree: CardElement): Promise<Buffer> {
  const kept = cardKit()?.cards.get(JSON.stringify(tree));
  if (kept) return Buffer.from(kept);
  return (await drawFast(tree)) ?? drawCardWithSatori(tree);
}

/**
 * What this thread has drawn ahead of cards so far (templates, glyphs) and `cards` drawn whole,
 * as a kit for this renderer (`npm run cards:kit`).
 */
export async function currentCardKit(cards: readonly CardElement[]): Promise<CardKit> {
  const font = await (cardFont ??= loadFont());
  const drawn = new Map<string, Template>();
  for (const [key, template] of templates) drawn.set(key, await template);
  const whole = new Map<string, Uint8Array>();
  for (const tree of cards) whole.set(JSON.stringify(tree), await drawCardWithSatori(tree));
  return { key: rendererKey(), templates: drawn, glyphs: font.bitmaps(), cards: whole };
}

/** Draws the card into `file`, whole or not at all: a build stopped halfway leaves no half-written card. */
export async function drawCardTo(tree: CardElement, file: string): Promise<void> {
  const png = await drawCard(tree);
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
}

/** The card from the cache, drawn first if missing (`astro dev`, tests). */
export async function renderCard(tree: CardElement): Promise<Uint8Array<ArrayBuffer>> {
  const file = cardCacheFile(tree);
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    // Not drawn yet: draw it below.
  }
  await drawCardTo(tree, file);
  // A copy on a plain ArrayBuffer: what `Response` accepts as a body.
  return new Uint8Array(await readFile(file));
}
