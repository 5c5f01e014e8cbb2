/**
 * `astro dev` on fixture content: saving a bad file logs the checker's message (the same
 * `file:line:column-line:column  error  message  rule-id` as `npm run check`), the pages that show
 * the broken claim answer with that message in their HTML while the others keep rendering, and
 * once the file is fixed the check passes again and the page renders.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareCase, ROOT } from '../support/fixture-case.ts';

const fixture = prepareCase('dev-server', null);
const claimFile = path.join(ROOT, fixture.content, 'claims/sample-article/sample-vote.mdx');
const original = readFileSync(claimFile, 'utf8');
const port = 4500 + Math.floor(Math.random() * 400);
const base = `http://127.0.0.1:${port}`;
let server: ChildProcess;
let output = '';
/** What the dev server pushes to the browser (Vite's HMR channel): the error overlay and reloads. */
const pushed: string[] = [];
let socket: WebSocket | undefined;

/** Resolves once the server output (after `from`) matches, so each step waits only for its own message. */
async function waitForOutput(pattern: RegExp | string, from: number, timeout = 60_000): Promise<string> {
  const started = Date.now();
  while (Date.now() - started < timeout) {
    const fresh = output.slice(from);
    if (typeof pattern === 'string' ? fresh.includes(pattern) : pattern.test(fresh)) return fresh;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${String(pattern)} in dev server output:\n${output.slice(from)}`);
}

/** The test runner's own environment (VITEST*, NODE_ENV=test) turns off Astro's routing and Vite's reloads. */
const withoutVitest = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV'));

async function until(condition: () => boolean, timeout = 10_000): Promise<boolean> {
  const started = Date.now();
  while (!condition() && Date.now() - started < timeout) await new Promise((resolve) => setTimeout(resolve, 100));
  return condition();
}

const status = async (url: string) => (await fetch(url)).status;

/** The first request after start-up may come before the content store is synced: retry briefly. */
async function eventually200(url: string, timeout = 60_000): Promise<number> {
  const started = Date.now();
  let last = 0;
  while (Date.now() - started < timeout) {
    last = await status(url);
    if (last === 200) return last;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return last;
}

/**
 * Pages take their props from getStaticPaths, which Astro caches until the content store has
 * synced the change (a few hundred ms after the save), so a failing page is awaited too.
 */
async function eventuallyNot200(url: string, timeout = 15_000): Promise<number> {
  const started = Date.now();
  let last = 200;
  while (Date.now() - started < timeout) {
    last = await status(url);
    if (last !== 200) return last;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return last;
}

describe('the dev server follows content edits', () => {
  beforeAll(async () => {
    server = spawn(
      process.execPath,
      // Astro's own command with a cache folder of its own (src/cli/astro.ts): Astro's command line has no flag for it.
      [
        path.join(ROOT, 'src/cli/astro.ts'),
        'dev',
        '--cache-dir',
        path.join(ROOT, 'tests/.output/cache/dev-server'),
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
      ],
      {
        cwd: ROOT,
        env: {
          ...withoutVitest(process.env),
          FACTCHECK_CONTENT: fixture.content,
          NO_COLOR: '1',
          FORCE_COLOR: '0',
        },
      },
    );
    // eslint-disable-next-line no-control-regex
    const collect = (chunk: Buffer) => (output += chunk.toString('utf8').replace(/\u001b\[[0-9;]*m/g, ''));
    server.stdout?.on('data', collect);
    server.stderr?.on('data', collect);
    await waitForOutput(`http://127.0.0.1:${port}/`, 0, 120_000);
    socket = new WebSocket(`ws://127.0.0.1:${port}/`, 'vite-hmr');
    socket.addEventListener('message', (event) => pushed.push(String(event.data)));
    await new Promise((resolve, reject) => {
      socket?.addEventListener('open', resolve);
      socket?.addEventListener('error', reject);
    });
  });

  afterAll(() => {
    writeFileSync(claimFile, original);
    socket?.close();
    server?.kill();
  });

  it('serves the page, reports a bad save at its line and column, and serves the page again once fixed', async () => {
    expect(await eventually200(`${base}/sources/sample-article/`)).toBe(200);
    // Share cards: a build draws them in worker threads; the dev server on request, at the same URLs.
    for (const card of ['/cards/sample-vote.png', '/cards/site.png']) {
      const response = await fetch(`${base}${card}`);
      expect([response.status, response.headers.get('content-type')], card).toEqual([200, 'image/png']);
    }

    // A good save: the open page reloads and shows the new explanation.
    let from = output.length;
    writeFileSync(claimFile, original.replace('shows 13 votes in favour', 'shows 14 votes in favour'));
    await waitForOutput(/Content check after a change to .*sample-vote\.mdx: ok/, from);
    const reloaded = () => pushed.some((message) => (JSON.parse(message) as { type: string }).type === 'full-reload');
    expect(await until(reloaded)).toBe(true);
    expect(await (await fetch(`${base}/claims/sample-vote/`)).text()).toContain('shows 14 votes in favour');
    expect(await (await fetch(`${base}/sources/sample-article/`)).text()).toContain('shows 14 votes in favour');
    pushed.length = 0;

    from = output.length;
    writeFileSync(claimFile, original.replace('verdict: supported', 'verdict: supportd'));
    const logged = await waitForOutput('unknown-verdict', from);
    expect(logged).toContain(
      `${fixture.content}/claims/sample-article/sample-vote.mdx:3:10-3:18  error  Unexpected verdict "supportd"`,
    );
    expect(logged).toContain('Did you mean "supported"?');
    expect(await eventuallyNot200(`${base}/sources/sample-article/`)).toBe(500);
    // The pages that show the claim say what is wrong in their HTML, for readers without the overlay.
    for (const page of ['/sources/sample-article/', '/claims/sample-vote/']) {
      const html = await (await fetch(`${base}${page}`)).text();
      expect(html, page).toContain('sample-vote.mdx:3:10-3:18  error  Unexpected verdict &quot;supportd&quot;');
    }
    // Pages that do not show the broken claim keep rendering.
    expect(await status(`${base}/sources/second-article/`)).toBe(200);
    expect(await status(`${base}/claims/second-vote/`)).toBe(200);
    const overlay = pushed
      .map((message) => JSON.parse(message) as { type: string; err?: { message: string; plugin?: string } })
      .find((message) => message.type === 'error' && message.err?.plugin === 'factcheck-content');
    // HTML-escaped (by Astro) on the way to the overlay, so quoted content stays text.
    expect(overlay?.err?.message, 'the browser shows the problem in the error overlay').toContain(
      'sample-vote.mdx:3:10-3:18  error  Unexpected verdict &quot;supportd&quot;',
    );

    from = output.length;
    writeFileSync(claimFile, original);
    await waitForOutput(/Content check after a change to .*sample-vote\.mdx: ok/, from);
    expect(await eventually200(`${base}/sources/sample-article/`)).toBe(200);
    expect(
      await until(reloaded),
      `the browser reloads, clearing the overlay; got ${pushed.map((message) => message.slice(0, 80)).join(' | ')}`,
    ).toBe(true);
    const page = await (await fetch(`${base}/claims/sample-vote/`)).text();
    expect(page).toContain('The vote record shows a unanimous vote.');
  });
});
