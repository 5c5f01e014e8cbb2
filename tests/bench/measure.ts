/** Measuring builds: wall time and peak RSS through GNU time, folder sizes, compressed page bytes. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Run {
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly ok: boolean;
  readonly output: string;
}

/** Runs a command under /usr/bin/time to read its peak resident memory. */
export function timed(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Run {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '__PEAK_KB__ %M', command, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - started) / 1000;
  const peak = /__PEAK_KB__ (\d+)/.exec(result.stderr ?? '');
  return {
    seconds,
    peakRssMb: peak ? Number(peak[1]) / 1024 : Number.NaN,
    ok: result.status === 0,
    output: `${result.stdout}${result.stderr}`,
  };
}

export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true }) as string[]) {
    const stats = statSync(path.join(dir, entry));
    if (stats.isFile()) total += stats.size;
  }
  return total;
}

/** Files (not folders) under `dir`, as a host counts them. */
export function fileCount(dir: string): number {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((entry) => statSync(path.join(dir, entry)).isFile())
    .length;
}

export function countFiles(dir: string, suffix: string): number {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((entry) => entry.endsWith(suffix)).length;
}

export interface PageWeight {
  /** gzip bytes of the HTML document without its inline CSS and scripts. */
  readonly html: number;
  /** gzip bytes of inline and linked CSS. */
  readonly css: number;
  /** gzip bytes of scripts other than JSON-LD (inline and linked). */
  readonly js: number;
}

const gz = (text: string) => (text === '' ? 0 : gzipSync(text, { level: 9 }).length);

export function pageWeight(dist: string, page: string): PageWeight {
  const html = readFileSync(path.join(dist, page), 'utf8');
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '').join('');
  const linkedCss = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)]
    .map((m) => readFileSync(path.join(dist, m[1]!), 'utf8'))
    .join('');
  const scripts = [
    ...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*?(?:src="([^"]+)")?[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((m) => (m[1] ? readFileSync(path.join(dist, m[1]), 'utf8') : (m[2] ?? '')))
    .join('');
  const bare = html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<script(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, '');
  return { html: gz(bare), css: gz(styles + linkedCss), js: gz(scripts) };
}
