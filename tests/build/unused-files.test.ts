/**
 * Nothing in `dist/` is shipped for nothing: every file is an entry point or is reached from one through a
 * reference (tests/support/site-references.ts). Hosts limit sites by size and file count (issue 17), and an
 * unused file is a file nobody checks.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import siteConfig from 'virtual:factcheck/config';
import { SITE_DIR } from '../setup/build-site.ts';
import { siteReferences } from '../support/site-references.ts';

/**
 * Files asked for by name rather than through a link: the home page, the host's 404 page, crawler and sitemap
 * files, the published data (`/data/`, documented in the README for other programs), and the browser extension
 * (`/extension/` and `extension.zip`, downloaded by people and stores).
 */
const ENTRY_POINTS = ['index.html', '404.html', 'robots.txt', 'sitemap-index.xml', 'extension.zip'];
const isEntryPoint = (file: string) =>
  ENTRY_POINTS.includes(file) || file.startsWith('data/') || file.startsWith('extension/');

const siteRoot = new URL(siteConfig.base, siteConfig.url).href;

describe('dist/', () => {
  it('holds no file that nothing references', () => {
    const { files, unreached } = siteReferences(SITE_DIR, { siteRoot, isEntryPoint });
    expect(files.length).toBeGreaterThan(100);
    expect(unreached).toEqual([]);
  });

  it("ships none of Pagefind's UI bundles, which the site never loads", () => {
    const { files } = siteReferences(SITE_DIR, { siteRoot, isEntryPoint });
    expect(files.filter((file) => /^pagefind\/pagefind-(component-|modular-)?ui\./.test(file))).toEqual([]);
    expect(files).toContain('pagefind/pagefind.js');
    expect(files).toContain('pagefind/pagefind-highlight.js');
  });

  it('finds a file that only an unreached file references', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'site-references-'));
    mkdirSync(path.join(dir, 'a'));
    writeFileSync(path.join(dir, 'index.html'), `<link rel="icon" href="${siteRoot}icon.svg"><a href="a/">a</a>`);
    writeFileSync(path.join(dir, 'icon.svg'), '<svg/>');
    writeFileSync(path.join(dir, 'a/index.html'), '<img srcset="../pic.png 1x, ../pic2.png 2x">');
    writeFileSync(path.join(dir, 'pic.png'), '');
    writeFileSync(path.join(dir, 'pic2.png'), '');
    writeFileSync(path.join(dir, 'orphan.js'), 'import("./orphan.css")');
    writeFileSync(path.join(dir, 'orphan.css'), '');
    expect(siteReferences(dir, { siteRoot, isEntryPoint }).unreached).toEqual(['orphan.css', 'orphan.js']);
  });
});
