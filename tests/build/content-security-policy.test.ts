/** Every page of the built site carries its Content-Security-Policy, first in <head>, hashing its own inline code. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_META, pagePolicy } from '../../src/integration/content-security-policy.ts';
import { SITE_DIR } from '../setup/build-site.ts';

const pages = readdirSync(SITE_DIR, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => path.relative(SITE_DIR, path.join(entry.parentPath, entry.name)))
  .filter((file) => !file.startsWith('extension/'));

describe('the built site’s Content-Security-Policy', () => {
  it('is on every page, as the first element of <head>, and covers exactly what the page carries', () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages) {
      const html = readFileSync(path.join(SITE_DIR, file), 'utf8');
      const meta = new RegExp(`<head[^>]*><meta ${CSP_META} content="([^"]+)">`).exec(html);
      expect(meta, file).not.toBeNull();
      // Computed again without the tag itself: the same policy the build wrote.
      expect(meta![1], file).toBe(pagePolicy(html.replace(meta![0], meta![0].replace(/<meta[^>]+>$/, ''))));
    }
  });
});
