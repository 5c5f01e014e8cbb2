/**
 * When the content check fails inside `npm run build`, the editor sees the problems and how
 * to go on, and nothing after them: no "unhandled error" from Astro, no stack trace.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../support/build.ts';
import { prepareCase } from '../support/fixture-case.ts';

describe('a build stopped by the content check', () => {
  const fixture = prepareCase('build-stopped', 'unknown-verdict');
  // What an earlier, successful build left: a deploy step after a failed build must not find it.
  const stale = path.resolve(import.meta.dirname, '../../tests/.output/builds/stopped');
  mkdirSync(stale, { recursive: true });
  writeFileSync(path.join(stale, 'index.html'), '<!doctype html><title>Last week</title>');
  const result = runBuild({
    content: fixture.content,
    outDir: 'tests/.output/builds/stopped',
    cacheDir: 'tests/.output/cache/stopped',
    pagefind: false,
  });

  it('prints the problems and the next step, then stops', () => {
    expect(result.status).toBe(1);
    // `file:line:column-line:column: reason` as the fixture lists it, printed linter-style after the content folder.
    const [expected] = fixture.expected;
    const [, place, reason] = /^(\S+?): (.*)$/.exec(expected!.message)!;
    expect(result.output).toContain(`${fixture.content}/${place}  error  ${reason}`);
    expect(result.output).toContain('npm run check');
  });

  it('leaves no output folder from an earlier build behind', () => {
    expect(existsSync(result.outDir)).toBe(false);
  });

  it('adds no unhandled-error banner or stack trace after them', () => {
    expect(result.output).not.toMatch(/unhandled error/i);
    expect(result.output).not.toMatch(/Stack trace|^\s+at .+:\d+:\d+\)?$/m);
    expect(result.output).not.toContain('ContentError');
  });
});

describe('a build with symbolic links in the content folder', () => {
  const fixture = prepareCase('build-symlink', 'symlink');
  const result = runBuild({
    content: fixture.content,
    outDir: 'tests/.output/builds/symlink',
    cacheDir: 'tests/.output/cache/symlink',
    pagefind: false,
  });

  it('stops at each link (article, source folder, claim, citation, person) and publishes none of them', () => {
    expect(result.status).toBe(1);
    expect(fixture.expected).toHaveLength(5);
    for (const expected of fixture.expected) {
      const [, place, reason] = /^(\S+?): (.*)$/.exec(expected.message)!;
      expect(result.output).toContain(`${fixture.content}/${place}  error  ${reason}`);
    }
    expect(result.output).not.toContain('A secret the build machine can read');
    expect(result.output).not.toContain('Secret Person');
  });
});
