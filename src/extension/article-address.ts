/**
 * Which of our checked articles a page is, decided in the browser: an address reduced to what identifies the
 * article (host without `www.`, path without `/amp` or a trailing slash), compared with our sources'. The
 * manifest's match patterns (src/integration/extension/match-patterns.ts) let the content script in on the
 * same variants; this picks the article.
 */

/** The AMP edition's path suffix, as the WordPress AMP plugin writes it. */
const AMP_SUFFIX = /\/amp\/?$/;

/** An article's address reduced to what identifies it: host without `www.`, path without `/amp` or trailing `/`. */
export interface ArticleKey {
  readonly scheme: 'http' | 'https';
  readonly host: string;
  /** The port when the address names one other than the scheme's default, else ''. */
  readonly port: string;
  readonly path: string;
}

/** Undefined for anything that is not an http(s) URL. */
export function articleKey(url: string): ArticleKey | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  if (parsed.username || parsed.password) return undefined;
  // `*` is the match patterns' wildcard: an address with one would widen where the script runs (rule url-wildcard).
  if (parsed.href.includes('*')) return undefined;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const path = parsed.pathname.replace(AMP_SUFFIX, '').replace(/\/+$/, '') || '/';
  return { scheme: parsed.protocol === 'https:' ? 'https' : 'http', host, port: parsed.port, path };
}

/**
 * Which of our sources the page at `url` is, decided again at run time: the patterns let the
 * script in, this picks the article. Query, hash, trailing slash, `/amp` and `www.` are ignored;
 * everything else (host, port, every path segment) must be equal, so a lookalike host or a longer path
 * is not a match.
 */
export function sourceForUrl<S extends { readonly url: string }>(url: string, sources: readonly S[]): S | undefined {
  const page = articleKey(url);
  if (!page) return undefined;
  return sources.find((source) => {
    const key = articleKey(source.url);
    return key !== undefined && key.host === page.host && key.port === page.port && samePath(key.path, page.path);
  });
}

/** Paths compare after percent-decoding, since browsers may or may not escape the same characters. */
function samePath(a: string, b: string): boolean {
  return a === b || safeDecode(a) === safeDecode(b);
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
