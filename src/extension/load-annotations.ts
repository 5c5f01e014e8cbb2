/**
 * The background's answer to `factcheck:load`: our published annotations for the article, from
 * the site when it answers in time, else the copy bundled at build. Plain functions over an
 * injected `fetch`, so the fallback is tested without a browser.
 */
import type { ExtensionConfig } from './config.ts';
import type { LoadResponse } from './messages.ts';
import { sourceForUrl } from './match-patterns.ts';

/** Enough for a slow mobile connection to a static host; short enough that highlights do not wait on a dead site. */
export const SITE_TIMEOUT_MS = 4000;

export interface LoadDependencies {
  readonly fetch: typeof fetch;
  /** The extension's own URL for a bundled file (`chrome.runtime.getURL`). */
  readonly bundledUrl: (path: string) => string;
  readonly timeoutMs?: number;
}

export const annotationsPath = (slug: string) => `data/annotations/${slug}.jsonld`;
export const bundledAnnotationsPath = (slug: string) => `annotations/${slug}.jsonld`;

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
  try {
    const signal = AbortSignal.timeout(deps.timeoutMs ?? SITE_TIMEOUT_MS);
    return answer(
      await fetchJson(deps.fetch, new URL(annotationsPath(source.slug), config.siteUrl).href, signal),
      'site',
    );
  } catch {
    // Any failure (offline, site moved, a 404, a half-written file) falls back to the copy from the build.
  }
  try {
    return answer(await fetchJson(deps.fetch, deps.bundledUrl(bundledAnnotationsPath(source.slug))), 'bundled');
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
