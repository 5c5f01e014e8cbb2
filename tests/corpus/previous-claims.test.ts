/** The previous build's claims.json, read from a file or fetched from a URL (a local server, never a real host). */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPreviousClaims } from '../../src/corpus/previous-claims.ts';
import { ROOT } from '../support/fixture-case.ts';

const SNAPSHOT = 'tests/fixtures/corpus/bad/silent-verdict-change/previous-claims.json';
const snapshot = [{ id: 'sample-vote', verdict: 'false', updated: '2026-11-25', url: 'https://example.org/x' }];

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/data/claims.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(snapshot));
    } else if (request.url === '/slow') {
      // Never answers: the check must give up after its timeout.
    } else if (request.url === '/html') {
      response.end('<!doctype html><title>Not JSON</title>');
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('readPreviousClaims', () => {
  it('reads a snapshot file relative to the project root, by claim id', async () => {
    const { claims, problems } = await readPreviousClaims(ROOT, SNAPSHOT);
    expect(problems).toEqual([]);
    expect(claims?.get('sample-vote')).toMatchObject({ verdict: 'misleading', updated: '2026-11-25' });
  });

  it('fetches a snapshot from a URL', async () => {
    const { claims, problems } = await readPreviousClaims(ROOT, `${base}/data/claims.json`);
    expect(problems).toEqual([]);
    expect(claims?.get('sample-vote')?.verdict).toBe('false');
  });

  it('reports an HTTP error, a page that is not JSON and a server that does not answer in time', async () => {
    const reasons = async (spec: string) =>
      (await readPreviousClaims(ROOT, spec, 300)).problems.map((problem) => [problem.ruleId, problem.reason]);
    expect(await reasons(`${base}/missing.json`)).toEqual([
      [
        'previous-claims-unreadable',
        `Unexpected previous claims "${base}/missing.json": HTTP 404, expected the JSON array of /data/claims.json`,
      ],
    ]);
    expect((await reasons(`${base}/html`))[0]?.[1]).toContain(': not JSON,');
    expect((await reasons(`${base}/slow`))[0]?.[1]).toContain(': no answer within 0.3 s,');
  });

  it('refuses JSON that is not a list of claims with id and verdict', async () => {
    const { problems } = await readPreviousClaims(ROOT, 'package.json');
    expect(problems.map((problem) => problem.reason)).toEqual([
      'Unexpected previous claims "package.json": not a list of claims with id and verdict, expected the JSON ' +
        'array of /data/claims.json',
    ]);
  });
});
