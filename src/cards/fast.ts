/**
 * A claim's share card drawn straight into palette indices, without satori or librsvg per card:
 * satori was 6–10 ms and librsvg 14–18 ms of each card's 22–30 ms. Everything on a claim card but
 * its quote and its "From: …" line (paper, accent bar, verdict badge, "Checked by …") is the
 * same on every card of a verdict: that template is drawn once per worker by the satori path, and
 * the two texts are stamped on it glyph by glyph (glyphs.ts), laid out as satori lays them
 * out (same font, shaper, sizes, line heights, margins and greedy wrapping at spaces and dashes).
 * A card whose text has a character the font lacks is drawn by satori instead (no tofu), as is
 * any card that is not a claim card (the site card).
 */
import { CARD_SIZE } from './size.ts';
import { CARD_COLORS, type CardElement } from './element.ts';
import { blendHex, nearestIndex, type Rgb } from './png.ts';
import { SUBPIXEL_STEPS, type CardFont, type ShapedGlyph } from './glyphs.ts';

/** What a claim card's tree holds beyond its template: the two texts, and where they go. */
export interface ClaimCardText {
  /** The tree with both texts emptied: the same for every card of a verdict. */
  readonly template: CardElement;
  readonly quote: string;
  readonly quoteSize: number;
  readonly quoteLineHeight: number;
  readonly from: string;
  readonly footerSize: number;
  readonly footerLineHeight: number;
  readonly footerGap: number;
  /** The text column: left edge, width, top and bottom (inside the margins). */
  readonly box: { left: number; width: number; top: number; bottom: number };
}

type Style = Record<string, string | number>;
const styleOf = (node: CardElement | string | undefined): Style =>
  (typeof node === 'object' ? node.props.style : undefined) ?? {};
const childrenOf = (node: CardElement | string | undefined) =>
  typeof node === 'object' && Array.isArray(node.props.children) ? node.props.children : [];
const textOf = (node: CardElement | string | undefined) =>
  typeof node === 'object' && typeof node.props.children === 'string' ? node.props.children : undefined;
const withText = (node: CardElement, text: string): CardElement => ({
  ...node,
  props: { ...node.props, children: text },
});
const withChildren = (node: CardElement, children: (CardElement | string)[]): CardElement => ({
  ...node,
  props: { ...node.props, children },
});

/** The texts of a claim card (tree.ts `cardTree`), or undefined for any other tree. */
export function claimCardText(tree: CardElement): ClaimCardText | undefined {
  const [bar, inner] = childrenOf(tree);
  const [badge, quoteNode, footer] = childrenOf(inner);
  const [fromNode, checked] = childrenOf(footer);
  const [quote, from] = [textOf(quoteNode), textOf(fromNode)];
  const [quoteStyle, footerStyle, innerStyle] = [styleOf(quoteNode), styleOf(footer), styleOf(inner)];
  const margin = String(innerStyle['margin'] ?? '')
    .split(' ')
    .map((part) => Number.parseFloat(part));
  if (
    typeof inner !== 'object' ||
    typeof quoteNode !== 'object' ||
    typeof footer !== 'object' ||
    typeof fromNode !== 'object' ||
    childrenOf(inner).length !== 3 ||
    childrenOf(badge).length === 0 ||
    childrenOf(footer).length !== 2 ||
    textOf(checked) === undefined ||
    quote === undefined ||
    from === undefined ||
    margin.length !== 4 ||
    margin.some(Number.isNaN) ||
    innerStyle['color'] !== CARD_COLORS.ink ||
    footerStyle['color'] !== CARD_COLORS.muted ||
    quoteStyle['color'] !== undefined ||
    quoteStyle['fontWeight'] !== undefined ||
    footerStyle['fontWeight'] !== undefined
  ) {
    return undefined;
  }
  const numbers = [
    quoteStyle['fontSize'],
    quoteStyle['lineHeight'],
    footerStyle['fontSize'],
    footerStyle['lineHeight'],
    footerStyle['gap'],
    innerStyle['width'],
    innerStyle['height'],
    styleOf(bar)['width'],
  ];
  if (!numbers.every((value) => typeof value === 'number')) return undefined;
  const [quoteSize, quoteLineHeight, footerSize, footerLineHeight, footerGap, width, height, barWidth] =
    numbers as number[];
  const [top, , , left] = margin as [number, number, number, number];
  const template = withChildren(tree, [
    bar!,
    // The quote's box left empty and unstyled: its size would make a template per quote size.
    withChildren(inner, [
      badge!,
      { type: quoteNode.type, props: { style: { display: 'flex' }, children: '' } },
      withChildren(footer, [withText(fromNode, ''), checked!]),
    ]),
  ]);
  return {
    template,
    quote,
    quoteSize: quoteSize!,
    quoteLineHeight: quoteLineHeight!,
    from,
    footerSize: footerSize!,
    footerLineHeight: footerLineHeight!,
    footerGap: footerGap!,
    box: { left: barWidth! + left, width: width!, top, bottom: top + height! },
  };
}

/** A line of shaped glyphs: positions in px from the line's start. */
interface Line {
  glyphs: ShapedGlyph[];
  x: number[];
}

/** Where a line may end: after a space (dropped) or after a dash or hyphen (kept), as CSS text wraps. */
const BREAK_AFTER = new Set(['-', '–', '—', '/']);

/**
 * Greedy wrapping within `width` px: as many whole words a line as fit; a word wider than a line
 * is cut where it overflows. Whitespace is already folded (truncate() in tree.ts).
 */
export function wrap(text: string, glyphs: ShapedGlyph[], scale: number, width: number): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < glyphs.length) {
    let x = 0;
    let breakAt = -1; // glyph index the line ends before
    let resume = -1; // glyph index the next line starts at
    let end = glyphs.length;
    let next = glyphs.length;
    for (let i = start; i < glyphs.length; i++) {
      const glyph = glyphs[i]!;
      const char = text[glyph.cluster]!;
      if (char === ' ') {
        [breakAt, resume] = [i, i + 1];
        x += glyph.advance * scale;
        continue;
      }
      x += glyph.advance * scale;
      if (x > width + 0.01 && i > start) {
        if (breakAt > start) [end, next] = [breakAt, resume];
        else [end, next] = [i, i];
        break;
      }
      if (BREAK_AFTER.has(char) && i + 1 < glyphs.length && text[glyphs[i + 1]!.cluster] !== ' ') {
        [breakAt, resume] = [i + 1, i + 1];
      }
    }
    const line = glyphs.slice(start, end);
    while (line.length > 0 && text[line.at(-1)!.cluster] === ' ') line.pop();
    let pen = 0;
    const positions = line.map((glyph) => {
      const at = pen + glyph.dx * scale;
      pen += glyph.advance * scale;
      return at;
    });
    lines.push({ glyphs: line, x: positions });
    start = next;
    while (start < glyphs.length && text[glyphs[start]!.cluster] === ' ') start++;
  }
  return lines;
}

/** Quote sizes to step down to when the quote at its own size would not fit between badge and footer. */
const SMALLER_SIZES = [56, 46, 38, 32, 28, 24, 20, 16];

/** Where each text goes: the quote's size and lines, and each text's first baseline (px from the top). */
export interface ClaimCardLayout {
  quoteSize: number;
  quoteLines: Line[];
  quoteTop: number;
  quoteLineHeight: number;
  fromLines: Line[];
  fromTop: number;
  fromLineHeight: number;
}

/**
 * Lays the texts out as satori's flex column does: badge at the top, footer ("From" lines, gap,
 * "Checked by") at the bottom, the quote centred in the space between (justify-content:
 * space-between), each box's position rounded to whole pixels.
 */
export function layoutClaimCard(text: ClaimCardText, font: CardFont, badgeBottom: number): ClaimCardLayout | undefined {
  const quoteGlyphs = font.shape(text.quote);
  const fromGlyphs = font.shape(text.from);
  if ([...quoteGlyphs, ...fromGlyphs].some((glyph) => glyph.id === 0)) return undefined;
  const scale = (size: number) => size / font.unitsPerEm;
  const fromLineHeight = text.footerSize * text.footerLineHeight;
  const fromLines = wrap(text.from, fromGlyphs, scale(text.footerSize), text.box.width);
  const footerHeight = fromLines.length * fromLineHeight + text.footerGap + fromLineHeight;
  const room = text.box.bottom - text.box.top - (badgeBottom - text.box.top) - footerHeight;
  let quoteSize = text.quoteSize;
  let quoteLines = wrap(text.quote, quoteGlyphs, scale(quoteSize), text.box.width);
  for (const smaller of SMALLER_SIZES.filter((size) => size < text.quoteSize)) {
    if (quoteLines.length * quoteSize * text.quoteLineHeight <= room) break;
    quoteSize = smaller;
    quoteLines = wrap(text.quote, quoteGlyphs, scale(quoteSize), text.box.width);
  }
  const quoteLineHeight = quoteSize * text.quoteLineHeight;
  const quoteHeight = quoteLines.length * quoteLineHeight;
  return {
    quoteSize,
    quoteLines,
    quoteTop: Math.round(badgeBottom + (room - quoteHeight) / 2),
    quoteLineHeight,
    fromLines,
    fromTop: Math.round(text.box.bottom - footerHeight),
    fromLineHeight,
  };
}

/**
 * For each coverage 0–255, the palette index nearest librsvg's blend of `ink` over `paper`, among
 * the greys only: the accent's shades never tint a letter's edge.
 */
export function coverageToIndex(palette: readonly Rgb[], paper: string, ink: string): Uint8Array {
  const key = JSON.stringify([palette, paper, ink]);
  let lut = lookups.get(key);
  if (!lut) lookups.set(key, (lut = makeCoverageToIndex(palette, paper, ink)));
  return lut;
}
/** One a verdict and ink: a few, kept for the thread's life. */
const lookups = new Map<string, Uint8Array>();

function makeCoverageToIndex(palette: readonly Rgb[], paper: string, ink: string): Uint8Array {
  const greys = palette.map((color, index) => ({ color, index })).filter(({ color: [r, g, b] }) => isGrey(r, g, b));
  return Uint8Array.from({ length: 256 }, (_, a) => {
    const nearest = nearestIndex(
      greys.map(({ color }) => color),
      blendHex(paper, ink, a / 255),
    );
    return greys[nearest]!.index;
  });
}

/** Paper, inks and their blends: channels within a few levels of each other (paper is a warm white). */
const isGrey = (r: number, g: number, b: number) => Math.max(r, g, b) - Math.min(r, g, b) <= 8;

/** The glyphs (id, quarter-pixel phase) that `lines` at `left` need rasterised. */
export function glyphsNeeded(lines: Line[], left: number): [number, number][] {
  return lines.flatMap((line) =>
    line.glyphs.map((glyph, i): [number, number] => [glyph.id, placeGlyph(left + line.x[i]!)[1]]),
  );
}

function placeGlyph(x: number): [pixel: number, phase: number] {
  const steps = Math.round(x * SUBPIXEL_STEPS);
  return [Math.floor(steps / SUBPIXEL_STEPS), ((steps % SUBPIXEL_STEPS) + SUBPIXEL_STEPS) % SUBPIXEL_STEPS];
}

/**
 * Stamps `lines` onto `indices` (one byte a pixel, CARD_SIZE), the first line's box at `top`:
 * coverage is gathered first (the most of overlapping glyphs' coverage, as kerned pairs may
 * touch), then each covered pixel takes the palette index of its blend.
 */
export function stampLines(
  indices: Uint8Array,
  font: CardFont,
  size: number,
  lines: Line[],
  placement: { left: number; top: number; lineHeight: number },
  lut: Uint8Array,
): void {
  const { width, height } = CARD_SIZE;
  // Half-leading above and below the font's ascender + descender, as CSS line boxes do.
  const ascent = font.ascender * size;
  const halfLeading = (placement.lineHeight - (font.ascender + font.descender) * size) / 2;
  const coverage = (sharedCoverage ??= new Uint8Array(width * height));
  let minY: number = height;
  let maxY = -1;
  lines.forEach((line, row) => {
    const baseline = Math.round(placement.top + row * placement.lineHeight + halfLeading + ascent);
    line.glyphs.forEach((glyph, i) => {
      const [pixel, phase] = placeGlyph(placement.left + line.x[i]!);
      const bitmap = font.bitmap(size, glyph.id, phase);
      const [x0, y0] = [pixel + bitmap.left, baseline + bitmap.top];
      // The part of the bitmap inside the card (all of it, unless a glyph reaches past an edge).
      const [fromX, toX] = [Math.max(0, -x0), Math.min(bitmap.width, width - x0)];
      const [fromY, toY] = [Math.max(0, -y0), Math.min(bitmap.height, height - y0)];
      if (fromY >= toY || fromX >= toX) return;
      minY = Math.min(minY, y0 + fromY);
      maxY = Math.max(maxY, y0 + toY - 1);
      const source = bitmap.coverage;
      for (let y = fromY; y < toY; y++) {
        let from = y * bitmap.width + fromX;
        let at = (y0 + y) * width + x0 + fromX;
        for (let x = fromX; x < toX; x++, from++, at++) {
          const value = source[from]!;
          if (value > coverage[at]!) coverage[at] = value;
        }
      }
    });
  });
  for (let at = minY * width, end = (maxY + 1) * width; at < end; at++) {
    const value = coverage[at]!;
    if (value === 0) continue;
    indices[at] = lut[value]!;
    coverage[at] = 0;
  }
}

/**
 * One coverage buffer for every card a thread draws, left all zero after each use: a card's
 * three full-size buffers (coverage, indices, rows) made the garbage collector pause for 10–40 ms.
 */
let sharedCoverage: Uint8Array | undefined;
