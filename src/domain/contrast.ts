/**
 * WCAG 2.2 contrast between two `#rrggbb` colours: what a verdict scale's colours are checked
 * against (text and border colour on a badge, at least 4.5:1).
 * @see https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
 */

/** `#rrggbb`, the one colour form a scale takes: it is written into CSS and compared here as it stands. */
export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

/** @see https://www.w3.org/TR/WCAG22/#dfn-relative-luminance */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** From 1 (the same luminance) to 21 (black on white), whichever colour is lighter. */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}
