/**
 * `npm run links -- --write` records an archived copy by changing one line of a source's or a
 * citation's YAML, every other byte as it was; the result still passes the checker's schema.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contentDirs } from '../../src/corpus/content-dirs.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { setArchivedUrl, writeArchivedUrl } from '../../src/editing/write-archived-url.ts';
import { sourceTemplate } from '../../src/editing/scaffold.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { prepareCase, ROOT } from '../support/fixture-case.ts';

const SNAPSHOT = 'https://web.archive.org/web/20240501120000/https://example.org/sample';
const LINE = `archivedUrl: "${SNAPSHOT}"`;

/** Lines with their line breaks, so a changed ending counts as a changed line. */
const lines = (text: string) => text.split(/(?<=\n)/);

/** How `after` differs from `before`, line by line: the lines changed, added and removed. */
function lineDiff(before: string, after: string) {
  const [a, b] = [lines(before), lines(after)];
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a.at(-1 - tail) === b.at(-1 - tail)) tail++;
  return { at: head + 1, removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail) };
}

const CITATION = `title: "Council vote record"
publisher: "Fixture City Council"
date: 2024-04-30
url: "https://example.org/vote"   # the council's own page
kind: primary
excerpt: "Adopted 13-0."
`;

describe('setArchivedUrl', () => {
  it('replaces the commented-out line the scaffold writes, and nothing else', () => {
    const before = sourceTemplate({ label: 'Sample', firstLine: 'Sample headline', articleFile: 'article.txt' });
    const edit = setArchivedUrl(before, SNAPSHOT)!;
    const diff = lineDiff(before, edit.text);
    expect(diff.removed).toEqual(['# archivedUrl: "https://"\n']);
    expect(diff.added).toEqual([`${LINE}\n`]);
    expect(edit).toMatchObject({ how: 'uncommented', line: diff.at, removedFromNotFound: false });
  });

  it('adds one line after url: when there is no archivedUrl', () => {
    const edit = setArchivedUrl(CITATION, SNAPSHOT)!;
    const diff = lineDiff(CITATION, edit.text);
    expect(diff).toEqual({ at: 5, removed: [], added: [`${LINE}\n`] });
    expect(edit).toMatchObject({ how: 'added', line: 5 });
  });

  it('fills an empty value on its own line', () => {
    const before = CITATION.replace('kind: primary\n', 'kind: primary\narchivedUrl: ""\n');
    const edit = setArchivedUrl(before, SNAPSHOT)!;
    expect(lineDiff(before, edit.text)).toEqual({ at: 6, removed: ['archivedUrl: ""\n'], added: [`${LINE}\n`] });
    const bare = CITATION.replace('kind: primary\n', 'kind: primary\narchivedUrl:\n');
    expect(lineDiff(bare, setArchivedUrl(bare, SNAPSHOT)!.text).added).toEqual([`${LINE}\n`]);
  });

  it('keeps CRLF line endings and a byte-order mark', () => {
    const before = `\uFEFF${CITATION.replaceAll('\n', '\r\n')}`;
    const edit = setArchivedUrl(before, SNAPSHOT)!;
    expect(edit.text.startsWith('\uFEFFtitle:')).toBe(true);
    expect(lineDiff(before, edit.text)).toEqual({ at: 5, removed: [], added: [`${LINE}\r\n`] });
    expect(edit.text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('adds the line at the end of a file without url: or a final line break', () => {
    const before = 'label: "No address known"';
    expect(setArchivedUrl(before, SNAPSHOT)?.text).toBe(`${before}\n${LINE}\n`);
  });

  it('leaves a file that already has an archived copy alone', () => {
    const before = CITATION.replace('kind: primary\n', 'kind: primary\narchivedUrl: "https://example.org/copy"\n');
    expect(setArchivedUrl(before, SNAPSHOT)).toBeUndefined();
  });

  it('leaves a file it cannot parse alone', () => {
    expect(setArchivedUrl('title: "unclosed\nurl: x\n', SNAPSHOT)).toBeUndefined();
  });

  it('refuses to record something that is not an http(s) URL', () => {
    expect(() => setArchivedUrl(CITATION, 'web.archive.org/web/1/x')).toThrow(TypeError);
  });

  it('takes archivedUrl out of notFound, touching only that list', () => {
    const among = `label: "x"\nurl: "https://example.org/a"\nnotFound: [author, archivedUrl, published]\n`;
    const edit = setArchivedUrl(among, SNAPSHOT)!;
    expect(edit.text).toBe(`label: "x"\nurl: "https://example.org/a"\n${LINE}\nnotFound: [author, published]\n`);
    expect(edit).toMatchObject({ line: 3, removedFromNotFound: true });

    const last = `label: "x"\nnotFound: [title, archivedUrl] # searched 2026-11-25\nurl: "https://example.org/a"\n`;
    expect(setArchivedUrl(last, SNAPSHOT)!.text).toBe(
      `label: "x"\nnotFound: [title] # searched 2026-11-25\nurl: "https://example.org/a"\n${LINE}\n`,
    );
    expect(setArchivedUrl(last, SNAPSHOT)!.line).toBe(4);

    const only = `label: "x"\nurl: "https://example.org/a"\nnotFound: [archivedUrl]\nsummary: "s"\n`;
    expect(setArchivedUrl(only, SNAPSHOT)!.text).toBe(
      `label: "x"\nurl: "https://example.org/a"\n${LINE}\nsummary: "s"\n`,
    );

    const block = `label: "x"\nurl: "https://example.org/a"\nnotFound:\n  - author\n  - archivedUrl\n`;
    expect(setArchivedUrl(block, SNAPSHOT)!.text).toBe(
      `label: "x"\nurl: "https://example.org/a"\n${LINE}\nnotFound:\n  - author\n`,
    );
  });
});

describe('writeArchivedUrl', () => {
  it('writes into a fixture copy that still passes the check, and leaves a recorded copy alone', async () => {
    const fixture = prepareCase('write-archived-url', null);
    const root = path.join(ROOT, fixture.content);
    const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
    const source = 'sources/sample-article/source.yaml';
    const citation = 'citations/fixture-news.yaml';
    writeFileSync(path.join(root, source), `${read(source)}notFound: [author, archivedUrl]\n`);
    const [sourceBefore, citationBefore] = [read(source), read(citation)];

    expect(await writeArchivedUrl(root, source, SNAPSHOT)).toBe(true);
    expect(await writeArchivedUrl(root, citation, `${SNAPSHOT}/news`)).toBe(true);
    expect(lineDiff(citationBefore, read(citation)).added).toEqual([`archivedUrl: "${SNAPSHOT}/news"\n`]);
    expect(lineDiff(citationBefore, read(citation)).removed).toEqual([]);
    expect(read(source)).toBe(
      sourceBefore
        .replace('url: "https://example.org/sample"\n', `url: "https://example.org/sample"\n${LINE}\n`)
        .replace('notFound: [author, archivedUrl]', 'notFound: [author]'),
    );

    const written = read(citation);
    expect(await writeArchivedUrl(root, citation, 'https://web.archive.org/web/2025/https://example.org/other')).toBe(
      false,
    );
    expect(read(citation)).toBe(written);

    const { ok, problems, corpus } = await loadCorpus(ROOT, contentDirs(fixture.content));
    expect(problems.map(String)).toEqual([]);
    expect(ok).toBe(true);
    expect(corpus.sources.find((entry) => entry.slug === 'sample-article')?.data.archivedUrl).toBe(SNAPSHOT);
    expect(corpus.citations.find((entry) => entry.id === 'fixture-news')?.data.archivedUrl).toBe(`${SNAPSHOT}/news`);
  });

  it('records a copy for one of our sources whose notFound lists archivedUrl, and it passes the schema', () => {
    const before = readFileSync(path.join(ROOT, 'content/sources/boston-trust-act-update/source.yaml'), 'utf8');
    const url = /^url: .*\n/m.exec(before)![0];
    const edit = setArchivedUrl(before, SNAPSHOT)!;
    expect(edit.text).toBe(before.replace(url, `${url}${LINE}\n`).replace('notFound: [archivedUrl]\n', ''));
    expect(sourceSchema.safeParse(parse(edit.text)).success).toBe(true);
  });
});
