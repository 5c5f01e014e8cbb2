import { XMLParser } from 'fast-xml-parser';
import rss from '@astrojs/rss';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import {
  claimCorrections,
  correctionFeedItems,
  correctionsLog,
  verdictChangeText,
} from '../../src/site/corrections-log.ts';
import { claimOf, fixtureModel } from '../support/fixture-model.ts';
import { correctionsModel } from '../support/corrections-model.ts';

const model = await correctionsModel();
const log = correctionsLog(model.claims.values());
const summary = (entries: typeof log) =>
  entries.map((e) => `${e.date} ${e.claim.id} ${e.kind} ${e.before.id}→${e.after.id}`);

describe('correctionsLog', () => {
  it('lists every entry of every claim, newest first, with the verdict before and after each', () => {
    expect(summary(log)).toEqual([
      '2026-11-25 sample-vote update supported→supported',
      '2026-11-24 second-vote clarification partly-supported→partly-supported',
      '2026-11-23 sample-script correction misleading→false',
      '2026-11-22 second-vote correction supported→partly-supported',
    ]);
    expect(log.map((entry) => entry.verdictChanged)).toEqual([false, false, true, true]);
  });

  it('takes the verdict after a change from the next entry that changed it, not from the current verdict', () => {
    const claim = claimOf(model, 'second-vote');
    const history = {
      ...claim,
      verdict: claim.verdict,
      claim: {
        ...claim.claim,
        data: {
          ...claim.claim.data,
          verdict: 'false' as const,
          corrections: [
            { date: '2026-11-21', kind: 'correction' as const, note: 'a', previousVerdict: 'supported' as const },
            { date: '2026-11-22', kind: 'clarification' as const, note: 'b' },
            { date: '2026-11-23', kind: 'correction' as const, note: 'c', previousVerdict: 'misleading' as const },
          ],
        },
      },
    };
    const entries = claimCorrections({ ...history, verdict: { ...claim.verdict, id: 'false', label: 'False' } });
    expect(entries.map((e) => `${e.before.id}→${e.after.id}`)).toEqual([
      'supported→misleading',
      'misleading→misleading',
      'misleading→false',
    ]);
    expect(entries.map((e) => e.anchor)).toEqual([
      'correction-second-vote-1',
      'correction-second-vote-2',
      'correction-second-vote-3',
    ]);
  });

  it('is empty for a corpus without corrections', async () => {
    expect(correctionsLog((await fixtureModel()).claims.values())).toEqual([]);
  });

  it('says whether the verdict changed', () => {
    expect(log.map(verdictChangeText)).toEqual([
      'Supported (unchanged)',
      'Partly supported (unchanged)',
      'Misleading → False',
      'Supported → Partly supported',
    ]);
  });
});

describe('correctionFeedItems', () => {
  it('gives one item per entry, each with its own link (the guid), dated by the entry', () => {
    const items = correctionFeedItems(log);
    expect(items).toHaveLength(log.length);
    expect(new Set(items.map((item) => item.link)).size).toBe(items.length);
    expect(items[2]).toMatchObject({
      title: expect.stringMatching(
        /^Correction: “<script>alert\(1\)<\/script> and \{curly\} braces” \(Misleading → False\)$/,
      ),
      pubDate: new Date('2026-11-23T00:00:00Z'),
      categories: ['Correction'],
    });
    expect(items[2]!.link).toMatch(/\/corrections\/#correction-sample-script-1$/);
    // HTML-escaped: RSS readers render a description as HTML (src/site/feed-text.ts).
    expect(items[2]!.description).toMatch(
      /misread the &lt;b&gt;markup&lt;\/b&gt; &amp; the braces.*\/claims\/sample-script\/$/,
    );
  });

  it('renders as RSS 2.0 that parses, with markup in notes escaped as text', async () => {
    const response = await rss({
      title: 'T',
      description: 'D',
      site: 'https://example.org/',
      items: correctionFeedItems(log),
    });
    const xml = await response.text();
    const feed = new XMLParser().parse(xml);
    expect(feed.rss.channel.item).toHaveLength(4);
    expect(xml).not.toContain('<b>markup');
  });

  it('shows markup in a note as text in a reader that renders the description as HTML', async () => {
    const hostile = { ...log[2]!, note: 'See <img src=x onerror=alert(1)> & <b>this</b>.' };
    const response = await rss({
      title: 'T',
      description: 'D',
      site: 'https://example.org/',
      items: correctionFeedItems([hostile]),
    });
    const feed = new XMLParser().parse(await response.text());
    // What the reader does: take the field's text (the XML parser decodes one level), then read it as HTML.
    const description: string = feed.rss.channel.item.description;
    const html = fromHtml(description, { fragment: true });
    expect(html.children.every((node) => node.type === 'text')).toBe(true);
    expect(toString(html)).toMatch(/^See <img src=x onerror=alert\(1\)> & <b>this<\/b>\. Verdict: /);
  });
});
