import rss from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
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

  it('encodes a summary so a reader rendering the description as HTML shows its markup as text', async () => {
    const [view] = model.claims.values();
    const summary = 'Says <img src=x onerror=alert(1)> & "more"';
    const hostile = { ...view!, claim: { ...view!.claim, data: { ...view!.claim.data, summary } } };
    const response = await rss({
      title: 'T',
      description: 'D',
      site: 'https://example.org/',
      items: feedItems([hostile]),
    });
    const feed = new XMLParser({ processEntities: true, htmlEntities: false }).parse(await response.text());
    const html = fromHtml(feed.rss.channel.item.description as string, { fragment: true });
    expect(html.children.every((node) => node.type === 'text')).toBe(true);
    expect(toString(html).startsWith(summary)).toBe(true);
  });
});
