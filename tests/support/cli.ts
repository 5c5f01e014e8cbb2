/** Runs one of the project's commands (`src/cli/*.ts`) the way `npm run` does, on any content folder. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './fixture-case.ts';

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export type Command = 'check' | 'new' | 'verify-source' | 'links' | 'review';

export function runCli(script: Command, args: readonly string[], content: string): CliResult {
  // process.execPath is the Node that runs the tests (the project's Node 24 under npm scripts).
  const result = spawnSync(process.execPath, [path.join(ROOT, `src/cli/${script}.ts`), ...args], {
    cwd: ROOT,
    env: { ...process.env, FACTCHECK_CONTENT: content, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
