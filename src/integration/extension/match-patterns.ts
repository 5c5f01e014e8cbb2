/**
 * Where the content script runs: the original addresses of the articles we checked, and nothing
 * else. Browsers match a page's scheme, host and path-with-query against these patterns
 * (`*` is the only wildcard; `?` is a literal), so each article gets a short list of exact
 * addresses plus the variants publishers serve the same text under:
 *
 * - the bare host and `www.` (sites redirect one to the other, either way);
 * - with and without a trailing slash (WordPress and most CMSs add one, links often omit it);
 * - the AMP edition at `<article>/amp` and `<article>/amp/` (the WordPress AMP plugin's
 *   reader and legacy modes; one of our own sources is recorded at such an address) and at
 *   `<article>?amp=1` (its current paired mode), which the query variant covers;
 * - any query string (`?utm_source=…`, `?fbclid=…`): `<path>?*` matches only when a query is
 *   present, so it is listed next to the bare path.
 *
 * An article at an IP address gets no `www.` variant (`www.192.0.2.1` is not a host, and one invalid pattern
 * makes Chromium drop the whole extension). Patterns carry no port: Firefox refuses a pattern with one, and
 * Chromium's default is any port; the port is compared at run time instead (`sourceForUrl`).
 *
 * Not covered on purpose: `amp.` subdomains and the Google AMP cache (`*.cdn.ampproject.org`).
 * None of our publishers serves one, and the cache would need a host pattern for every AMP page
 * on the web. A reader there sees the original by following the page's canonical link.
 *
 * Which article a page is, once the script runs, is decided in the browser by the same address key
 * (src/extension/article-address.ts).
 * @see https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
 * @see https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/Match_patterns
 */
import { articleKey } from '../../extension/article-address.ts';

/** An IPv4 address, or an IPv6 one as URLs write it (in brackets): no `www.` in front of either. */
const isIpAddress = (host: string) => /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || host.startsWith('[');

/** The path's variants: as recorded, with a trailing slash, and the AMP edition's two forms. */
function pathVariants(path: string): string[] {
  if (path === '/') return ['/'];
  return [path, `${path}/`, `${path}/amp`, `${path}/amp/`];
}

/**
 * The match patterns for one article (deduplicated, in a stable order). The scheme is the
 * recorded one: publishers redirect http to https, and the script runs on the page it lands on.
 */
export function articleMatchPatterns(url: string): string[] {
  const key = articleKey(url);
  if (!key) throw new Error(`Not an http(s) article address: ${url}`);
  const patterns: string[] = [];
  for (const host of isIpAddress(key.host) ? [key.host] : [key.host, `www.${key.host}`]) {
    for (const path of pathVariants(key.path)) {
      // Chromium matches `?` literally and `*` as any run of characters, so `<path>?*` is "with any query".
      patterns.push(`${key.scheme}://${host}${path}`, `${key.scheme}://${host}${path}?*`);
    }
  }
  return [...new Set(patterns)];
}

/** Every source's patterns, merged, in source order. */
export function contentScriptMatches(sources: readonly { readonly url: string }[]): string[] {
  return [...new Set(sources.flatMap((source) => articleMatchPatterns(source.url)))];
}
