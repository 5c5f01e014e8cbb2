/**
 * `checkLinks` against a local server (tests/links/server.ts): every status of issue 15 item 1,
 * redirects hop by hop, retries with Retry-After, and the offline case. No test touches a real host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPermanentRedirect } from '../../src/links/check-link.ts';
import { checkLinks } from '../../src/links/check-links.ts';
import type { LinkResult, LinkTarget } from '../../src/links/model.ts';
import { LINKS_USER_AGENT } from '../../src/links/request.ts';
import { closedPort, startServer, type TestServer } from './server.ts';

const EXPECTED = 'Council adopts the 2024 budget and tax rate';
// The local server is on 127.0.0.1, which the checker refuses unless told otherwise.
const OPTIONS = { timeoutMs: 400, retryBaseMs: 10, maxRetryWaitMs: 2_000, retries: 2, allowPrivateAddresses: true };

let server: TestServer;
let refused = '';
const results = new Map<string, LinkResult>();

const target = (path: string, extra: Partial<LinkTarget> = {}): LinkTarget => ({
  url: path.startsWith('http') ? path : `${server.base}${path}`,
  usedBy: ['content/citations/x.yaml'],
  ...extra,
});
const result = (path: string) => {
  const found = results.get(path.startsWith('http') ? path : `${server.base}${path}`);
  if (!found) throw new Error(`no result for ${path}`);
  return found;
};

beforeAll(async () => {
  server = await startServer();
  refused = `http://127.0.0.1:${await closedPort()}/page`;
  const targets = [
    target('/ok', { expectedTitle: EXPECTED }),
    target('/moved-301', { expectedTitle: EXPECTED }),
    target('/moved-302'),
    target('/loop-a'),
    target('/gone-404'),
    target('/gone-410'),
    target('/forbidden'),
    target('/rate-limited'),
    target('/flaky'),
    target('/down'),
    target('/hangs'),
    target(refused),
    target('/report.pdf', { expectedTitle: 'Annual report' }),
    target('/soft-404', { expectedTitle: EXPECTED }),
  ];
  const outcome = await checkLinks(targets, OPTIONS);
  if (outcome.offline) throw new Error(`unexpectedly offline: ${outcome.reason}`);
  for (const found of outcome.results) results.set(found.entry.url, found);
}, 20_000);

afterAll(() => server.close());

describe('checkLinks', () => {
  it('reports a page that answers 200 as ok, with its content type, and names the project as user agent', () => {
    expect(result('/ok').entry).toMatchObject({ status: 'ok', httpStatus: 200, finalUrl: null, contentType: 'html' });
    expect(new Set(server.agents)).toEqual(new Set([LINKS_USER_AGENT]));
  });

  it('follows a 301 then 308 chain hop by hop and suggests updating the URL', () => {
    const { entry, hops } = result('/moved-301');
    expect(entry).toMatchObject({ status: 'redirected', httpStatus: 200, finalUrl: `${server.base}/ok` });
    expect(hops.map((hop) => hop.status)).toEqual([301, 308]);
    expect(isPermanentRedirect(hops)).toBe(true);
    expect(isPermanentRedirect(result('/moved-302').hops)).toBe(false);
    expect(server.hits.get('/moved-308')).toHaveLength(1);
  });

  it('stops a redirect loop and reports it as an error', () => {
    expect(result('/loop-a').entry).toMatchObject({ status: 'error', httpStatus: 302, errorCode: 'REDIRECT_LOOP' });
    expect(server.hits.get('/loop-a')).toHaveLength(1);
  });

  it('reports 404 and 410 as dead, 403 as blocked', () => {
    expect(result('/gone-404').entry).toMatchObject({ status: 'dead', httpStatus: 404 });
    expect(result('/gone-410').entry).toMatchObject({ status: 'dead', httpStatus: 410 });
    expect(result('/forbidden').entry).toMatchObject({ status: 'blocked', httpStatus: 403 });
  });

  it('waits as long as Retry-After asks after a 429, then reports the page ok', () => {
    expect(result('/rate-limited').entry).toMatchObject({ status: 'ok', httpStatus: 200 });
    const [first, second] = server.hits.get('/rate-limited') ?? [];
    expect(second! - first!).toBeGreaterThanOrEqual(900);
  });

  it('retries a 500 and reports ok when the retry succeeds, error after the last retry otherwise', () => {
    expect(result('/flaky').entry).toMatchObject({ status: 'ok', httpStatus: 200 });
    expect(server.hits.get('/flaky')).toHaveLength(2);
    expect(result('/down').entry).toMatchObject({ status: 'error', httpStatus: 503 });
    expect(server.hits.get('/down')).toHaveLength(3);
  });

  it('reports a timeout and a refused connection as errors with their codes', () => {
    expect(result('/hangs').entry).toMatchObject({ status: 'error', httpStatus: null, errorCode: 'ETIMEDOUT' });
    expect(result(refused).entry).toMatchObject({ status: 'error', httpStatus: null, errorCode: 'ECONNREFUSED' });
  });

  it('records a PDF as pdf without reading it, and does not compare titles', () => {
    expect(result('/report.pdf').entry).toMatchObject({ status: 'ok', contentType: 'pdf' });
  });

  it('reports a 200 page whose title no longer resembles the citation as changed, with both titles', () => {
    expect(result('/soft-404').entry).toMatchObject({
      status: 'changed',
      httpStatus: 200,
      title: 'Page not found | City News',
      expectedTitle: EXPECTED,
    });
  });

  it('writes entries in the contract shape, keys in order', () => {
    expect(Object.keys(result('/ok').entry)).toEqual([
      'url',
      'status',
      'httpStatus',
      'finalUrl',
      'contentType',
      'archivedUrl',
      'checkedAt',
      'usedBy',
    ]);
    expect(result('/ok').entry.checkedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});

describe('checkLinks offline', () => {
  it('says offline, not dead, when no host resolves', async () => {
    const fetch = async () => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo'), { code: 'ENOTFOUND' }) });
    };
    const targets = ['https://a.invalid/x', 'https://b.invalid/y'].map((url) => ({ url, usedBy: ['f'] }));
    const outcome = await checkLinks(targets, { fetch, retryBaseMs: 1 });
    expect(outcome).toEqual({ offline: true, reason: 'no host answered any of 2 requests (ENOTFOUND)' });
  });

  it('says offline, without checking anything, when the probe URL does not answer', async () => {
    const port = await closedPort();
    const outcome = await checkLinks([target('/ok')], { probeUrl: `http://127.0.0.1:${port}/` });
    expect(outcome).toEqual({ offline: true, reason: `no answer from http://127.0.0.1:${port}/ (ECONNREFUSED)` });
  });
});

describe('checkLinks archive hook', () => {
  it('asks the hook for a copy of each URL without one, with its date, and records what it finds', async () => {
    const asked: string[] = [];
    const archive = {
      find: async (url: string, date?: string) => {
        asked.push(`${url} ${date}`);
        return url.endsWith('/ok') ? `https://archive.example/2024/${url}` : null;
      },
    };
    const targets = [
      target('/ok', { date: '2024-01-02' }),
      target('/flaky', { archivedUrl: 'https://archive.example/kept' }),
      target('/gone-404'),
    ];
    const outcome = await checkLinks(targets, { ...OPTIONS, archive });
    if (outcome.offline) throw new Error('offline');
    expect(asked).toEqual([`${server.base}/ok 2024-01-02`, `${server.base}/gone-404 undefined`]);
    expect(outcome.results.map((found) => found.entry.archivedUrl)).toEqual([
      `https://archive.example/2024/${server.base}/ok`,
      'https://archive.example/kept',
      null,
    ]);
  });

  it('with saveArchives, asks the hook to save a URL for which find found no copy', async () => {
    const saved: string[] = [];
    const archive = {
      find: async () => null,
      save: async (url: string) => (saved.push(url), `https://archive.example/new/${url}`),
    };
    const outcome = await checkLinks([target('/ok'), target('/ok.copy', { isArchive: true })], {
      ...OPTIONS,
      archive,
      saveArchives: true,
    });
    if (outcome.offline) throw new Error('offline');
    expect(saved).toEqual([`${server.base}/ok`]);
    expect(outcome.results[0]?.entry.archivedUrl).toBe(`https://archive.example/new/${server.base}/ok`);
    expect(outcome.results[1]?.entry.archivedUrl).toBeNull();
  });
});
