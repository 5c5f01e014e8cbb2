import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCALE } from '../../../src/domain/scale.ts';
import { buildExtension, extensionFileNames, type ExtensionSource } from '../../../src/integration/extension/build.ts';
import { ENGLISH_EXTENSION_WORDS } from '../../support/extension-words.ts';

const work = mkdtempSync(path.join(tmpdir(), 'extension-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SOURCES: ExtensionSource[] = [
  {
    slug: 'a-story',
    title: 'A story',
    url: 'https://news.example/a-story',
    collection: { total: 0 } as unknown as ExtensionSource['collection'],
  },
];
const options = (name: string) => ({
  siteUrl: 'https://checks.example/base/',
  sources: SOURCES,
  outDir: path.join(work, name),
  zipFile: path.join(work, `${name}.zip`),
  version: '1.2.3',
  bundledAt: '2026-12-01',
  scale: DEFAULT_SCALE,
  words: ENGLISH_EXTENSION_WORDS,
});

describe('buildExtension', () => {
  it('writes the same zip bytes twice, holding exactly the extension files', async () => {
    await buildExtension(options('first'));
    await buildExtension(options('second'));
    const first = readFileSync(path.join(work, 'first.zip'));
    expect(first.equals(readFileSync(path.join(work, 'second.zip')))).toBe(true);
    expect(Object.keys(unzipSync(first)).sort()).toEqual(extensionFileNames(['a-story']));
    expect(readdirSync(path.join(work, 'first', 'annotations'))).toEqual(['a-story.jsonld']);
  });

  it('dates every zip entry 2000-01-01 00:00, whatever the clock and time zone', () => {
    const zip = readFileSync(path.join(work, 'first.zip'));
    // Central directory headers (PK\x01\x02) carry the DOS time at +12 and date at +14.
    const dates: number[][] = [];
    for (let at = zip.indexOf('PK\x01\x02', 0, 'latin1'); at >= 0; at = zip.indexOf('PK\x01\x02', at + 4, 'latin1'))
      dates.push([zip.readUInt16LE(at + 12), zip.readUInt16LE(at + 14)]);
    expect(dates).toHaveLength(extensionFileNames(['a-story']).length);
    const year2000 = ((2000 - 1980) << 9) | (1 << 5) | 1;
    expect(new Set(dates.map(String))).toEqual(new Set([`0,${year2000}`]));
  });

  it('bakes the site address, sources and date into the bundles', async () => {
    const background = readFileSync(path.join(work, 'first', 'background.js'), 'utf8');
    expect(background).toContain('https://checks.example/base/');
    expect(background).toContain('https://news.example/a-story');
    expect(background).toContain('2026-12-01');
    expect(background).not.toContain('__FACTCHECK_EXTENSION_CONFIG__');
    expect(background).not.toMatch(/sourceMappingURL/);
  });

  it('removes annotation copies of sources that are gone', async () => {
    await buildExtension({ ...options('first'), sources: [] });
    expect(existsSync(path.join(work, 'first', 'annotations', 'a-story.jsonld'))).toBe(false);
    expect(existsSync(path.join(work, 'first', 'manifest.json'))).toBe(true);
  });

  it('refuses a site address without its trailing slash', async () => {
    await expect(buildExtension({ ...options('bad'), siteUrl: 'https://checks.example/base' })).rejects.toThrow(
      /must end in '\/'/,
    );
  });
});
