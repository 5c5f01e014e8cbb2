/**
 * verify-source against a hostile site (issue 26): a compression bomb sent without `Content-Length` stops at the
 * size limit with exit 2 and one line, in bounded memory; redirects to `data:`, `javascript:` and loopback
 * addresses are refused, as is a loopback address asked for directly.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchOriginal, MAX_BYTES } from '../../src/verify/fetch-original.ts';
import { ROOT } from '../support/fixture-case.ts';
import { startHostileServer, type HostileServer } from '../support/hostile-server.ts';

const CONTENT = 'tests/fixtures/verify/content';
/** Prints the process's peak resident memory (KB) as it exits, the one figure a parent cannot read afterwards. */
const REPORT_PEAK =
  'data:text/javascript,process.on("exit",()=>' +
  'process.stderr.write("peak-rss-kb "+process.resourceUsage().maxRSS+"\\n"))';

let server: HostileServer;

beforeAll(async () => {
  server = await startHostileServer();
}, 60_000);

afterAll(async () => {
  await server.close();
});

function runVerify(args: readonly string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', REPORT_PEAK, path.join(ROOT, 'src/cli/verify-source.ts'), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, FACTCHECK_CONTENT: CONTENT, FACTCHECK_FETCH_TIMEOUT_MS: '20000' },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('npm run verify-source on a hostile site', { timeout: 60_000 }, () => {
  it('stops a 300 MB gzip bomb without Content-Length at the limit: exit 2, one line, under 400 MB', async () => {
    const run = await runVerify(['council-budget', '--from', `${server.loopback}/bomb`, '--allow-private-addresses']);
    const lines = run.stderr.trim().split('\n');
    const peak = Number(/^peak-rss-kb (\d+)$/.exec(lines.pop() ?? '')?.[1]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(lines).toEqual([
      'verify-source: council-budget: page too large ' +
        `(over ${MAX_BYTES} bytes once decompressed) at ${server.loopback}/bomb`,
    ]);
    console.log(`gzip bomb: peak resident memory ${Math.round(peak / 1024)} MB`);
    expect(peak / 1024).toBeLessThan(400);
  });

  it('refuses a loopback address without --allow-private-addresses, in one line', async () => {
    const run = await runVerify(['council-budget', '--from', `${server.loopback}/secret`]);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      `verify-source: council-budget: refused to fetch ${server.loopback.slice(7)}: 127.0.0.1 is a loopback, ` +
        `private or reserved address (from ${server.loopback}/secret)`,
    );
  });
});

describe('fetchOriginal on a hostile site', () => {
  const fetchFrom = (page: string) =>
    fetchOriginal(`${server.base}${page}`, { fetch: server.fetch, resolve: server.resolve, timeoutMs: 5_000 });

  it.each([
    ['/to-data', 'refused to fetch data: URL: only http(s)'],
    ['/to-javascript', 'refused to fetch javascript: URL: only http(s)'],
    ['/to-loopback', 'is a loopback, private or reserved address'],
    ['/to-localhost', 'localhost'],
  ])('refuses the redirect of %s', async (page, reason) => {
    const fetched = await fetchFrom(page);
    expect(fetched.ok).toBe(false);
    if (fetched.ok) return;
    expect(fetched.reason).toContain(reason);
    expect(fetched.reason).not.toContain('hunter2');
  });

  it('reads a page of the public site', async () => {
    const fetched = await fetchFrom('/secret');
    expect(fetched.ok && fetched.body).toContain('hunter2');
  });
});
