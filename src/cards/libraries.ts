/**
 * What cards take from npm, found and loaded in one place: the font (DejaVu Sans from @fontsource), satori, sharp,
 * HarfBuzz (harfbuzzjs) and fontkitten. Found by folder rather than through each package's `exports`, so a
 * dependency that moves a file or changes what it exports changes the cards' cache key (`rendererKey`), not whether
 * a build can run. satori and sharp are loaded when a card first needs them rather than with the renderer: a build
 * whose cards are all stamped from the card kit (kit.ts) loads neither, which is most of a card worker's start-up.
 */
import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
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

/**
 * The folder `name` is installed in, as Node would find it from `from` (the project root by default: code bundled
 * for `astro dev` runs from another folder), without reading the package's `exports`.
 */
export function packageDir(name: string, from = process.cwd()): string | undefined {
  const searched = createRequire(path.join(from, 'package.json')).resolve.paths(name) ?? [];
  return searched.map((dir) => path.join(dir, name)).find((dir) => existsSync(path.join(dir, 'package.json')));
}

function versionIn(dir: string | undefined): string {
  if (!dir) return 'missing';
  try {
    return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    return '?';
  }
}

/** The harfbuzzjs satori shapes with (its own, where npm nested one under it), else the project's. */
function harfBuzzDir(): string | undefined {
  const satoriDir = packageDir('satori');
  return (satoriDir && packageDir('harfbuzzjs', satoriDir)) ?? packageDir('harfbuzzjs');
}

/** satori's shaper, at satori's version, so stamped text is shaped as satori shapes it (glyphs.ts). */
export async function loadHarfBuzz(): Promise<unknown> {
  const dir = harfBuzzDir();
  if (!dir) throw new Error('harfbuzzjs is not installed');
  // Its main file, by folder: harfbuzzjs 0.10 exports a promise of the instance.
  return await (createRequire(path.join(dir, 'package.json'))(dir) as Promise<unknown>);
}

/** Each library whose change may change a card's pixels, with its installed version (`name@version`). */
export function libraryVersions(): string[] {
  const dirs = {
    satori: packageDir('satori'),
    sharp: packageDir('sharp'),
    harfbuzzjs: harfBuzzDir(),
    fontkitten: packageDir('fontkitten'),
  };
  return Object.entries(dirs).map(([name, dir]) => `${name}@${versionIn(dir)}`);
}

const FONT_PACKAGE = '@fontsource/dejavu-sans';
const fontFiles = new Map<number, string>();

/** DejaVu Sans from npm (.woff: satori reads woff, not woff2); it has the verdict icons' glyphs. */
export function cardFontFile(weight: 400 | 700): string {
  let file = fontFiles.get(weight);
  if (!file) fontFiles.set(weight, (file = findFontFile(packageDir(FONT_PACKAGE), weight)));
  return file;
}

/**
 * `files/dejavu-sans-latin-<weight>-normal.woff` in the font's package (@fontsource 5), else the upright .woff of
 * that weight wherever a later version keeps it, the Latin subset first.
 */
export function findFontFile(dir: string | undefined, weight: 400 | 700): string {
  const expected = dir && path.join(dir, 'files', `dejavu-sans-latin-${weight}-normal.woff`);
  if (expected && existsSync(expected)) return expected;
  const found = dir ? filesUnder(dir, 3).filter((file) => file.endsWith(`-${weight}-normal.woff`)) : [];
  const subset = (file: string) => (/-latin-\d/.test(file) ? 0 : /-latin-/.test(file) ? 1 : 2);
  const [best] = found.sort((a, b) => subset(a) - subset(b) || a.localeCompare(b));
  if (best) return best;
  throw new Error(
    `Share cards are drawn in DejaVu Sans, and no ${weight} weight .woff was found ` +
      `${dir ? `in ${dir}` : `(${FONT_PACKAGE} is not installed)`}: npm install ${FONT_PACKAGE}`,
  );
}

function filesUnder(dir: string, depth: number): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isFile()) return [full];
    return entry.isDirectory() && depth > 0 && entry.name !== 'node_modules' ? filesUnder(full, depth - 1) : [];
  });
}
