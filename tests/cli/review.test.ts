/** `npm run review`: a sign-off recorded in the claim; a later edit to what was reviewed shows as review-stale. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { prepareCase, ROOT } from '../support/fixture-case.ts';

describe('npm run review', { timeout: 60_000 }, () => {
  it('records reviewer, date and fingerprint, changing nothing else; an edit after it warns review-stale', () => {
    const fixture = prepareCase('cli-review', null);
    const file = path.join(ROOT, fixture.content, 'claims/second-article/second-vote.mdx');
    const before = readFileSync(file, 'utf8');
    const result = runCli('review', ['second-vote', '--by', 'fixture-desk', '--date', '2026-12-07'], fixture.content);
    expect(result.status, result.stderr).toBe(0);
    const after = readFileSync(file, 'utf8');
    const [frontmatter = '', body] = after.split(/\n---\n/);
    // Only lines added at the end of the frontmatter; the explanation is untouched.
    expect(before.startsWith(frontmatter.split('\nreviews:')[0]!)).toBe(true);
    expect(frontmatter).toMatch(
      /\nreviews:\n {2}- by: fixture-desk\n {4}date: 2026-12-07\n {4}fingerprint: "[0-9a-f]{16}"$/,
    );
    expect(before.endsWith(`\n---\n${body}`)).toBe(true);
    expect(runCli('check', [], fixture.content).stdout).not.toContain('review-stale');

    writeFileSync(file, after.replace(/\n---\n([\s\S]*)$/, '\n---\n$1\nOne more sentence.\n'));
    const check = runCli('check', [], fixture.content);
    expect(check.status).toBe(0);
    const stale = check.stdout.split('\n').filter((line) => line.endsWith('review-stale'));
    expect(stale).toEqual([
      expect.stringContaining('warning  Unexpected change since the review by fixture-desk on 2026-12-07'),
    ]);
  });

  it('adds the reviewer to reviewers when not listed, and refuses the author, an unknown person or claim', () => {
    const fixture = prepareCase('cli-review-refused', null);
    const file = path.join(ROOT, fixture.content, 'claims/second-article/second-vote.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/reviewers: \[fixture-desk\]\n/, ''));
    const added = runCli('review', ['second-vote', '--by', 'fixture-desk'], fixture.content);
    expect(added.status, added.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('\nreviewers: [fixture-desk]\n');
    const cases: [string[], string][] = [
      [['second-vote', '--by', 'fixture-checker'], 'author-reviews-own-claim'],
      [['second-vote', '--by', 'fixture-dsk'], 'Did you mean "fixture-desk"?'],
      [['second-vot', '--by', 'fixture-desk'], 'Did you mean "second-vote"?'],
    ];
    for (const [args, expected] of cases) {
      const result = runCli('review', args, fixture.content);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr).toContain(expected);
    }
    const usage = runCli('review', ['second-vote'], fixture.content);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Usage: npm run review');
  });
});
