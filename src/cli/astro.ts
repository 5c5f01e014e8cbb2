/**
 * `astro build` and `astro dev` with a cache folder of their own, for the tests and the benchmark: Astro keeps
 * rendered explanations and share cards in its `cacheDir`, which is a config option but no command-line flag in
 * Astro 7 (`astro build --help`), so builds that must not share a cache run through Astro's JavaScript API, which
 * takes it as inline config. The command line's own flags are passed as they are; everything else is the same
 * `astro` (`npm run build` does not use this).
 *
 *   node src/cli/astro.ts build --cache-dir <folder> [--out-dir <folder>] [--root <folder>]
 *   node src/cli/astro.ts dev --cache-dir <folder> [--host <host>] [--port <port>] [--root <folder>]
 * @see https://docs.astro.build/en/reference/programmatic-reference/
 */
import { build, dev } from 'astro';
import path from 'node:path';
import { parseCommandLine, usageError } from './usage.ts';

const USAGE = `Usage: node src/cli/astro.ts <build|dev> --cache-dir <folder> [--out-dir <folder>] [--root <folder>]
    [--host <host>] [--port <port>]`;

const { positionals, values } = parseCommandLine(USAGE, {
  allowPositionals: true,
  options: {
    'cache-dir': { type: 'string' },
    'out-dir': { type: 'string' },
    root: { type: 'string' },
    host: { type: 'string' },
    port: { type: 'string' },
  },
});
const [command] = positionals;
const cacheDir = values['cache-dir'];
if ((command !== 'build' && command !== 'dev') || positionals.length > 1) usageError(USAGE, 'Expected build or dev');
if (!cacheDir) usageError(USAGE, 'Missing --cache-dir');

const inline = {
  cacheDir: path.resolve(cacheDir),
  ...(values.root ? { root: path.resolve(values.root) } : {}),
  ...(values['out-dir'] ? { outDir: path.resolve(values['out-dir']) } : {}),
};
if (command === 'build') {
  await build(inline);
} else {
  const port = values.port === undefined ? undefined : Number(values.port);
  await dev({ ...inline, server: { ...(values.host ? { host: values.host } : {}), ...(port ? { port } : {}) } });
}
