import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { prepareCase, ROOT } from '../support/fixture-case.ts';

describe('npm run check', { timeout: 60_000 }, () => {
  it('passes the clean fixture corpus with exit code 0 and no problems', () => {
    const fixture = prepareCase('cli-valid', null);
    const result = runCli('check', [], fixture.content);
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).not.toMatch(/ (error|warning) /);
    expect(result.stdout).toMatch(/Checked 2 sources, 5 claims, 2 citations in \d+ ms: ok/);
  });

  // Every case is checked through the library in tests/corpus/checker.test.ts; here a sample of
  // kinds (YAML, schema, anchoring, MDX) goes through the command itself, which takes a second each.
  it.each(['yaml-syntax', 'every-problem-in-one-run', 'quote-ambiguous', 'mdx-unclosed-tag', 'symlink'])(
    'prints %s as path:line:column-line:column  error  message  rule-id, with a fix, and exits 1',
    (name) => {
      const fixture = prepareCase(`cli-${name}`, name);
      const result = runCli('check', [], fixture.content);
      expect(result.status).toBe(1);
      const lines = result.stdout.split('\n');
      // Paths in expected.json are relative to the case's content folder; the command prints them from the root.
      const fromRoot = (text: string) =>
        text.replace(/(^|[\s(])((?:sources|claims|citations|people)\/)/g, `$1${fixture.content}/$2`);
      for (const expected of fixture.expected) {
        // `file:12:3-12:41: reason` as String(problem) writes it, `file:12:3-12:41  error  reason  rule` as printed.
        const [, place, reason] = /^(\S+?): (.*)$/s.exec(expected.message) ?? [];
        const printed = `${fromRoot(place ?? '')}  ${expected.severity}  ${fromRoot(reason ?? '')}  ${expected.rule}`;
        const at = lines.indexOf(printed);
        expect(at, `${printed}\n---\n${result.stdout}`).toBeGreaterThanOrEqual(0);
        const details = (expected.details ?? []).map((line) => `    ${fromRoot(line)}`);
        expect(lines.slice(at + 1, at + 1 + details.length)).toEqual(details);
        expect(lines[at + 1 + details.length]).toMatch(/^ {4}fix: ./);
      }
    },
  );

  it('stops with one line when the content folder does not exist, instead of checking an empty site', () => {
    const result = runCli('check', [], 'tests/.output/no-such-content');
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      'Missing content folder "tests/.output/no-such-content" ' +
        '(from FACTCHECK_CONTENT="tests/.output/no-such-content")' +
        ` in ${ROOT}, expected a folder holding sources/, claims/ and citations/`,
    );
    expect(result.stdout).not.toContain('ok');
  });

  it('reads a content folder given as an absolute path', () => {
    const fixture = prepareCase('check-absolute', null);
    const result = runCli('check', [], path.join(ROOT, fixture.content));
    expect(result.stdout).toMatch(/Checked 2 sources, \d+ claims, \d+ citations in \d+ ms: ok/);
    expect(result.status).toBe(0);
  });

  it('warns claim-stale, at the claim’s date, for claims not updated since the source text was corrected', () => {
    const fixture = prepareCase('cli-stale', null);
    const provenance = path.join(ROOT, fixture.content, 'sources/sample-article/source.yaml');
    writeFileSync(provenance, `${readFileSync(provenance, 'utf8')}textUpdated: 2026-11-22\n`);
    const result = runCli('check', [], fixture.content);
    expect(result.status, 'a warning does not fail the check').toBe(0);
    const stale = result.stdout.split('\n').filter((line) => line.endsWith('claim-stale'));
    // sample-vote was updated 2026-11-25, after the correction; the other three were last changed 2026-11-20.
    const reason =
      'Unexpected claim last changed 2026-11-20, before the source text was corrected on 2026-11-22 ' +
      `(textUpdated in ${fixture.content}/sources/sample-article/source.yaml), ` +
      'expected "updated: 2026-11-22" or later once it is re-read';
    const claims = `${fixture.content}/claims/sample-article`;
    expect(stale).toEqual([
      `${claims}/sample-script.mdx:7:12-7:22  warning  ${reason}  claim-stale`,
      `${claims}/sample-twice.mdx:5:12-5:22  warning  ${reason}  claim-stale`,
      `${claims}/sample-unanimously.mdx:9:12-9:22  warning  ${reason}  claim-stale`,
    ]);
  });

  it('--coverage lists the uncovered body sentences per source with the hand-counted figures', () => {
    // Hand count of the clean fixture. sample-article: the headline, two sentences in the first
    // paragraph, two in the second; "Share. / Exit mobile version" is a non-article part. Claims
    // touch "The council voted unanimously…", "<script>… braces" and "Jose Nunez said…": 3 of 5.
    // second-article: two sentences, the claim touches the second: 1 of 2.
    const fixture = prepareCase('cli-coverage', null);
    const result = runCli('check', ['--coverage'], fixture.content);
    expect(result.status).toBe(0);
    const article = (slug: string) => `${fixture.content}/sources/${slug}/article.txt`;
    expect(result.stdout).toContain(
      [
        'sample-article: 3/5 body sentences covered (60%), 4 claims',
        `  ${article('sample-article')}:1:1  Sample headline with <b>markup</b> & {braces}`,
        `  ${article('sample-article')}:3:45  ` +
          'The council voted again in May, said *someone* with # hashes and _underscores_.',
        '',
        'second-article: 1/2 body sentences covered (50%), 1 claims',
        `  ${article('second-article')}:1:1  Second fixture article.`,
      ].join('\n'),
    );
  });

  it('--coverage shows a long uncovered sentence by its first and last words, to find it in a long line', () => {
    const fixture = prepareCase('cli-coverage-long', null);
    const file = path.join(ROOT, fixture.content, 'sources/second-article/article.txt');
    const long =
      'A long sentence begins with these words and then goes on, clause after clause, through a list of ' +
      'places, dates and figures that no editor would want to read in full in a terminal, before it finally ends here.';
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()} ${long}\n`);
    const result = runCli('check', ['--coverage'], fixture.content);
    const shown =
      `  ${fixture.content}/sources/second-article/article.txt:1:81  A long sentence begins with these words and ` +
      'then goes on, clause after … before it finally ends here.';
    expect(result.stdout.split('\n')).toContain(shown);
  });

  it('--previous and FACTCHECK_PREVIOUS_CLAIMS compare verdicts with the last build and fail a silent change', () => {
    const fixture = prepareCase('cli-previous', 'silent-verdict-change');
    const snapshot = fixture.options.previous ?? '';
    const line =
      `${fixture.content}/claims/sample-article/sample-vote.mdx:3:10-3:19  error  Unexpected verdict "supported", ` +
      `changed from "misleading" in the previous build (${snapshot}) without a corrections entry, expected an ` +
      'entry dated 2026-11-25 or later with "previousVerdict: misleading"  silent-verdict-change';
    const withFlag = runCli('check', ['--previous', snapshot], fixture.content);
    expect(withFlag.status).toBe(1);
    expect(withFlag.stdout.split('\n')).toContain(line);
    process.env['FACTCHECK_PREVIOUS_CLAIMS'] = snapshot;
    try {
      const withEnv = runCli('check', [], fixture.content);
      expect(withEnv.status).toBe(1);
      expect(withEnv.stdout.split('\n')).toContain(line);
    } finally {
      delete process.env['FACTCHECK_PREVIOUS_CLAIMS'];
    }
    const without = runCli('check', [], fixture.content);
    expect(without.status, 'no snapshot, no comparison').toBe(0);
    expect(runCli('check', ['--previous'], fixture.content).stderr).toContain('--previous needs the path or URL');
  });

  it('--consistency lists related claims whose verdicts differ, with both verdicts and summaries', () => {
    const fixture = prepareCase('cli-consistency', null);
    const agreeing = runCli('check', ['--consistency'], fixture.content);
    expect(agreeing.stdout).toContain('Related claims with different verdicts: 0');
    const file = path.join(ROOT, fixture.content, 'claims/second-article/second-vote.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('verdict: supported', 'verdict: misleading'));
    const result = runCli('check', ['--consistency'], fixture.content);
    expect(result.status, result.stdout).toBe(0);
    const claims = `${fixture.content}/claims`;
    expect(result.stdout).toContain(
      [
        'Related claims with different verdicts: 1',
        '',
        `  ${claims}/sample-article/sample-vote.mdx  supported  The vote record shows a unanimous vote.`,
        `  ${claims}/second-article/second-vote.mdx  misleading  Same vote, second article.`,
      ].join('\n'),
    );
  });

  // How long it takes is measured by `npm run bench` (the check row), not here: a timed test fails on a busy machine.
  it('checks the real content with no problem', () => {
    const result = runCli('check', [], 'content');
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/^Checked 4 sources, 107 claims, \d+ citations in \d+ ms: ok$/m);
  });
});
