/** A content folder with nothing to check stops the check, instead of passing an empty site as "ok". */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { ROOT } from '../support/fixture-case.ts';

const EMPTY = 'tests/.output/content-folder/empty';
const NO_SOURCES = 'tests/.output/content-folder/no-sources';

describe('a content folder without sources', { timeout: 60_000 }, () => {
  rmSync(path.join(ROOT, 'tests/.output/content-folder'), { recursive: true, force: true });
  mkdirSync(path.join(ROOT, EMPTY), { recursive: true });
  mkdirSync(path.join(ROOT, NO_SOURCES, 'claims'), { recursive: true });
  mkdirSync(path.join(ROOT, NO_SOURCES, 'sources'), { recursive: true });

  it('stops on an empty FACTCHECK_CONTENT (an unset variable in CI), naming the variable', () => {
    const result = runCli('check', [], '');
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      'Unexpected empty FACTCHECK_CONTENT, expected the path of a content folder (or the variable unset for content/)',
    );
    expect(result.stdout).not.toContain('ok');
  });

  it.each([EMPTY, NO_SOURCES])('stops on %s, saying that no source was found', (content) => {
    const result = runCli('check', [], content);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      `Missing sources in "${content}/sources" (from FACTCHECK_CONTENT="${content}"), expected at least one ` +
        'source folder (add one with `npm run new -- source <article file>`)',
    );
    expect(result.stdout).not.toContain('ok');
  });

  it.each([
    ['links', []],
    ['verify-source', ['sample-article']],
  ] as const)('stops %s on it in one line with exit 2, without a stack trace', (command, args) => {
    const result = runCli(command, args, EMPTY);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      `${command}: Missing sources in "${EMPTY}/sources" (from FACTCHECK_CONTENT="${EMPTY}"), expected at least ` +
        'one source folder (add one with `npm run new -- source <article file>`)',
    );
  });
});
