import { getViteConfig } from 'astro/config';
import { configModulePlugin } from '../../src/integration/config-module.ts';
import { loadSiteConfig } from '../../src/integration/load-site-config.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
/** The real site's options, for the modules components import (`virtual:factcheck/config`), as ../vitest.config.ts. */
const site = await loadSiteConfig(ROOT);

/**
 * Components rendered on their own with Astro's container API, without building a site (as Starlight's tests do):
 * Astro's Vite setup compiles `.astro` files; the site's integration is left out, so a test hands a component
 * everything it reads, `Astro.locals.t` included, but the options module the pages import.
 * @see https://docs.astro.build/en/reference/container-reference/
 */
export default getViteConfig(
  {
    plugins: [configModulePlugin(site.config, { cacheDir: `${ROOT}tests/.output/cache/components`, root: ROOT })],
    test: { name: 'components', include: ['tests/components/**/*.test.ts'] },
  },
  { configFile: false, integrations: [], devToolbar: { enabled: false } },
);
