/**
 * The build stops where the check stops, with the same one message: a content folder without sources, and a
 * YAML file the parser cannot read (an alias bomb), neither with Astro's "unhandled error" banner or a stack trace.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../support/build.ts';
import { prepareCase, ROOT } from '../support/fixture-case.ts';

const noBanner = (output: string) => {
  expect(output).not.toMatch(/unhandled error/i);
  expect(output).not.toMatch(/Stack trace|^\s+at .+:\d+:\d+\)?$/m);
};

describe('a build without content to build', { timeout: 120_000 }, () => {
  it('stops on a content folder with no sources, instead of building an empty site', () => {
    const content = 'tests/.output/content-folder/build-empty';
    rmSync(path.join(ROOT, content), { recursive: true, force: true });
    mkdirSync(path.join(ROOT, content, 'sources'), { recursive: true });
    const result = runBuild({ content, outDir: 'tests/.output/builds/empty', pagefind: false });
    expect(result.status).toBe(1);
    expect(result.output).toContain(`Missing sources in "${content}/sources"`);
    noBanner(result.output);
  });

  it('reports a YAML alias bomb at its file and line with its rule, as the check does', () => {
    const fixture = prepareCase('build-alias-bomb', 'yaml-alias-bomb');
    const result = runBuild({ content: fixture.content, outDir: 'tests/.output/builds/alias-bomb', pagefind: false });
    expect(result.status).toBe(1);
    const [, place, reason] = /^(\S+?): (.*)$/.exec(fixture.expected[0]!.message)!;
    expect(result.output).toContain(`${fixture.content}/${place}  error  ${reason}  yaml-syntax`);
    noBanner(result.output);
  });
});
