/**
 * Text for share cards without satori: HarfBuzz (harfbuzzjs, the shaper satori uses) gives each
 * glyph and its position, kerning included (the font's GPOS); fontkitten gives the font's metrics,
 * advances and outlines (harfbuzzjs's own font functions read neither hmtx nor glyf here, which
 * is why satori hands it advances too). Each glyph is rasterised once per font size and quarter
 * pixel of horizontal position by librsvg (sharp), the rasteriser of the satori path, kept as a
 * coverage bitmap and stamped wherever the glyph recurs. The common glyphs come drawn ahead in the
 * card kit (kit.ts), so a build that needs no other loads neither sharp nor librsvg.
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import type { Font } from 'fontkitten';
import { cardFontFile, loadHarfBuzz, loadSharp } from './libraries.ts';

/** Quarter pixels: a glyph lands within 1/8 px of where the shaper put it. */
export const SUBPIXEL_STEPS = 4;

export interface ShapedGlyph {
  readonly id: number;
  /** Index of the first UTF-16 code unit the glyph stands for. */
  readonly cluster: number;
  /** Advance and offset in font units. */
  readonly advance: number;
  readonly dx: number;
}

export interface GlyphBitmap {
  /** Offsets of the bitmap's top-left corner from the pen position (x) and the baseline (y). */
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  /** 0–255 coverage, row by row. */
  readonly coverage: Uint8Array;
}

interface HbGlyph {
  g: number;
  cl: number;
  ax: number;
  dx: number;
}
interface HbFont {
  subFont(): HbFont;
  setFuncs(funcs: HbFontFuncs): void;
}
interface HbFontFuncs {
  setGlyphHAdvanceFunc(func: (font: unknown, glyph: number) => number): void;
}
interface HbBuffer {
  addText(text: string): void;
  guessSegmentProperties(): void;
  json(): HbGlyph[];
  destroy(): void;
}
interface Hb {
  createBlob(data: ArrayBuffer): unknown;
  createFace(blob: unknown, index: number): { upem: number };
  createFont(face: unknown): HbFont;
  createFontFuncs(): HbFontFuncs;
  createBuffer(): HbBuffer;
  shape(font: HbFont, buffer: HbBuffer): void;
}

/**
 * A WOFF 1.0 font as the plain OpenType file HarfBuzz reads: each table inflated if it was
 * compressed, laid out 4-byte aligned after a new table directory.
 * @see https://www.w3.org/TR/WOFF/#OverallStructure
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('Not a WOFF 1.0 font');
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const [offset, compressed, length] = [
      woff.readUInt32BE(at + 4),
      woff.readUInt32BE(at + 8),
      woff.readUInt32BE(at + 12),
    ];
    const stored = woff.subarray(offset, offset + compressed);
    return {
      tag: woff.subarray(at, at + 4),
      checksum: woff.readUInt32BE(at + 16),
      data: compressed < length ? inflateSync(stored) : stored,
    };
  });
  const header = Buffer.alloc(12 + 16 * count);
  woff.copy(header, 0, 4, 8); // the flavour: TrueType or CFF
  const log2 = Math.floor(Math.log2(count));
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(16 * 2 ** log2, 6);
  header.writeUInt16BE(log2, 8);
  header.writeUInt16BE(16 * count - 16 * 2 ** log2, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((table, i) => {
    const at = 12 + i * 16;
    table.tag.copy(header, at);
    header.writeUInt32BE(table.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(table.data.length, at + 12);
    const padded = Buffer.alloc((table.data.length + 3) & ~3);
    table.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

/** DejaVu Sans (regular, the weight of the quote and the source line), shaped and rasterised. */
export class CardFont {
  readonly unitsPerEm: number;
  readonly ascender: number;
  readonly descender: number;
  readonly #hb: Hb;
  readonly #font: HbFont;
  readonly #outlines: Font;
  readonly #bitmaps = new Map<string, GlyphBitmap>();

  private constructor(hb: Hb, outlines: Font, sfnt: Buffer) {
    this.#hb = hb;
    this.#outlines = outlines;
    const face = hb.createFace(hb.createBlob(Uint8Array.from(sfnt).buffer), 0);
    // A sub-font: the advances from fontkitten, everything else (cmap, GPOS) from the parent.
    this.#font = hb.createFont(face).subFont();
    const funcs = hb.createFontFuncs();
    const advances = new Map<number, number>();
    funcs.setGlyphHAdvanceFunc((_font, id) => {
      let advance = advances.get(id);
      if (advance === undefined) advances.set(id, (advance = this.#outlines.getGlyph(id).advanceWidth));
      return advance;
    });
    this.#font.setFuncs(funcs);
    this.unitsPerEm = this.#outlines.unitsPerEm;
    this.ascender = this.#outlines.ascent / this.unitsPerEm;
    this.descender = -this.#outlines.descent / this.unitsPerEm;
  }

  /** Rejects where HarfBuzz or fontkitten cannot be loaded (moved, or changed shape): satori draws the cards then. */
  static async load(weight: 400 | 700 = 400): Promise<CardFont> {
    const [hb, { create }] = await Promise.all([loadHarfBuzz() as Promise<Hb>, import('fontkitten')]);
    const sfnt = woffToSfnt(readFileSync(cardFontFile(weight)));
    return new CardFont(hb, create(sfnt) as Font, sfnt);
  }

  /** The glyphs of `text` in order; glyph 0 (.notdef) stands for a character the font lacks. */
  shape(text: string): ShapedGlyph[] {
    const buffer = this.#hb.createBuffer();
    try {
      buffer.addText(text);
      buffer.guessSegmentProperties();
      this.#hb.shape(this.#font, buffer);
      return buffer.json().map(({ g, cl, ax, dx }) => ({ id: g, cluster: cl, advance: ax, dx }));
    } finally {
      buffer.destroy();
    }
  }

  #key = (size: number, id: number, phase: number) => `${size}:${id}:${phase}`;

  /** Every bitmap rasterised so far, by size, glyph and phase (what the card kit keeps). */
  bitmaps(): { size: number; id: number; phase: number; bitmap: GlyphBitmap }[] {
    return [...this.#bitmaps].map(([key, bitmap]) => {
      const [size, id, phase] = key.split(':').map(Number) as [number, number, number];
      return { size, id, phase, bitmap };
    });
  }

  /** Takes bitmaps rasterised ahead (the card kit) as if `prepare` had drawn them. */
  adopt(bitmaps: Iterable<{ size: number; id: number; phase: number; bitmap: GlyphBitmap }>): void {
    for (const { size, id, phase, bitmap } of bitmaps) this.#bitmaps.set(this.#key(size, id, phase), bitmap);
  }

  /** The glyph's bitmap at `size` px and `phase` quarter pixels right of a whole pixel (see `prepare`). */
  bitmap(size: number, id: number, phase: number): GlyphBitmap {
    const bitmap = this.#bitmaps.get(this.#key(size, id, phase));
    if (!bitmap) throw new Error(`Glyph ${id} at ${size}px was not prepared`);
    return bitmap;
  }

  /**
   * Rasterises the glyphs not yet kept, all in one SVG (one librsvg call), each in its own cell:
   * in black on transparent, so the alpha channel is the coverage.
   */
  async prepare(size: number, wanted: Iterable<readonly [id: number, phase: number]>): Promise<void> {
    const missing = new Map<string, readonly [number, number]>();
    for (const [id, phase] of wanted) {
      const key = this.#key(size, id, phase);
      if (!this.#bitmaps.has(key)) missing.set(key, [id, phase]);
    }
    if (missing.size === 0) return;
    const scale = size / this.unitsPerEm;
    // Each glyph in a cell its outline's box plus a 2 px margin (antialiasing, the subpixel shift),
    // cells packed in rows up to SHEET_WIDTH: librsvg's time goes with the area.
    const SHEET_WIDTH = 2048;
    const cells: { key: string; id: number; phase: number; x: number; y: number; w: number; h: number }[] = [];
    let [x, y, rowHeight] = [0, 0, 0];
    for (const [key, [id, phase]] of missing) {
      const box = this.#outlines.getGlyph(id).bbox;
      const empty = !Number.isFinite(box.minX) || box.maxX <= box.minX;
      const w = empty ? 1 : Math.ceil((box.maxX - box.minX) * scale) + 5;
      const h = empty ? 1 : Math.ceil((box.maxY - box.minY) * scale) + 5;
      if (x + w > SHEET_WIDTH) [x, y, rowHeight] = [0, y + rowHeight, 0];
      cells.push({ key, id, phase, x, y, w, h });
      [x, rowHeight] = [x + w, Math.max(rowHeight, h)];
    }
    const sheetHeight = y + rowHeight;
    const sheetWidth = Math.max(1, ...cells.map((cell) => cell.x + cell.w));
    // The glyph's origin in its cell: whole pixels, 2 px left of and above its box.
    const origin = (cell: (typeof cells)[number]) => {
      const box = this.#outlines.getGlyph(cell.id).bbox;
      return Number.isFinite(box.minX)
        ? [cell.x + 2 - Math.floor(box.minX * scale), cell.y + 2 + Math.ceil(box.maxY * scale)]
        : [cell.x, cell.y];
    };
    const paths = cells.map((cell) => {
      const [ox, oy] = origin(cell);
      const d = this.#outlines.getGlyph(cell.id).path.toSVG();
      return d
        ? `<path transform="translate(${ox! + cell.phase / SUBPIXEL_STEPS} ${oy}) scale(${scale} ${-scale})" d="${d}"/>`
        : '';
    });
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${sheetWidth}" height="${Math.max(1, sheetHeight)}">` +
      `<g fill="#000">${paths.join('')}</g></svg>`;
    // Loaded here, not above: a card built from the kit's glyphs never needs it.
    const sharp = await loadSharp();
    const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const stride = info.width * 4;
    for (const cell of cells) {
      const [ox, oy] = origin(cell);
      let [x0, y0, x1, y1] = [cell.w, cell.h, -1, -1];
      for (let cy = 0; cy < cell.h; cy++) {
        for (let cx = 0; cx < cell.w; cx++) {
          if (data[(cell.y + cy) * stride + (cell.x + cx) * 4 + 3]! === 0) continue;
          if (cx < x0) x0 = cx;
          if (cy < y0) y0 = cy;
          if (cx > x1) x1 = cx;
          if (cy > y1) y1 = cy;
        }
      }
      if (x1 < 0) {
        this.#bitmaps.set(cell.key, { left: 0, top: 0, width: 0, height: 0, coverage: new Uint8Array(0) });
        continue;
      }
      const [width, height] = [x1 - x0 + 1, y1 - y0 + 1];
      const coverage = new Uint8Array(width * height);
      for (let cy = 0; cy < height; cy++) {
        for (let cx = 0; cx < width; cx++) {
          coverage[cy * width + cx] = data[(cell.y + y0 + cy) * stride + (cell.x + x0 + cx) * 4 + 3]!;
        }
      }
      const left = cell.x + x0 - ox!;
      const top = cell.y + y0 - oy!;
      this.#bitmaps.set(cell.key, { left, top, width, height, coverage });
    }
  }

  /** The glyph ids of the characters in `text` the font has (one each; for `prepare`). */
  glyphIds(text: string): number[] {
    return [...new Set([...text].map((char) => this.shape(char)[0]?.id ?? 0))].filter((id) => id !== 0);
  }
}
