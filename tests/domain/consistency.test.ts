import { describe, expect, it } from 'vitest';
import { inconsistentPairs } from '../../src/domain/consistency.ts';
import { lastChanged, verdictAfter } from '../../src/domain/corrections.ts';

const claim = (id: string, verdict: string, related: string[] = []) => ({ id, data: { verdict, related } });

describe('inconsistentPairs', () => {
  it('lists each related pair with different verdicts once, whichever side names the other', () => {
    const claims = [
      claim('b-claim', 'misleading', ['a-claim']),
      claim('a-claim', 'supported', ['b-claim', 'c-claim']),
      claim('c-claim', 'supported'),
      claim('d-claim', 'false', ['c-claim', 'draft-only']),
    ];
    expect(inconsistentPairs(claims).map(({ a, b }) => `${a.id}/${b.id}`)).toEqual([
      'a-claim/b-claim',
      'c-claim/d-claim',
    ]);
  });

  it('finds nothing when related claims agree', () => {
    expect(inconsistentPairs([claim('x', 'false', ['y']), claim('y', 'false', ['x'])])).toEqual([]);
  });

  it("compares verdicts by id, whatever the site's scale calls them", () => {
    const claims = [claim('x', 'needs-context', ['y']), claim('y', 'needs-context', ['z']), claim('z', 'fabricated')];
    expect(inconsistentPairs(claims).map(({ a, b }) => `${a.id}/${b.id}`)).toEqual(['y/z']);
  });
});

describe('verdict history', () => {
  it('derives the last change from the latest correction, else updated, else published', () => {
    const corrections = [{ date: '2026-11-22' }, { date: '2026-11-28' }];
    expect(lastChanged({ published: '2026-11-20', updated: '2026-11-30', corrections })).toBe('2026-11-28');
    expect(lastChanged({ published: '2026-11-20', updated: '2026-11-30', corrections: [] })).toBe('2026-11-30');
    expect(lastChanged({ published: '2026-11-20' })).toBe('2026-11-20');
  });

  it('takes the verdict after an entry from the next entry that changed it, else the current verdict', () => {
    const entries = [{ previousVerdict: 'false' as const }, {}, { previousVerdict: 'misleading' as const }];
    expect(verdictAfter(entries, 0, 'supported')).toBe('misleading');
    expect(verdictAfter(entries, 2, 'supported')).toBe('supported');
  });
});
