import { XMLParser } from 'fast-xml-parser';
import rss from '@astrojs/rss';
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
    expect(items[2]!.description).toMatch(/misread the <b>markup<\/b> & the braces.*\/claims\/sample-script\/$/);
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
});
