/**
 * The Wayback client against a stand-in for the Internet Archive on 127.0.0.1 (never a real host):
 * the availability API answers from a table of "archived" URLs, Save Page Now redirects to a new
 * snapshot the way the public form does, and a few addresses fail.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ARCHIVE_USER_AGENT,
  createWaybackArchive,
  waybackTimestamp,
  type ArchiveError,
} from '../../src/links/archive.ts';

const ARCHIVED = 'https://example.org/archived-page';
const SNAPSHOT = `http://web.archive.org/web/20191213101500/${ARCHIVED}`;

let server: Server;
let base = '';
let requests: IncomingMessage[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (url.pathname === '/wayback/available') {
      const asked = url.searchParams.get('url');
      if (asked === ARCHIVED) {
        const closest = { available: true, url: SNAPSHOT, timestamp: '20191213101500', status: '200' };
        return json(200, { url: asked, archived_snapshots: { closest } });
      }
      if (asked === 'https://example.org/gone') {
        const closest = { available: true, url: `${SNAPSHOT}-gone`, timestamp: '20191213101500', status: '404' };
        return json(200, { url: asked, archived_snapshots: { closest } });
      }
      if (asked === 'https://example.org/archive-down') return json(503, { error: 'unavailable' });
      if (asked === 'https://example.org/hangs') return; // never answers
      return json(200, { url: asked, archived_snapshots: {} });
    }
    if (url.pathname.startsWith('/save/')) {
      const target = request.url!.slice('/save/'.length);
      if (target === 'https://example.org/saved-page') {
        response.writeHead(302, { location: `/web/20261202035000/${target}` });
        return response.end();
      }
      if (target === 'https://example.org/saved-with-header') {
        response.writeHead(200, { 'content-location': `/web/20261202035001/${target}`, 'content-type': 'text/html' });
        return response.end('<p>Saving page…</p>');
      }
      if (target === 'https://example.org/queued') return json(200, { url: target, job_id: 'spn2-0123abcd' });
      response.writeHead(520, 'Job failed');
      return response.end('<p>Job failed</p>');
    }
    if (url.pathname.startsWith('/web/')) {
      response.writeHead(200, { 'content-type': 'text/html' });
      return response.end('<title>Snapshot</title>');
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  requests = [];
});

/** The client as the command builds it: endpoints from the environment. */
function archive(extra: { onError?: (error: ArchiveError) => void; timeoutMs?: number } = {}) {
  const env = { WAYBACK_AVAILABILITY_URL: `${base}/wayback/available`, WAYBACK_SAVE_URL: `${base}/save` };
  return createWaybackArchive({ env, ...extra });
}

describe('find (the availability API)', () => {
  it('returns the https address of the closest snapshot', async () => {
    expect(await archive().find(ARCHIVED, '2019-12-13')).toBe(`https://web.archive.org/web/20191213101500/${ARCHIVED}`);
  });

  it('asks for the URL and the date as the API timestamp, naming the project', async () => {
    await archive().find('https://example.org/a?b=1&c=2', '2019-12-13');
    const asked = new URL(requests[0]!.url!, base);
    expect(asked.searchParams.get('url')).toBe('https://example.org/a?b=1&c=2');
    expect(asked.searchParams.get('timestamp')).toBe('20191213');
    expect(requests[0]!.headers['user-agent']).toBe(ARCHIVE_USER_AGENT);
  });

  it('asks for the latest snapshot when there is no date', async () => {
    await archive().find(ARCHIVED);
    expect(new URL(requests[0]!.url!, base).searchParams.has('timestamp')).toBe(false);
  });

  it('returns null, and reports nothing, when nothing is archived', async () => {
    const errors: ArchiveError[] = [];
    const client = archive({ onError: (error) => errors.push(error) });
    expect(await client.find('https://example.org/never-archived', '2020-01-01')).toBeNull();
    expect(errors).toEqual([]);
    expect(client.errors).toEqual([]);
  });

  it('returns null when the closest capture is of an error page', async () => {
    const client = archive();
    expect(await client.find('https://example.org/gone', '2019-12-13')).toBeNull();
    expect(client.errors).toEqual([]);
  });

  it('returns null and reports a server error with its status', async () => {
    const errors: ArchiveError[] = [];
    const client = archive({ onError: (error) => errors.push(error) });
    expect(await client.find('https://example.org/archive-down')).toBeNull();
    expect(errors).toEqual([
      {
        operation: 'find',
        url: 'https://example.org/archive-down',
        message: 'Wayback availability API: HTTP 503 Service Unavailable',
        httpStatus: 503,
      },
    ]);
    expect(client.errors).toEqual(errors);
  });

  it('reports a timeout and a refused connection with their error codes', async () => {
    const slow = archive({ timeoutMs: 200 });
    expect(await slow.find('https://example.org/hangs')).toBeNull();
    expect(slow.errors[0]).toMatchObject({
      errorCode: 'ETIMEDOUT',
      message: expect.stringMatching(/no answer in 0.2 s/),
    });

    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const refused = createWaybackArchive({ availabilityUrl: `http://127.0.0.1:${port}/wayback/available` });
    expect(await refused.find(ARCHIVED)).toBeNull();
    expect(refused.errors[0]).toMatchObject({ operation: 'find', errorCode: 'ECONNREFUSED' });
  });
});

describe('save (Save Page Now)', () => {
  it('follows the redirect to the new snapshot', async () => {
    const client = archive();
    expect(await client.save('https://example.org/saved-page')).toBe(
      `${base}/web/20261202035000/https://example.org/saved-page`,
    );
    expect(requests[0]!.url).toBe('/save/https://example.org/saved-page');
    expect(requests[0]!.headers['user-agent']).toBe(ARCHIVE_USER_AGENT);
    expect(client.errors).toEqual([]);
  });

  it('reads the snapshot from Content-Location', async () => {
    expect(await archive().save('https://example.org/saved-with-header')).toBe(
      `${base}/web/20261202035001/https://example.org/saved-with-header`,
    );
  });

  it('returns null and reports a failed capture', async () => {
    const client = archive();
    expect(await client.save('https://example.org/cannot-save')).toBeNull();
    expect(client.errors).toEqual([
      {
        operation: 'save',
        url: 'https://example.org/cannot-save',
        message: 'Save Page Now: HTTP 520 Job failed',
        httpStatus: 520,
      },
    ]);
  });

  it('returns null and says so when the capture was only queued', async () => {
    const client = archive();
    expect(await client.save('https://example.org/queued')).toBeNull();
    expect(client.errors[0]?.message).toBe(
      'Save Page Now: capture queued as job spn2-0123abcd, but the answer names no snapshot yet',
    );
  });
});

describe('configuration', () => {
  it('defaults to the Internet Archive and lets the environment point elsewhere', async () => {
    const asked: string[] = [];
    const fetch = async (input: string | URL | Request) => {
      asked.push(String(input));
      return Response.json({ archived_snapshots: {} });
    };
    await createWaybackArchive({ env: {}, fetch }).find(ARCHIVED, '2024-05-01');
    expect(asked[0]).toBe(
      'https://archive.org/wayback/available?url=https%3A%2F%2Fexample.org%2Farchived-page&timestamp=20240501',
    );
  });

  it('refuses an endpoint that is not an http(s) URL, naming the variable', () => {
    expect(() => createWaybackArchive({ env: { WAYBACK_SAVE_URL: 'web.archive.org/save' } })).toThrow(
      'Expected WAYBACK_SAVE_URL to be an http(s) URL, got "web.archive.org/save"',
    );
  });

  it('turns a date into the timestamp form and refuses anything else', () => {
    expect(waybackTimestamp('2019-12-13')).toBe('20191213');
    expect(() => waybackTimestamp('13/12/2019')).toThrow(RangeError);
  });
});
