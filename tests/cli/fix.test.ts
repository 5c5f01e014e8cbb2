import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { prepareCase, ROOT } from '../support/fixture-case.ts';

/**
 * A corrected source: sample-article now says "Tuesday" where claims quote "Wednesday", and
 * second-article has two passages equally close to its claim's quote.
 */
function correctedFixture() {
  const fixture = prepareCase('cli-fix', null);
  const file = (relative: string) => path.join(ROOT, fixture.content, relative);
  const edit = (relative: string, change: (text: string) => string) =>
    writeFileSync(file(relative), change(readFileSync(file(relative), 'utf8')));
  edit('sources/sample-article/article.txt', (text) =>
    text.replace('voted unanimously on Wednesday', 'voted unanimously on Tuesday'),
  );
  edit('sources/sample-article/source.yaml', (text) => `${text}textUpdated: 2026-11-24\n`);
  writeFileSync(
    file('sources/second-article/article.txt'),
    'Second fixture article. The council votes unanimously on Wednesday, it repeats. ' +
      'The council vote unanimously on Wednesday, it said.\n',
  );
  return { fixture, file };
}

describe('npm run check -- --fix', { timeout: 60_000 }, () => {
  it('rewrites only the quote of a claim whose closest passage is unique and close, byte for byte elsewhere', () => {
    const { fixture, file } = correctedFixture();
    const before = readFileSync(file('claims/sample-article/sample-vote.mdx'), 'utf8');
    const result = runCli('check', ['--fix'], fixture.content);
    expect(result.stdout).toContain(
      `${fixture.content}/claims/sample-article/sample-vote.mdx:2:8  fixed  ` +
        'quote "The council voted unanimously on Wednesday." → "The council voted unanimously on Tuesday."',
    );
    const after = readFileSync(file('claims/sample-article/sample-vote.mdx'), 'utf8');
    expect(after).toBe(
      before.replace(
        'quote: "The council voted unanimously on Wednesday."',
        'quote: "The council voted unanimously on Tuesday."',
      ),
    );
    // The claim now anchors, but was written before the correction: it is flagged for re-reading.
    expect(result.stdout).not.toMatch(/sample-vote\.mdx:\d+:\d+ {2}error/);
  });

  it('repairs a claim file saved with a byte-order mark and keeps the mark', () => {
    const { fixture, file } = correctedFixture();
    const claim = file('claims/sample-article/sample-vote.mdx');
    const before = `\uFEFF${readFileSync(claim, 'utf8')}`;
    writeFileSync(claim, before);
    const result = runCli('check', ['--fix'], fixture.content);
    expect(result.stdout).toContain('Fixed 1 quote;');
    expect(readFileSync(claim, 'utf8')).toBe(before.replace('on Wednesday."', 'on Tuesday."'));
  });

  it('leaves ambiguous and context-mismatched quotes alone and reports them, with every candidate', () => {
    const { fixture, file } = correctedFixture();
    const second = readFileSync(file('claims/second-article/second-vote.mdx'), 'utf8');
    const nested = readFileSync(file('claims/sample-article/sample-unanimously.mdx'), 'utf8');
    const result = runCli('check', ['--fix'], fixture.content);
    expect(result.status, 'errors remain').toBe(1);
    expect(readFileSync(file('claims/second-article/second-vote.mdx'), 'utf8')).toBe(second);
    expect(readFileSync(file('claims/sample-article/sample-unanimously.mdx'), 'utf8')).toBe(nested);
    expect(result.stdout).toMatch(/second-article\/second-vote\.mdx:2:8-\d+:\d+ {2}error {2}Unexpected quote /);
    expect(result.stdout).toContain('2 passages are equally close (at 1:25, 1:81)');
    expect(result.stdout).toContain('--fix does not guess');
    // Its suffix "on Wednesday" no longer matches: the editor has to correct it.
    expect(result.stdout).toMatch(/sample-unanimously\.mdx:2:8\S* {2}error .* quote-context-mismatch/);
    expect(result.stdout).toContain('Fixed 1 quote;');
  });

  it('says in the plain check which orphans --fix can repair', () => {
    const { fixture } = correctedFixture();
    const result = runCli('check', [], fixture.content);
    expect(result.stdout).toMatch(
      /sample-vote\.mdx:2:8\S* {2}error {2}Unexpected quote .*Closest passage \(4 character edits away\) at .*article\.txt:3:1: "The council voted unanimously on Tuesday\."/,
    );
    expect(result.stdout).toContain('Or run `npm run check -- --fix` to replace the quote with the closest passage.');
  });
});
