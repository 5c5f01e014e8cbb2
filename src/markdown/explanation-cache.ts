/**
 * Rendered explanations kept between builds, so a rebuild after one edit parses and renders one explanation
 * instead of every one (at 2,500 claims that was about 3 s of each build).
 *
 * Only explanations that were accepted are kept, and each under a hash of everything their HTML and their
 * acceptance depend on: the body, the file's path (`.md` or `.mdx` decides the parser) and first body line, and
 * the renderer itself (the source of src/markdown/ and package-lock.json, which pins remark, rehype and their
 * plugins). The same input through the same code gives the same output, so a hit is exactly what a parse would
 * give: no problems and the same HTML. Anything refused is never kept, so the check and the build still parse it
 * and report the same problems as `npm run check`, which reads no cache.
 *
 * The cache folder is restored from CI's shared cache, which more than the deploy job can write: a kept entry is
 * published only if it is still HTML of the kind the renderer makes (`rendered-html.ts`); any other is
 * rendered again from the Markdown, as if it were not kept.
 *
 * One file in the build's cache folder (Astro's `cacheDir`, `node_modules/.astro` by default, which the deploy
 * workflow restores and saves), rewritten with only the entries the build used, so it never grows past the site.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRenderedExplanationHtml } from './rendered-html.ts';

const CACHE_FILE = 'explanations.json';
/** Bump to drop every kept explanation when something outside the hashed files changes how they render. */
const FORMAT = 'explanations-v1';

let rendererHash: string | undefined;

/** A hash of the code that decides acceptance and HTML: this folder's source and the locked dependencies. */
function renderer(): string {
  if (rendererHash) return rendererHash;
  const hash = createHash('sha256').update(FORMAT);
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const name of readdirSync(here)
    .filter((file) => file.endsWith('.ts'))
    .sort()) {
    hash.update(name).update(readFileSync(path.join(here, name)));
  }
  hash.update(readFileSync(path.join(here, '../../package-lock.json')));
  rendererHash = hash.digest('hex');
  return rendererHash;
}

export interface ExplanationInput {
  readonly body: string;
  readonly file: string;
  readonly bodyLine: number;
}

export class ExplanationCache {
  private readonly used = new Map<string, string>();
  hits = 0;
  misses = 0;

  private readonly file: string;
  private readonly kept: ReadonlyMap<string, string>;

  private constructor(file: string, kept: ReadonlyMap<string, string>) {
    this.file = file;
    this.kept = kept;
  }

  /** The cache in `dir`; empty when there is none yet or it cannot be read. */
  static async open(dir: string): Promise<ExplanationCache> {
    const file = path.join(dir, CACHE_FILE);
    let kept = new Map<string, string>();
    try {
      const saved = JSON.parse(await readFile(file, 'utf8')) as { renderer?: string; entries?: Record<string, string> };
      if (saved.renderer === renderer() && saved.entries) kept = new Map(Object.entries(saved.entries));
    } catch {
      // No cache yet, or an unreadable one: everything is rendered, and the file is written anew.
    }
    return new ExplanationCache(file, kept);
  }

  static key(input: ExplanationInput): string {
    return createHash('sha256')
      .update(JSON.stringify([input.file, input.bodyLine, input.body]))
      .digest('hex');
  }

  /** The HTML of an accepted explanation rendered before from the same input, if kept. */
  get(input: ExplanationInput): string | undefined {
    const key = ExplanationCache.key(input);
    const html = this.used.get(key) ?? this.kept.get(key);
    if (html === undefined || !isRenderedExplanationHtml(html)) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    this.used.set(key, html);
    return html;
  }

  /** Keeps an accepted explanation's HTML (never call it for one with problems). */
  set(input: ExplanationInput, html: string): void {
    this.used.set(ExplanationCache.key(input), html);
  }

  /** Writes the entries this build used, replacing the file whole (a half-written file is never read). */
  async save(): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify({ renderer: renderer(), entries: Object.fromEntries(this.used) }));
    await rename(temporary, this.file);
  }
}
