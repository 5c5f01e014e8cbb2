/** Every command answers --help with its usage, and a usage error is one message and the usage, never a trace. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { prepareCase } from '../support/fixture-case.ts';

const COMMANDS = ['check', 'new', 'verify-source', 'links', 'review'] as const;

describe('command-line usage', { timeout: 60_000 }, () => {
  const fixture = prepareCase('cli-help', null);

  it.each(COMMANDS)('npm run %s -- --help prints the usage on stdout and exits 0, doing nothing else', (command) => {
    for (const flag of ['--help', '-h']) {
      const result = runCli(command, [flag], fixture.content);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage:\\s+npm run ${command}\\b`, 'm'));
      expect(result.stdout).not.toContain('Checked ');
      expect(result.stderr).toBe('');
    }
  });

  it.each(COMMANDS)('npm run %s with an unknown option says so with the usage, exit 2, no stack trace', (command) => {
    const result = runCli(command, ['--no-such-option'], fixture.content);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--no-such-option');
    expect(result.stderr).toMatch(/Usage:\s+npm run /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });

  it('npm run new -- person with no id prints the usage (exit 2), naming person and citation scaffolds', () => {
    const result = runCli('new', ['person'], fixture.content);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('npm run new -- person <id> --name');
    expect(result.stderr).toContain('npm run new -- citation <id> --url');
  });
});
