/**
 * One page of each type the site builds, checked as a reader and a validator meet it:
 * html-validate's recommended rules with nothing turned off (0 problems), no name on a plain list,
 * a `<title>` of at most 70 characters, and a header whose links say where they go (issue 22).
 * Every page is validated too, in site-pages.test.ts; this file names the types so a new one is added here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { htmlProblems } from '../support/html-validate.ts';
import { SITE_DIR } from '../setup/build-site.ts';

/** Page type -> one built page of that type (drafts exist only in `npm run dev`; the extension popup is no page). */
const PAGE_TYPES: Record<string, string> = {
  'home (the checked articles)': 'index.html',
  article: 'sources/honduran-national-hartford/index.html',
  "article's changes": 'sources/honduran-national-hartford/changes/index.html',
  claim: 'claims/hartford-hcc-ignored-detainer/index.html',
  'claim with an apostrophe in its title': 'claims/gloucester-failure-to-honor-detainer/index.html',
  verdicts: 'verdicts/index.html',
  'one verdict': 'verdicts/false/index.html',
  'one flag': 'flags/factual-error/index.html',
  'cited documents': 'citations/index.html',
  'link health': 'citations/health/index.html',
  methodology: 'methodology/index.html',
  people: 'people/index.html',
  person: 'people/review-team/index.html',
  corrections: 'corrections/index.html',
  transparency: 'transparency/index.html',
  'browser extension': 'extension/index.html',
  search: 'search/index.html',
  'not found': '404.html',
};
const TYPES = Object.entries(PAGE_TYPES);
const html = (file: string) => readFileSync(path.join(SITE_DIR, file), 'utf8');
const tree = (file: string) => fromHtml(html(file));

describe.each(TYPES)('the %s page', (_, file) => {
  it('has no html-validate problems under the recommended rules', async () => {
    expect(await htmlProblems(html(file), file)).toEqual([]);
  });

  it('names no plain list (the text, heading or landmark around it says what it lists)', () => {
    const named = selectAll('ul[aria-label], ol[aria-label], ul[aria-labelledby], ol[aria-labelledby]', tree(file));
    expect(named.map((list) => String(list.properties['className'] ?? list.tagName))).toEqual([]);
  });

  it('has a title of at most 70 characters that ends with the site name', () => {
    const title = toString(select('title', tree(file))!);
    expect(title.length).toBeLessThanOrEqual(70);
    expect(title).toMatch(/Sanctuary Claims Check$/);
  });

  it('has a header with Articles, Verdicts, Corrections, Methodology and Search', () => {
    const links = selectAll('header nav[aria-label="Site"] a', tree(file)).map((link) => [
      toString(link),
      String(link.properties['href']),
    ]);
    expect(links).toEqual([
      ['Articles', '/'],
      ['Verdicts', '/verdicts/'],
      ['Corrections', '/corrections/'],
      ['Methodology', '/methodology/'],
      ['Search', '/search/'],
    ]);
    expect(select('header form[role="search"] input[name="q"]', tree(file))).toBeTruthy();
  });
});

describe('labels', () => {
  it('calls the bibliography "Cited documents" in its title, heading and the footer, at the same address', () => {
    const page = tree(PAGE_TYPES['cited documents']!);
    expect(toString(select('title', page)!)).toBe('Cited documents · Sanctuary Claims Check');
    expect(toString(select('h1', page)!)).toBe('Cited documents');
    const footer = selectAll('footer a', tree('index.html')).map((link) => [toString(link), link.properties['href']]);
    expect(footer).toEqual(
      expect.arrayContaining([
        ['Cited documents', '/citations/'],
        ['Cited documents (CSL-JSON)', '/data/citations.json'],
      ]),
    );
    const everyLabel = TYPES.map(([, file]) => toString(select('body', tree(file))!)).join('\n');
    expect(everyLabel).not.toMatch(/Bibliography|Also claimed in other articles/);
  });

  it('heads links between claims of different articles "Related claims in other articles"', () => {
    const related = select('#related-title', tree(PAGE_TYPES.claim!));
    expect(related && toString(related)).toBe('Related claims in other articles');
  });

  it('marks the page the reader is on in the header, and keeps the header out of the footer', () => {
    const header = select('header nav a[aria-current="page"]', tree(PAGE_TYPES.verdicts!));
    expect(header && toString(header)).toBe('Verdicts');
    const footer = selectAll('footer a', tree('index.html')).map((link) => toString(link));
    expect(footer).not.toContain('Methodology');
    expect(footer).not.toContain('Corrections');
    const policy = toString(select('footer p', tree('index.html'))!).replace(/\s+/g, ' ');
    expect(policy).toContain('Found an error? Read how corrections work.');
  });

  it('shortens a long article title in the <title> only: the heading keeps it whole', () => {
    const page = tree(PAGE_TYPES.article!);
    const title = toString(select('title', page)!);
    const heading = toString(select('h1', page)!).replace(/\s+/g, ' ').trim();
    expect(title).toMatch(/… · Sanctuary Claims Check$/);
    expect(heading.startsWith(title.replace(/… · Sanctuary Claims Check$/, ''))).toBe(true);
    expect(heading.length).toBeGreaterThan(title.length - ' · Sanctuary Claims Check'.length);
  });
});
