/**
 * `npm run links` as editors run it, on a content folder written for the test whose citations and
 * explanation point at the local server: the summary, `--json`, `--write` and the exit codes.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixture-case.ts';
import { contentDirs } from '../../src/corpus/content-dirs.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { closedPort, startServer, type TestServer } from './server.ts';

let server: TestServer;
let content = '';

function citation(id: string, url: string, title: string): void {
  const yaml = `title: "${title}"\npublisher: "City News"\ndate: 2024-03-01\nurl: "${url}"\nkind: news\n`;
  writeFileSync(path.join(content, 'citations', `${id}.yaml`), yaml);
}

/** Asynchronously: the server answering the command runs in this process. */
function links(args: readonly string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [path.join(ROOT, 'src/cli/links.ts'), ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      FACTCHECK_CONTENT: content,
      FACTCHECK_LINKS_RETRY_BASE_MS: '10',
      FACTCHECK_ALLOW_PRIVATE_ADDRESSES: '1',
      NO_COLOR: '1',
      // Archives are asked of the local stand-in, never of the real service.
      WAYBACK_AVAILABILITY_URL: `${server.base}/wayback/available`,
      WAYBACK_SAVE_URL: `${server.base}/wayback/save`,
      ...env,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (status) => resolve({ status, stdout, stderr })),
  );
}

beforeAll(async () => {
  server = await startServer();
  content = mkdtempSync(path.join(tmpdir(), 'links-content-'));
  for (const dir of ['sources', 'claims', 'citations', 'people']) mkdirSync(path.join(content, dir));
  // A content folder needs at least one source; this one has no address, so it adds no link.
  mkdirSync(path.join(content, 'sources', 'sample-article'));
  writeFileSync(path.join(content, 'sources', 'sample-article', 'article.txt'), 'Sample headline\n\nA paragraph.\n');
  writeFileSync(path.join(content, 'sources', 'sample-article', 'source.yaml'), 'label: "Sample article"\n');
  citation('budget', `${server.base}/ok`, 'Council adopts the 2024 budget and tax rate');
  citation('moved', `${server.base}/moved-301`, 'Council adopts the 2024 budget and tax rate');
  citation('gone', `${server.base}/gone-404`, 'Old report');
});

afterAll(async () => {
  await server.close();
  rmSync(content, { recursive: true, force: true });
});

describe('npm run links', { timeout: 30_000 }, () => {
  it('prints a summary grouped by status and exits 1 when a link is dead', async () => {
    const { status, stdout } = await links([]);
    expect(stdout).toMatch(/^Checked 3 links in [\d.]+ s: 1 ok, 1 redirected, 1 dead\n/);
    expect(stdout).toContain(`Dead (404, 410 or the host name does not resolve): 1\n  ${server.base}/gone-404  404\n`);
    expect(stdout).toContain(`→ ${server.base}/ok  via 301 → 308 (permanent: update the URL)`);
    expect(status).toBe(1);
  });

  it('--json prints the entries; --write saves them, sorted, as link-status.json', async () => {
    const before = readFileSync(path.join(content, 'citations', 'gone.yaml'), 'utf8');
    const { status, stdout, stderr } = await links(['--json', '--write', '--per-host', '1']);
    expect(status).toBe(1);
    const entries = JSON.parse(stdout) as { url: string; status: string; usedBy: string[] }[];
    expect(entries.map((entry) => [entry.url.replace(server.base, ''), entry.status])).toEqual([
      ['/gone-404', 'dead'],
      ['/moved-301', 'redirected'],
      ['/ok', 'ok'],
    ]);
    expect(entries[0]?.usedBy).toEqual([`${content}/citations/gone.yaml`]);
    expect(stderr).toContain(`Wrote ${content}/link-status.json`);
    const written = readFileSync(path.join(content, 'link-status.json'), 'utf8');
    expect(written).toBe(`${JSON.stringify(entries, null, 2)}\n`);
    // The archived copy found for the dead page goes into its citation, as one added line.
    const snapshot = `https://web.archive.org/web/20240301000000/${server.base}/gone-404`;
    expect((entries[0] as { archivedUrl?: string }).archivedUrl).toBe(snapshot);
    expect(stderr).toContain(`Wrote archivedUrl to ${content}/citations/gone.yaml`);
    const after = readFileSync(path.join(content, 'citations', 'gone.yaml'), 'utf8').split('\n');
    expect(after.filter((line) => !before.split('\n').includes(line))).toEqual([`archivedUrl: "${snapshot}"`]);
    expect(after.length).toBe(before.split('\n').length + 1);
    // What the command writes, the checker and the build accept as it is.
    const { problems } = await loadCorpus(ROOT, contentDirs(content));
    expect(problems.filter((problem) => String(problem.file).endsWith('link-status.json')).map(String)).toEqual([]);
  });

  it('exits 0 when every link is ok or redirected', async () => {
    rmSync(path.join(content, 'citations', 'gone.yaml'));
    expect((await links([])).status).toBe(0);
    citation('gone', `${server.base}/gone-404`, 'Old report');
  });

  it('says offline in one line and exits 3, writing nothing, when the probe URL does not answer', async () => {
    rmSync(path.join(content, 'link-status.json'), { force: true });
    const probe = `http://127.0.0.1:${await closedPort()}/`;
    const { status, stdout, stderr } = await links(['--write'], { FACTCHECK_LINKS_PROBE: probe });
    expect(stderr).toBe(`links: offline, nothing checked: no answer from ${probe} (ECONNREFUSED)\n`);
    expect(stdout).toBe('');
    expect(status).toBe(3);
    expect(existsSync(path.join(content, 'link-status.json'))).toBe(false);
  });

  it('rejects a bad flag value with exit code 2', async () => {
    const { status, stderr } = await links(['--per-host', '0']);
    expect(stderr).toContain('--per-host needs a whole number of at least 1, got "0"');
    expect(status).toBe(2);
  });
});
