/**
 * The view model's side of issue 13, on SiteData built here: drafts (shown only when the
 * corpus carries them, never after `publishedOnly`), bylines, the verdict history and its
 * derived date, people, and what the exports and structured data say about them.
 */
import siteConfig from 'virtual:factcheck/config';
import { describe, expect, it } from 'vitest';
import type { Claim, DraftClaim, Person } from '../../src/corpus/model.ts';
import { contentDirs } from '../../src/corpus/content-dirs.ts';
import { DEFAULT_SCALE } from '../../src/domain/scale.ts';
import { loadSiteData } from '../../src/integration/site-data.ts';
import { checkerOf, claimReview } from '../../src/site/claim-review.ts';
import { DRAFT_TEXT, publishedOnly } from '../../src/site/drafts.ts';
import { claimsExport, peopleExport, sourcesExport } from '../../src/site/exports.ts';
import { feedItems } from '../../src/site/feed.ts';
import { bylineOf, historyOf } from '../../src/site/people.ts';
import { buildSiteModel, lastChanged, type SiteData } from '../../src/site/site-model.ts';
import { creatorOf } from '../../src/site/web-annotations.ts';
import { FIXTURE_CONTENT } from '../support/fixture-model.ts';
import { ROOT } from '../support/fixture-case.ts';

const person = (id: string, name: string, kind: 'person' | 'team'): Person => ({
  id,
  file: `people/${id}.yaml`,
  data: { name, kind, ai: false, role: 'Fixture role', bio: `${name}, a fixture.` },
});
const PEOPLE = [person('kim-fixture', 'Kim Fixture', 'person'), person('desk-fixture', 'Desk Fixture', 'team')];

const { data: loaded } = await loadSiteData(ROOT, contentDirs(FIXTURE_CONTENT));
const secondText = loaded.corpus.sources.find((source) => source.slug === 'second-article')!.text;
const draftQuote = 'Second fixture article.';
const draft: DraftClaim = {
  id: 'unfinished-draft',
  source: 'second-article',
  file: 'claims/second-article/unfinished-draft.mdx',
  data: { quote: draftQuote, status: 'draft', related: ['sample-vote'] },
  start: secondText.indexOf(draftQuote),
  end: secondText.indexOf(draftQuote) + draftQuote.length,
  body: '',
};

/** The fixture corpus with people, a byline and corrections on `sample-vote`, and one draft. */
function withAccountability(claims: readonly Claim[]): Claim[] {
  return claims.map((claim) =>
    claim.id === 'sample-vote'
      ? {
          ...claim,
          data: {
            ...claim.data,
            related: [...claim.data.related, 'unfinished-draft'],
            author: 'kim-fixture',
            reviewers: ['desk-fixture', 'no-such-person'],
            corrections: [
              { date: '2026-11-26', kind: 'correction', note: 'Fixed the tally.', previousVerdict: 'misleading' },
              { date: '2026-11-28', kind: 'update', note: 'Added the minutes.' },
            ],
          },
        }
      : { ...claim, data: { ...claim.data, author: undefined, reviewers: [] } },
  );
}
const data: SiteData = {
  ...loaded,
  corpus: { ...loaded.corpus, people: PEOPLE, claims: withAccountability(loaded.corpus.claims), drafts: [draft] },
};
const dev = buildSiteModel(data);
const build = buildSiteModel(publishedOnly(data));

describe('drafts in the site model', () => {
  it('shows a draft (dev) on its source with "Not yet rated" and the like where nothing is written yet', () => {
    const view = dev.drafts.get('unfinished-draft')!;
    expect([view.verdictLabel, view.summary, view.explanationHtml, view.citations]).toEqual([
      DRAFT_TEXT.verdict,
      DRAFT_TEXT.summary,
      '',
      [],
    ]);
    expect(view.context.quote).toBe(draftQuote);
    const source = dev.sources.find((sourceView) => sourceView.source.slug === 'second-article')!;
    expect(source.drafts.map((each) => each.id)).toEqual(['unfinished-draft']);
  });

  it('never counts, lists or links a draft, in dev or in the build', () => {
    for (const model of [dev, build]) {
      expect(model.claims.has('unfinished-draft')).toBe(false);
      expect(model.claims.get('sample-vote')!.related.map((view) => view.id)).toEqual(['second-vote']);
      expect(Object.values(model.counts).reduce((a, b) => a + b, 0)).toBe(model.claims.size);
      expect(JSON.stringify(claimsExport(model))).not.toContain('unfinished-draft');
      expect(JSON.stringify(sourcesExport(model))).not.toContain('unfinished-draft');
    }
  });

  it('leaves every draft out of the build, including one the corpus still lists among the claims', () => {
    expect(build.drafts.size).toBe(0);
    expect(build.sources.flatMap((view) => view.drafts)).toEqual([]);
    const stray = { ...loaded.corpus.claims[0]!, id: 'stray-draft' };
    const straying = { ...stray, data: { ...stray.data, status: 'draft' as const } };
    const input = { ...data, corpus: { ...data.corpus, claims: [...data.corpus.claims, straying] } };
    expect(buildSiteModel(input).claims.has('stray-draft')).toBe(false);
    expect(buildSiteModel(input).drafts.has('stray-draft')).toBe(true);
    expect(buildSiteModel(publishedOnly(input)).drafts.size).toBe(0);
  });

  it('leaves out of the build a source whose every check is a draft, and keeps one with no checks', () => {
    const onlyDraft = { ...draft, source: 'sample-article' };
    const corpus = { ...data.corpus, claims: data.corpus.claims.filter((claim) => claim.source !== 'sample-article') };
    const slugs = (input: SiteData) => publishedOnly(input).corpus.sources.map((source) => source.slug);
    expect(slugs({ ...data, corpus: { ...corpus, drafts: [onlyDraft] } })).toEqual(['second-article']);
    expect(slugs({ ...data, corpus: { ...corpus, drafts: [] } })).toEqual(['sample-article', 'second-article']);
  });
});

describe('bylines and history', () => {
  it('names the author and the reviewers it knows, and nothing where a claim names no one', () => {
    const vote = dev.claims.get('sample-vote')!;
    expect(vote.byline).toEqual({
      author: { id: 'kim-fixture', name: 'Kim Fixture', kind: 'person', ai: false },
      reviewers: [{ id: 'desk-fixture', name: 'Desk Fixture', kind: 'team', ai: false }],
      authorship: undefined,
    });
    expect(dev.claims.get('second-vote')!.byline).toEqual({ author: undefined, reviewers: [], authorship: undefined });
    expect(bylineOf({}, new Map())).toEqual({ author: undefined, reviewers: [], authorship: undefined });
  });

  it('lists corrections newest first with the earlier verdict, and dates the check by the latest', () => {
    const vote = dev.claims.get('sample-vote')!;
    expect(vote.history.map((entry) => [entry.date, entry.kindLabel, entry.previousVerdict?.id])).toEqual([
      ['2026-11-28', 'Update', undefined],
      ['2026-11-26', 'Correction', 'misleading'],
    ]);
    expect([vote.lastChanged, vote.updatedLater]).toEqual(['2026-11-28', '2026-11-28']);
    expect(feedItems(dev.claims.values())[0]!.pubDate).toEqual(new Date('2026-11-28T00:00:00Z'));
  });

  it('derives the last change from corrections, else `updated`, else `published`', () => {
    const corrections = [
      { date: '2026-03-01', kind: 'update' as const, note: 'x' },
      { date: '2026-02-01', kind: 'clarification' as const, note: 'y' },
    ];
    expect(lastChanged({ published: '2026-01-01', updated: '2026-01-05', corrections })).toBe('2026-03-01');
    expect(lastChanged({ published: '2026-01-01', updated: '2026-01-05', corrections: [] })).toBe('2026-01-05');
    expect(lastChanged({ published: '2026-01-01', corrections: [] })).toBe('2026-01-01');
  });

  it('keeps the written order, reversed, for two entries of one date', () => {
    const entries = historyOf(
      [
        { date: '2026-01-02', kind: 'update', note: 'first' },
        { date: '2026-01-02', kind: 'clarification', note: 'second' },
      ],
      DEFAULT_SCALE,
    );
    expect(entries.map((entry) => entry.note)).toEqual(['second', 'first']);
  });
});

describe('people', () => {
  it('lists each person and team by name with the checks they wrote and reviewed', () => {
    expect(dev.people.map((view) => [view.name, view.kindLabel, view.authored.length, view.reviewed.length])).toEqual([
      ['Desk Fixture', 'Team', 0, 1],
      ['Kim Fixture', 'Person', 1, 0],
    ]);
    expect(peopleExport(dev)[1]).toMatchObject({ id: 'kim-fixture', url: null, claimsAuthored: 1 });
  });

  it('credits the author in ClaimReview and Web Annotations, and the site where no one is named', () => {
    const vote = dev.claims.get('sample-vote')!;
    expect(checkerOf(vote)).toMatchObject({ '@type': 'Person', name: 'Kim Fixture' });
    expect(creatorOf(vote, siteConfig)).toMatchObject({ type: 'Person', name: 'Kim Fixture' });
    expect(claimReview(vote)!.dateModified).toBe('2026-11-28');
    const unsigned = dev.claims.get('second-vote')!;
    expect(checkerOf(unsigned)).toMatchObject({ '@type': 'Organization', name: 'Sanctuary Claims Check' });
    expect(creatorOf(unsigned, siteConfig)).toMatchObject({ type: 'Organization', name: 'Sanctuary Claims Check' });
  });

  it('exports author, reviewers and corrections in /data/claims.json', () => {
    const vote = claimsExport(dev).find((claim) => claim.id === 'sample-vote')!;
    expect(vote.author).toEqual({ id: 'kim-fixture', name: 'Kim Fixture' });
    expect(vote.reviewers).toEqual([{ id: 'desk-fixture', name: 'Desk Fixture' }]);
    expect(vote.corrections[0]).toEqual({
      date: '2026-11-26',
      kind: 'correction',
      note: 'Fixed the tally.',
      previousVerdict: 'misleading',
    });
    expect(vote.updated).toBe('2026-11-28');
    expect(claimsExport(dev).find((claim) => claim.id === 'second-vote')).toMatchObject({
      author: null,
      reviewers: [],
      corrections: [],
    });
  });
});
