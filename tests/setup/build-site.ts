/**
 * Builds the real site once per test run into tests/.output/site, for the build and browser
 * tests. Both projects list this setup; the marker file makes the second call a no-op.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBuild } from '../support/build.ts';
import { ROOT } from '../support/fixture-case.ts';

export const SITE_DIR = path.join(ROOT, 'tests/.output/site');
const MARKER = path.join(ROOT, 'tests/.output/site-built-by');

export default function setup() {
  if (existsSync(MARKER) && readFileSync(MARKER, 'utf8') === String(process.pid) && existsSync(SITE_DIR)) return;
  rmSync(SITE_DIR, { recursive: true, force: true });
  const result = runBuild({ outDir: SITE_DIR });
  if (result.status !== 0) throw new Error(`Building the site failed:\n${result.output}`);
  writeFileSync(MARKER, String(process.pid));
}
