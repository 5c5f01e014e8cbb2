import { describe, expect, it } from 'vitest';
import { feedItems } from '../../src/site/feed.ts';
import { fixtureModel } from '../support/fixture-model.ts';

const model = await fixtureModel();

describe('feedItems', () => {
  it('lists every claim, most recently updated first, dated by its last update', () => {
    const items = feedItems(model.claims.values());
    expect(items).toHaveLength(model.claims.size);
    expect(items[0]).toMatchObject({
      title: 'Supported: “The council voted unanimously on Wednesday.”',
      pubDate: new Date('2026-11-25T00:00:00Z'),
    });
    expect(items[0]!.link).toMatch(/\/claims\/sample-vote\/$/);
    expect(items[0]!.categories).toEqual(['Supported']);
  });
});
