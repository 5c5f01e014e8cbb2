/**
 * The card kit: what every card worker would otherwise draw before its first card, drawn once
 * and kept with the source (`kit.bin`, by `npm run cards:kit`, draw-kit.ts): each verdict's template (palette
 * indices of a claim card with its two texts left out, fast.ts), the common glyphs at every card text size and
 * quarter pixel (glyphs.ts), and the site card. A cold build then stamps cards with HarfBuzz
 * alone, without loading satori, sharp or librsvg: at N = 10 on two cores that start-up was about
 * 0.7 s of CPU, a third of the cards' cost.
 *
 * The kit is valid only for the renderer it was drawn with: its key is `rendererKey()` (the
 * renderer's code, the fonts' bytes, the libraries' versions). A stale or missing kit is ignored
 * and everything is drawn as before, so a kit can make a build faster, never different, and a
 * dependency that moves makes it stale, never failing: the build says so (build.ts) and
 * `npm run cards:kit` draws it again. tests/cards/kit.test.ts draws a kit for the renderer as it is
 * and checks that cards drawn from it are byte for byte the cards drawn without it.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync, inflateSync } from 'node:zlib';
import type { GlyphBitmap } from './glyphs.ts';

export const CARD_KIT_FILE = new URL('./kit.bin', import.meta.url);

/** Then the key on a line of its own, readable without inflating the rest (`readCardKitKey`). */
const MAGIC = 'factcheck-card-kit-2\n';
const KEY_LENGTH = 64;

export interface KitTemplate {
  readonly indices: Uint8Array;
  readonly badgeBottom: number;
}
export interface KitGlyph {
  readonly size: number;
  readonly id: number;
  readonly phase: number;
  readonly bitmap: GlyphBitmap;
}
export interface CardKit {
  /** `rendererKey()` of the renderer that drew it. */
  readonly key: string;
  /** By the template's element tree (JSON), as render.ts looks them up. */
  readonly templates: ReadonlyMap<string, KitTemplate>;
  readonly glyphs: readonly KitGlyph[];
  /** Whole cards (PNG) by element tree (JSON): the site card. */
  readonly cards: ReadonlyMap<string, Uint8Array>;
}

interface Header {
  key: string;
  templates: { tree: string; badgeBottom: number; length: number }[];
  glyphs: { size: number; id: number; phase: number; left: number; top: number; width: number; height: number }[];
  cards: { tree: string; length: number }[];
}

/** The kit as bytes: a JSON header, then every buffer in the header's order, deflated together. */
export function encodeCardKit(kit: CardKit): Buffer {
  const blobs: Uint8Array[] = [];
  const header: Header = { key: kit.key, templates: [], glyphs: [], cards: [] };
  // Sorted, so the same kit is the same bytes whatever order it was drawn in.
  for (const [tree, template] of [...kit.templates].sort(([a], [b]) => a.localeCompare(b))) {
    header.templates.push({ tree, badgeBottom: template.badgeBottom, length: template.indices.length });
    blobs.push(template.indices);
  }
  const glyphs = [...kit.glyphs].sort((a, b) => a.size - b.size || a.id - b.id || a.phase - b.phase);
  for (const { size, id, phase, bitmap } of glyphs) {
    const { left, top, width, height } = bitmap;
    header.glyphs.push({ size, id, phase, left, top, width, height });
    blobs.push(bitmap.coverage);
  }
  for (const [tree, png] of [...kit.cards].sort(([a], [b]) => a.localeCompare(b))) {
    header.cards.push({ tree, length: png.length });
    blobs.push(png);
  }
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  const body = deflateSync(Buffer.concat([length, json, ...blobs]), { level: 9 });
  return Buffer.concat([Buffer.from(`${MAGIC}${kit.key}\n`), body]);
}

/** The key in a kit's first line, or undefined for anything that is not a kit. */
function keyOf(start: Uint8Array): string | undefined {
  const text = Buffer.from(start.subarray(0, MAGIC.length + KEY_LENGTH + 1)).toString('latin1');
  const match = /^([0-9a-f]{64})\n/.exec(text.slice(MAGIC.length));
  return text.startsWith(MAGIC) && match ? match[1] : undefined;
}

export function decodeCardKit(bytes: Uint8Array): CardKit {
  if (keyOf(bytes) === undefined) throw new Error('not a card kit');
  const body = inflateSync(bytes.subarray(MAGIC.length + KEY_LENGTH + 1));
  const headerLength = body.readUInt32BE(0);
  const header = JSON.parse(body.subarray(4, 4 + headerLength).toString('utf8')) as Header;
  let offset = 4 + headerLength;
  const take = (length: number) => {
    const blob = new Uint8Array(body.buffer, body.byteOffset + offset, length);
    offset += length;
    if (offset > body.length) throw new Error('card kit is cut short');
    return blob;
  };
  const templates = new Map(
    header.templates.map(({ tree, badgeBottom, length }) => [tree, { badgeBottom, indices: take(length) }]),
  );
  const glyphs = header.glyphs.map(({ size, id, phase, left, top, width, height }) => ({
    size,
    id,
    phase,
    bitmap: { left, top, width, height, coverage: take(width * height) },
  }));
  const cards = new Map(header.cards.map(({ tree, length }) => [tree, take(length)]));
  if (offset !== body.length) throw new Error('card kit has bytes its header does not name');
  if (header.key !== keyOf(bytes)) throw new Error('card kit names two renderers');
  return { key: header.key, templates, glyphs, cards };
}

/** The key of the renderer that drew the kit in `file` (its first line only), or undefined where there is none. */
export function readCardKitKey(file: URL | string = CARD_KIT_FILE): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const start = Buffer.alloc(MAGIC.length + KEY_LENGTH + 1);
    return keyOf(start.subarray(0, readSync(fd, start, 0, start.length, 0)));
  } finally {
    closeSync(fd);
  }
}

/**
 * The kit kept with the source, if there is one and it was drawn by this renderer (`key`); a
 * stale kit (the renderer changed since) is left unused. One that cannot be read stops the build
 * rather than slowing it without a word.
 */
export function readCardKit(key: string, file: URL | string = CARD_KIT_FILE): CardKit | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const drawnBy = keyOf(bytes);
  // Stale: not worth inflating.
  if (drawnBy !== undefined && drawnBy !== key) return undefined;
  try {
    return decodeCardKit(bytes);
  } catch (error) {
    const name = file instanceof URL ? fileURLToPath(file) : file;
    throw new Error(`${name}: ${(error as Error).message}; draw it again with \`npm run cards:kit\``, { cause: error });
  }
}
