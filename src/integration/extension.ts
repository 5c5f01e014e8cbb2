/**
 * After the pages are written, builds the browser extension into `<dist>/extension/` (unpacked,
 * next to the /extension/ page that explains it) and `<dist>/extension.zip`, from the same
 * published content the pages were rendered from.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildExtension } from '../extension/build.ts';
import { extensionSiteUrl, extensionSources } from '../site/extension-sources.ts';
import { buildSiteModel, type SiteData } from '../site/site-model.ts';

/**
 * The build's date in UTC, shown as the bundled copy's date; SOURCE_DATE_EPOCH (seconds) fixes it
 * for reproducible builds.
 * @see https://reproducible-builds.org/specs/source-date-epoch/
 */
export function bundledAt(now: Date = new Date()): string {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return date.toISOString().slice(0, 10);
}

export async function buildSiteExtension(root: string, distDir: string, data: SiteData): Promise<void> {
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  await buildExtension({
    siteUrl: extensionSiteUrl(),
    sources: extensionSources(buildSiteModel(data)),
    outDir: path.join(distDir, 'extension'),
    zipFile: path.join(distDir, 'extension.zip'),
    version,
    bundledAt: bundledAt(),
  });
}
