import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, rulesTable } from '../../src/corpus/rules.ts';
import { ROOT } from '../support/fixture-case.ts';

const README = path.join(ROOT, 'README.md');
const TABLE = /(<!-- rules:start[^>]*-->\n)([\s\S]*?)(<!-- rules:end -->)/;

describe('rule registry', () => {
  // `UPDATE_RULES=1 npx vitest run --config tests/vitest.config.ts tests/corpus/rules.test.ts` rewrites the table.
  it('is the README rule table, row for row', () => {
    const readme = readFileSync(README, 'utf8');
    expect(TABLE.test(readme), 'README.md holds <!-- rules:start … --> … <!-- rules:end -->').toBe(true);
    if (process.env['UPDATE_RULES']) {
      writeFileSync(
        README,
        readme.replace(TABLE, (_all, open, _table, close) => `${open}${rulesTable()}\n${close}`),
      );
    }
    const table = TABLE.exec(readFileSync(README, 'utf8'))?.[2];
    const hint = 'README.md rule table differs from src/corpus/rules.ts; run with UPDATE_RULES=1';
    expect(table, hint).toBe(`${rulesTable()}\n`);
  });

  it('describes each rule once, with a severity, a meaning and a fix', () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(['error', 'warning']).toContain(rule.severity);
      expect(rule.meaning.length, rule.id).toBeGreaterThan(10);
      expect(rule.fix, rule.id).toMatch(/\.$/);
    }
  });
});
