/**
 * The engine's pages, in src/routes/, injected by the `factcheck` integration with `injectRoute`: a site's own
 * `src/pages/` stays its own, for pages it adds. Each route's pattern is its file's path, as Astro reads
 * `src/pages/` (`claims/[id].astro` is `/claims/[id]`, `index.astro` is `/`); tests/integration/routes.test.ts
 * checks that every file in src/routes/ is listed here.
 * @see https://docs.astro.build/en/reference/integrations-reference/#injectroute-option
 */
import type { InjectedRoute } from 'astro';

export const ROUTE_FILES = [
  '404.astro',
  'index.astro',
  'citations.astro',
  'citations/health.astro',
  'claims/[id].astro',
  'corrections/index.astro',
  'corrections/verdicts.astro',
  'corrections.xml.ts',
  'data/annotations.jsonld.ts',
  'data/annotations/[slug].jsonld.ts',
  'data/citations.json.ts',
  'data/claims.json.ts',
  'data/people.json.ts',
  'data/sources.json.ts',
  'drafts/[id].astro',
  'extension/index.astro',
  'flags/[flag].astro',
  'methodology.astro',
  'people/index.astro',
  'people/[id].astro',
  'rss.xml.ts',
  'search.astro',
  'sources/[slug].astro',
  'sources/[slug]/changes.astro',
  'transparency.astro',
  'verdicts/index.astro',
  'verdicts/[verdict].astro',
] as const;

const ROUTES_DIR = new URL('../routes/', import.meta.url);

/** `claims/[id].astro` is `/claims/[id]`; `corrections.xml.ts`, `/corrections.xml`; `people/index.astro`, `/people`. */
export function routePattern(file: string): string {
  const withoutExtension = file.replace(/\.(astro|ts)$/, '');
  return `/${withoutExtension.replace(/(^|\/)index$/, '')}`;
}

export function engineRoutes(): InjectedRoute[] {
  return ROUTE_FILES.map((file) => ({ pattern: routePattern(file), entrypoint: new URL(file, ROUTES_DIR) }));
}
