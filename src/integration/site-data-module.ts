/**
 * `virtual:factcheck/site-data`: the checked content as a module the pages import
 * (src/site/current-model.ts). A virtual module rather than content collections: the
 * integration has already read and checked everything before Astro starts, and a collection
 * loader would read the files again (or need this same hand-over) and store a copy in
 * `.astro/`. In `astro dev`, `update` swaps in the content after a save and invalidates the
 * module and everything that imported it, so the next request builds the site model again.
 * @see https://vite.dev/guide/api-plugin#virtual-modules-convention
 */
import { isRunnableDevEnvironment, type Plugin, type ViteDevServer } from 'vite';
import type { SiteData } from '../site/site-model.ts';

export const SITE_DATA_MODULE = 'virtual:factcheck/site-data';
const RESOLVED_ID = `\0${SITE_DATA_MODULE}`;

export interface SiteDataModule {
  readonly plugin: Plugin;
  /** Serve `data` from now on; in dev, pages render from it on their next request. */
  update(data: SiteData): void;
}

export function siteDataModule(initial: SiteData): SiteDataModule {
  let data = initial;
  let server: ViteDevServer | undefined;
  const plugin: Plugin = {
    name: 'factcheck-site-data',
    resolveId: (id) => (id === SITE_DATA_MODULE ? RESOLVED_ID : undefined),
    // A string parsed once is faster to load than the same data as a JavaScript object literal.
    load: (id) => (id === RESOLVED_ID ? `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});` : null),
    configureServer(devServer) {
      server = devServer;
    },
  };
  return {
    plugin,
    update(next) {
      data = next;
      if (server) invalidate(server);
    },
  };
}

/** What Astro does when its own content store changes: invalidate the module where pages run, drop cached routes. */
function invalidate(server: ViteDevServer): void {
  for (const environment of Object.values(server.environments)) {
    const module = environment.moduleGraph.getModuleById(RESOLVED_ID);
    if (!module) continue;
    // Importers too: they hold the old module's exports (the site model built from them).
    const invalidated = new Set<typeof module>();
    environment.moduleGraph.invalidateModule(module, invalidated, Date.now(), true);
    if (isRunnableDevEnvironment(environment)) {
      for (const stale of invalidated) {
        const evaluated = stale.id ? environment.runner.evaluatedModules.getModuleById(stale.id) : undefined;
        if (evaluated) environment.runner.evaluatedModules.invalidateModule(evaluated);
      }
    }
    // getStaticPaths results are cached per route; Astro's dev app clears them on this event.
    environment.hot.send('astro:content-changed', {});
  }
}
