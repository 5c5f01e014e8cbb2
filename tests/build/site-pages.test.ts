/**
 * Static checks over every built page: valid HTML (html-validate), no broken internal links or
 * anchors, and the JavaScript budget (no <script> on reading pages except JSON-LD).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { parse } from 'yaml';
import { ROOT } from '../support/fixture-case.ts';
import { htmlProblems } from '../support/html-validate.ts';
import { scriptBudgetProblems } from '../support/scripts.ts';
import { SITE_DIR } from '../setup/build-site.ts';

const pages = (readdirSync(SITE_DIR, { recursive: true }) as string[])
  .map((file) => file.split(path.sep).join('/'))
  // dist/extension/ holds the unpacked browser extension (its popup is not a site page) next to /extension/.
  .filter(
    (file) => file.endsWith('.html') && !file.startsWith('pagefind') && !/^extension\/(?!index\.html$)/.test(file),
  )
  .sort();
const trees = new Map(pages.map((file) => [file, fromHtml(readFileSync(path.join(SITE_DIR, file), 'utf8'))]));
const urlOf = (file: string) =>
  `/${file.replace(/index\.html$/, '').replace(/\.html$/, '/')}`.replace(/\/404\/$/, '/404.html');

describe('built pages', () => {
  it('builds every page type', () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        'index.html',
        '404.html',
        'methodology/index.html',
        'citations/index.html',
        'verdicts/index.html',
        'verdicts/false/index.html',
        'flags/factual-error/index.html',
        'people/index.html',
        'corrections/index.html',
        'transparency/index.html',
        'extension/index.html',
      ]),
    );
    expect(pages.filter((file) => file.startsWith('claims/')).length).toBeGreaterThan(60);
  });

  it('has no HTML validation errors on any page', async () => {
    const failures: string[] = [];
    for (const file of pages)
      failures.push(...(await htmlProblems(readFileSync(path.join(SITE_DIR, file), 'utf8'), file)));
    expect(failures).toEqual([]);
  });

  it('has no broken internal links or anchors', () => {
    const ids = new Map<string, Set<string>>();
    for (const [file, tree] of trees)
      ids.set(urlOf(file), new Set(selectAll('[id]', tree).map((element) => String(element.properties['id']))));
    const broken: string[] = [];
    for (const [file, tree] of trees) {
      for (const link of selectAll('a[href]', tree)) {
        const href = String(link.properties['href']);
        if (/^(https?:|mailto:)/.test(href)) continue;
        const target = new URL(href, `http://site${urlOf(file)}`);
        const page = target.pathname;
        const known = ids.get(page) ?? (/\.(json|jsonld|xml|png|svg)$/.test(page) ? new Set<string>() : undefined);
        const exists = known !== undefined || readdirSafe(path.join(SITE_DIR, page));
        if (!exists) broken.push(`${file}: ${href} (no page)`);
        else if (target.hash && !ids.get(page)?.has(decodeURIComponent(target.hash.slice(1))))
          broken.push(`${file}: ${href} (no anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('ships no JavaScript on reading pages beyond JSON-LD and the two small enhancements (under 3 KB gzipped)', () => {
    const problems = pages
      .filter((page) => !page.startsWith('search/'))
      .flatMap((file) => scriptBudgetProblems(trees.get(file)!, file));
    expect(problems).toEqual([]);
  });
});

describe('what readers see', () => {
  it('counts in words that agree with the number ("1 claim", never "1 claims")', () => {
    const wrong = pages.flatMap((file) => {
      const text = toString(select('main', trees.get(file)!)!).replace(/\s+/g, ' ');
      const mismatches = text.matchAll(/\b1 (?:[a-z]+ )?(claims|documents|sources|results)\b/g);
      return [...mismatches].map((match) => `${file}: ${match[0]}`);
    });
    expect(wrong).toEqual([]);
  });

  const sourcesDir = path.join(ROOT, 'content/sources');
  const slugs = readdirSync(sourcesDir);

  it('publishes the research notes of each source on its page, under the provenance', () => {
    for (const slug of slugs.filter((name) => existsSync(path.join(sourcesDir, name, 'research-notes.md')))) {
      const tree = trees.get(`sources/${slug}/index.html`)!;
      const notes = select('.source-head .provenance ~ .research-notes .research-notes-body', tree);
      expect(notes, slug).toBeTruthy();
      const markdown = readFileSync(path.join(sourcesDir, slug, 'research-notes.md'), 'utf8');
      const firstLine = markdown.split('\n')[0]!.replace(/^#+\s*/, '');
      expect(toString(select('h3', notes!)!), slug).toBe(firstLine);
    }
  });

  it('says "None found" only for provenance the editor searched for, "Not recorded" for the rest', () => {
    const labels: Record<string, string> = {
      Headline: 'title',
      Outlet: 'outlet',
      Author: 'author',
      Published: 'published',
      Original: 'url',
      'Archived copy': 'archivedUrl',
    };
    for (const slug of slugs) {
      type Provenance = Record<string, unknown> & { notFound?: string[] };
      const data = parse(readFileSync(path.join(sourcesDir, slug, 'source.yaml'), 'utf8')) as Provenance;
      const tree = trees.get(`sources/${slug}/index.html`)!;
      for (const row of selectAll('.provenance > div', tree)) {
        const field = labels[toString(select('dt', row)!)];
        if (!field || data[field] !== undefined) continue;
        const expected = data.notFound?.includes(field) ? 'None found' : 'Not recorded';
        expect(toString(select('dd', row)!), `${slug} ${field}`).toBe(expected);
      }
    }
  });

  it('lets the browser find the direction of article paragraphs and quotes (dir="auto")', () => {
    for (const file of pages.filter((page) => /^(sources|claims)\//.test(page))) {
      const tree = trees.get(file)!;
      const paragraphs = selectAll('.article-text .para, .claim-quote blockquote p, blockquote.excerpt p', tree);
      expect(
        paragraphs.filter((paragraph) => paragraph.properties['dir'] !== 'auto'),
        file,
      ).toEqual([]);
    }
  });
});

function readdirSafe(file: string): boolean {
  try {
    readFileSync(file);
    return true;
  } catch {
    return false;
  }
}
