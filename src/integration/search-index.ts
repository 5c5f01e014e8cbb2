/**
 * The search index, written at the end of `astro build` with Pagefind's Node API, so `npm run build`, the tests'
 * builds and the benchmark all index the same way and nobody has to remember a second command.
 *
 * Only what the site loads is written. Pagefind also emits three search UIs (`pagefind-ui.*`,
 * `pagefind-modular-ui.*`, `pagefind-component-ui.*`, about 430 KB) and a WebAssembly build for pages of no known
 * language; our search page (src/search/pagefind.ts) loads `pagefind.js`, which loads its worker, the entry file,
 * the WebAssembly build of each indexed language and the index chunks, and reading pages load
 * `pagefind-highlight.js` (src/components/SearchHighlight.astro). `tests/build/unused-files.test.ts` fails if
 * anything in `dist/` is left that nothing loads.
 * @see https://pagefind.app/docs/node-api/
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { close, createIndex } from 'pagefind';

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
  readonly pages: number;
  readonly written: number;
  /** Files of Pagefind's bundle left out because nothing loads them. */
  readonly skipped: readonly string[];
}

/** Indexes every HTML page in `outDir` and writes the bundle into `outDir/pagefind/`. */
export async function writeSearchIndex(outDir: string): Promise<SearchIndexResult> {
  try {
    const { index, errors } = await createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length > 0) throw new Error(`Pagefind could not write its index: ${fileErrors.join('; ')}`);
    const entry = files.find((file) => file.path === 'pagefind-entry.json');
    if (!entry) throw new Error('Pagefind wrote no pagefind-entry.json');
    const wasm = wasmFiles(entry.content);
    const bundle = path.join(outDir, SEARCH_BUNDLE_DIR);
    const skipped: string[] = [];
    let written = 0;
    const folders = new Set<string>();
    for (const file of files) {
      const relative = file.path.split(path.sep).join('/');
      if (!isLoadedSearchFile(relative, wasm)) {
        skipped.push(relative);
        continue;
      }
      const target = path.join(bundle, relative);
      const folder = path.dirname(target);
      if (!folders.has(folder)) {
        await mkdir(folder, { recursive: true });
        folders.add(folder);
      }
      await writeFile(target, file.content);
      written += 1;
    }
    return { pages: added.page_count, written, skipped };
  } finally {
    await close();
  }
}
