/**
 * What readers get from the real site's build, read from every built HTML, XML and JSON file (issue 23): no
 * placeholder domain, never two quotation marks where one belongs, and every claim and source page says, beside
 * its byline, that AI software researched and wrote the check and a separate AI review reviewed it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from '../setup/build-site.ts';

const files = (readdirSync(SITE_DIR, { recursive: true }) as string[])
  .map((file) => file.split(path.sep).join('/'))
  .filter((file) => /\.(html|xml|json|jsonld)$/.test(file) && !file.startsWith('pagefind/'))
  .sort();
const text = new Map(files.map((file) => [file, readFileSync(path.join(SITE_DIR, file), 'utf8')]));
const pagesUnder = (folder: string) => files.filter((file) => new RegExp(`^${folder}/[^/]+/index\\.html$`).test(file));

/** `file: …context…` for each match, so a failure shows where. */
function occurrences(pattern: RegExp): string[] {
  return [...text].flatMap(([file, content]) =>
    [...content.matchAll(new RegExp(pattern, 'g'))].map(
      (match) => `${file}: …${content.slice(Math.max(0, match.index - 60), match.index + 60)}…`,
    ),
  );
}

const AUTHORSHIP = /researched and written by AI software and reviewed by a second, separate AI review/;

describe('the published record of the real site', () => {
  it('reads the built HTML, XML and JSON files', () => {
    expect(files).toEqual(expect.arrayContaining(['index.html', 'rss.xml', 'corrections.xml', 'data/claims.json']));
    expect(files).toEqual(expect.arrayContaining(['sitemap-0.xml', 'extension/manifest.json']));
  });

  it('names no placeholder domain: without SITE_URL, absolute addresses are the local preview', () => {
    expect(occurrences(/example\.org/)).toEqual([]);
    const home = fromHtml(text.get('index.html')!);
    if (!process.env['SITE_URL'])
      expect(String(select('link[rel=canonical]', home)!.properties['href'])).toMatch(/^http:\/\/localhost:4321\//);
  });

  it('never doubles a quotation mark', () => {
    expect(occurrences(/““|””/)).toEqual([]);
  });

  it('shows the quotes that begin with a quotation mark in one pair in titles, feeds and lists', () => {
    const rss = text.get('rss.xml')!;
    expect(rss).toContain('“In jurisdictions where local authorities');
    const page = fromHtml(text.get('claims/boston-charles-release-of-criminals-quote/index.html')!);
    expect(toString(select('title', page)!)).toMatch(/^“In jurisdictions where local[^“”]*…” — /);
  });

  it('says on every claim and source page, beside the byline, who made the check, linking to the team pages', () => {
    const pages = [...pagesUnder('claims'), ...pagesUnder('sources')];
    expect(pages.length).toBeGreaterThan(100);
    const missing = pages.filter((file) => {
      const note = select('.authorship', fromHtml(text.get(file)!));
      return !note || !AUTHORSHIP.test(toString(note)) || select('a', note)?.properties['href'] !== '/people/';
    });
    expect(missing).toEqual([]);
    const claim = fromHtml(text.get(pagesUnder('claims')[0]!)!);
    expect(select('.byline + .authorship', claim)).toBeTruthy();
  });

  it('says it once on the home page', () => {
    const home = fromHtml(text.get('index.html')!);
    expect(selectAll('.authorship', home)).toHaveLength(1);
    expect(toString(select('.authorship', home)!)).toMatch(AUTHORSHIP);
  });

  it('marks the article titles we wrote as ours where the articles are listed', () => {
    const home = fromHtml(text.get('index.html')!);
    const titles = selectAll('.source-card h3', home).map((title) => toString(title));
    expect(titles.filter((title) => title.endsWith('(our title)')).length).toBeGreaterThan(0);
    expect(titles.filter((title) => !title.endsWith('(our title)')).length).toBeGreaterThan(0);
  });

  it('shows a citation whose title we never saw in reader form, while CSL keeps a bracketed title', () => {
    const bibliography = toString(fromHtml(text.get('citations/index.html')!));
    expect(bibliography).toMatch(/Untitled page from [^:]+: /);
    expect(bibliography).not.toMatch(/\[[A-Z][^\]]+\]/);
    const csl: { title: string }[] = JSON.parse(text.get('data/citations.json')!);
    expect(csl.some((item) => /^\[.+\]$/.test(item.title))).toBe(true);
  });

  it('explains Missing context versus Misleading on the methodology page with one of our checks each', () => {
    const methodology = fromHtml(text.get('methodology/index.html')!);
    expect(toString(methodology)).toContain('Missing context or Misleading?');
    const example = (kind: string) => select(`[data-example="${kind}"]`, methodology);
    expect(toString(example('missing-context')!)).toContain('Missing context');
    expect(toString(select('.badge', example('misleading')!)!)).toContain('Misleading');
  });

  it('addresses no developer on a reader page', () => {
    const pages = files.filter((file) => file.endsWith('.html'));
    const developer = pages.filter((file) =>
      /npm run|content\/link-status\.json/.test(toString(fromHtml(text.get(file)!))),
    );
    expect(developer).toEqual([]);
  });
});

describe('reviews on the record', () => {
  const claims = JSON.parse(text.get('data/claims.json')!) as {
    id: string;
    reviews: { by: string; date: string; fingerprint: string }[];
    reviewCurrent: boolean | null;
  }[];

  it('every claim page says who reviewed the check and on which day', () => {
    const missing = pagesUnder('claims').filter((file) => {
      const byline = select('.byline', fromHtml(text.get(file)!));
      return !byline || !/Reviewed by .+ on \d{4}-\d{2}-\d{2}/.test(toString(byline));
    });
    expect(missing).toEqual([]);
  });

  it('claims.json carries each review with its fingerprint, and whether the check is still what was reviewed', () => {
    expect(claims.length).toBe(107);
    for (const claim of claims) {
      expect(claim.reviews.length, claim.id).toBeGreaterThan(0);
      expect(claim.reviewCurrent, claim.id).toBe(true);
    }
  });
});
