/**
 * Issue 14, item 3, on a real build of tests/fixtures/verification/content: each source page says
 * what the last comparison with the original found, `/sources/<slug>/changes/` shows the changed
 * passages side by side with the claims they touch, and `/data/sources.json` carries `verification`.
 * The real content has no verification.json yet: every real source says it was not yet compared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../support/build.ts';
import { readPage, select, selectAll, toString } from '../support/html.ts';
import { htmlProblems } from '../support/html-validate.ts';
import { ROOT } from '../support/fixture-case.ts';
import { SITE_DIR } from '../setup/build-site.ts';

const result = runBuild({
  content: 'tests/fixtures/verification/content',
  outDir: 'tests/.output/builds/verification',
  cacheDir: 'tests/.output/cache/verification',
  pagefind: false,
});
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const page = (url: string) => readPage(result.outDir, url);
/** The provenance row that reports the comparison: its text and its link, if any. */
function comparisonRow(outDir: string, slug: string) {
  const row = select('.provenance > .comparison', readPage(outDir, `/sources/${slug}/`).tree)!;
  const link = select('dd a', row);
  return {
    label: toString(select('dt', row)!),
    text: flat(toString(select('dd', row)!)),
    href: link ? String(link.properties['href']) : null,
  };
}

describe('a build with verification.json files', () => {
  it('succeeds', () => {
    expect(result.status, result.output).toBe(0);
  });

  it('says on each source page what the last comparison found, linking to its changes page', () => {
    expect(comparisonRow(result.outDir, 'sample-article')).toEqual({
      label: 'Original today',
      text: 'The original has changed since we saved it: 2 passages differ',
      href: '/sources/sample-article/changes/',
    });
    // The date part of checkedAt as written (2026-11-29T22:40:00-05:00), not converted to UTC.
    expect(comparisonRow(result.outDir, 'second-article')).toEqual({
      label: 'Original today',
      text: 'Compared with the original on 2026-11-29: unchanged',
      href: '/sources/second-article/changes/',
    });
    expect(comparisonRow(result.outDir, 'third-article')).toEqual({
      label: 'Original today',
      text: 'Not yet compared with the original',
      href: null,
    });
  });

  it('shows each changed passage side by side, with its line and the claims it touches', () => {
    const { tree } = page('/sources/sample-article/changes/');
    expect(flat(toString(select('h1', tree)!))).toBe('The original today');
    expect(flat(toString(select('.changes-summary', tree)!))).toContain(
      'on 2026-11-30: the original has changed since we saved it, 2 passages differ, touching 3 claims.',
    );
    const passages = selectAll('.changed-passage', tree).map((passage) => ({
      heading: flat(toString(select('h3', passage)!)),
      columns: selectAll('figure', passage).map((figure) => [
        flat(toString(select('figcaption', figure)!)),
        flat(toString(select('blockquote', figure)!)),
      ]),
      claims: selectAll('.passage-claims li', passage).map((item) => [
        flat(toString(select('.badge', item)!)),
        String(select('a', item)!.properties['href']),
      ]),
    }));
    expect(passages).toEqual([
      {
        heading: 'Passage 1, line 3 of our saved text',
        columns: [
          ['What we saved', 'The council voted unanimously on Wednesday.'],
          ['What the original says now', 'The council voted by a large majority on Wednesday.'],
        ],
        // In reading order: the longer claim that starts at the same place first.
        claims: [
          ['✓ Supported', '/claims/sample-vote/'],
          ['◐ Partly supported', '/claims/sample-unanimously/'],
        ],
      },
      {
        heading: 'Passage 2, line 5 of our saved text',
        columns: [
          ['What we saved', 'Jose Nunez said “it’s fine” — twice… 🙂'],
          ['What the original says now', 'Jose Nunez said <b>it was fine</b> & {left}.'],
        ],
        claims: [['❝ Opinion', '/claims/sample-twice/']],
      },
    ]);
  });

  it('renders the fetched text as text, never as markup', () => {
    const { html, tree } = page('/sources/sample-article/changes/');
    expect(html).toContain('Jose Nunez said &lt;b&gt;it was fine&lt;/b&gt; &amp; {left}.');
    expect(selectAll('.changed-passage b', tree)).toHaveLength(0);
  });

  it('lists every claim with its status, the score of a changed one as a percentage, in reading order', () => {
    const { tree } = page('/sources/sample-article/changes/');
    const checks = selectAll('.claim-check', tree).map((item) => [
      flat(toString(select('.claim-check-status', item)!)),
      String(select('a', item)!.properties['href']),
    ]);
    expect(checks).toEqual([
      ['changed (closest passage 71% the same)', '/claims/sample-vote/'],
      ['missing', '/claims/sample-unanimously/'],
      ['unchanged', '/claims/sample-script/'],
      ['changed (closest passage 42% the same)', '/claims/sample-twice/'],
    ]);
  });

  it('says no differences were found on the date for an identical original, and names no local file', () => {
    const { html, tree } = page('/sources/second-article/changes/');
    expect(flat(toString(select('.changes-summary', tree)!))).toBe(
      'We compared our saved text with the original on 2026-11-29 and found no differences.',
    );
    expect(selectAll('.changed-passage', tree)).toHaveLength(0);
    expect(flat(toString(select('.claim-check', tree)!))).toMatch(/^unchanged: ✓ Supported The council voted/);
    expect(html).not.toContain('/tmp/second-article.html');
  });

  it('builds the changes page of a source never compared, saying so', () => {
    const { tree } = page('/sources/third-article/changes/');
    expect(flat(toString(select('.changes-summary', tree)!))).toMatch(/^Not yet compared with the original\./);
    expect(selectAll('.changed-passage, .claim-check', tree)).toHaveLength(0);
  });

  it('passes html-validate on every changes page', async () => {
    const failures: string[] = [];
    for (const slug of ['sample-article', 'second-article', 'third-article']) {
      const file = `sources/${slug}/changes/index.html`;
      failures.push(...(await htmlProblems(readFileSync(path.join(result.outDir, file), 'utf8'), file)));
    }
    expect(failures).toEqual([]);
  });

  it('adds verification to /data/sources.json, null for a source never compared, keeping every field', () => {
    const sources = JSON.parse(readFileSync(path.join(result.outDir, 'data/sources.json'), 'utf8')) as Record<
      string,
      unknown
    >[];
    expect(Object.fromEntries(sources.map((source) => [source['slug'], source['verification']]))).toEqual({
      'sample-article': {
        checkedAt: '2026-11-30T09:15:00Z',
        status: 'changed',
        changedPassages: 2,
        // sample-vote and sample-twice changed, sample-unanimously missing; sample-script unchanged.
        claimsAffected: 3,
      },
      'second-article': {
        checkedAt: '2026-11-29T22:40:00-05:00',
        status: 'identical',
        changedPassages: 0,
        claimsAffected: 0,
      },
      'third-article': null,
    });
    const sample = sources.find((source) => source['slug'] === 'sample-article')!;
    expect(Object.keys(sample)).toEqual(
      expect.arrayContaining(['slug', 'label', 'title', 'originalUrl', 'url', 'claimCount', 'claimsByVerdict']),
    );
  });
});

describe('the real site, before any source is verified', () => {
  const slugs = readdirSync(path.join(ROOT, 'content/sources')).filter(
    (slug) => !readdirSync(path.join(ROOT, 'content/sources', slug)).includes('verification.json'),
  );

  it('says "Not yet compared with the original" on every source never compared, and builds its changes page', () => {
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      expect(comparisonRow(SITE_DIR, slug).text, slug).toBe('Not yet compared with the original');
      const changes = readPage(SITE_DIR, `/sources/${slug}/changes/`).tree;
      expect(flat(toString(select('.changes-summary', changes)!)), slug).toMatch(/^Not yet compared/);
    }
    const sources = JSON.parse(readFileSync(path.join(SITE_DIR, 'data/sources.json'), 'utf8')) as {
      slug: string;
      verification: unknown;
    }[];
    for (const slug of slugs) expect(sources.find((source) => source.slug === slug)?.verification, slug).toBeNull();
  });
});
