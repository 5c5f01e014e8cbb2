/**
 * A second site on the same engine (tests/fixtures/sites/sitio-es): in Spanish, with a verdict scale and flags of
 * its own (none of their ids is in the default scale) and its own fictional content. Built as its README line
 * says (`astro build --root tests/fixtures/sites/sitio-es`), every page is checked: `lang="es"`, html-validate's
 * recommended rules with nothing turned off, and no word of the English interface table in what a reader sees.
 * The site's own verdicts reach every output: pages, methodology, filters, ClaimReview, exports, feeds, share
 * cards and the browser extension.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../support/build.ts';
import { englishWords } from '../support/english-words.ts';
import { htmlProblems } from '../support/html-validate.ts';
import { sitioEs } from '../fixtures/sites/sitio-es/site-options.ts';

const result = runBuild({
  root: 'tests/fixtures/sites/sitio-es',
  outDir: 'tests/.output/builds/sitio-es',
  cacheDir: 'tests/.output/cache/sitio-es',
});
const dist = result.outDir;
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const pages = (readdirSync(dist, { recursive: true }) as string[])
  // The extension's popup.html is the extension's own document (checked by web-ext lint), not a page of the site.
  .filter((file) => file.endsWith('.html') && !file.startsWith('extension/popup') && !file.startsWith('pagefind'))
  .sort();

/** What a reader sees of a page: its text and the names and labels read out, not its scripts or styles. */
function readerText(html: string): string {
  const tree = fromHtml(html);
  const spoken = selectAll('[aria-label], [title], [alt], [placeholder]', tree).flatMap((node) =>
    ['ariaLabel', 'title', 'alt', 'placeholder'].map((name) => String(node.properties[name] ?? '')),
  );
  for (const node of selectAll('script, style', tree)) node.children = [];
  return `${toString(tree)} ${spoken.join(' ')}`;
}

/**
 * Words that are not English interface words here: the site's own name and description; names of browsers, files
 * and parts of addresses the extension page shows (chrome://extensions, about:debugging, annotations.jsonld, &amp;);
 * and Spanish words spelt as English ones are ("general", "use").
 */
const SITE_WORDS = [
  sitioEs.name,
  sitioEs.description,
  'Chrome Edge Brave Firefox JavaScript',
  'zip about data annotations amp',
  'general use',
];

describe('a Spanish site with a scale of its own (tests/fixtures/sites/sitio-es)', () => {
  it('builds', () => {
    expect(result.status, result.output).toBe(0);
    expect(pages.length).toBeGreaterThan(25);
  });

  it.each(pages)('%s: lang="es", valid HTML, no English interface word', async (page) => {
    const html = read(page);
    expect(html).toMatch(/<html lang="es"/);
    expect(await htmlProblems(html, page)).toEqual([]);
    expect(englishWords(readerText(html), SITE_WORDS)).toEqual([]);
  });

  it('shows every verdict of its own scale, and none of the default one, on its methodology and verdict pages', () => {
    const methodology = fromHtml(read('methodology/index.html'));
    const labels = selectAll('.badge', methodology).map((badge) => toString(badge).trim());
    for (const verdict of sitioEs.verdicts) {
      expect(
        labels.some((label) => label.includes(verdict.label)),
        verdict.label,
      ).toBe(true);
      expect(toString(select('h1', fromHtml(read(`verdicts/${verdict.id}/index.html`)))!)).toContain(verdict.label);
    }
    expect(readdirSync(path.join(dist, 'verdicts')).sort()).toEqual(
      [...sitioEs.verdicts.map((verdict) => verdict.id), 'index.html'].sort(),
    );
    for (const flag of sitioEs.flags) expect(read(`flags/${flag.id}/index.html`)).toContain(flag.label);
  });

  it('carries its verdicts in exports, ClaimReview, search filters, feeds, share cards and the extension', () => {
    const claims = JSON.parse(read('data/claims.json')) as { id: string; verdict: string }[];
    const ids = new Set<string>(sitioEs.verdicts.map((verdict) => verdict.id));
    expect(claims.length).toBe(6);
    for (const claim of claims) expect(ids.has(claim.verdict), claim.id).toBe(true);
    const engañoso = sitioEs.verdicts.find((verdict) => verdict.id === 'enganoso')!;
    const claimPage = read('claims/biblioteca-recorte/index.html');
    expect(claimPage).toContain(`"alternateName":"${engañoso.label}"`);
    expect(claimPage).toContain(`"ratingValue":${engañoso.rating}`);
    expect(read('search/index.html')).toContain('value="enganoso"');
    expect(read('rss.xml')).toContain('<language>es</language>');
    expect(readdirSync(path.join(dist, 'cards'))).toContain('biblioteca-recorte.png');
    expect(read('extension/content.js')).toContain(engañoso.label);
    expect(read('data/annotations.jsonld')).toContain('"verdictId": "enganoso"');
  });
});
