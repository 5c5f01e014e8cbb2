import { describe, expect, it } from 'vitest';
import type { ExtensionConfig } from '../../../src/extension/config.ts';
import {
  ANNOTATION_CACHE_MS,
  loadAnnotations,
  type AnnotationCache,
  type LoadDependencies,
} from '../../../src/extension/load-annotations.ts';

const CONFIG: ExtensionConfig = {
  siteUrl: 'https://checks.example/base/',
  sources: [{ slug: 'story', title: 'A story', url: 'https://news.example/a-story' }],
  bundledAt: '2026-12-01',
  verdicts: [],
};
const SITE_FILE = 'https://checks.example/base/data/annotations/story.jsonld';
const BUNDLED_FILE = 'chrome-extension://id/annotations/story.jsonld';

/** A fetch that answers from a table of URL → response (or error), and records what was asked. */
function fakeFetch(answers: Record<string, () => Response | Promise<Response>>) {
  const requested: string[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    requested.push(url);
    const answer = answers[url];
    if (!answer) throw new TypeError('Failed to fetch');
    if (init?.signal?.aborted) throw init.signal.reason;
    return answer();
  }) as typeof globalThis.fetch;
  return { fetch, requested };
}
const json =
  (value: unknown, status = 200) =>
  () =>
    new Response(JSON.stringify(value), { status });
const deps = (fetch: typeof globalThis.fetch, timeoutMs?: number): LoadDependencies => ({
  fetch,
  bundledUrl: (path) => `chrome-extension://id/${path}`,
  ...(timeoutMs === undefined ? {} : { timeoutMs }),
});

describe('loadAnnotations', () => {
  it('answers from the site when it responds', async () => {
    const { fetch, requested } = fakeFetch({ [SITE_FILE]: json({ total: 2 }), [BUNDLED_FILE]: json({ total: 1 }) });
    const response = await loadAnnotations('https://www.news.example/a-story/?utm_source=x', CONFIG, deps(fetch));
    expect(response).toEqual({
      ok: true,
      slug: 'story',
      title: 'A story',
      collection: { total: 2 },
      from: 'site',
      siteUrl: CONFIG.siteUrl,
      bundledAt: '2026-12-01',
    });
    expect(requested).toEqual([SITE_FILE]);
  });

  it.each([
    ['the network fails', {}],
    ['the site answers 404', { [SITE_FILE]: json({ error: 'gone' }, 404) }],
    ['the site answers with something that is not JSON', { [SITE_FILE]: () => new Response('<html>') }],
  ])('uses the bundled copy when %s', async (_case, siteAnswers) => {
    const { fetch } = fakeFetch({ ...siteAnswers, [BUNDLED_FILE]: json({ total: 1 }) });
    const response = await loadAnnotations(CONFIG.sources[0]!.url, CONFIG, deps(fetch));
    expect(response).toMatchObject({ ok: true, from: 'bundled', collection: { total: 1 }, bundledAt: '2026-12-01' });
  });

  it('gives up on a site that does not answer in time and uses the bundled copy', async () => {
    const slow = () => new Promise<Response>((resolve) => setTimeout(() => resolve(new Response('{"total":2}')), 1000));
    const answers = { [SITE_FILE]: slow, [BUNDLED_FILE]: json({ total: 1 }) };
    const timed: typeof globalThis.fetch = async (input, init) => {
      // The fake resolves late; a real fetch rejects as soon as the signal aborts, so race it the same way.
      const signal = init?.signal;
      return Promise.race([
        fakeFetch(answers).fetch(input, init),
        new Promise<Response>((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason))),
      ]);
    };
    const started = Date.now();
    const response = await loadAnnotations(CONFIG.sources[0]!.url, CONFIG, deps(timed, 50));
    expect(response).toMatchObject({ ok: true, from: 'bundled' });
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('says when neither copy can be read', async () => {
    const { fetch } = fakeFetch({});
    expect(await loadAnnotations(CONFIG.sources[0]!.url, CONFIG, deps(fetch))).toEqual({
      ok: false,
      reason: 'unreadable',
    });
  });

  it('fetches nothing for a page that is not one of our articles', async () => {
    const { fetch, requested } = fakeFetch({});
    expect(await loadAnnotations('https://news.example/another-story', CONFIG, deps(fetch))).toEqual({
      ok: false,
      reason: 'no-source',
    });
    expect(requested).toEqual([]);
  });

  it('asks the site at most once a day per article, keeping its answer meanwhile', async () => {
    const { fetch, requested } = fakeFetch({ [SITE_FILE]: json({ total: 2 }), [BUNDLED_FILE]: json({ total: 1 }) });
    const stored = new Map<string, { storedAt: number; collection: unknown }>();
    const cache: AnnotationCache = {
      read: async (url) => stored.get(url),
      write: async (url, collection, storedAt) => void stored.set(url, { storedAt, collection }),
    };
    let now = Date.parse('2026-12-07T08:00:00Z');
    const cached = { ...deps(fetch), cache, now: () => now };
    const first = await loadAnnotations('https://news.example/a-story', CONFIG, cached);
    now += ANNOTATION_CACHE_MS - 1;
    const second = await loadAnnotations('https://news.example/a-story', CONFIG, cached);
    expect(second).toEqual(first);
    expect(requested).toEqual([SITE_FILE]);
    now += 1;
    await loadAnnotations('https://news.example/a-story', CONFIG, cached);
    expect(requested).toEqual([SITE_FILE, SITE_FILE]);
  });

  it('keeps no failed answer: the bundled copy is used and the site asked again next time', async () => {
    const { fetch, requested } = fakeFetch({ [BUNDLED_FILE]: json({ total: 1 }) });
    const stored = new Map<string, { storedAt: number; collection: unknown }>();
    const cache: AnnotationCache = {
      read: async (url) => stored.get(url),
      write: async (url, collection, storedAt) => void stored.set(url, { storedAt, collection }),
    };
    const cached = { ...deps(fetch), cache };
    expect(await loadAnnotations('https://news.example/a-story', CONFIG, cached)).toMatchObject({ from: 'bundled' });
    await loadAnnotations('https://news.example/a-story', CONFIG, cached);
    expect(requested.filter((url) => url === SITE_FILE)).toHaveLength(2);
    expect(stored.size).toBe(0);
  });
});
