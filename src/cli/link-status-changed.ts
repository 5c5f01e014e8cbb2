/**
 * `node src/cli/link-status-changed.ts <before.json> <after.json>`: prints `changed=true` when the link check found
 * something besides new check dates, else `changed=false` (a GitHub Actions step output: the weekly workflow opens
 * a pull request only then). An empty or missing <before.json> means there was no file yet: changed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { linkStatusChanged } from '../links/status-changes.ts';

const [before, after] = process.argv.slice(2);
if (!before || !after || process.argv.includes('--help')) {
  const usage = 'Usage: node src/cli/link-status-changed.ts <before.json> <after.json>';
  console[before && after ? 'log' : 'error'](usage);
  process.exit(before && after ? 0 : 2);
}
const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
try {
  console.log(`changed=${linkStatusChanged(read(before), read(after) ?? '')}`);
} catch (error) {
  console.error(`link-status-changed: ${(error as Error).message}`);
  process.exit(2);
}
