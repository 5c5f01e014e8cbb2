import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEXER_ALLOCATOR_CONF, withIndexerAllocator } from '../../src/integration/search-index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The binary Pagefind's Node API starts (node_modules/pagefind/lib/service.js prefers the extended one). */
const INDEXER = path.join(
  ROOT,
  'node_modules/@pagefind',
  `${process.platform}-${process.arch}`,
  'bin/pagefind_extended',
);

describe('the search indexer gives freed memory back at once', () => {
  it('sets the allocator while the indexer starts, and puts the environment back', async () => {
    const env: NodeJS.ProcessEnv = { KEEP: '1' };
    const seen = await withIndexerAllocator(env, async () => env._RJEM_MALLOC_CONF);
    expect(seen).toBe(INDEXER_ALLOCATOR_CONF);
    expect(env).toEqual({ KEEP: '1' });
  });

  it('puts the environment back when starting fails', async () => {
    const env: NodeJS.ProcessEnv = {};
    await expect(
      withIndexerAllocator(env, async () => {
        throw new Error('no indexer');
      }),
    ).rejects.toThrow('no indexer');
    expect(env).toEqual({});
  });

  it('leaves a setting made by whoever runs the build alone', async () => {
    const env: NodeJS.ProcessEnv = { _RJEM_MALLOC_CONF: 'narenas:1' };
    expect(await withIndexerAllocator(env, async () => env._RJEM_MALLOC_CONF)).toBe('narenas:1');
    expect(env._RJEM_MALLOC_CONF).toBe('narenas:1');
  });

  it('is a setting the indexer reads and accepts', () => {
    expect(existsSync(INDEXER), `${INDEXER} is missing`).toBe(true);
    // jemalloc prints its options at exit with stats_print, and complains of a pair it does not know.
    const run = spawnSync(INDEXER, ['--version'], {
      env: { ...process.env, _RJEM_MALLOC_CONF: `${INDEXER_ALLOCATOR_CONF},stats_print:true` },
      encoding: 'utf8',
    });
    const output = `${run.stdout}${run.stderr}`;
    expect(output).not.toContain('Invalid conf');
    expect(output).toMatch(/opt\.dirty_decay_ms: 0\b/);
    expect(output).toMatch(/opt\.muzzy_decay_ms: 0\b/);
  });
});
