/**
 * Which files of a built site something loads or links to: starting from the entry points (the files people and
 * programs ask for by name), every file reached through a reference in a file already reached. A file of `dist/`
 * that is not reached is shipped for nothing.
 *
 * A reference is any token of a text file (HTML, CSS, JS, JSON, XML, SVG, text) that resolves to a file of the
 * site: `href`, `src`, `srcset`, `content` (og:image), `url()`, `import`, `fetch` targets, sitemap `<loc>`, feed
 * links, JSON fields alike. Resolution is the browser's: against the referring file's URL, with the site's origin
 * and base path; tokens in scripts are also tried from the site's root, since a script builds some URLs from the
 * base path at run time (`${base}pagefind/pagefind.js`). Pagefind's loader builds the rest of its file names from
 * data: the WebAssembly build and meta file from `pagefind-entry.json`, and index, fragment and filter chunks
 * from the hashes in the (gzipped) meta file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

const TEXT = /\.(html|css|js|mjs|json|jsonld|xml|svg|txt|webmanifest)$/;
const SCRIPT = /\.(js|mjs)$/;
const SEPARATORS = /[\s"'`<>(){}\\|^,;]+/;

export interface SiteReferenceOptions {
  /** The site's origin and base path, as absolute URLs in the site are written: `https://example.org/base/`. */
  readonly siteRoot: string;
  /** Files reached without a reference (paths relative to the site, with `/`). */
  readonly isEntryPoint: (file: string) => boolean;
}

function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((entry) => statSync(path.join(dir, entry)).isFile())
    .map((entry) => entry.split(path.sep).join('/'))
    .sort();
}

/** The site file a URL names, if any: `/a/` and `/a` are `a/index.html`. */
function fileOf(url: URL, siteRoot: URL, files: ReadonlySet<string>): string | undefined {
  if (url.origin !== siteRoot.origin || !url.pathname.startsWith(siteRoot.pathname)) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname.slice(siteRoot.pathname.length));
  } catch {
    return undefined;
  }
  for (const candidate of [relative, `${relative.replace(/\/$/, '')}/index.html`.replace(/^\//, '')]) {
    if (files.has(candidate)) return candidate;
  }
  return undefined;
}

/** Pagefind's file names that its loader builds from data rather than writes out. */
function pagefindNames(file: string, bytes: Buffer): string[] {
  const folder = file.slice(0, file.lastIndexOf('/') + 1);
  if (file.endsWith('/pagefind-entry.json')) {
    const entry = JSON.parse(bytes.toString('utf8')) as { languages?: Record<string, { hash: string; wasm: string }> };
    return Object.values(entry.languages ?? {}).flatMap((language) => [
      `${folder}pagefind.${language.hash}.pf_meta`,
      `${folder}wasm.${language.wasm}.pagefind`,
    ]);
  }
  if (file.endsWith('.pf_meta')) {
    // `pagefind.<language>_<hash>.pf_meta` holds `<language>_<hash>` names in CBOR, whose length bytes may be letters.
    const language = /pagefind\.(.+)_[0-9a-f]+\.pf_meta$/.exec(file)?.[1] ?? '';
    const hashes =
      gunzipSync(bytes)
        .toString('latin1')
        .match(new RegExp(`${language}_[0-9a-f]{6,}`, 'g')) ?? [];
    return hashes.flatMap((hash) => [
      `${folder}index/${hash}.pf_index`,
      `${folder}fragment/${hash}.pf_fragment`,
      `${folder}filter/${hash}.pf_filter`,
    ]);
  }
  return [];
}

/** Every file of `dir` and whether it was reached, with the file that first referenced it. */
export function siteReferences(dir: string, options: SiteReferenceOptions) {
  const siteRoot = new URL(options.siteRoot);
  const all = listFiles(dir);
  const files = new Set(all);
  const reachedFrom = new Map<string, string>();
  const queue: string[] = [];
  const reach = (file: string, from: string) => {
    if (!files.has(file) || reachedFrom.has(file)) return;
    reachedFrom.set(file, from);
    queue.push(file);
  };
  for (const file of all) if (options.isEntryPoint(file)) reach(file, '(entry point)');
  while (queue.length > 0) {
    const file = queue.shift()!;
    const bytes = readFileSync(path.join(dir, file));
    for (const name of pagefindNames(file, bytes)) reach(name, file);
    if (!TEXT.test(file)) continue;
    const own = new URL(file, siteRoot);
    for (const token of bytes.toString('utf8').split(SEPARATORS)) {
      if (!/[./]/.test(token)) continue;
      const cleaned = token.replace(/&amp;/g, '&').replace(/[.:]+$/, '');
      for (const base of SCRIPT.test(file) ? [own, siteRoot] : [own]) {
        let url: URL;
        try {
          url = new URL(cleaned, base);
        } catch {
          continue;
        }
        const target = fileOf(url, siteRoot, files);
        if (target) reach(target, file);
      }
    }
  }
  return { files: all, reachedFrom, unreached: all.filter((file) => !reachedFrom.has(file)) };
}
