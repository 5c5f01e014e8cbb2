/**
 * satori and sharp, loaded when a card first needs them rather than with the renderer: a build
 * whose cards are all stamped from the card kit (card-kit.ts) loads neither, which is most of a
 * card worker's start-up.
 */
import type { default as Satori } from 'satori';
import type { default as Sharp } from 'sharp';

let sharp: Promise<typeof Sharp> | undefined;
let satori: Promise<typeof Satori> | undefined;

export function loadSharp(): Promise<typeof Sharp> {
  sharp ??= import('sharp').then(({ default: loaded }) => {
    // Each card or glyph sheet is drawn once; libvips' operation cache would only hold memory.
    loaded.cache(false);
    return loaded;
  });
  return sharp;
}

export function loadSatori(): Promise<typeof Satori> {
  satori ??= import('satori').then(({ default: loaded }) => loaded);
  return satori;
}
