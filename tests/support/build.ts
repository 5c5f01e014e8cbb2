/**
 * Runs the real build the way `npm run build` does, on any content folder. The search index is part of
 * `astro build` (src/integration/search-index.ts); `pagefind: false` skips it.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './fixture-case.ts';

export interface BuildResult {
  readonly status: number | null;
  /** stdout and stderr together, ANSI colours removed. */
  readonly output: string;
  readonly outDir: string;
}

export function runBuild(options: {
  content?: string;
  outDir: string;
  cacheDir?: string;
  pagefind?: boolean;
  /** Extra environment for the build (an empty string unsets a setting read with `||`). */
  env?: Record<string, string>;
}): BuildResult {
  const outDir = path.resolve(ROOT, options.outDir);
  const env = {
    ...process.env,
    ...(options.content ? { FACTCHECK_CONTENT: options.content } : {}),
    ...(options.cacheDir ? { FACTCHECK_CACHE_DIR: path.resolve(ROOT, options.cacheDir) } : {}),
    ...(options.pagefind === false ? { FACTCHECK_SEARCH_INDEX: 'off' } : {}),
    ...options.env,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  // process.execPath is the Node that runs the tests (the project's Node 24 under npm scripts).
  const astro = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    { cwd: ROOT, env, encoding: 'utf8' },
  );
  const output = `${astro.stdout}${astro.stderr}`;
  const status = astro.status;
  // eslint-disable-next-line no-control-regex
  return { status, output: output.replace(/\u001b\[[0-9;]*m/g, ''), outDir };
}
