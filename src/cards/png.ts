/**
 * A share card's PNG: 16 colours, 4 bits a pixel, from a palette known before drawing. A card
 * has five colours (paper, the badge's white, ink, muted ink and its accent) and the
 * antialiased edges between them, so the palette is those five plus evenly spaced blends of
 * each ink over the paper it is drawn on; each pixel takes the nearest entry. That costs about
 * 7 ms with zlib level 6 where libimagequant's 16 colours took 15 ms (zlib 6) or 30 ms (zlib 9,
 * needed to keep the longest quote under 25 KB), and fewer distinct shades on text edges
 * compress better (see LARGE_CARD_BYTES for the largest).
 * @see https://www.w3.org/TR/png-3/#11PLTE
 */
import { endianness } from 'node:os';
import { constants, crc32, deflateSync } from 'node:zlib';
import { CARD_COLORS } from './element.ts';

export type Rgb = readonly [number, number, number];

/**
 * zlib level 4: on a card, 1.7 ms where level 6 took 4.4 ms, for 3% more bytes; level 6, and
 * then 9 (about 6% fewer bytes for ten times the time), are spent only on the few cards (the
 * longest quotes at their font size) that level 4 leaves over LARGE_CARD_BYTES.
 */
const DEFLATE = { level: 4, memLevel: 9, strategy: constants.Z_DEFAULT_STRATEGY } as const;
const LARGE_CARD_BYTES = 24 * 1024;
/**
 * Shades between ink and paper for the quote and the footer's last line (besides the two ends):
 * three looked the same as five at 3× zoom and make cards 5% smaller (16.8 KB, not 17.6 KB, on
 * average on the benchmark's corpus).
 */
const INK_BLENDS = 3;

const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
const blend = (from: Rgb, to: Rgb, share: number): Rgb =>
  from.map((value, i) => Math.round(value + (to[i]! - value) * share)) as unknown as Rgb;
const shades = (paper: Rgb, ink: Rgb, count: number): Rgb[] =>
  Array.from({ length: count }, (_, k) => blend(paper, ink, (k + 1) / (count + 1)));

/** The 16 colours of a card with this accent: solids first, then the edges text and badge produce. */
export function cardPalette(accent: string): Rgb[] {
  const [paper, badge, ink, muted, bar] = [
    CARD_COLORS.paper,
    CARD_COLORS.badge,
    CARD_COLORS.ink,
    CARD_COLORS.muted,
    accent,
  ].map(rgb) as Rgb[];
  return [
    paper!,
    badge!,
    ink!,
    muted!,
    bar!,
    ...shades(paper!, ink!, INK_BLENDS),
    ...shades(paper!, muted!, 2),
    ...shades(badge!, bar!, 2),
    ...shades(paper!, bar!, 2),
  ].slice(0, 16);
}

function nearest(palette: readonly Rgb[], r: number, g: number, b: number): number {
  let best = 0;
  let bestDistance = Infinity;
  palette.forEach(([pr, pg, pb], index) => {
    const distance = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [index, distance];
  });
  return best;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** The palette index nearest each colour: what `encodeIndexedPng` does per pixel, for callers that blend themselves. */
export function nearestIndex(palette: readonly Rgb[], color: Rgb): number {
  return nearest(palette, color[0], color[1], color[2]);
}

/** The colour `share` of the way from `from` to `to` (hex colours), as librsvg blends an antialiased edge. */
export function blendHex(from: string, to: string, share: number): Rgb {
  return blend(rgb(from), rgb(to), share);
}

/**
 * Encodes RGBA pixels (4 bytes each, rows top to bottom; alpha is ignored: cards are opaque) as a
 * 4-bit indexed PNG in `palette`'s colours.
 */
export function encodeIndexedPng(pixels: Uint8Array, width: number, height: number, palette: readonly Rgb[]): Buffer {
  if (pixels.length !== width * height * 4) throw new Error(`Expected ${width}×${height} RGBA pixels`);
  return encodePaletteIndices(paletteIndices(pixels, width * height, palette), width, height, palette);
}

/** Each RGBA pixel's nearest palette index, one byte a pixel. */
export function paletteIndices(pixels: Uint8Array, count: number, palette: readonly Rgb[]): Uint8Array {
  // One 32-bit word a pixel: most pixels repeat their left neighbour (paper), and a card has a few
  // hundred distinct colours, each matched to the palette once.
  const words = new Uint32Array(pixels.buffer, pixels.byteOffset, count);
  const known = new Map<number, number>();
  const indices = new Uint8Array(count);
  let lastWord = -1;
  let lastIndex = 0;
  for (let at = 0; at < count; at++) {
    const word = words[at]!;
    if (word !== lastWord) {
      let index = known.get(word);
      if (index === undefined) {
        index = nearest(palette, pixels[at * 4]!, pixels[at * 4 + 1]!, pixels[at * 4 + 2]!);
        known.set(word, index);
      }
      [lastWord, lastIndex] = [word, index];
    }
    indices[at] = lastIndex;
  }
  return indices;
}

let rowBuffer: Buffer | undefined;
const LITTLE_ENDIAN = endianness() === 'LE';

/** Encodes palette indices (one byte a pixel, each < 16) as a 4-bit indexed PNG. */
export function encodePaletteIndices(
  indices: Uint8Array,
  width: number,
  height: number,
  palette: readonly Rgb[],
): Buffer {
  if (palette.length > 16) throw new Error(`A 4-bit PNG holds 16 colours, not ${palette.length}`);
  if (indices.length !== width * height) throw new Error(`Expected ${width}×${height} palette indices`);
  const stride = 1 + Math.ceil(width / 2);
  // Filter byte 0 (none) on every row, best for indexed images; the buffer is reused (every byte is written).
  if (rowBuffer?.length !== stride * height) rowBuffer = Buffer.alloc(stride * height);
  const rows = new Uint8Array(rowBuffer.buffer, rowBuffer.byteOffset, rowBuffer.length);
  // Four pixels a 32-bit read where rows start on word boundaries (a card's 1200 px do): half the time.
  const words =
    LITTLE_ENDIAN && width % 4 === 0 && indices.byteOffset % 4 === 0
      ? new Uint32Array(indices.buffer, indices.byteOffset, indices.length / 4)
      : undefined;
  for (let y = 0; y < height; y++) {
    let out = y * stride + 1;
    let at = y * width;
    if (words) {
      for (let word = at / 4, end = word + width / 4; word < end; word++) {
        const four = words[word]!; // little-endian: the first pixel in the low byte
        rows[out++] = ((four & 0xf) << 4) | ((four >>> 8) & 0xf);
        rows[out++] = ((four >>> 12) & 0xf0) | ((four >>> 24) & 0xf);
      }
      continue;
    }
    const end = at + width - 1;
    for (; at < end; at += 2) rows[out++] = (indices[at]! << 4) | indices[at + 1]!;
    if (width & 1) rows[out] = indices[at]! << 4;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([4, 3, 0, 0, 0], 8); // bit depth 4, colour type 3 (indexed), deflate, no filter method, no interlace
  let data = deflateSync(rows, DEFLATE);
  for (const level of [6, 9]) if (data.length > LARGE_CARD_BYTES) data = deflateSync(rows, { ...DEFLATE, level });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Uint8Array.from(palette.flat())),
    chunk('IDAT', data),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
