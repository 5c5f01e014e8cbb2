import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explanationLinks } from '../../src/corpus/content-urls.ts';
import { loadLinkStatus } from '../../src/corpus/load-link-status.ts';
import { ROOT } from '../support/fixture-case.ts';

const DIR = 'tests/.output/link-status';

function write(name: string, text: string): string {
  mkdirSync(path.join(ROOT, DIR), { recursive: true });
  writeFileSync(path.join(ROOT, DIR, name), text);
  return `${DIR}/${name}`;
}

const entry = {
  url: 'https://example.org/a',
  status: 'ok',
  httpStatus: 200,
  finalUrl: null,
  contentType: 'html',
  archivedUrl: null,
  checkedAt: '2026-11-30T09:15:00.000Z',
  usedBy: ['citations/a.yaml'],
};

describe('content/link-status.json', () => {
  it('is optional: without the file, links are "not checked yet" and nothing is reported', async () => {
    const result = await loadLinkStatus(ROOT, `${DIR}/none.json`);
    expect(result.entries).toBeUndefined();
    expect(result.problems).toEqual([]);
  });

  it('reports a bad status and an unsafe archive link at their place, and keeps valid entries', async () => {
    const bad = { ...entry, url: 'https://example.org/b', status: 'gone', archivedUrl: 'javascript:alert(1)' };
    const file = write('bad.json', JSON.stringify([entry, bad], null, 2));
    const { entries, problems } = await loadLinkStatus(ROOT, file);
    expect(entries?.map((kept) => kept.url)).toEqual(['https://example.org/a']);
    expect(problems.map(String)).toEqual([
      `${file}:16:15-16:21: Unexpected status "gone", expected one of: ok, redirected, dead, blocked, error, changed.`,
      `${file}:20:20-20:41: Unexpected URL "javascript:alert(1)" in "archivedUrl", ` +
        'expected an absolute http(s) URL such as "https://example.org/page"',
    ]);
  });

  it('reports a file that is not a list of entries', async () => {
    const file = write('object.json', '{ "url": "https://example.org/a" }\n');
    const { problems } = await loadLinkStatus(ROOT, file);
    expect(problems.map((problem) => problem.ruleId)).toEqual(['invalid-field']);
  });
});

describe('links in an explanation', () => {
  it('finds inline links, autolinks and definitions, and leaves site paths and mail addresses out', () => {
    const body = [
      'See [the record](https://example.org/vote) and https://example.org/auto.',
      '',
      'A [path](/methodology/), [mail](mailto:desk@example.org) and [ref][r].',
      '',
      '[r]: http://example.org/ref',
    ].join('\n');
    expect(explanationLinks(body, 'claims/x/y.mdx')).toEqual([
      'https://example.org/vote',
      'https://example.org/auto',
      'http://example.org/ref',
    ]);
  });
});
