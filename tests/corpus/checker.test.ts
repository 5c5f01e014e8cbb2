import { describe, expect, it } from 'vitest';
import { contentDirs } from '../../src/corpus/content-dirs.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { formatProblem } from '../../src/corpus/problems.ts';
import { badCaseNames, prepareCase, ROOT } from '../support/fixture-case.ts';

describe('content checker on fixture content', () => {
  it('passes the clean fixture corpus with no problems at all', async () => {
    const fixture = prepareCase('valid-checker', null);
    const { ok, problems, corpus } = await loadCorpus(ROOT, contentDirs(fixture.content));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(ok).toBe(true);
    expect(corpus.claims).toHaveLength(5);
  });

  it.each(badCaseNames())('reports %s at the right file, line and column', async (name) => {
    const fixture = prepareCase(`checker-${name}`, name);
    const { ok, problems } = await loadCorpus(ROOT, contentDirs(fixture.content));
    expect(ok).toBe(false);
    const errors = problems.filter((problem) => problem.severity === 'error');
    // Exactly the expected errors: a bad file must not also cascade into errors elsewhere.
    expect(errors).toHaveLength(fixture.expected.length);
    for (const expected of fixture.expected) {
      const match = errors.find((problem) => problem.ruleId === expected.rule && problem.file === `${fixture.content}/${expected.file}`);
      expect(match, `${expected.rule} in ${expected.file}; got:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
      expect({ line: match?.line, column: match?.column }).toEqual({ line: expected.line, column: expected.column });
      expect(match?.message).toContain(expected.contains);
      expect(match?.hint, 'every error says how to fix it').toBeTruthy();
    }
  });
});
