/**
 * Deterministic builds: two builds of the same content, each from a cold cache, produce
 * byte-identical output (pages, data exports, share cards, search index), so a deploy only
 * ships what changed; and a rebuild from the first build's caches (cards, rendered explanations)
 * gives the same bytes as a cold one.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../support/build.ts';
import { prepareCase, ROOT } from '../support/fixture-case.ts';

function digest(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const file = path.join(dir, entry);
    if (statSync(file).isFile())
      files.set(entry.split(path.sep).join('/'), createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return files;
}

describe('deterministic builds', () => {
  it('builds the same content twice into byte-identical dist folders', () => {
    const fixture = prepareCase('deterministic', null);
    // `warm` reuses run a's cache folder as it was left.
    const outputs = ['a', 'b', 'warm'].map((run) => {
      const cacheDir = `tests/.output/cache/deterministic-${run === 'warm' ? 'a' : run}`;
      if (run !== 'warm') rmSync(path.join(ROOT, cacheDir), { recursive: true, force: true });
      const result = runBuild({
        content: fixture.content,
        outDir: `tests/.output/builds/deterministic-${run}`,
        cacheDir,
      });
      expect(result.status, result.output).toBe(0);
      return digest(result.outDir);
    });
    const [first, ...others] = outputs as [Map<string, string>, Map<string, string>, Map<string, string>];
    expect(first.size).toBeGreaterThan(20);
    for (const other of others) {
      expect([...other.keys()]).toEqual([...first.keys()]);
      const differing = [...first].filter(([file, hash]) => other.get(file) !== hash).map(([file]) => file);
      expect(differing).toEqual([]);
    }
  });
});
