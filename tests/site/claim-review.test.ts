import { describe, expect, it } from 'vitest';
import { DEFAULT_SCALE } from '../../src/domain/scale.ts';
import { claimReview } from '../../src/site/claim-review.ts';
import { jsonForScript } from '../../src/site/text.ts';
import { claimOf, fixtureModel } from '../support/fixture-model.ts';

const model = await fixtureModel();

describe('claimReview', () => {
  it('rates a checkable claim on the 1–5 scale with the verdict label as its name', () => {
    const review = claimReview(claimOf(model, 'sample-unanimously'))!;
    expect(review.reviewRating).toEqual({
      '@type': 'Rating',
      ratingValue: DEFAULT_SCALE.verdict('partly-supported').rating,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'Partly supported',
    });
    expect(review.claimReviewed).toBe('voted unanimously');
    expect(review.datePublished).toBe('2026-11-20');
    expect(review.url).toMatch(/\/claims\/sample-unanimously\/$/);
    expect(review.publisher).toMatchObject({ '@type': 'Organization', name: 'Sanctuary Claims Check' });
  });

  it('describes where the claim appeared with only the provenance we know', () => {
    const known = claimReview(claimOf(model, 'sample-vote'))!;
    expect(known.itemReviewed).toEqual({
      '@type': 'Claim',
      appearance: {
        '@type': 'CreativeWork',
        url: 'https://example.org/sample',
        headline: 'Sample headline with <b>markup</b> & {braces}',
        publisher: { '@type': 'Organization', name: 'Fixture Gazette' },
        datePublished: '2024-05-01',
      },
      author: { '@type': 'Organization', name: 'Fixture Gazette' },
      datePublished: '2024-05-01',
    });
    expect(known.dateModified).toBe('2026-11-25');
    // The second article has no URL, outlet or date: the appearance is our copy, nothing guessed.
    const unknown = claimReview(claimOf(model, 'second-vote'))!;
    expect(unknown.itemReviewed).toEqual({
      '@type': 'Claim',
      appearance: {
        '@type': 'CreativeWork',
        url: expect.stringMatching(/\/sources\/second-article\/$/),
        headline: 'Second fixture article',
      },
    });
  });

  it('publishes no ClaimReview for an opinion, which is not rated', () => {
    expect(claimReview(claimOf(model, 'sample-twice'))).toBeNull();
  });

  it('escapes < so a quote containing </script> cannot end the script element', () => {
    const json = jsonForScript(claimReview(claimOf(model, 'sample-script')));
    expect(json).not.toContain('<');
    expect(JSON.parse(json).claimReviewed).toBe('<script>alert(1)</script> and {curly} braces');
  });
});
