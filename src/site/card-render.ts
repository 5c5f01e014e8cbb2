/**
 * Draws a share card: satori lays the element tree out as SVG (about 8 ms), sharp rasterises it
 * with librsvg, and card-png.ts encodes it as a 16-colour PNG. A build draws its cards in worker
 * threads (src/integration/card-pool.ts); `astro dev` draws one per request with `renderCard`.
 * @see https://github.com/vercel/satori#documentation
 * @see https://sharp.pixelplumbing.com/api-output#png
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { CARD_SIZE } from './card-size.ts';
import { cardCacheFile, cardFontFile } from './card-cache.ts';
import { cardPalette, encodeIndexedPng } from './card-png.ts';
import { cardAccent, type CardElement } from './card-element.ts';

// Each card is drawn once; libvips' operation cache would only hold memory.
sharp.cache(false);

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

/** The card as PNG bytes, drawn now (no cache). */
export async function drawCard(tree: CardElement): Promise<Buffer> {
  const svg = await satori(tree, { ...CARD_SIZE, fonts: await loadFonts() });
  const pixels = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer();
  return encodeIndexedPng(pixels, CARD_SIZE.width, CARD_SIZE.height, cardPalette(cardAccent(tree)));
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
