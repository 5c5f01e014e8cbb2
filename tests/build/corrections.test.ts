/**
 * The corrections log, its feed, the transparency page and "Request a correction", built from the corrections
 * fixture (tests/fixtures/corrections): the log and the feed list exactly the corrections in the content, the
 * transparency counts equal counts computed from the build's own /data/claims.json, and the request link is there
 * only when a target is set (one warning otherwise).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runBuild } from '../support/build.ts';
import { ROOT } from '../support/fixture-case.ts';
import { readPage, select, selectAll, toString } from '../support/html.ts';

const CONTENT = 'tests/fixtures/corrections/content';
const NO_TARGET = { CORRECTIONS_URL: '', CORRECTIONS_EMAIL: '', SUGGEST_URL: '', SUGGEST_EMAIL: '' };
const SUGGEST_URL = 'https://github.com/owner/repo/issues/new?template=suggest-claim.yml';

interface Frontmatter {
  verdict: string;
  author?: string;
  reviewers?: string[];
  corrections?: { date: string; kind: string; note: string; previousVerdict?: string }[];
}
/** Each claim's frontmatter, read straight from the content files: what the log must list. */
const frontmatter = new Map<string, Frontmatter>(
  (readdirSync(path.join(ROOT, CONTENT, 'claims'), { recursive: true }) as string[])
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(path.join(ROOT, CONTENT, 'claims', file), 'utf8');
      return [path.basename(file, '.mdx'), parse(text.split('\n---\n')[0]!.replace(/^---\n/, ''))];
    }),
);
const contentCorrections = [...frontmatter].flatMap(([id, data]) =>
  (data.corrections ?? []).map((entry) => ({ id, ...entry })),
);

describe('building the corrections fixture without a correction target', () => {
  const result = runBuild({
    content: CONTENT,
    outDir: 'tests/.output/builds/corrections',
    cacheDir: 'tests/.output/cache/corrections',
    pagefind: false,
    env: NO_TARGET,
  });
  const readJson = (file: string) => JSON.parse(readFileSync(path.join(result.outDir, file), 'utf8'));

  it('succeeds, warning once (not once per claim page) that claim pages have no request link', () => {
    expect(result.status, result.output).toBe(0);
    expect(
      result.output.match(/Neither the `corrections` option nor CORRECTIONS_URL or CORRECTIONS_EMAIL/g),
    ).toHaveLength(1);
    for (const id of frontmatter.keys())
      expect(select('.request-correction', readPage(result.outDir, `/claims/${id}/`).tree)).toBeFalsy();
  });

  it('lists exactly the corrections in the content on /corrections/, newest first, each linking to its claim', () => {
    const { tree } = readPage(result.outDir, '/corrections/');
    const entries = selectAll('.correction-entry', tree);
    expect(entries).toHaveLength(contentCorrections.length);
    const listed = entries.map((entry) => ({
      date: toString(select('time', entry)!),
      link: String(select('.correction-meta a', entry)!.properties['href']),
      kind: toString(select('.correction-kind', entry)!),
      note: toString(select('.correction-note', entry)!),
    }));
    expect(listed.map((entry) => entry.date)).toEqual(
      listed
        .map((entry) => entry.date)
        .sort()
        .reverse(),
    );
    const expected = contentCorrections.map((entry) => `${entry.date} /claims/${entry.id}/ ${entry.note}`).sort();
    expect(listed.map((entry) => `${entry.date} ${entry.link} ${entry.note}`).sort()).toEqual(expected);
    // Markup in a note is text.
    expect(listed.some((entry) => entry.note.includes('<b>markup</b> & the braces'))).toBe(true);
  });

  it('shows the verdict before and after each change', () => {
    const { tree } = readPage(result.outDir, '/corrections/');
    const badges = (anchor: string) =>
      selectAll(`#${anchor} .correction-verdicts .badge`, tree).map((badge) => toString(badge).trim().slice(2));
    expect(badges('correction-second-vote-1')).toEqual(['Supported', 'Partly supported']);
    expect(badges('correction-sample-script-1')).toEqual(['Misleading', 'False']);
    expect(badges('correction-second-vote-2')).toEqual(['Partly supported']);
  });

  it('marks each changed check "Updated <date>" atop its page and in its note, with the earlier verdict', () => {
    const mark = (page: string, scope: string) => {
      const found = select(`${scope} .update-mark`, readPage(result.outDir, page).tree);
      if (!found) return undefined;
      const badge = select('.badge', found);
      return {
        date: toString(select('time', found)!),
        earlier: badge ? toString(badge).trim().slice(2) : undefined,
        link: String(select('a', found)?.properties['href']),
      };
    };
    const claimPage = (id: string) => mark(`/claims/${id}/`, '.claim-page');
    expect(claimPage('second-vote')).toEqual({
      date: '2026-11-24',
      earlier: 'Supported',
      link: '/claims/second-vote/#history-title',
    });
    expect(claimPage('sample-script')).toMatchObject({ date: '2026-11-23', earlier: 'Misleading' });
    expect(claimPage('sample-vote')).toMatchObject({ date: '2026-11-25', earlier: undefined });
    expect(claimPage('sample-twice')).toBeUndefined();
    expect(claimPage('sample-unanimously')).toBeUndefined();
    // The same mark in the note beside the article, and none on an unchanged claim's note.
    expect(mark('/sources/second-article/', '#note-second-vote')).toEqual(claimPage('second-vote'));
    expect(mark('/sources/sample-article/', '#note-sample-script')).toEqual(claimPage('sample-script'));
    expect(mark('/sources/sample-article/', '#note-sample-twice')).toBeUndefined();
  });

  it('narrows the log to the changes of verdict on a page of its own, linked from the log', () => {
    const log = readPage(result.outDir, '/corrections/').tree;
    const changed = selectAll('.correction-entry', log)
      .filter((entry) => toString(select('.correction-verdicts', entry)!).includes('Verdict changed'))
      .map((entry) => String(entry.properties['id']));
    expect(changed).toEqual(['correction-sample-script-1', 'correction-second-vote-1']);
    expect(String(select('.verdict-changes-link a', log)!.properties['href'])).toBe('/corrections/verdicts/');
    const { tree } = readPage(result.outDir, '/corrections/verdicts/');
    expect(selectAll('.correction-entry', tree).map((entry) => String(entry.properties['id']))).toEqual(changed);
    expect(selectAll('script', tree)).toHaveLength(0);
  });

  it('promises no "Request a correction" link and offers no suggestion link when neither is configured', () => {
    const methodology = readPage(result.outDir, '/methodology/').tree;
    const route = select('[data-correction-route]', methodology)!;
    expect(route.properties['dataCorrectionRoute']).toBe('none');
    expect(toString(methodology)).not.toContain('Request a correction');
    expect(select('#suggest', methodology)).toBeFalsy();
    for (const page of ['/', '/methodology/', '/claims/second-vote/'])
      expect(toString(readPage(result.outDir, page).tree)).not.toContain('Suggest a claim');
  });

  it('says nothing of AI software on checks that people made', () => {
    for (const page of ['/', '/sources/sample-article/', '/claims/second-vote/'])
      expect(select('.authorship', readPage(result.outDir, page).tree)).toBeFalsy();
  });

  it('publishes /corrections.xml as RSS 2.0 with one item per correction', () => {
    const xml = readFileSync(path.join(result.outDir, 'corrections.xml'), 'utf8');
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(feed.rss['@_version']).toBe('2.0');
    const items = [feed.rss.channel.item].flat();
    expect(items).toHaveLength(contentCorrections.length);
    expect(new Set(items.map((item: { guid: { '#text': string } }) => item.guid['#text'])).size).toBe(items.length);
    expect(items.map((item: { pubDate: string }) => new Date(item.pubDate).toISOString().slice(0, 10))).toEqual(
      contentCorrections
        .map((entry) => entry.date)
        .sort()
        .reverse(),
    );
  });

  it('counts checks on /transparency/ exactly as /data/claims.json does', () => {
    const claims: { id: string; source: string; verdict: string; related: string[]; [key: string]: unknown }[] =
      readJson('data/claims.json');
    const sources: { slug: string; outlet: string | null }[] = readJson('data/sources.json');
    const outletOf = new Map(sources.map((source) => [source.slug, source.outlet ?? '']));
    // Once /data/claims.json carries `author`, `reviewers` and `corrections` (issue 13 item 7), they are read from it.
    const authorOf = (claim: (typeof claims)[number]) =>
      (claim['author'] as { id: string } | undefined)?.id ?? frontmatter.get(claim.id)!.author ?? '';
    const reviewersOf = (claim: (typeof claims)[number]) =>
      (claim['reviewers'] as { id: string }[] | undefined)?.map((r) => r.id) ?? frontmatter.get(claim.id)!.reviewers!;
    const correctionsOf = (claim: (typeof claims)[number]) =>
      (claim['corrections'] as unknown[] | undefined) ?? frontmatter.get(claim.id)!.corrections ?? [];

    const expected = (keysOf: (claim: (typeof claims)[number]) => string[]) => {
      const counts = new Map<string, Map<string, number>>();
      for (const claim of claims)
        for (const key of keysOf(claim)) {
          const row = counts.get(key) ?? new Map<string, number>();
          row.set(claim.verdict, (row.get(claim.verdict) ?? 0) + 1);
          counts.set(key, row);
        }
      return Object.fromEntries([...counts].map(([key, row]) => [key, Object.fromEntries([...row].sort())]));
    };
    const { tree } = readPage(result.outDir, '/transparency/');
    const shown = (table: string) =>
      Object.fromEntries(
        selectAll(`[data-transparency="${table}"] li[data-key]`, tree).map((row) => [
          String(row.properties['dataKey']),
          Object.fromEntries(
            selectAll('.count', row)
              .map((count) => [
                String((count.properties['className'] as string[]).find((name) => name.startsWith('v-'))).slice(2),
                Number(toString(select('strong', count)!)),
              ])
              .sort(),
          ),
        ]),
      );
    expect(shown('by-outlet')).toEqual(expected((claim) => [outletOf.get(claim.source)!]));
    expect(shown('by-author')).toEqual(expected((claim) => [authorOf(claim)]));
    expect(shown('by-reviewer')).toEqual(expected(reviewersOf));
    expect(toString(select('[data-transparency="by-outlet"]', tree)!)).toContain('Outlet not recorded');

    const withCorrections = claims.filter((claim) => correctionsOf(claim).length > 0).length;
    expect(select('[data-with-corrections]', tree)!.properties['dataWithCorrections']).toBe(String(withCorrections));
    const verdictOf = new Map(claims.map((claim) => [claim.id, claim.verdict]));
    const pairs = claims.flatMap((claim) =>
      claim.related
        .filter((other) => claim.id < other && verdictOf.get(other) !== claim.verdict)
        .map((other) => [claim.id, other].sort().join(' ')),
    );
    const shownPairs = selectAll('[data-pair]', tree).map((pair) =>
      String(pair.properties['dataPair']).split(' ').sort().join(' '),
    );
    expect(shownPairs.sort()).toEqual(pairs.sort());
    expect(shownPairs).toHaveLength(1);
  });

  it('writes valid HTML on the new pages', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: { 'no-inline-style': 'off', 'no-raw-characters': 'off', 'long-title': 'off' },
    });
    const failures: string[] = [];
    const pages = [
      'corrections/index.html',
      'corrections/verdicts/index.html',
      'transparency/index.html',
      'claims/second-vote/index.html',
      'sources/second-article/index.html',
      'methodology/index.html',
      'index.html',
    ];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(path.join(result.outDir, page), 'utf8'), page);
      for (const message of report.results.flatMap((r) => r.messages))
        failures.push(`${page}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('building with CORRECTIONS_URL set', () => {
  const result = runBuild({
    content: CONTENT,
    outDir: 'tests/.output/builds/corrections-url',
    cacheDir: 'tests/.output/cache/corrections',
    pagefind: false,
    env: {
      CORRECTIONS_URL: 'https://example.org/report?claim-id={id}&claim-url={url}&quote={quote}&verdict={verdict}',
      CORRECTIONS_EMAIL: '',
      SITE_URL: 'https://checks.example.org',
      SUGGEST_URL,
    },
  });

  it('says on the methodology page that each claim page has the link, and offers "Suggest a claim to check"', () => {
    const methodology = readPage(result.outDir, '/methodology/').tree;
    const route = select('[data-correction-route]', methodology)!;
    expect(route.properties['dataCorrectionRoute']).toBe('url');
    expect(toString(route)).toContain('"Request a correction" link at the end of the claim\'s page');
    expect(String(select('#suggest + p a', methodology)!.properties['href'])).toBe(SUGGEST_URL);
    const links = (page: string) =>
      selectAll('a', readPage(result.outDir, page).tree)
        .filter((a) => toString(a) === 'Suggest a claim to check')
        .map((a) => String(a.properties['href']));
    // The home page's lede and footer, and the methodology's section and footer.
    expect(links('/')).toEqual([SUGGEST_URL, SUGGEST_URL]);
    expect(links('/methodology/')).toEqual([SUGGEST_URL, SUGGEST_URL]);
    expect(links('/claims/sample-twice/')).toEqual([SUGGEST_URL]);
  });

  it('gives every claim page a "Request a correction" link prefilled with the claim, and no warning', () => {
    expect(result.status, result.output).toBe(0);
    expect(result.output).not.toContain('Neither the `corrections` option');
    const { tree } = readPage(result.outDir, '/claims/sample-twice/');
    const link = select('.request-correction a', tree)!;
    expect(toString(link)).toBe('Request a correction');
    const params = new URL(String(link.properties['href'])).searchParams;
    expect(params.get('claim-id')).toBe('sample-twice');
    expect(params.get('claim-url')).toBe('https://checks.example.org/claims/sample-twice/');
    expect(params.get('quote')).toBe('“it’s fine” — twice… 🙂');
    expect(params.get('verdict')).toBe('Opinion');
  });
});

describe('building with an unsafe CORRECTIONS_URL', () => {
  it('fails and says why, rather than put a javascript: link on every claim page', () => {
    const result = runBuild({
      content: CONTENT,
      outDir: 'tests/.output/builds/corrections-unsafe',
      cacheDir: 'tests/.output/cache/corrections',
      pagefind: false,
      env: { CORRECTIONS_URL: 'javascript:alert({id})' },
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('expected an http(s) URL template');
  });
});
