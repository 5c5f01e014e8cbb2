/**
 * Whole sites built by the same engine (tests/fixtures/sites/<name>/, each with its own astro.config.mjs): a site's
 * own src/pages/ adds pages beside the injected ones, and options the engine refuses stop the build and the
 * checker alike, with the same lines.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../support/build.ts';
import { ROOT } from '../support/fixture-case.ts';
import { readPage, select, toString } from '../support/html.ts';

describe('a site with a page of its own (tests/fixtures/sites/extra-page)', () => {
  const result = runBuild({
    root: 'tests/fixtures/sites/extra-page',
    outDir: 'tests/.output/builds/extra-page',
    cacheDir: 'tests/.output/cache/extra-page',
    pagefind: false,
  });

  it('builds', () => {
    expect(result.status, result.output).toBe(0);
  });

  it('serves its own src/pages/ page under its base path, in the engine’s layout, with its options', () => {
    const { tree } = readPage(result.outDir, '/about/');
    expect(toString(select('h1', tree)!)).toBe('About Extra Page Checks');
    expect(select('link[rel=canonical]', tree)!.properties['href']).toBe('https://checks.example.org/checks/about/');
    expect(select('.site-name', tree)!.properties['href']).toBe('/checks/');
  });

  it('serves the engine’s pages beside it, from its own content', () => {
    for (const page of ['index.html', 'methodology/index.html', 'claims/sample-vote/index.html', '404.html']) {
      expect(existsSync(path.join(result.outDir, page)), page).toBe(true);
    }
    const { tree } = readPage(result.outDir, '/');
    expect(toString(select('h1', tree)!)).toBe('Extra Page Checks');
  });
});

describe('a site whose options are wrong (tests/fixtures/sites/bad-options)', () => {
  const site = 'tests/fixtures/sites/bad-options';
  const lines = [
    'Invalid factcheck() options in astro.config.mjs:',
    '  language: Expected a BCP 47 language tag such as "en", "es" or "pt-BR"',
    '  factcheck(): Unexpected option "requireReveiw", did you mean "requireReview"?',
  ].join('\n');

  it('stops the build with one line per option, and no stack trace', () => {
    const result = runBuild({ root: site, outDir: 'tests/.output/builds/bad-options', pagefind: false });
    expect(result.status).toBe(1);
    expect(result.output).toContain(lines);
    expect(result.output).not.toMatch(/Stack trace|^\s+at .+:\d+:\d+\)?$/m);
  });

  it('stops `npm run check` on the same lines, with exit code 2', () => {
    const check = spawnSync(process.execPath, [path.join(ROOT, 'src/cli/check.ts'), site], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(check.status).toBe(2);
    expect(check.stderr).toContain(`check: ${lines}`);
    expect(check.stdout).toBe('');
  });
});
