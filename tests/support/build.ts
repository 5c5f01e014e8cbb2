/**
 * Runs the real build the way `npm run build` does, on any content folder. The search index is part of
 * `astro build` (src/integration/search-index.ts); `pagefind: false` skips it. With `cacheDir`, the build keeps
 * its explanations and share cards in a folder of its own: Astro's `cacheDir`, given through src/cli/astro.ts
 * because Astro's command line has no flag for it.
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
  /** Another site's folder (a fixture site with its own astro.config.mjs); default the project's. */
  root?: string;
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
    ...(options.pagefind === false ? { FACTCHECK_SEARCH_INDEX: 'off' } : {}),
    ...options.env,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  // process.execPath is the Node that runs the tests (the project's Node 24 under npm scripts).
  const command = options.cacheDir
    ? [path.join(ROOT, 'src/cli/astro.ts'), 'build', '--cache-dir', path.resolve(ROOT, options.cacheDir), '--out-dir']
    : [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir'];
  const root = options.root ? ['--root', path.resolve(ROOT, options.root)] : [];
  const astro = spawnSync(process.execPath, [...command, outDir, ...root], { cwd: ROOT, env, encoding: 'utf8' });
  const output = `${astro.stdout}${astro.stderr}`;
  const status = astro.status;
  // eslint-disable-next-line no-control-regex
  return { status, output: output.replace(/\u001b\[[0-9;]*m/g, ''), outDir };
}
