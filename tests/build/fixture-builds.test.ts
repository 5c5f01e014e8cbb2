/**
 * The real build on fixture content: the clean corpus builds and renders hostile text as
 * text; bad input stops the build with a message naming the file, the place and the problem,
 * and writes no pages. The checker's tests cover every rule (tests/corpus/checker.test.ts);
 * the build runs the same checker, so a few representative kinds are built here: YAML, schema
 * with anchoring and references, an explanation, an unsafe link.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../support/build.ts';
import { badCaseNames, prepareCase } from '../support/fixture-case.ts';
import { articleText, readPage, select, selectAll, toString } from '../support/html.ts';
import { scriptBudgetProblems } from '../support/scripts.ts';

/** Reading pages ship no JavaScript but our small enhancements (see tests/support/scripts.ts). */
function expectOnlyHighlightLoader(tree: Parameters<typeof scriptBudgetProblems>[0], page: string) {
  expect(scriptBudgetProblems(tree, page)).toEqual([]);
  expect(selectAll('script[data-search-highlight]', tree)).toHaveLength(1);
}

describe('building the clean fixture corpus', () => {
  const fixture = prepareCase('build-valid', null);
  const result = runBuild({
    content: fixture.content,
    outDir: 'tests/.output/builds/valid',
    cacheDir: 'tests/.output/cache/valid',
    pagefind: false,
  });

  it('succeeds', () => {
    expect(result.status, result.output).toBe(0);
  });

  it('renders <script>, {curly} braces and Markdown characters in a source as visible text', () => {
    const { html, tree } = readPage(result.outDir, '/sources/sample-article/');
    const text = articleText(select('.article-text', tree)!);
    expect(text).toContain('<script>alert(1)</script> and {curly} braces and [a link](javascript:alert(1)) are text');
    expect(text).toContain('*someone* with # hashes and _underscores_');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toMatch(/&lt;script(&gt;|>)alert\(1\)/);
    expectOnlyHighlightLoader(tree, 'sources/sample-article/index.html');
    expect(selectAll('.article-text b, .article-text a[href^="javascript"]', tree)).toHaveLength(0);
    expect(select('[data-pagefind-meta]', tree)!.properties['dataTitle']).toBe(
      'Sample headline with <b>markup</b> & {braces}',
    );
    expect(toString(select('h1', tree)!)).toBe('Sample headline with <b>markup</b> & {braces}');
  });

  it('renders a claim quote with markup as text on its permalink page', () => {
    const { html, tree } = readPage(result.outDir, '/claims/sample-script/');
    expect(toString(select('.claim-quote mark', tree)!)).toBe('<script>alert(1)</script> and {curly} braces');
    expectOnlyHighlightLoader(tree, 'claims/sample-script/index.html');
    // The JSON-LD script is ClaimReview data (never run), with the quote's `<` escaped.
    expect(html).toContain('"claimReviewed":"\\u003cscript>alert(1)\\u003c/script> and {curly} braces"');
    const [jsonLd] = selectAll('script[type="application/ld+json"]', tree);
    expect(JSON.parse(toString(jsonLd!)).claimReviewed).toBe('<script>alert(1)</script> and {curly} braces');
  });

  it('demotes headings an editor writes so the page outline stays in order', () => {
    const { tree } = readPage(result.outDir, '/claims/sample-unanimously/');
    expect(select('.explanation h4', tree)).toBeTruthy();
    expect(select('.explanation h1, .explanation h2', tree)).toBeFalsy();
  });
});

const BUILT_CASES = ['yaml-syntax', 'every-problem-in-one-run', 'mdx-unclosed-tag', 'unsafe-link-in-body'];

describe.each(BUILT_CASES)('building with bad input: %s', (name) => {
  it('fails with a message naming the file, line, column and problem, and writes no pages', () => {
    expect(badCaseNames()).toContain(name);
    const fixture = prepareCase(`build-${name}`, name);
    const outDir = `tests/.output/builds/${name}`;
    const cacheDir = `tests/.output/cache/${name}`;
    const result = runBuild({ content: fixture.content, outDir, cacheDir, pagefind: false });
    expect(result.status).not.toBe(0);
    for (const expected of fixture.expected) {
      const [, place, reason] = /^(\S+?): (.*)$/s.exec(expected.message) ?? [];
      expect(result.output).toContain(`${fixture.content}/${place}  ${expected.severity}  `);
      expect(result.output).toContain(`  ${expected.rule}`);
      expect(result.output).toContain(reason?.split(' sources/')[0]);
    }
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
  });
});
