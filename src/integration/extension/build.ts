/**
 * Builds the extension from its source: three esbuild bundles (background, content script,
 * popup), the popup's HTML and CSS, the manifest, icons, and a copy of each source's published
 * annotations for when our site cannot be reached; optionally the same files as a zip.
 * Called by the site build (site-extension.ts) into dist/extension/.
 */
import { build } from 'esbuild';
import { zipSync, type Zippable, type ZippableFile } from 'fflate';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AnnotationCollection, linkableSite } from '../../annotations/index.ts';
import { CONFIG_GLOBAL, type ExtensionConfig } from '../../extension/config.ts';
import { EXTENSION_FILES } from '../../extension/files.ts';
import { WORDS_GLOBAL, type ExtensionWords } from '../../extension/words.ts';
import { formatMessage } from '../../i18n/format.ts';
import { iconPng } from './icon.ts';
import { BUNDLE_TARGETS, extensionManifest, ICON_SIZES } from './manifest.ts';
import type { VerdictScale } from '../../domain/scale.ts';
import { verdictLooks } from '../../extension/verdict-look.ts';

export interface ExtensionSource {
  slug: string;
  title: string;
  url: string;
  collection: AnnotationCollection;
}

export interface BuildExtensionOptions {
  /** The site's address with its base path, ending in `/`. */
  siteUrl: string;
  sources: ExtensionSource[];
  outDir: string;
  /** Where to write the zip; none when absent. */
  zipFile?: string;
  version: string;
  /** When the bundled annotations were made (ISO date). */
  bundledAt: string;
  /** The site's verdict scale: its verdicts' looks go into the bundle. */
  scale: VerdictScale;
  /** Its words in the site's language: `t.pick(EXTENSION_MESSAGE_KEYS, 'long')` (src/i18n/). */
  words: ExtensionWords;
}

/** The extension's browser source: what is bundled, and the popup's page and style sheet. */
const SOURCE_DIR = fileURLToPath(new URL('../../extension/', import.meta.url));
const ENTRY_POINTS = {
  [EXTENSION_FILES.background]: 'background.ts',
  [EXTENSION_FILES.content]: 'content.ts',
  [EXTENSION_FILES.popup]: 'popup.ts',
};
const COPIED = [EXTENSION_FILES.popupCss];
/**
 * Zip entries' modification time: fixed, so the same input gives the same bytes (deterministic builds). Zip stores
 * local time and fflate reads the Date's local fields, so the date is built from local fields too: 2000-01-01 00:00
 * in every time zone.
 */
const ZIP_MTIME = new Date(2000, 0, 1);

export async function buildExtension(options: BuildExtensionOptions): Promise<void> {
  if (!options.siteUrl.endsWith('/')) throw new Error(`siteUrl must end in '/': ${options.siteUrl}`);
  // The extension fetches annotations from this address and links readers to it: never over plain http,
  // except to a site on this machine (the tests' local server).
  if (!linkableSite(options.siteUrl)) {
    throw new Error(`siteUrl must be https (or http on 127.0.0.1 or localhost): ${options.siteUrl}`);
  }
  const config: ExtensionConfig = {
    siteUrl: options.siteUrl,
    sources: options.sources.map(({ slug, title, url }) => ({ slug, title, url })),
    bundledAt: options.bundledAt,
    verdicts: verdictLooks(options.scale),
  };
  const files = new Map<string, Uint8Array>();
  for (const [outFile, entry] of Object.entries(ENTRY_POINTS)) {
    // The background worker says nothing to readers: only the bundles that do are handed the words.
    files.set(outFile, await bundle(entry, config, entry === 'background.ts' ? undefined : options.words));
  }
  for (const file of COPIED) files.set(file, await readFile(path.join(SOURCE_DIR, file)));
  const popupHtml = await readFile(path.join(SOURCE_DIR, EXTENSION_FILES.popupHtml), 'utf8');
  files.set(EXTENSION_FILES.popupHtml, utf8(popupInLanguage(popupHtml, options.words)));
  for (const size of ICON_SIZES) files.set(EXTENSION_FILES.icon(size), await iconPng(size));
  for (const source of options.sources)
    files.set(EXTENSION_FILES.annotations(source.slug), utf8(JSON.stringify(source.collection)));
  const manifest = extensionManifest({ siteUrl: options.siteUrl, version: options.version, sources: options.sources });
  files.set(EXTENSION_FILES.manifest, utf8(`${JSON.stringify(manifest, null, 2)}\n`));

  // Only our files are replaced: the site's /extension/ page lives in the same folder.
  for (const dir of ['annotations', 'icons'])
    await rm(path.join(options.outDir, dir), { recursive: true, force: true });
  for (const [name, bytes] of files) {
    const file = path.join(options.outDir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
  }
  if (options.zipFile) {
    const entries: Zippable = Object.fromEntries(
      [...files.keys()].sort().map((name): [string, ZippableFile] => [name, [files.get(name)!, { mtime: ZIP_MTIME }]]),
    );
    await mkdir(path.dirname(options.zipFile), { recursive: true });
    await writeFile(options.zipFile, zipSync(entries, { level: 9 }));
  }
}

/** Names of the files `buildExtension` writes for these sources (what the zip holds), sorted. */
export function extensionFileNames(slugs: readonly string[]): string[] {
  return [
    ...Object.keys(ENTRY_POINTS),
    ...COPIED,
    EXTENSION_FILES.popupHtml,
    EXTENSION_FILES.manifest,
    ...ICON_SIZES.map((size) => EXTENSION_FILES.icon(size)),
    ...slugs.map((slug) => EXTENSION_FILES.annotations(slug)),
  ].sort();
}

const utf8 = (text: string) => new TextEncoder().encode(text);

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** popup.html with its `{{language}}` and `{{message key}}` placeholders filled in the site's language. */
export function popupInLanguage(template: string, words: ExtensionWords): string {
  const escape = (text: string) => text.replace(/[&<>"]/g, (char) => HTML_ESCAPES[char]!);
  return template.replace(/\{\{([\w.]+)\}\}/g, (_, name: string) => {
    if (name === 'language') return escape(words.language);
    const message = words.messages[name as keyof ExtensionWords['messages']];
    if (message === undefined) throw new Error(`popup.html names {{${name}}}, which the extension's words lack`);
    return escape(formatMessage(message, words.language));
  });
}

async function bundle(entry: string, config: ExtensionConfig, words?: ExtensionWords): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [path.join(SOURCE_DIR, entry)],
    bundle: true,
    format: 'iife',
    minify: true,
    target: BUNDLE_TARGETS,
    // Store reviewers read the shipped code; a source map would point at files the zip does not hold.
    sourcemap: false,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
    define: {
      [CONFIG_GLOBAL]: JSON.stringify(config),
      ...(words ? { [WORDS_GLOBAL]: JSON.stringify(words) } : {}),
    },
  });
  return result.outputFiles[0]!.contents;
}
