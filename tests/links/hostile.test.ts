/**
 * The link checker against a hostile site (issue 26): it follows redirects only to http(s) and public addresses,
 * stores nothing a redirect to `data:` or `javascript:` named, reads a title in linear time, and stores titles cut
 * to length and without bidi or other invisible characters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH } from '../../src/links/check-link.ts';
import { checkLinks } from '../../src/links/check-links.ts';
import type { LinkEntry } from '../../src/links/model.ts';
import { findTitle } from '../../src/links/title.ts';
import { isPrivateAddress } from '../../src/net/address-guard.ts';
import { startHostileServer, type HostileServer } from '../support/hostile-server.ts';

let server: HostileServer;

beforeAll(async () => {
  server = await startHostileServer();
});

afterAll(async () => {
  await server.close();
});

async function check(path: string, expectedTitle?: string): Promise<LinkEntry> {
  const target = { url: `${server.base}${path}`, usedBy: ['citations/x.yaml'], expectedTitle };
  const outcome = await checkLinks([target], {
    fetch: server.fetch,
    resolve: server.resolve,
    retries: 0,
    timeoutMs: 5_000,
  });
  if (outcome.offline) throw new Error(outcome.reason);
  return outcome.results[0]!.entry;
}

describe('the link checker on a hostile site', () => {
  it.each([
    ['/to-data', 'UNSAFE_REDIRECT'],
    ['/to-javascript', 'UNSAFE_REDIRECT'],
    ['/to-loopback', 'PRIVATE_ADDRESS'],
    ['/to-localhost', 'PRIVATE_ADDRESS'],
  ])('stops at the redirect of %s (%s) and stores neither its target nor its title', async (path, code) => {
    const entry = await check(path, 'Council budget');
    expect(entry).toMatchObject({ status: 'error', errorCode: code });
    expect(entry.title).toBeUndefined();
    const stored = JSON.stringify(entry);
    for (const word of ['data:', 'javascript:', 'Stolen', 'hunter2']) expect(stored).not.toContain(word);
    if (code === 'UNSAFE_REDIRECT') expect(entry.finalUrl).toBeNull();
  });

  it('refuses a cited URL on a loopback address unless told to allow it', async () => {
    const outcome = await checkLinks(
      [
        { url: `${server.loopback}/secret`, usedBy: ['x'] },
        { url: `${server.base}/secret`, usedBy: ['y'] },
      ],
      {
        fetch: server.fetch,
        resolve: server.resolve,
        retries: 0,
      },
    );
    if (outcome.offline) throw new Error(outcome.reason);
    expect(outcome.results.map((result) => result.entry.errorCode ?? result.entry.status)).toEqual([
      'PRIVATE_ADDRESS',
      'ok',
    ]);
  });

  it('reads no title out of a megabyte-long one, and stops at its head limit quickly', async () => {
    const started = performance.now();
    const entry = await check('/megabyte-title', 'Council budget');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(entry.status).toBe('ok');
    expect(entry.title).toBeUndefined();
  });

  it(`cuts a long title to ${MAX_TITLE_LENGTH} characters where it is stored`, async () => {
    const entry = await check('/long-title', 'Council budget');
    expect(entry.status).toBe('changed');
    expect(entry.title!.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(entry.title!.endsWith('…')).toBe(true);
  });

  it('stores a title without bidi controls, zero-width or control characters', async () => {
    const entry = await check('/bidi-title', 'Council budget');
    expect(entry.status).toBe('changed');
    expect(entry.title).toBe('Totally fdp.exe different page here');
  });

  it('scans 240 KB of unclosed <title tags in linear time', () => {
    const html = `<html><head>${'<title '.repeat(40_000)}`;
    const started = performance.now();
    expect(findTitle(html)).toBeUndefined();
    // As a browser reads it: the first tag opens the title, the rest is its text.
    expect(findTitle(`${html}>Real</title>`)).toMatch(/Real$/);
    expect(findTitle('<TITLE data-x="1">A &amp; B</Title >')).toBe('A & B');
    expect(findTitle('<titles>no</titles><title>Yes</title>')).toBe('Yes');
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('the address check', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.31.255.255', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['::1', true],
    ['::', true],
    ['fe80::1', true],
    ['fd00::1', true],
    ['::ffff:7f00:1', true],
    ['::ffff:127.0.0.1', true],
    ['8.8.8.8', false],
    ['2606:4700::1111', false],
    ['::ffff:808:808', false],
  ])('%s is private: %s', (address, blocked) => {
    expect(isPrivateAddress(address)).toBe(blocked);
  });
});
