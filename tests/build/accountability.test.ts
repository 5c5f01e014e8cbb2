/**
 * Issue 13 on a real build of fixture content (tests/fixtures/accountability/content): drafts
 * reach no output at all; claim pages show the byline and the verdict history; people pages
 * list each person's checks; the open data carries author, reviewers and corrections.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../support/build.ts';
import { readPage, select, selectAll, toString } from '../support/html.ts';
import { htmlProblems } from '../support/html-validate.ts';
import { annotationFailures } from '../support/w3c-annotation.ts';

const CONTENT = 'tests/fixtures/accountability/content';
const result = runBuild({
  content: CONTENT,
  outDir: 'tests/.output/builds/accountability',
  cacheDir: 'tests/.output/cache/accountability',
});
const files = (readdirSync(result.outDir, { recursive: true }) as string[])
  .map((file) => file.split(path.sep).join('/'))
  .filter((file) => !file.endsWith('/') && !readdirSafe(path.join(result.outDir, file)));
/** A file's text; Pagefind's index files are gzipped, so they are read unzipped. */
function textOf(file: string): string {
  const bytes = readFileSync(path.join(result.outDir, file));
  const unzipped = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return unzipped.toString('utf8');
}
function readdirSafe(dir: string): boolean {
  try {
    readdirSync(dir);
    return true;
  } catch {
    return false;
  }
}
const json = (file: string) => JSON.parse(textOf(file));
const text = (page: string, selector: string) =>
  toString(select(selector, readPage(result.outDir, page).tree)!)
    .replace(/\s+/g, ' ')
    .trim();

describe('a build with drafts', () => {
  it('succeeds', () => {
    expect(result.status, result.output).toBe(0);
    expect(files).toContain('pagefind/pagefind.js');
  });

  it('writes no draft id, quote, summary or explanation into any file, search index included', () => {
    // `harbour-crane-purple` is the only check on `unfinished-article`, so that source is left out too.
    const secrets = [
      'town-pothole-fund',
      'harbour-crane-purple',
      'unfinished-article',
      'The harbour crane was painted purple by volunteers',
      'Unfinished fixture article',
      'must never reach the build',
      'Unfinished draft',
    ];
    const leaks = files.flatMap((file) => {
      const content = textOf(file);
      return secrets.filter((secret) => content.includes(secret)).map((secret) => `${file}: ${secret}`);
    });
    expect(leaks).toEqual([]);
  });

  it('shows the quote of a draft on a published article only as the article text, never as a claim', () => {
    const quote = 'the pothole fund had tripled since last year';
    const holders = files.filter((file) => textOf(file).includes(quote));
    // The source page (the verbatim article) and its record in the search index.
    expect(holders.filter((file) => !file.startsWith('pagefind/'))).toEqual(['sources/town-meeting/index.html']);
    const { tree } = readPage(result.outDir, '/sources/town-meeting/');
    expect(selectAll('mark', tree).map((mark) => toString(mark))).not.toContain(quote);
    expect(selectAll('.note, .drafts', tree)).toHaveLength(2);
  });

  it('counts published checks only, and links no published claim to a draft it names as related', () => {
    expect(json('data/claims.json').map((claim: { id: string }) => claim.id)).toEqual([
      'town-budget-vote',
      'town-library-sundays',
    ]);
    expect(json('data/sources.json').map((source: { claimCount: number }) => source.claimCount)).toEqual([2]);
    expect(text('/', '.source-list .meta')).toContain('2 claims checked');
    expect(json('data/claims.json')[0].related).toEqual([]);
    expect(select('#related-title', readPage(result.outDir, '/claims/town-budget-vote/').tree)).toBeFalsy();
  });
});

describe('bylines, history and people pages', () => {
  it('names who checked and who reviewed a claim, each linking to their page', () => {
    const { tree } = readPage(result.outDir, '/claims/town-budget-vote/');
    const byline = select('.byline', tree)!;
    expect(toString(byline).replace(/\s+/g, ' ').trim()).toBe(
      'Checked by Avery Fixture · Reviewed by Fixture Review Desk and Blake Fixture',
    );
    expect(selectAll('a', byline).map((link) => link.properties['href'])).toEqual([
      '/people/avery-fixture/',
      '/people/fixture-review-desk/',
      '/people/blake-fixture/',
    ]);
  });

  it('shows the history newest first, with the earlier verdict, and dates the page by the latest change', () => {
    const { tree } = readPage(result.outDir, '/claims/town-budget-vote/');
    const entries = selectAll('.history-entry', tree).map((entry) =>
      selectAll('p', entry)
        .map((paragraph) => toString(paragraph).replace(/\s+/g, ' ').trim())
        .join(' | '),
    );
    expect(entries).toEqual([
      '2026-10-12 · Clarification | Reworded the summary; the finding is unchanged.',
      '2026-10-08 · Correction · Earlier verdict: ◐ Partly supported | ' +
        'We first read the tally as 38 to 4; the minutes say 40 to 2.',
    ]);
    expect(selectAll('.history-entry .badge.v-partly-supported', tree)).toHaveLength(1);
    expect(text('/claims/town-budget-vote/', '.dates')).toBe('Published 2026-10-05, updated 2026-10-12.');
    expect(select('.history', readPage(result.outDir, '/claims/town-library-sundays/').tree)).toBeFalsy();
  });

  it('lists every person and team, and on each page the checks they wrote and reviewed', () => {
    const index = readPage(result.outDir, '/people/').tree;
    expect(selectAll('.person-card h2', index).map((node) => toString(node).trim())).toEqual([
      'Avery Fixture',
      'Blake Fixture',
      'Fixture Review Desk',
    ]);
    const { tree } = readPage(result.outDir, '/people/avery-fixture/');
    const claimsIn = (id: string) =>
      selectAll(`section[aria-labelledby="${id}"] .claim-item-quote a`, tree).map((link) => link.properties['href']);
    expect(claimsIn('authored-title')).toEqual(['/claims/town-budget-vote/']);
    expect(claimsIn('reviewed-title')).toEqual(['/claims/town-library-sundays/']);
    expect(select('a[href="https://example.org/avery"]', tree)).toBeTruthy();
    expect(text('/people/avery-fixture/', 'h1')).toBe('Avery Fixture');
  });

  it('validates as HTML on the people index, a person page and a claim page with byline and history', async () => {
    const pages = ['people/index.html', 'people/avery-fixture/index.html', 'claims/town-budget-vote/index.html'];
    const problems = await Promise.all(pages.map((file) => htmlProblems(textOf(file), file)));
    expect(problems.flat()).toEqual([]);
  });
});

describe('open data', () => {
  it('adds author, reviewers and corrections to /data/claims.json, and dates `updated` by the latest change', () => {
    const [vote, library] = json('data/claims.json');
    expect(vote).toMatchObject({
      published: '2026-10-05',
      updated: '2026-10-12',
      author: { id: 'avery-fixture', name: 'Avery Fixture' },
      reviewers: [
        { id: 'fixture-review-desk', name: 'Fixture Review Desk' },
        { id: 'blake-fixture', name: 'Blake Fixture' },
      ],
    });
    expect(vote.corrections).toEqual([
      {
        date: '2026-10-08',
        kind: 'correction',
        note: 'We first read the tally as 38 to 4; the minutes say 40 to 2.',
        previousVerdict: 'partly-supported',
      },
      { date: '2026-10-12', kind: 'clarification', note: 'Reworded the summary; the finding is unchanged.' },
    ]);
    expect([library.corrections, library.updated]).toEqual([[], '2026-10-05']);
  });

  it('lists people in /data/people.json with their counts', () => {
    expect(json('data/people.json')).toEqual([
      {
        id: 'avery-fixture',
        name: 'Avery Fixture',
        kind: 'person',
        role: 'Fact-checker',
        bio: 'A fixture person who writes the checks in the accountability tests.',
        url: 'https://example.org/avery',
        page: expect.stringMatching(/\/people\/avery-fixture\/$/),
        claimsAuthored: 1,
        claimsReviewed: 1,
      },
      expect.objectContaining({ id: 'blake-fixture', url: null, claimsAuthored: 0, claimsReviewed: 1 }),
      expect.objectContaining({ id: 'fixture-review-desk', kind: 'team', claimsAuthored: 1, claimsReviewed: 1 }),
    ]);
  });

  it('credits the checker in ClaimReview (Person, or Organization for a team) under the site as publisher', () => {
    const review = (id: string) =>
      JSON.parse(
        toString(select('script[type="application/ld+json"]', readPage(result.outDir, `/claims/${id}/`).tree)!),
      );
    const vote = review('town-budget-vote');
    expect(vote.author).toEqual({
      '@type': 'Person',
      name: 'Avery Fixture',
      url: expect.stringMatching(/\/people\/avery-fixture\/$/),
    });
    expect(vote.publisher).toMatchObject({ '@type': 'Organization', name: 'Sanctuary Claims Check' });
    expect([vote.datePublished, vote.dateModified]).toEqual(['2026-10-05', '2026-10-12']);
    expect(review('town-library-sundays').author).toMatchObject({
      '@type': 'Organization',
      name: 'Fixture Review Desk',
    });
    expect(review('town-library-sundays').dateModified).toBe('2026-10-05');
  });

  it('gives each Web Annotation its checker as creator and its latest change as modified, still valid W3C', () => {
    const collection = json('data/annotations.jsonld');
    const [vote, library] = collection.first.items;
    expect([vote.creator.type, vote.creator.name, vote.modified]).toEqual([
      'Person',
      'Avery Fixture',
      '2026-10-12T00:00:00Z',
    ]);
    expect(library.creator).toMatchObject({ type: 'Organization', name: 'Fixture Review Desk' });
    expect(
      collection.first.items.flatMap((item: object) =>
        annotationFailures({ '@context': collection['@context'], ...item }),
      ),
    ).toEqual([]);
  });
});
