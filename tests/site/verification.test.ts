/** The verification view model (src/site/verification.ts): wording, counting, ordering and staleness. */
import { beforeAll, describe, expect, it } from 'vitest';
import { contentDirs } from '../../src/corpus/content-dirs.ts';
import { loadSiteData } from '../../src/integration/site-data.ts';
import type { Verification } from '../../src/schemas/verification.ts';
import { buildSiteModel, type SiteModel, type SourceView } from '../../src/site/site-model.ts';
import {
  claimsAffected,
  comparisonLine,
  percent,
  statusLabel,
  verificationExport,
  verificationView,
} from '../../src/site/verification.ts';
import { ROOT } from '../support/fixture-case.ts';

let model: SiteModel;
const sourceOf = (slug: string) => model.sources.find((view) => view.source.slug === slug)!;
/** A source view with another verification.json, the rest as built. */
const withVerification = (view: SourceView, verification: Verification | undefined): SourceView => ({
  ...view,
  source: { ...view.source, verification },
});

beforeAll(async () => {
  const { data } = await loadSiteData(ROOT, contentDirs('tests/fixtures/verification/content'));
  model = buildSiteModel(data);
});

describe('the provenance line', () => {
  it('says a source was not yet compared, unlinked', () => {
    expect(comparisonLine(sourceOf('third-article').source)).toEqual({
      state: 'unverified',
      text: 'Not yet compared with the original',
      linked: false,
    });
  });

  it('says "1 passage differs" and "2 passages differ"', () => {
    const view = sourceOf('sample-article');
    const verification = view.source.verification!;
    expect(comparisonLine(view.source).text).toBe('The original has changed since we saved it: 2 passages differ');
    const one = { ...verification, changes: verification.changes.slice(0, 1) };
    expect(comparisonLine({ ...view.source, verification: one }).text).toBe(
      'The original has changed since we saved it: 1 passage differs',
    );
  });
});

describe('claims affected', () => {
  const base: Verification = {
    source: 's',
    checkedAt: '2026-12-01T00:00:00Z',
    from: 'https://example.org/s',
    status: 'changed',
    articleSha256: '0'.repeat(64),
    changes: [],
    claims: [],
  };

  it('counts claims found moved, changed or missing, and claims a changed passage overlaps, each once', () => {
    const verification: Verification = {
      ...base,
      changes: [
        { line: 1, saved: 'a', original: 'b', claims: ['one', 'two'] },
        { line: 2, saved: 'c', original: 'd', claims: ['two'] },
      ],
      claims: [
        { id: 'one', status: 'changed', score: 0.5 },
        { id: 'two', status: 'unchanged', score: 1 },
        { id: 'three', status: 'moved', score: 1 },
        { id: 'four', status: 'missing', score: null },
        { id: 'five', status: 'unchanged', score: 1 },
      ],
    };
    expect(claimsAffected(verification)).toBe(4);
  });

  it('counts none for an identical original', () => {
    expect(claimsAffected({ ...base, status: 'identical', claims: [{ id: 'a', status: 'unchanged', score: 1 }] })).toBe(
      0,
    );
  });
});

describe('statuses', () => {
  it('gives a changed claim its score as a whole percentage, never 100% below a score of 1', () => {
    expect(statusLabel('changed', 0.714)).toBe('changed (closest passage 71% the same)');
    expect(percent(0.996)).toBe('99%');
    expect(percent(1)).toBe('100%');
    expect(statusLabel('missing', null)).toBe('missing');
    expect(statusLabel('moved', 1)).toBe('moved');
  });
});

describe('the changes page view', () => {
  it('groups passages with the published claims they touch, in reading order, and keeps unknown ids apart', () => {
    const view = sourceOf('sample-article');
    const verification = view.source.verification!;
    const edited = {
      ...verification,
      changes: [{ ...verification.changes[0]!, claims: ['sample-unanimously', 'withdrawn-claim', 'sample-vote'] }],
    };
    const result = verificationView(withVerification(view, edited));
    expect(result.passages.map((passage) => passage.claims.map((claim) => claim.id))).toEqual([
      ['sample-vote', 'sample-unanimously'],
    ]);
    expect(result.passages[0]!.otherClaimIds).toEqual(['withdrawn-claim']);
  });

  it('shows the original URL it read, but never a local file path', () => {
    expect(verificationView(sourceOf('sample-article')).fromUrl).toBe('https://example.org/sample');
    expect(verificationView(sourceOf('second-article')).fromUrl).toBeNull();
  });

  it('is current when the recorded hash is that of our saved text, stale after an edit', () => {
    const view = sourceOf('sample-article');
    expect(verificationView(view).stale).toBe(false);
    const edited = { ...view, source: { ...view.source, text: `${view.source.text} ` } };
    expect(verificationView(edited).stale).toBe(true);
  });

  it('has nothing to show for a source never compared, and exports null', () => {
    const view = verificationView(sourceOf('third-article'));
    expect([view.state, view.date, view.passages, view.claims]).toEqual(['unverified', null, [], []]);
    expect(verificationExport(sourceOf('third-article').source)).toBeNull();
  });
});
