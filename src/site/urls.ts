/** Page paths (src/domain/site-paths.ts); `href` adds the configured base path, `absoluteUrl` the site URL. */
import { SITE } from '../site.config.ts';

export { paths } from '../domain/site-paths.ts';

const base = SITE.base.endsWith('/') ? SITE.base.slice(0, -1) : SITE.base;

export function href(path: string): string {
  return `${base}${path}`;
}

export function absoluteUrl(path: string): string {
  return new URL(href(path), SITE.url).toString();
}
