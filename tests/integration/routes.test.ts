import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineRoutes, ROUTE_FILES, routePattern } from '../../src/integration/routes.ts';
import { ROOT } from '../support/fixture-case.ts';

const ROUTES = path.join(ROOT, 'src/routes');

describe("the engine's pages", () => {
  it('are every file in src/routes/, each injected once', () => {
    const files = readdirSync(ROUTES, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(ROUTES, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
    expect([...ROUTE_FILES].sort()).toEqual(files.sort());
    const patterns = engineRoutes().map((route) => route.pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('are .astro pages or endpoints: an integration cannot inject an MDX page', () => {
    for (const file of ROUTE_FILES) expect(file, file).toMatch(/\.(astro|ts)$/);
  });

  it('take the patterns Astro gives the same files in src/pages/', () => {
    expect(routePattern('index.astro')).toBe('/');
    expect(routePattern('404.astro')).toBe('/404');
    expect(routePattern('people/index.astro')).toBe('/people');
    expect(routePattern('claims/[id].astro')).toBe('/claims/[id]');
    expect(routePattern('corrections.xml.ts')).toBe('/corrections.xml');
    expect(routePattern('data/annotations/[slug].jsonld.ts')).toBe('/data/annotations/[slug].jsonld');
  });
});
