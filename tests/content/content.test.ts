/**
 * Guards on the real content: every claim anchors uniquely and every citation resolves (so an
 * edit to a source cannot silently orphan an annotation), and the editorial minimums hold.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { formatProblem } from '../../src/corpus/problems.ts';
import { ROOT } from '../support/fixture-case.ts';
import { anchorQuote } from '../support/text.ts';
import { SITE_DIR } from '../setup/build-site.ts';

const { corpus, problems } = await loadCorpus(ROOT);
const citations = new Map(corpus.citations.map((citation) => [citation.id, citation]));

describe('the published corpus', () => {
  it('has no content errors or warnings', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('imports all four source articles', () => {
    expect(corpus.sources.map((source) => source.slug).sort()).toEqual([
      'boston-trust-act-update',
      'guatemalan-national-gloucester',
      'honduran-national-hartford',
      'sanctuary-cities-cooperate-ice',
    ]);
  });

  it.each(corpus.claims.map((claim) => [claim.id, claim] as const))(
    'claim %s anchors uniquely and its citations resolve',
    (_id, claim) => {
      const source = corpus.sources.find((candidate) => candidate.slug === claim.source)!;
      const anchored = anchorQuote(source.text, {
        exact: claim.data.quote,
        prefix: claim.data.prefix,
        suffix: claim.data.suffix,
      });
      expect(anchored).toEqual({ ok: true, start: claim.start, end: claim.end });
      for (const id of claim.data.citations) expect(citations.has(id), id).toBe(true);
      if (claim.data.verdict !== 'opinion') {
        expect(claim.data.citations.length).toBeGreaterThan(0);
        expect(claim.data.citations.some((id) => /^https?:\/\//.test(citations.get(id)?.data.url ?? ''))).toBe(true);
      }
    },
  );

  it('annotates at least 15 claims in each article', () => {
    for (const source of corpus.sources) {
      expect(corpus.claims.filter((claim) => claim.source === source.slug).length, source.slug).toBeGreaterThanOrEqual(
        15,
      );
    }
  });
});

describe('/data/claims.json and /data/sources.json', () => {
  const claims = JSON.parse(readFileSync(path.join(SITE_DIR, 'data/claims.json'), 'utf8')) as Record<string, unknown>[];
  const sources = JSON.parse(readFileSync(path.join(SITE_DIR, 'data/sources.json'), 'utf8')) as Record<
    string,
    unknown
  >[];

  it('lists every claim once with the documented fields', () => {
    expect(claims.map((claim) => claim['id']).sort()).toEqual(corpus.claims.map((claim) => claim.id).sort());
    for (const claim of claims) {
      expect(Object.keys(claim)).toEqual(
        expect.arrayContaining(['id', 'source', 'quote', 'start', 'end', 'verdict', 'flags', 'citations', 'url']),
      );
      const source = corpus.sources.find((candidate) => candidate.slug === claim['source'])!;
      expect(source.text.slice(claim['start'] as number, claim['end'] as number)).toBe(claim['quote']);
      expect(String(claim['url'])).toMatch(new RegExp(`^https?://.+/claims/${String(claim['id'])}/$`));
      for (const citation of claim['citations'] as { id: string; title: string; url: string }[]) {
        expect(Object.keys(citation).sort()).toEqual(['id', 'title', 'url']);
        expect(citation.url).toMatch(/^https?:\/\//);
      }
    }
  });

  it('gives every source its page URL and claim counts that add up', () => {
    expect(sources).toHaveLength(corpus.sources.length);
    for (const source of sources) {
      const counts = Object.values(source['claimsByVerdict'] as Record<string, number>);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(source['claimCount']);
      expect(claims.filter((claim) => claim['source'] === source['slug'])).toHaveLength(source['claimCount'] as number);
      expect(String(source['url'])).toMatch(/\/sources\/[a-z0-9-]+\/$/);
    }
  });
});
