import { describe, expect, it } from 'vitest';
import { differingVerdictPairs, transparency, type TransparencyRow } from '../../src/site/transparency.ts';
import { contentDirs } from '../../src/corpus/content-dirs.ts';
import { loadSiteData } from '../../src/integration/site-data.ts';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { ROOT } from '../support/fixture-case.ts';
import { FIXTURE_CONTENT } from '../support/fixture-model.ts';
import { correctionsModel } from '../support/corrections-model.ts';

const nonZero = (row: TransparencyRow) =>
  `${row.label}: ${row.total} ${Object.entries(row.counts)
    .filter(([, count]) => count > 0)
    .map(([verdict, count]) => `${verdict}=${count}`)
    .join(' ')}`;

const report = transparency(await correctionsModel());

describe('transparency', () => {
  it('counts checks by verdict per outlet, naming the source without one "Outlet not recorded"', () => {
    expect(report.total).toBe(5);
    expect(report.byOutlet.map(nonZero)).toEqual([
      'Fixture Gazette: 4 supported=1 partly-supported=1 false=1 opinion=1',
      'Outlet not recorded: 1 partly-supported=1',
    ]);
  });

  it('counts checks per author and per reviewer by the names in content/people', () => {
    expect(report.byAuthor.map(nonZero)).toEqual([
      'Fixture Checker: 4 supported=1 partly-supported=2 false=1',
      'Fixture Review Desk: 1 opinion=1',
    ]);
    expect(report.byAuthor.map((row) => row.personId)).toEqual(['fixture-checker', 'fixture-desk']);
    expect(report.byReviewer.map(nonZero)).toEqual([
      'Fixture Review Desk: 4 supported=1 partly-supported=2 false=1',
      'Fixture Checker: 1 opinion=1',
    ]);
  });

  it('counts the checks with corrections and those whose verdict changed', () => {
    expect(report.withCorrections).toBe(3);
    expect(report.withVerdictChanges).toBe(2);
  });

  it('lists each pair of related claims with different verdicts once', () => {
    expect(report.differingPairs.map(({ first, second }) => `${first.id}/${second.id}`)).toEqual([
      'sample-vote/second-vote',
    ]);
  });

  it('handles a corpus without people, bylines or corrections', async () => {
    // The fixture corpus with its people, bylines and corrections taken away.
    const { data } = await loadSiteData(ROOT, contentDirs(FIXTURE_CONTENT));
    const claims = data.corpus.claims.map((claim) => {
      const { author: _author, ...rest } = claim.data;
      return { ...claim, data: { ...rest, reviewers: [], corrections: [] } };
    });
    const plain = transparency(buildSiteModel({ ...data, corpus: { ...data.corpus, claims, people: [] } }));
    expect(plain.byAuthor.map(nonZero)).toEqual([
      'Author not recorded: 5 supported=2 partly-supported=1 false=1 opinion=1',
    ]);
    expect(plain.byReviewer.map((row) => row.label)).toEqual(['No reviewer recorded']);
    expect(plain.withCorrections).toBe(0);
    // Both related claims are supported there: no pair.
    expect(plain.differingPairs).toEqual([]);
    expect(differingVerdictPairs([])).toEqual([]);
  });
});
