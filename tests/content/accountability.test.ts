/**
 * The real site after its second review: every published check names who checked and who
 * reviewed it, and the corrections log and its feed list exactly the corrections in content/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { ROOT } from '../support/fixture-case.ts';
import { readPage, selectAll } from '../support/html.ts';
import { SITE_DIR } from '../setup/build-site.ts';

const { corpus } = await loadCorpus(ROOT);
const entries = corpus.claims.flatMap((claim) => claim.data.corrections.map((entry) => ({ id: claim.id, ...entry })));

describe('the real site’s accountability record', () => {
  it('credits every published check to an author and at least one other reviewer', () => {
    for (const claim of corpus.claims) {
      expect(claim.data.author, claim.id).toBeTruthy();
      expect(claim.data.reviewers.length, claim.id).toBeGreaterThan(0);
      expect(claim.data.reviewers, claim.id).not.toContain(claim.data.author);
    }
  });

  it('lists exactly the content’s corrections in /corrections.xml, newest first', () => {
    expect(entries.length).toBeGreaterThan(0);
    const feed = new XMLParser().parse(readFileSync(path.join(SITE_DIR, 'corrections.xml'), 'utf8')) as {
      rss: { channel: { item: { pubDate: string }[] | { pubDate: string } } };
    };
    const items = [feed.rss.channel.item].flat();
    expect(items.length).toBe(entries.length);
    const dates = items.map((item) => new Date(item.pubDate).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('shows one entry per correction on /corrections/, each linking to its claim', () => {
    const { tree } = readPage(SITE_DIR, 'corrections/');
    const links = selectAll('main a[href*="/claims/"]', tree).map((link) => String(link.properties['href']));
    for (const { id } of entries)
      expect(
        links.some((href) => href.includes(`/claims/${id}/`)),
        id,
      ).toBe(true);
  });
});
