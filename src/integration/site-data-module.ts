/**
 * `virtual:factcheck/site-data`: the checked content as a module the pages import
 * (src/site/current-model.ts). A virtual module rather than content collections: the
 * integration has already read and checked everything before Astro starts, and a collection
 * loader would read the files again (or need this same hand-over) and store a copy in
 * `.astro/`. In `astro dev`, `update` swaps in the content after a save and invalidates the
 * module and everything that imported it, so the next request builds the site model again.
 *
 * The module hands over the integration's own object (through a global keyed by `Symbol.for`),
 * not a copy: pages are rendered in this process, in `astro build` as in `astro dev`. Serialising
 * the corpus into the module's source (as JSON, parsed when the pages load) held three copies of
 * it at once at 25,000 claims: the integration's objects, a module source of some 150 MB that
 * Vite bundled and V8 kept, and the parsed objects; the build's peak memory was 2.4–2.6 GB.
 * Nothing downstream changes the data (tests/site/site-model.test.ts checks the model leaves it as it was).
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

/** Where the module finds the data: one key for the whole process, as `Symbol.for` gives. */
const HANDOVER_KEY = 'factcheck:site-data';
const handover = globalThis as unknown as Record<symbol, SiteData | undefined>;

const MODULE_SOURCE = [
  `const data = globalThis[Symbol.for(${JSON.stringify(HANDOVER_KEY)})];`,
  `if (!data) throw new Error(${JSON.stringify(
    `${SITE_DATA_MODULE} has no data: it is served by the factcheck integration (src/integration/factcheck.ts), ` +
      'in the process that renders the pages',
  )});`,
  'export default data;',
].join('\n');

export function siteDataModule(initial: SiteData): SiteDataModule {
  handover[Symbol.for(HANDOVER_KEY)] = initial;
  let server: ViteDevServer | undefined;
  const plugin: Plugin = {
    name: 'factcheck-site-data',
    resolveId: (id) => (id === SITE_DATA_MODULE ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? MODULE_SOURCE : null),
    configureServer(devServer) {
      server = devServer;
    },
  };
  return {
    plugin,
    update(next) {
      handover[Symbol.for(HANDOVER_KEY)] = next;
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
