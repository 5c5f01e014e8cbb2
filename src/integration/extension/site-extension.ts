/**
 * After the pages are written, builds the browser extension into `<dist>/extension/` (unpacked,
 * next to the /extension/ page that explains it) and `<dist>/extension.zip`, from the same
 * published content the pages were rendered from.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildSiteModel, type SiteData } from '../../site/site-model.ts';
import { buildExtension } from './build.ts';
import { extensionSiteUrl, extensionSources } from './sources.ts';
import { activeScale } from '../../site/active-scale.ts';
import { EXTENSION_MESSAGE_KEYS } from '../../extension/words.ts';
import { activeTranslator } from '../../i18n/active.ts';
import type { SiteIdentity } from '../../site/site-identity.ts';

/**
 * The build's date in UTC, shown as the bundled copy's date; `epoch`, SOURCE_DATE_EPOCH (seconds, read in
 * deploy-env.ts), fixes it for reproducible builds.
 * @see https://reproducible-builds.org/specs/source-date-epoch/
 */
export function bundledAt(epoch: string | undefined, now: Date = new Date()): string {
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return date.toISOString().slice(0, 10);
}

/**
 * The part of the content the extension is built from: the sources with an original address and
 * their claims. The pages build their own model of the whole site; building it again here took
 * 8–13 s at 25,000 claims, for a benchmark corpus with no address at all.
 */
function articlesOnly(data: SiteData): SiteData {
  const sources = data.corpus.sources.filter((source) => source.data.url);
  const slugs = new Set(sources.map((source) => source.slug));
  const claims = data.corpus.claims.filter((claim) => slugs.has(claim.source));
  return { ...data, corpus: { ...data.corpus, sources, claims } };
}

/** What the extension takes from the site's options and the deploy (src/integration/options.ts). */
export interface ExtensionSettings {
  readonly site: SiteIdentity;
  readonly sourceDateEpoch: string | undefined;
}

/** Builds it and says what was written, for the build log. */
export async function buildSiteExtension(
  root: string,
  distDir: string,
  data: SiteData,
  { site, sourceDateEpoch }: ExtensionSettings,
): Promise<string> {
  const started = performance.now();
  const version = siteVersion(root);
  const sources = extensionSources(buildSiteModel(articlesOnly(data)), site);
  const zipFile = path.join(distDir, 'extension.zip');
  await buildExtension({
    siteUrl: extensionSiteUrl(site),
    sources,
    outDir: path.join(distDir, 'extension'),
    zipFile,
    version,
    bundledAt: bundledAt(sourceDateEpoch),
    scale: activeScale(),
    words: activeTranslator().pick(EXTENSION_MESSAGE_KEYS, 'long'),
  });
  const kilobytes = (statSync(zipFile).size / 1024).toFixed(1);
  const milliseconds = Math.round(performance.now() - started);
  const written = `extension/ and extension.zip (${kilobytes} kB)`;
  const unversioned = version === UNVERSIONED ? ` (version ${UNVERSIONED}: the site's package.json has none)` : '';
  return `browser extension for ${sources.length} articles: ${written} in ${milliseconds} ms${unversioned}`;
}

/** What a site without a `version` in its package.json gets, said in the build log: browsers need one. */
const UNVERSIONED = '0.1.0';

/** The site's version (its package.json's), which the extension carries so browsers can tell an update. */
function siteVersion(root: string): string {
  const file = path.join(root, 'package.json');
  const json = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }) : {};
  return typeof json.version === 'string' ? json.version : UNVERSIONED;
}
