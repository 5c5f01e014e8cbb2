/**
 * The extension as the real site build writes it: dist/extension/ (unpacked) and
 * dist/extension.zip, linted by Mozilla's web-ext, and the /extension/ page that explains it.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extensionFileNames } from '../../../src/integration/extension/build.ts';
import { articleMatchPatterns } from '../../../src/integration/extension/match-patterns.ts';
import { absoluteUrl, paths } from '../../../src/site/urls.ts';
import { ROOT } from '../../support/fixture-case.ts';
import { readPage, selectAll } from '../../support/html.ts';
import { SITE_DIR } from '../../setup/build-site.ts';

const EXTENSION_DIR = path.join(SITE_DIR, 'extension');
const SITE_URL = absoluteUrl(paths.home());
const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
/** The published sources, from the site's own export. */
const published = JSON.parse(readFileSync(path.join(SITE_DIR, 'data/sources.json'), 'utf8')) as {
  slug: string;
  originalUrl?: string | null;
}[];
const sources = published.map((source) => source.slug).sort();
const articleUrls = published.flatMap((source) => (source.originalUrl ? [source.originalUrl] : []));
const BUNDLES = ['background.js', 'content.js', 'popup.js'];

function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((entry) => statSync(path.join(dir, entry)).isFile())
    .map((entry) => entry.split(path.sep).join('/'))
    .sort();
}

describe('the built extension', () => {
  it('holds the manifest, three bundles, the popup, icons and an annotation copy per source', () => {
    expect(sources.length).toBeGreaterThanOrEqual(4);
    const expected = extensionFileNames(sources);
    expect(expected).toEqual(expect.arrayContaining([...BUNDLES, 'manifest.json', 'popup.html', 'popup.css']));
    // index.html is the site's /extension/ page, which shares the folder.
    expect(filesUnder(EXTENSION_DIR)).toEqual([...expected, 'index.html'].sort());
    for (const slug of sources) {
      const bundled = JSON.parse(readFileSync(path.join(EXTENSION_DIR, `annotations/${slug}.jsonld`), 'utf8'));
      const onSite = JSON.parse(readFileSync(path.join(SITE_DIR, `data/annotations/${slug}.jsonld`), 'utf8'));
      expect(bundled, slug).toEqual(onSite);
    }
  });

  it('zips exactly the extension files, manifest at the root, without the page', () => {
    const zip = unzipSync(readFileSync(path.join(SITE_DIR, 'extension.zip')));
    expect(Object.keys(zip).sort()).toEqual(extensionFileNames(sources));
    for (const [name, bytes] of Object.entries(zip))
      expect(Buffer.from(bytes).equals(readFileSync(path.join(EXTENSION_DIR, name))), name).toBe(true);
  });

  it('runs its content script only on the checked articles, and reaches only our site', () => {
    const expected = articleUrls.flatMap((url) => articleMatchPatterns(url));
    expect(manifest.content_scripts).toHaveLength(1);
    expect([...manifest.content_scripts[0].matches].sort()).toEqual([...new Set(expected)].sort());
    // A match pattern names no port: the local preview address (http://localhost:4321) is `http://localhost/*`.
    const site = new URL(SITE_URL);
    expect(manifest.host_permissions).toEqual([`${site.protocol}//${site.hostname}/*`]);
    expect(manifest.permissions).toEqual([]);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|"tabs"|:\/\/\*\//);
  });

  it('ships no remote code: the bundles name no address but our site and the checked articles', () => {
    // The Web Annotation context is a namespace identifier, compared and never fetched.
    const allowed = (url: string) =>
      url.startsWith(SITE_URL) || articleUrls.includes(url) || url === 'http://www.w3.org/ns/anno.jsonld';
    for (const bundle of BUNDLES) {
      const code = readFileSync(path.join(EXTENSION_DIR, bundle), 'utf8');
      const urls = code.match(/https?:\/\/[^\s"'`)]+/g) ?? [];
      expect(
        urls.filter((url) => !allowed(url)),
        bundle,
      ).toEqual([]);
      expect(code, bundle).not.toMatch(/importScripts|\beval\(|new Function\(/);
    }
    const popup = readFileSync(path.join(EXTENSION_DIR, 'popup.html'), 'utf8');
    expect(popup).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('passes web-ext lint with no errors', () => {
    const lint = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/web-ext/bin/web-ext.js'),
        'lint',
        '--source-dir',
        EXTENSION_DIR,
        '--ignore-files',
        'index.html',
        '--output',
        'json',
        '--no-config-discovery',
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
    );
    const report = JSON.parse(lint.stdout) as { summary: { errors: number }; errors: unknown[] };
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});

describe('the /extension/ page', () => {
  const { tree } = readPage(SITE_DIR, '/extension/');

  it('lists exactly the permissions the manifest asks for, each with its reason', () => {
    const listed = selectAll('[data-permission]', tree).map((item) => String(item.properties['dataPermission']));
    expect(listed.sort()).toEqual([...manifest.permissions, ...manifest.host_permissions].sort());
  });

  it('names every article the extension runs on, with its original address, and offers the zip', () => {
    const links = selectAll('[data-extension-articles] a.extension-url', tree).map((a) => String(a.properties['href']));
    expect(links.sort()).toEqual([...articleUrls].sort());
    const download = selectAll('a[download]', tree).map((a) => String(a.properties['href']));
    expect(download).toEqual([`${new URL(SITE_URL).pathname}extension.zip`]);
  });
});
