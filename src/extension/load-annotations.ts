/**
 * The background's answer to `factcheck:load`: our published annotations for the article, from
 * the site when it answers in time, else the copy bundled at build. Plain functions over an
 * injected `fetch`, so the fallback is tested without a browser.
 *
 * Each request tells our site which checked article the reader opened, so the site's copy is kept for a day
 * (`ANNOTATION_CACHE_MS`) and asked for at most once a day per article.
 */
import { ANNOTATION_FILES } from '../annotations/browser.ts';
import type { ExtensionConfig } from './config.ts';
import type { LoadResponse } from './messages.ts';
import { sourceForUrl } from './article-address.ts';

/** Enough for a slow mobile connection to a static host; short enough that highlights do not wait on a dead site. */
export const SITE_TIMEOUT_MS = 4000;

/** How long a copy from the site is used before it is asked for again. */
export const ANNOTATION_CACHE_MS = 24 * 60 * 60 * 1000;

/** Copies of the site's annotation files, by URL (CacheStorage in the browser: no permission needed). */
export interface AnnotationCache {
  read(url: string): Promise<{ readonly storedAt: number; readonly collection: unknown } | undefined>;
  write(url: string, collection: unknown, storedAt: number): Promise<void>;
}

export interface LoadDependencies {
  readonly fetch: typeof fetch;
  /** The extension's own URL for a bundled file (`chrome.runtime.getURL`). */
  readonly bundledUrl: (path: string) => string;
  readonly timeoutMs?: number;
  readonly cache?: AnnotationCache | undefined;
  /** Milliseconds since the epoch (default `Date.now`). */
  readonly now?: (() => number) | undefined;
}

/** The parsed JSON body of a 2xx response; throws on anything else (network, status, timeout, bad JSON). */
async function fetchJson(fetcher: typeof fetch, url: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetcher(url, { signal, credentials: 'omit', cache: 'no-cache' } as RequestInit);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as unknown;
}

export async function loadAnnotations(
  pageUrl: string,
  config: ExtensionConfig,
  deps: LoadDependencies,
): Promise<LoadResponse> {
  const source = sourceForUrl(pageUrl, config.sources);
  if (!source) return { ok: false, reason: 'no-source' };
  const answer = (collection: unknown, from: 'site' | 'bundled'): LoadResponse => ({
    ok: true,
    slug: source.slug,
    title: source.title,
    collection,
    from,
    siteUrl: config.siteUrl,
    bundledAt: config.bundledAt,
  });
  const siteFile = new URL(ANNOTATION_FILES.source(source.slug), config.siteUrl).href;
  const now = (deps.now ?? Date.now)();
  const kept = await deps.cache?.read(siteFile).catch(() => undefined);
  if (kept && now - kept.storedAt >= 0 && now - kept.storedAt < ANNOTATION_CACHE_MS) {
    return answer(kept.collection, 'site');
  }
  try {
    const signal = AbortSignal.timeout(deps.timeoutMs ?? SITE_TIMEOUT_MS);
    const collection = await fetchJson(deps.fetch, siteFile, signal);
    await deps.cache?.write(siteFile, collection, now).catch(() => undefined);
    return answer(collection, 'site');
  } catch {
    // Any failure (offline, site moved, a 404, a half-written file) falls back to the copy from the build.
  }
  try {
    return answer(await fetchJson(deps.fetch, deps.bundledUrl(ANNOTATION_FILES.bundled(source.slug))), 'bundled');
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
