import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { optionsTable } from '../../src/integration/options-table.ts';
import { ROOT } from '../support/fixture-case.ts';

const README = path.join(ROOT, 'README.md');
const TABLE = /(<!-- options:start[^>]*-->\n)([\s\S]*?)(<!-- options:end -->)/;

describe('README "Options"', () => {
  // `UPDATE_OPTIONS=1 npx vitest run --config tests/vitest.config.ts tests/integration/options-table.test.ts`
  // rewrites the table.
  it('is the table generated from the options schema, row for row', () => {
    const readme = readFileSync(README, 'utf8');
    expect(TABLE.test(readme), 'README.md holds <!-- options:start … --> … <!-- options:end -->').toBe(true);
    if (process.env['UPDATE_OPTIONS']) {
      writeFileSync(
        README,
        readme.replace(TABLE, (_all, open, _table, close) => `${open}${optionsTable()}\n${close}`),
      );
    }
    const table = TABLE.exec(readFileSync(README, 'utf8'))?.[2];
    const hint = 'README.md options table differs from src/integration/options.ts; run with UPDATE_OPTIONS=1';
    expect(table, hint).toBe(`${optionsTable()}\n`);
  });

  it('describes every option, nested ones too', () => {
    for (const line of optionsTable().split('\n').slice(2)) {
      const description = line.split(' | ').at(-1)!;
      expect(description.length, line).toBeGreaterThan(10);
    }
  });
});
