/**
 * Explanations kept between builds (src/markdown/explanation-cache.ts): a warm build gives exactly what a cold one
 * gives (the same HTML, the same problems), renders only what changed, and never keeps what was refused.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../src/corpus/check-body.ts';
import { ExplanationCache } from '../../src/markdown/explanation-cache.ts';

const ACCEPTED = 'An *accepted* explanation -- with [a link](https://example.org/a) and "quotes".\n';
const REFUSED = 'A [bad link](javascript:alert(1)) and {1 + 1}.\n';

async function build(dir: string, bodies: Record<string, string>) {
  const cache = await ExplanationCache.open(dir);
  const results: Record<string, Awaited<ReturnType<typeof checkBody>>> = {};
  for (const [file, body] of Object.entries(bodies)) {
    results[file] = await checkBody(body, { file, bodyLine: 7, render: true, cache });
  }
  await cache.save();
  return { cache, results };
}

describe('ExplanationCache', () => {
  it('gives a warm build the same HTML and problems as a cold one, and renders only the changed body', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'explanations-'));
    const bodies = { 'claims/s/a.mdx': ACCEPTED, 'claims/s/b.mdx': REFUSED, 'claims/s/c.md': 'Plain {x}.\n' };
    const uncached = Object.fromEntries(
      await Promise.all(
        Object.entries(bodies).map(async ([file, body]) => [
          file,
          await checkBody(body, { file, bodyLine: 7, render: true }),
        ]),
      ),
    );
    const cold = await build(dir, bodies);
    expect(cold.cache.hits).toBe(0);
    expect(cold.results).toEqual(uncached);
    expect(cold.results['claims/s/b.mdx']!.problems.map((problem) => problem.ruleId).sort()).toEqual([
      'mdx-code',
      'unsafe-url',
    ]);

    const warm = await build(dir, bodies);
    expect(warm.results).toEqual(uncached);
    // The two accepted bodies came from the cache; the refused one was parsed again and reported again.
    expect([warm.cache.hits, warm.cache.misses]).toEqual([2, 1]);

    const edited = await build(dir, { ...bodies, 'claims/s/a.mdx': `${ACCEPTED}One more sentence.\n` });
    expect([edited.cache.hits, edited.cache.misses]).toEqual([1, 2]);
    expect(edited.results['claims/s/a.mdx']!.html).toContain('One more sentence.');
  });

  it('keys an explanation by its file and first line too, and keeps only what the last build used', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'explanations-'));
    await build(dir, { 'claims/s/a.mdx': ACCEPTED });
    const moved = await build(dir, { 'claims/s/a.md': ACCEPTED });
    expect(moved.cache.hits).toBe(0);
    const saved = JSON.parse(readFileSync(path.join(dir, 'explanations.json'), 'utf8')) as {
      entries: Record<string, string>;
    };
    expect(Object.keys(saved.entries)).toHaveLength(1);
  });

  it('ignores a cache written by another renderer', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'explanations-'));
    const file = 'claims/s/a.mdx';
    await build(dir, { [file]: ACCEPTED });
    const saved = JSON.parse(readFileSync(path.join(dir, 'explanations.json'), 'utf8')) as {
      renderer: string;
      entries: Record<string, string>;
    };
    const key = ExplanationCache.key({ body: ACCEPTED, file, bodyLine: 7 });
    saved.entries[key] = '<p>stale</p>';
    writeFileSync(path.join(dir, 'explanations.json'), JSON.stringify({ ...saved, renderer: 'another' }));
    const rebuilt = await build(dir, { [file]: ACCEPTED });
    expect(rebuilt.cache.hits).toBe(0);
    expect(rebuilt.results[file]!.html).not.toContain('stale');
  });
});
