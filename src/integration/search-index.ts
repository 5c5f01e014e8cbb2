/**
 * The search index, written at the end of `astro build` with Pagefind's Node API, so `npm run build`, the tests'
 * builds and the benchmark all index the same way and nobody has to remember a second command.
 *
 * Only what the site loads is kept. Pagefind also writes three search UIs (`pagefind-ui.*`,
 * `pagefind-modular-ui.*`, `pagefind-component-ui.*`, about 390 KB) and a WebAssembly build for pages of no known
 * language (55 KB); our search page (src/search/pagefind.ts) loads `pagefind.js`, which loads its worker, the entry
 * file, the WebAssembly build of each indexed language and the index chunks, and reading pages load
 * `pagefind-highlight.js` (src/components/SearchHighlight.astro). `tests/build/unused-files.test.ts` fails if
 * anything in `dist/` is left that nothing loads.
 * @see https://pagefind.app/docs/node-api/
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { close, createIndex } from 'pagefind';

/**
 * How the indexer's allocator is set up, unless the environment already says (`_RJEM_MALLOC_CONF`).
 *
 * Pagefind's binary allocates with jemalloc, which by default keeps freed pages for about ten seconds before giving
 * them back. Building the index frees the pages it has read while it builds the word index, so those seconds decide
 * the peak: at 26,000 pages (`npm run bench`, N = 1000) the indexer peaked at 2,774 MB with the default and at
 * 2,279 MB giving pages back at once, for a few seconds more of indexing. The bundle is byte for byte the same.
 * @see https://jemalloc.net/jemalloc.3.html (opt.dirty_decay_ms, opt.muzzy_decay_ms)
 */
export const INDEXER_ALLOCATOR_CONF = 'dirty_decay_ms:0,muzzy_decay_ms:0';
const ALLOCATOR_ENV = '_RJEM_MALLOC_CONF';

/**
 * Runs `start` (which spawns the indexer, inheriting `env`) with the allocator set up, and puts `env` back as it was,
 * so nothing else this build starts sees the setting.
 */
export async function withIndexerAllocator<T>(env: NodeJS.ProcessEnv, start: () => Promise<T>): Promise<T> {
  if (env[ALLOCATOR_ENV] !== undefined) return start();
  env[ALLOCATOR_ENV] = INDEXER_ALLOCATOR_CONF;
  try {
    return await start();
  } finally {
    delete env[ALLOCATOR_ENV];
  }
}

/** The bundle's folder inside the site (src/search/pagefind.ts imports `<base>pagefind/pagefind.js`). */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** The WebAssembly builds named by the entry file's languages (`wasm.<language>.pagefind`). */
function wasmFiles(entry: Uint8Array): Set<string> {
  const parsed = JSON.parse(new TextDecoder().decode(entry)) as { languages?: Record<string, { wasm?: string }> };
  return new Set(
    Object.values(parsed.languages ?? {}).map((language) => `wasm.${language.wasm ?? 'unknown'}.pagefind`),
  );
}

/** Whether the site loads a file of Pagefind's bundle (`file` relative to the bundle's folder, with `/`). */
export function isLoadedSearchFile(file: string, wasm: ReadonlySet<string>): boolean {
  if (/^(index|fragment|filter)\//.test(file)) return true;
  if (/^pagefind\.[^/]+\.pf_meta$/.test(file)) return true;
  if (/^wasm\.[^/]+\.pagefind$/.test(file)) return wasm.has(file);
  return ['pagefind.js', 'pagefind-worker.js', 'pagefind-highlight.js', 'pagefind-entry.json'].includes(file);
}

export interface SearchIndexResult {
  /** HTML files read (pages without `data-pagefind-body` are read and left out of the index). */
  readonly pages: number;
  readonly written: number;
  /** Files of Pagefind's bundle left out because nothing loads them. */
  readonly skipped: readonly string[];
}

/**
 * Indexes every HTML page in `outDir` as `language` (the interface language: stemming and the WebAssembly build
 * follow it, whatever a page's `<html lang>` says) and writes the bundle into `outDir/pagefind/`, then removes what
 * nothing loads. Pagefind's service writes the files itself: handing them to Node first (`getFiles`) would hold the
 * whole index in the build's memory at its end (27 MB of index at 26,000 pages, more as base64 and JSON).
 */
export async function writeSearchIndex(outDir: string, language: string): Promise<SearchIndexResult> {
  const bundle = path.join(outDir, SEARCH_BUNDLE_DIR);
  // A bundle left by an earlier build into the same folder would keep chunks of pages that are gone.
  await rm(bundle, { recursive: true, force: true });
  let pages: number;
  try {
    // The indexer is spawned by the first call and keeps the environment it started with.
    const { index, errors } = await withIndexerAllocator(process.env, () => createIndex({ forceLanguage: language }));
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    pages = added.page_count;
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await close();
  }
  const wasm = wasmFiles(await readFile(path.join(bundle, 'pagefind-entry.json')));
  const files = (await readdir(bundle, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(bundle, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  const skipped = files.filter((file) => !isLoadedSearchFile(file, wasm));
  await Promise.all(skipped.map((file) => rm(path.join(bundle, file))));
  return { pages, written: files.length - skipped.length, skipped };
}
