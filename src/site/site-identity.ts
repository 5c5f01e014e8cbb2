/**
 * What pages and view models say about the site itself: its name, language and address. Pages read it from
 * `virtual:factcheck/config` (the resolved options; urls.ts binds the addresses), code the build runs outside
 * the pages (the browser extension, share cards) is handed it; nothing reads it from a module of settings.
 */
export interface SiteIdentity {
  readonly name: string;
  readonly description: string;
  /** BCP 47, as in `<html lang>`. */
  readonly language: string;
  /** Scheme and host. */
  readonly url: string;
  /** The path the site lives under, with a slash at each end (`/`, `/checks/`). */
  readonly base: string;
}

export interface SiteUrls {
  /** A page path with the base path before it, for links within the site. */
  href(path: string): string;
  /** The same, with scheme and host: canonical links, feeds, exports. */
  absoluteUrl(path: string): string;
}

export function siteUrls(site: Pick<SiteIdentity, 'url' | 'base'>): SiteUrls {
  const base = site.base.endsWith('/') ? site.base.slice(0, -1) : site.base;
  const href = (path: string) => `${base}${path}`;
  return { href, absoluteUrl: (path) => new URL(href(path), site.url).toString() };
}
