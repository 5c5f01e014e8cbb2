import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDirs } from '../../src/corpus/content-dirs.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { formatProblem } from '../../src/corpus/problems.ts';
import { renderExplanation } from '../support/render-explanation.ts';
import { RULES } from '../../src/corpus/rules.ts';
import { badCaseNames, expectedOf, prepareCase, ROOT } from '../support/fixture-case.ts';

describe('content checker on fixture content', () => {
  it('passes the clean fixture corpus with no problems at all', async () => {
    const fixture = prepareCase('valid-checker', null);
    const { ok, problems, corpus } = await loadCorpus(ROOT, contentDirs(fixture.content));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(ok).toBe(true);
    expect(corpus.claims).toHaveLength(5);
  });

  it('renders each explanation in the pass that checks it, with { render: true }', async () => {
    const fixture = prepareCase('render-checker', null);
    // A .md claim is Markdown: `{x}` is text there, for the check and the rendering alike.
    const md = `${fixture.content}/claims/second-article/second-braces.md`;
    const frontmatter =
      'quote: "Second fixture article."\nverdict: opinion\nsummary: "Braces."\npublished: 2026-11-20\n' +
      'author: fixture-checker\nreviewers: [fixture-desk]';
    writeFileSync(path.join(ROOT, md), `---\n${frontmatter}\n---\nBraces {x}, mail foo@example.org.\n`);
    const { ok, problems, corpus } = await loadCorpus(ROOT, contentDirs(fixture.content), { render: true });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(ok).toBe(true);
    expect(corpus.claims).toHaveLength(6);
    for (const claim of corpus.claims) {
      expect(claim.explanationHtml).toBe(await renderExplanation(claim.body, claim.file));
    }
    expect(corpus.claims.find((claim) => claim.file === md)?.explanationHtml).toBe(
      '<p>Braces {x}, mail <a href="mailto:foo@example.org">foo@example.org</a>.</p>',
    );
    const plain = await loadCorpus(ROOT, contentDirs(fixture.content));
    expect(plain.corpus.claims.every((claim) => claim.explanationHtml === undefined)).toBe(true);
  });

  it('keeps drafts apart from published claims, rendering what a draft has written with { render: true }', async () => {
    const fixture = prepareCase('drafts-checker', 'draft-incomplete');
    const { ok, corpus } = await loadCorpus(ROOT, contentDirs(fixture.content), { render: true });
    expect(ok, 'a draft with missing fields only warns').toBe(true);
    expect(corpus.claims.map((claim) => claim.id)).not.toContain('draft-bare');
    expect(corpus.claims.map((claim) => claim.id)).toContain('links-draft');
    const drafts = Object.fromEntries(corpus.drafts.map((draft) => [draft.id, draft]));
    expect(Object.keys(drafts).sort()).toEqual(['draft-bare', 'draft-written']);
    expect(drafts['draft-bare']?.data).toMatchObject({ status: 'draft', quote: 'The council voted again in May' });
    expect(drafts['draft-bare']?.data.verdict).toBeUndefined();
    expect(drafts['draft-bare']?.explanationHtml).toBeUndefined();
    expect(drafts['draft-written']?.explanationHtml).toBe('<p>Written so far.</p>');
  });

  it('checks a draft strictly for what it has written: an unanchored quote or an unknown id is an error', async () => {
    const fixture = prepareCase('drafts-strict', null);
    const file = `${fixture.content}/claims/sample-article/draft-wrong.mdx`;
    const frontmatter =
      'quote: "Not in the article"\nstatus: draft\nverdict: supprted\nauthor: nobody\nrelated: [nothing]';
    writeFileSync(path.join(ROOT, file), `---\n${frontmatter}\n---\n`);
    const { ok, problems, corpus } = await loadCorpus(ROOT, contentDirs(fixture.content));
    expect(ok).toBe(false);
    const rules = problems.filter((problem) => problem.fatal).map((problem) => problem.ruleId);
    expect(rules.sort()).toEqual(['quote-not-found', 'unknown-person', 'unknown-related', 'unknown-verdict']);
    expect(corpus.drafts).toEqual([]);
  });

  it('derives updated from the latest correction on the model', async () => {
    const tidy = prepareCase('derived-updated-tidy', 'corrections-out-of-order');
    const file = path.join(ROOT, tidy.content, 'claims/sample-article/bad.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('2026-11-24', '2026-11-29'));
    const result = await loadCorpus(ROOT, contentDirs(tidy.content));
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.corpus.claims.find((claim) => claim.id === 'bad')?.data.updated).toBe('2026-11-29');
  });

  it.each(badCaseNames())('reports exactly the expected problems of %s, at file positions', async (name) => {
    const fixture = prepareCase(`checker-${name}`, name);
    const { ok, problems } = await loadCorpus(ROOT, contentDirs(fixture.content), { previous: '', ...fixture.options });
    // Every problem, warnings too, and nothing else: a bad file must not cascade into problems elsewhere.
    const relative = (text: string) => text.split(`${fixture.content}/`).join('');
    const got = problems.map((problem) => ({
      severity: problem.severity,
      rule: problem.ruleId,
      message: relative(String(problem)),
      ...(problem.details.length > 0 ? { details: problem.details.map(relative) } : {}),
    }));
    const expected = fixture.expected.map(({ severity, rule, message, details }) => ({
      severity,
      rule,
      message,
      ...(details ? { details } : {}),
    }));
    expect(got, problems.map(formatProblem).join('\n')).toEqual(expected);
    expect(ok).toBe(!fixture.expected.some((problem) => problem.severity === 'error'));
    for (const problem of problems) {
      expect(problem.hint, 'every problem says how to fix it').toBeTruthy();
      expect(problem.source).toBe('factcheck');
      expect(problem.url).toBe(`README.md#rule-${problem.ruleId}`);
      expect(problem.fatal).toBe(problem.severity === 'error');
    }
  });

  it('has a fixture case for every rule the checker reports', () => {
    const covered = new Set(badCaseNames().flatMap((name) => expectedOf(name).map((problem) => problem.rule)));
    const missing = RULES.filter((rule) => !('reportedBy' in rule) && !covered.has(rule.id)).map((rule) => rule.id);
    expect(missing, 'add a case in tests/fixtures/corpus/bad/<case>/ for each').toEqual([]);
  });

  it('says in each fixture the severity the registry gives the rule', () => {
    const severity = new Map<string, string>(RULES.map((rule) => [rule.id, rule.severity]));
    for (const name of badCaseNames()) {
      for (const problem of expectedOf(name)) {
        expect(`${name}: ${problem.severity}`).toBe(`${name}: ${severity.get(problem.rule)}`);
      }
    }
  });
});
