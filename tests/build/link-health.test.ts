/**
 * What readers and editors see of the last link check, built from tests/fixtures/link-health
 * (the clean corpus plus a link-status.json): a dead citation with an archived copy links the copy
 * first and keeps the original, marked; the editors' page lists what needs attention; an entry for a
 * URL no longer in the content is reported as stale. The real site has no link-status.json yet.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../support/build.ts';
import { readPage, select, selectAll, toString } from '../support/html.ts';
import { htmlProblems } from '../support/html-validate.ts';
import { SITE_DIR } from '../setup/build-site.ts';

const ARCHIVE = 'https://web.archive.org/web/20240501000000/https://example.org/vote';
const PAGES = ['citations/index.html', 'citations/health/index.html', 'claims/sample-vote/index.html'];

describe('building content with a link check', () => {
  const result = runBuild({
    content: 'tests/fixtures/link-health/content',
    outDir: 'tests/.output/builds/link-health',
    cacheDir: 'tests/.output/cache/link-health',
    pagefind: false,
  });
  const hrefs = (selector: string, page: string) =>
    selectAll(selector, readPage(result.outDir, page).tree).map((link) => String(link.properties['href']));

  it('succeeds, and reports the entry for a URL the content no longer uses as stale', () => {
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(
      /tests\/fixtures\/link-health\/content\/link-status\.json:\d+:\d+(-\d+:\d+)? {2}warning {2}Unexpected link status entry for "https:\/\/example\.org\/withdrawn-report"/,
    );
    expect(result.output).toContain('link-status-stale');
    expect(result.output).not.toContain('"https://example.org/vote", which no source');
  });

  it.each([
    ['the cited documents page', '/citations/', '#citation-fixture-vote-record'],
    ['a claim citing it', '/claims/sample-vote/', '[data-citation="fixture-vote-record"]'],
  ])(
    'shows a dead citation on %s as dead as of the check, the archived copy linked before the original',
    (_, page, at) => {
      const entry = select(at, readPage(result.outDir, page).tree)!;
      expect(toString(entry)).toMatch(/Link dead as of 2026-11-30: archived copy · original link \(dead\)\./);
      const links = selectAll('a', entry).map((link) => String(link.properties['href']));
      const archive = links.indexOf(ARCHIVE);
      expect(archive).toBeGreaterThanOrEqual(0);
      expect(links.indexOf('https://example.org/vote')).toBeGreaterThan(archive);
      expect(String(select('a.citation-title', entry)!.properties['href'])).toBe(ARCHIVE);
      expect(String(select('a.link-original', entry)!.properties['href'])).toBe('https://example.org/vote');
    },
  );

  it('shows a redirected citation as it was, without a dead-link note', () => {
    const entry = select('#citation-fixture-news', readPage(result.outDir, '/citations/').tree)!;
    expect(toString(entry)).not.toContain('Link dead');
    expect(String(select('a.citation-title', entry)!.properties['href'])).toBe('http://example.org/news');
  });

  it('lists broken, moved and unarchived links for editors with their last check', () => {
    const { tree } = readPage(result.outDir, '/citations/health/');
    expect(toString(select('.link-check-date', tree)!)).toContain('Links last checked on 2026-11-30');
    const broken = select('table.link-health tbody', tree)!;
    expect(selectAll('tr', broken)).toHaveLength(1);
    expect(toString(broken)).toContain('Record of the council vote');
    expect(toString(broken)).toContain('dead, HTTP 404');
    expect(hrefs('table.link-health a', '/citations/health/')).toContain(ARCHIVE);
    expect(toString(select('#redirected + p + ul', tree)!)).toContain('now at https://example.org/news/council-vote');
    const unarchived = toString(select('ul.unarchived', tree)!);
    expect(unarchived).toContain('News report on the vote');
    expect(unarchived).not.toContain('Record of the council vote');
  });

  it('puts the archived copy in the CSL-JSON as archive_location', () => {
    const items = JSON.parse(readFileSync(path.join(result.outDir, 'data/citations.json'), 'utf8')) as {
      id: string;
      archive?: string;
      archive_location?: string;
    }[];
    const vote = items.find((item) => item.id === 'fixture-vote-record')!;
    expect(vote.archive).toBe('Internet Archive');
    expect(vote.archive_location).toBe(ARCHIVE);
    expect(items.find((item) => item.id === 'fixture-news')!.archive_location).toBeUndefined();
  });

  it('writes valid HTML', async () => {
    const problems = await Promise.all(
      PAGES.map((file) => htmlProblems(readFileSync(path.join(result.outDir, file), 'utf8'), file)),
    );
    expect(problems.flat()).toEqual([]);
  });
});

describe('the real site, whose links have not been checked', () => {
  it('says in reader terms that the links are not yet checked, and the bibliography does not link the page', () => {
    const { tree } = readPage(SITE_DIR, '/citations/health/');
    const note = toString(select('.not-checked', tree)!);
    expect(note).toContain('Links not yet checked');
    expect(toString(tree)).not.toMatch(/npm run|link-status\.json|For editors/);
    expect(selectAll('table.link-health', tree)).toHaveLength(0);
    const bibliography = readPage(SITE_DIR, '/citations/').tree;
    expect(selectAll('a', bibliography).map((a) => String(a.properties['href']))).not.toContain('/citations/health/');
  });
});
