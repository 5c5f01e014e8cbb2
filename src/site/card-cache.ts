/**
 * Where drawn share cards are kept between builds: one file per card, named by a hash of
 * everything it is drawn from (the element tree, the fonts' bytes, the encoder's source and
 * the renderer's versions), so a rebuild draws only the cards whose claim changed, and a
 * change of font or encoder draws them all again. No satori or sharp here: the build reads
 * the cache without loading the renderer.
 */
import { createHash } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import { readFileSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CardElement } from './card-element.ts';

/** The files whose change changes every card's pixels (besides the fonts and the libraries below). */
const RENDERER_FILES = ['card-png.ts', 'card-render.ts', 'card-fast.ts', 'card-glyphs.ts'].map(
  (name) => new URL(name, import.meta.url),
);

/** Bump when the drawing changes in a way the inputs below do not show. */
const CARD_CACHE_VERSION = 'card-v4';

// Resolved from the project root: bundled endpoint code runs from a build folder.
const projectRequire = () => createRequire(path.join(process.cwd(), 'package.json'));

/** DejaVu Sans from npm (.woff: satori reads woff, not woff2); it has the verdict icons' glyphs. */
export function cardFontFile(weight: 400 | 700): string {
  return projectRequire().resolve(`@fontsource/dejavu-sans/files/dejavu-sans-latin-${weight}-normal.woff`);
}

/** The version in the package.json above `entry` (sharp's `exports` do not list its package.json). */
function packageVersion(entry: string, name: string): string {
  for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === name) return manifest.version ?? '';
    } catch {
      // No package.json here: look one folder up.
    }
  }
  return '';
}

let rendererDigest: string | undefined;

/**
 * The fonts' bytes and the renderer's code and versions: a new font or library draws every card
 * again, and leaves the card kit (card-kit.ts) unused until it is drawn again.
 */
export function rendererKey(): string {
  if (rendererDigest) return rendererDigest;
  const hash = createHash('sha256').update(CARD_CACHE_VERSION);
  for (const file of RENDERER_FILES) hash.update(readFileSync(file));
  for (const weight of [400, 700] as const) hash.update(readFileSync(cardFontFile(weight)));
  const require = projectRequire();
  for (const name of ['satori', 'sharp', 'harfbuzzjs', 'fontkitten'])
    hash.update(`${name}@${packageVersion(require.resolve(name), name)}`);
  rendererDigest = hash.digest('hex');
  return rendererDigest;
}

let astroCacheDir: string | undefined;

/**
 * Where Astro keeps its cache (its `cacheDir`), handed over by the `factcheck` integration (and by the dev
 * server's card endpoints, which run in Vite's copy of this module), so cards live beside the explanations.
 */
export function useAstroCacheDir(dir: string): void {
  astroCacheDir = dir;
}

/** `<Astro's cacheDir>/share-cards`; before one is handed over, Astro's default `node_modules/.astro`. */
export function cardCacheDir(): string {
  const base = astroCacheDir ?? path.join(process.cwd(), 'node_modules/.astro');
  return path.join(base, 'share-cards');
}

const CARD_FILE = /^[0-9a-f]{64}\.png$/;

export function cardCacheFile(tree: CardElement, dir = cardCacheDir()): string {
  const key = createHash('sha256').update(rendererKey()).update(JSON.stringify(tree)).digest('hex');
  return path.join(dir, `${key}.png`);
}

/**
 * Whether the card is cached; marks it used now (its modification time), so that a build running
 * beside this one in the same cache (tests, two clones sharing a cache folder) does not prune it.
 */
export function useCachedCard(file: string, now = new Date()): boolean {
  try {
    utimesSync(file, now, now);
    return true;
  } catch {
    return false;
  }
}

/** How long a card no build has used is kept: long enough for builds running side by side to finish. */
export const CARD_CACHE_GRACE_MS = 60 * 60 * 1000;

/**
 * Removes the cards this build did not use and no build used in the last CARD_CACHE_GRACE_MS, so
 * a cache restored by CI holds one build's cards rather than every card ever drawn. Only card
 * files (`<sha256>.png`) in `dir` are touched.
 * @returns how many were removed
 */
export async function pruneCardCache(
  used: ReadonlySet<string>,
  dir = cardCacheDir(),
  now = Date.now(),
): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const candidates = names.filter((name) => CARD_FILE.test(name) && !used.has(path.join(dir, name)));
  const stale = await Promise.all(
    candidates.map(async (name) => {
      const modified = await stat(path.join(dir, name)).then(
        (info) => info.mtimeMs,
        () => now,
      );
      return now - modified > CARD_CACHE_GRACE_MS ? name : undefined;
    }),
  );
  const removed = stale.filter((name) => name !== undefined);
  await Promise.all(removed.map((name) => rm(path.join(dir, name), { force: true })));
  return removed.length;
}
