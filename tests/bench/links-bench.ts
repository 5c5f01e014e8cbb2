/**
 * `node tests/bench/links-bench.ts [--urls 500] [--hosts 20] [--per-host 2] [--concurrency 16]`: times
 * `npm run links` (the real command, in its own process) on a synthetic content folder whose citations point at
 * simulated hosts on 127.0.0.1 (tests/bench/link-hosts.ts: latencies 50 to 400 ms, two slow hosts at 800 ms, some
 * 503s retried after Retry-After, some 404s and 301s).
 * Reports throughput, the command's peak memory (maximum resident set size, from /usr/bin/time where it exists) and
 * the most requests any one host had in flight at once, which must not pass the per-host limit.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULTS } from '../../src/links/check-links.ts';
import { benchUrls, startHosts } from './link-hosts.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    urls: { type: 'string' },
    hosts: { type: 'string' },
    concurrency: { type: 'string' },
    'per-host': { type: 'string' },
  },
});
const perHost = Number(values['per-host'] ?? DEFAULTS.perHost);
const concurrency = Number(values.concurrency ?? DEFAULTS.concurrency);
const total = Number(values.urls ?? 500);
const hostCount = Number(values.hosts ?? 20);

const { hosts, close } = await startHosts(hostCount);
const content = mkdtempSync(path.join(tmpdir(), 'links-bench-'));
for (const dir of ['sources', 'claims', 'citations', 'people']) mkdirSync(path.join(content, dir));
benchUrls(hosts, total).forEach(({ url, title }, index) => {
  const yaml = `title: "${title}"\npublisher: "Bench"\nurl: "${url}"\nkind: news\n`;
  writeFileSync(path.join(content, 'citations', `c${index}.yaml`), yaml);
});

const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'maxrss-kb %M'] : [];
const command = [...time, process.execPath, path.join(ROOT, 'src/cli/links.ts'), '--json'];
command.push('--per-host', String(perHost), '--concurrency', String(concurrency));
const started = performance.now();
const child = spawn(command[0]!, command.slice(1), {
  cwd: ROOT,
  env: { ...process.env, FACTCHECK_CONTENT: content, FACTCHECK_ALLOW_PRIVATE_ADDRESSES: '1' },
});
let stdout = '';
let stderr = '';
child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
const seconds = (performance.now() - started) / 1000;
await close();
rmSync(content, { recursive: true, force: true });

const entries = JSON.parse(stdout || '[]') as { status: string }[];
const counts: Record<string, number> = {};
for (const { status } of entries) counts[status] = (counts[status] ?? 0) + 1;
const maxPerHost = Math.max(...hosts.map((host) => host.maxConcurrent()));
const rss = /maxrss-kb (\d+)/.exec(stderr)?.[1];
console.log(`${entries.length} URLs over ${hostCount} hosts in ${seconds.toFixed(1)} s (exit ${code})`);
console.log(`throughput: ${(entries.length / seconds).toFixed(1)} URLs/s`);
console.log(`statuses: ${JSON.stringify(counts)}`);
console.log(`requests: ${hosts.reduce((sum, host) => sum + host.requests(), 0)}`);
console.log(`peak memory (max RSS of the command): ${rss ? `${(Number(rss) / 1024).toFixed(0)} MB` : 'not measured'}`);
console.log(`most requests in flight at one host: ${maxPerHost} (limit ${perHost}, overall ${concurrency})`);
if (maxPerHost > perHost) process.exitCode = 1;
