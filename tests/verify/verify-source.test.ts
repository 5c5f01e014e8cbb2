/**
 * `npm run verify-source` against local copies of one fixture source's original
 * (tests/fixtures/verify/content/sources/council-budget), served from 127.0.0.1 only. The pages in
 * tests/fixtures/verify/pages/ wrap the article in a news site's markup (banner, header, navigation,
 * breadcrumbs, byline, share buttons, ads and a promo between paragraphs, related links, comments, footer;
 * links and emphasis inside sentences; curly quotes, an en dash and non-breaking spaces where article.txt
 * has straight quotes, a hyphen and spaces): identical, one sentence edited, a paragraph removed, a claim's
 * words changed, a paragraph moved, and an index page with no article. The server adds a 404, a redirect,
 * a windows-1252 copy and an address that never answers.
 */
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDirs } from '../../src/corpus/content-dirs.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { formatProblem } from '../../src/corpus/problems.ts';
import { normalize } from '../../src/annotations/index.ts';
import { verificationSchema } from '../../src/schemas/verification.ts';
import { extractArticle } from '../../src/verify/extract-article.ts';
import { USER_AGENT } from '../../src/verify/fetch-original.ts';
import { verifySource } from '../../src/verify/verify-source.ts';
import { ROOT } from '../support/fixture-case.ts';

const FIXTURE = 'tests/fixtures/verify';
const CONTENT = `${FIXTURE}/content`;
const PAGES = path.join(ROOT, FIXTURE, 'pages');
const ARTICLE = readFileSync(path.join(ROOT, CONTENT, 'sources/council-budget/article.txt'), 'utf8');
const SLUG = 'council-budget';
const NOW = new Date('2026-12-02T03:30:00Z');
/** Short, so the page that never answers fails fast. */
const TIMEOUT_MS = 400;

/** Serves the fixture pages on a loopback port, as a publisher would: a 404, a redirect, and one page that hangs. */
let server: Server;
let base = '';
const agents: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    agents.push(request.headers['user-agent'] ?? '');
    const url = request.url ?? '/';
    if (url === '/slow') return; // never answers
    if (url === '/old-address') return void response.writeHead(301, { location: '/identical.html' }).end();
    if (url === '/windows-1252') {
      const html = readFileSync(path.join(PAGES, 'identical.html'), 'utf8');
      const type = 'text/html; charset=windows-1252';
      return void response.writeHead(200, { 'content-type': type }).end(windows1252(html));
    }
    try {
      const html = readFileSync(path.join(PAGES, path.basename(url)), 'utf8');
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } catch {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Page not found</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** The page's few characters outside ASCII, as an older publisher's system would send them. */
const WINDOWS_1252: Record<string, number> = { '©': 0xa9, '–': 0x96, '’': 0x92, '“': 0x93, '”': 0x94, '›': 0x9b };
const windows1252 = (text: string) => Buffer.from([...text].map((char) => WINDOWS_1252[char] ?? char.charCodeAt(0)));

const fold = (text: string) => normalize(text).text.trim();
const verify = (page: string) =>
  verifySource(ROOT, SLUG, {
    from: `${base}/${page}`,
    dirs: contentDirs(CONTENT),
    now: NOW,
    timeoutMs: TIMEOUT_MS,
    allowPrivateAddresses: true,
  });

describe('extracting the article from a news page', () => {
  it('gives article.txt after folding, for the page wrapped in navigation, ads, share buttons and comments', () => {
    const extracted = extractArticle(readFileSync(path.join(PAGES, 'identical.html'), 'utf8'));
    expect(extracted.ok).toBe(true);
    if (!extracted.ok) return;
    expect(fold(extracted.text)).toBe(fold(ARTICLE));
    // One paragraph per block, as article.txt has them.
    expect(extracted.text.split('\n\n')).toHaveLength(ARTICLE.trim().split('\n\n').length);
  });

  it('takes the article’s headline, not a site name set as the first <h1>', () => {
    const page = readFileSync(path.join(PAGES, 'identical.html'), 'utf8').replace(
      '<a class="logo" href="/">Fixture Gazette</a>',
      '<h1 class="logo"><a href="/">Fixture Gazette</a></h1>',
    );
    const extracted = extractArticle(page);
    expect(extracted.ok && fold(extracted.text)).toBe(fold(ARTICLE));
  });

  it('finds no article on an index page', () => {
    expect(extractArticle(readFileSync(path.join(PAGES, 'no-article.html'), 'utf8'))).toEqual({
      ok: false,
      reason: 'no article found',
    });
  });
});

const unchanged = (id: string) => ({ id, status: 'unchanged', score: 1 });
const ALL = ['budget-vote', 'buses-or-pool', 'four-hours', 'library-hours', 'road-repairs'];
const claimsWith = (...special: { id: string; status: string; score: number | null }[]) =>
  ALL.map((id) => special.find((claim) => claim.id === id) ?? unchanged(id));

const LIBRARY =
  "Two members voted against the plan. They said the cuts to the library's opening hours went too far and " +
  'would hurt students who study there in the evenings.';

describe('verifySource against a local copy of the original, served over HTTP', () => {
  it.each([
    { page: 'identical.html', status: 'identical', changes: [], claims: claimsWith() },
    {
      page: 'sentence-edited.html',
      status: 'changed',
      changes: [
        {
          line: 11,
          saved: "A report from the city's engineers says the roads need at least twice that much.",
          original: 'A report from the city’s engineers says the roads need at least three times that much.',
          claims: [],
        },
      ],
      claims: claimsWith(),
    },
    {
      page: 'paragraph-removed.html',
      status: 'changed',
      changes: [{ line: 9, saved: LIBRARY, original: '', claims: ['library-hours'] }],
      claims: claimsWith({ id: 'library-hours', status: 'missing', score: null }),
    },
    {
      page: 'claim-words-changed.html',
      status: 'changed',
      changes: [
        {
          line: 5,
          saved:
            'Residents spoke for almost four hours, most of them about the library and the bus routes on the ' +
            'east side.',
          original:
            'Residents spoke for more than three hours, most of them about the library and the bus routes on the ' +
            'east side.',
          claims: ['four-hours'],
        },
      ],
      claims: claimsWith({ id: 'four-hours', status: 'changed', score: 0.649 }),
    },
    {
      page: 'paragraph-moved.html',
      status: 'changed',
      changes: [
        { line: 9, saved: LIBRARY, original: '', claims: ['library-hours'] },
        { line: 13, saved: '', original: LIBRARY.replace("library's", 'library’s'), claims: [] },
      ],
      claims: claimsWith({ id: 'library-hours', status: 'moved', score: 1 }),
    },
  ])('$page: $status, with the passages that differ and each claim re-anchored', async (expected) => {
    const result = await verify(expected.page);
    if (!result.ok) throw new Error(result.reason);
    expect(result.verification).toEqual({
      source: SLUG,
      checkedAt: '2026-12-02T03:30:00.000Z',
      from: `${base}/${expected.page}`,
      status: expected.status,
      articleSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      changes: expected.changes,
      claims: expected.claims,
    });
    expect(verificationSchema.parse(result.verification)).toEqual(result.verification);
  });

  it.each([
    { page: 'no-article.html', reason: `no article found at ${'BASE'}/no-article.html` },
    { page: 'gone.html', reason: 'HTTP 404 Not Found from BASE/gone.html' },
    { page: 'slow', reason: `timeout after ${TIMEOUT_MS} ms fetching BASE/slow` },
  ])('$page: cannot compare, and says why in one line', async ({ page, reason }) => {
    expect(await verify(page)).toEqual({ ok: false, reason: reason.replace('BASE', base) });
  });

  it('follows a redirect and records the address the page came from, naming the project to the server', async () => {
    agents.length = 0;
    const result = await verify('old-address');
    if (!result.ok) throw new Error(result.reason);
    expect(result.verification.from).toBe(`${base}/identical.html`);
    expect(result.redirectedFrom).toBe(`${base}/old-address`);
    expect(result.verification.status).toBe('identical');
    expect(agents).toEqual([USER_AGENT, USER_AGENT]);
  });

  it('compares a copy saved without its headline with the page’s body: the page’s headline is no change', async () => {
    const copy = 'tests/.output/verify/no-headline';
    rmSync(path.join(ROOT, copy), { recursive: true, force: true });
    cpSync(path.join(ROOT, CONTENT), path.join(ROOT, copy), { recursive: true });
    const article = path.join(ROOT, copy, `sources/${SLUG}/article.txt`);
    const [headline, ...body] = ARTICLE.split('\n\n');
    expect(headline).toBe('Fixture City Council Passes a Smaller Budget After a Long Night');
    writeFileSync(article, body.join('\n\n'));
    const result = await verifySource(ROOT, SLUG, {
      from: `${base}/identical.html`,
      dirs: contentDirs(copy),
      now: NOW,
      timeoutMs: TIMEOUT_MS,
      allowPrivateAddresses: true,
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.verification.status).toBe('identical');
    expect(result.verification.changes).toEqual([]);
    // A copy that keeps the headline still compares it: a changed headline is a change.
    const edited = await verify('identical.html');
    expect(edited.ok && edited.verification.status).toBe('identical');
  });

  it('reads a page in the character set its server names', async () => {
    const result = await verify('windows-1252');
    if (!result.ok) throw new Error(result.reason);
    expect(result.verification.status).toBe('identical');
  });

  it('asks for --from when source.yaml has no url', async () => {
    const valid = 'tests/fixtures/corpus/valid/content';
    expect(await verifySource(ROOT, 'second-article', { dirs: contentDirs(valid) })).toEqual({
      ok: false,
      reason: `${valid}/sources/second-article/source.yaml has no url: pass --from <file-or-url>`,
    });
  });

  it('says which source it does not know, with the closest slug', async () => {
    const result = await verifySource(ROOT, 'council-budgte', { dirs: contentDirs(CONTENT), from: 'x.html' });
    expect(result).toEqual({
      ok: false,
      reason: `no source "council-budgte" in ${CONTENT}/sources. Did you mean "council-budget"?`,
    });
  });
});

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command asynchronously: the test's own server must keep answering meanwhile. */
function runVerify(args: readonly string[], content = CONTENT): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'src/cli/verify-source.ts'), ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        FACTCHECK_CONTENT: content,
        FACTCHECK_FETCH_TIMEOUT_MS: String(TIMEOUT_MS),
        FACTCHECK_ALLOW_PRIVATE_ADDRESSES: '1',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('npm run verify-source', { timeout: 30_000 }, () => {
  it('exits 0 for an identical original and 1 for a changed one, printing the passage and the claims', async () => {
    const same = await runVerify([SLUG, '--from', `${base}/identical.html`]);
    expect(same.status, same.stderr).toBe(0);
    expect(same.stdout).toContain('The original matches article.txt');
    const changed = await runVerify([SLUG, '--from', `${FIXTURE}/pages/claim-words-changed.html`]);
    expect(changed.status, changed.stderr).toBe(1);
    expect(changed.stdout).toContain(
      `${SLUG}: compared with ${FIXTURE}/pages/claim-words-changed.html\n` +
        'The original has changed: 1 passage differs.\n\narticle.txt:5\n  saved:    "Residents spoke for almost four',
    );
    expect(changed.stdout).toContain('  claims:   four-hours\n');
    expect(changed.stdout).toContain('  four-hours  changed (score 0.649)\n');
  });

  it('prints exactly the verification object with --json', async () => {
    const run = await runVerify([SLUG, '--json', '--from', `${base}/paragraph-removed.html`]);
    expect(run.status).toBe(1);
    const printed = verificationSchema.parse(JSON.parse(run.stdout));
    expect(Object.keys(JSON.parse(run.stdout))).toEqual([
      'source',
      'checkedAt',
      'from',
      'status',
      'articleSha256',
      'changes',
      'claims',
    ]);
    expect(printed.changes.map((change) => change.claims)).toEqual([['library-hours']]);
  });

  it.each([
    [
      'a 404',
      'gone.html',
      /^verify-source: council-budget: HTTP 404 Not Found from http:\/\/127\.0\.0\.1:\d+\/gone\.html$/,
    ],
    [
      'a timeout',
      'slow',
      /^verify-source: council-budget: timeout after 400 ms fetching http:\/\/127\.0\.0\.1:\d+\/slow$/,
    ],
    ['a page with no article', 'no-article.html', /^verify-source: council-budget: no article found at http:\/\/\S+$/],
  ])('exits 2 on %s, with the reason in one line', async (_name, page, reason) => {
    const run = await runVerify([SLUG, '--from', `${base}/${page}`]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toMatch(reason);
  });

  it('writes verification.json with --write; the checker accepts it, then warns once article.txt changes', async () => {
    const copy = 'tests/.output/verify/content';
    rmSync(path.join(ROOT, copy), { recursive: true, force: true });
    cpSync(path.join(ROOT, CONTENT), path.join(ROOT, copy), { recursive: true });
    const run = await runVerify([SLUG, '--write', '--from', `${base}/sentence-edited.html`], copy);
    expect(run.status, run.stderr).toBe(1);
    const file = `${copy}/sources/${SLUG}/verification.json`;
    expect(run.stdout).toContain(`Wrote ${file}`);
    const written = readFileSync(path.join(ROOT, file), 'utf8');
    expect(written.endsWith('}\n')).toBe(true);
    expect(written).toBe(`${JSON.stringify(JSON.parse(written), null, 2)}\n`);
    const clean = await loadCorpus(ROOT, contentDirs(copy));
    expect(clean.problems.map(formatProblem)).toEqual([]);
    expect(clean.corpus.sources[0]?.verification?.status).toBe('changed');

    const article = path.join(ROOT, copy, `sources/${SLUG}/article.txt`);
    writeFileSync(article, readFileSync(article, 'utf8').replace('twice', 'three times'));
    const stale = await loadCorpus(ROOT, contentDirs(copy));
    expect(stale.problems.map((problem) => `${problem.severity} ${problem.ruleId}`)).toEqual([
      'warning verification-stale',
    ]);
  });
});
