/**
 * A claim's page says when its review took place, and whether the check changed after it: the latest review's day,
 * and whether its fingerprint (npm run review) still matches the quote, verdict, flags, summary, explanation and
 * citations.
 */
import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/corpus/model.ts';
import { reviewFingerprint } from '../../src/corpus/review-fingerprint.ts';
import { bylineOf } from '../../src/site/people.ts';

const people = new Map<string, Person>([
  ['desk', { id: 'desk', file: 'p/desk.yaml', data: { name: 'Desk', kind: 'team', role: 'R', bio: 'B', ai: false } }],
]) as unknown as ReadonlyMap<string, Person>;
const fields = { quote: 'q', verdict: 'supported', flags: [], summary: 's', citations: ['c'] };
const explanation = 'Why it holds.';
const review = (date: string, fingerprint: string) => ({ by: 'desk', date, fingerprint });

describe('the byline’s review', () => {
  it('gives the latest review’s day, current while the check is what was reviewed', () => {
    const reviews = [review('2026-12-01', 'x'), review('2026-12-07', reviewFingerprint(fields, explanation))];
    const byline = bylineOf({ ...fields, reviewers: ['desk'], reviews }, people, explanation);
    expect(byline.review).toEqual({ date: '2026-12-07', current: true });
  });

  it('says the check changed since, once a reviewed part is edited', () => {
    const reviews = [review('2026-12-07', reviewFingerprint(fields, explanation))];
    const byline = bylineOf({ ...fields, reviewers: ['desk'], reviews }, people, 'A new explanation.');
    expect(byline.review).toEqual({ date: '2026-12-07', current: false });
  });

  it('has none where no review is recorded', () => {
    expect(bylineOf({ ...fields, reviewers: ['desk'], reviews: [] }, people, explanation).review).toBeUndefined();
  });
});
