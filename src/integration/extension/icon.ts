/**
 * The toolbar and store icon, drawn here and rasterised at build (sharp): a dark rounded square
 * with a white check mark, legible at 16 px. Kept as SVG source so the PNGs are never edited by hand.
 */
import sharp from 'sharp';

export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
<rect x="4" y="4" width="120" height="120" rx="24" fill="#1b1b1b"/>
<path d="M32 66 L55 89 L97 39" fill="none" stroke="#ffffff" stroke-width="16" stroke-linecap="round"
 stroke-linejoin="round"/>
</svg>`;

/** A PNG of the icon, `size` pixels square; the same bytes on every build (no timestamps in PNG output). */
export function iconPng(size: number): Promise<Buffer> {
  return sharp(Buffer.from(ICON_SVG), { density: 72 * (size / 128) * 4 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}
