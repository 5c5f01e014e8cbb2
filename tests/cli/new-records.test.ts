/** `npm run new -- person …` and `npm run new -- citation …`: files the check accepts, never an overwrite. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sourceTemplate } from '../../src/editing/scaffold.ts';
import { runCli } from '../support/cli.ts';
import { prepareCase, ROOT } from '../support/fixture-case.ts';

describe('npm run new -- person / citation', { timeout: 60_000 }, () => {
  it('writes a person from --name and --role; the check then asks only for the bio', () => {
    const fixture = prepareCase('cli-new-person', null);
    const args = ['person', 'jane-roe', '--name', 'Jane Roe', '--role', 'Fact-checker'];
    const result = runCli('new', args, fixture.content);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`wrote ${fixture.content}/people/jane-roe.yaml`);
    const file = path.join(ROOT, fixture.content, 'people/jane-roe.yaml');
    expect(parse(readFileSync(file, 'utf8'))).toEqual({
      name: 'Jane Roe',
      kind: 'person',
      role: 'Fact-checker',
      bio: '',
    });
    const check = runCli('check', [], fixture.content);
    const lines = check.stdout.split('\n').filter((line) => line.includes('people/jane-roe.yaml:'));
    expect(lines).toEqual([expect.stringMatching(/^.*people\/jane-roe\.yaml:4:6-4:8 .*"bio".*invalid-field$/)]);
    // With --bio the file checks clean.
    const withBio = runCli(
      'new',
      ['person', 'john-roe', '--name', 'John Roe', '--role', 'Editor', '--bio', 'Edits.'],
      fixture.content,
    );
    expect(withBio.status, withBio.stderr).toBe(0);
    const again = runCli('check', [], fixture.content);
    expect(again.stdout).not.toContain('john-roe');
  });

  it('refuses an existing person, also one whose name differs only in case, and a bad kind with a suggestion', () => {
    const fixture = prepareCase('cli-new-person-refused', null);
    const existing = runCli('new', ['person', 'fixture-checker', '--name', 'X', '--role', 'Y'], fixture.content);
    expect(existing.status).toBe(1);
    expect(existing.stderr).toContain('duplicate-person-id');
    expect(existing.stderr).toContain('Nothing was written.');
    const upper = path.join(ROOT, fixture.content, 'people/Jane-Doe.yaml');
    writeFileSync(upper, 'name: "Jane"\n');
    const cased = runCli('new', ['person', 'jane-doe', '--name', 'X', '--role', 'Y'], fixture.content);
    expect(cased.status).toBe(1);
    expect(cased.stderr).toContain('people/Jane-Doe.yaml');
    const kind = runCli('new', ['person', 'new-desk', '--name', 'X', '--role', 'Y', '--kind', 'tema'], fixture.content);
    expect(kind.status).toBe(1);
    expect(kind.stderr).toContain('Did you mean "team"?');
  });

  it('writes a citation the check accepts once a claim cites it, the excerpt read verbatim from a file', () => {
    const fixture = prepareCase('cli-new-citation', null);
    const excerptFile = path.join(ROOT, 'tests/.output/cases/cli-new-citation/excerpt.txt');
    const excerpt = 'It said "yes" — and $35,000: no more.';
    writeFileSync(excerptFile, `${excerpt}\n`);
    const args = [
      'citation',
      'county-2019-detainer-policy',
      '--url',
      'https://example.org/policy',
      '--title',
      'Detainer policy',
      '--publisher',
      'Example County',
      '--date',
      '2019-05-01',
      '--kind',
      'official',
      '--excerpt-file',
      excerptFile,
    ];
    const result = runCli('new', args, fixture.content);
    expect(result.status, result.stderr).toBe(0);
    const file = path.join(ROOT, fixture.content, 'citations/county-2019-detainer-policy.yaml');
    expect(parse(readFileSync(file, 'utf8'))).toEqual({
      title: 'Detainer policy',
      publisher: 'Example County',
      date: '2019-05-01',
      url: 'https://example.org/policy',
      kind: 'official',
      excerpt,
    });
    // Only unused until cited.
    const check = runCli('check', [], fixture.content);
    const lines = check.stdout.split('\n').filter((line) => line.includes('county-2019-detainer-policy'));
    expect(lines.map((line) => line.split('  ').at(-1))).toEqual(['unused-citation']);
  });

  it('refuses a citation with a bad kind, date or URL, or without a publisher, and writes nothing', () => {
    const fixture = prepareCase('cli-new-citation-refused', null);
    const base = ['citation', 'x-doc', '--url', 'https://example.org/', '--title', 'T', '--publisher', 'P'];
    const cases: [string[], string][] = [
      [[...base, '--kind', 'oficial'], 'Did you mean "official"?'],
      [[...base, '--kind', 'news', '--date', '2019-02-30'], 'malformed-date'],
      [
        ['citation', 'x-doc', '--url', 'javascript:alert(1)', '--title', 'T', '--publisher', 'P', '--kind', 'news'],
        'unsafe-url',
      ],
      [['citation', 'x-doc', '--url', 'https://example.org/', '--title', 'T', '--kind', 'news'], 'publisher'],
      [
        ['citation', 'X_Doc', '--url', 'https://example.org/', '--title', 'T', '--publisher', 'P', '--kind', 'news'],
        'invalid-citation-id',
      ],
      [
        [
          'citation',
          'fixture-news',
          '--url',
          'https://example.org/',
          '--title',
          'T',
          '--publisher',
          'P',
          '--kind',
          'news',
        ],
        'duplicate-citation-id',
      ],
    ];
    for (const [args, expected] of cases) {
      const result = runCli('new', args, fixture.content);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr).toContain(expected);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    const check = runCli('check', [], fixture.content);
    expect(check.stdout).not.toContain('x-doc');
  });
});

describe('the source scaffold', () => {
  it('names a missing field the way the source page shows it ("Not recorded"), not "Unknown"', () => {
    const text = sourceTemplate({ label: 'L', firstLine: 'L', articleFile: 'content/sources/s/article.txt' });
    expect(text).toContain('readers see "Not recorded"');
    expect(text).not.toMatch(/"Unknown"/);
  });
});
