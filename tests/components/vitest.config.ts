import { getViteConfig } from 'astro/config';

/**
 * Components rendered on their own with Astro's container API, without building a site (as Starlight's tests do):
 * Astro's Vite setup compiles `.astro` files; the site's own configuration and integration are left out, so a
 * test hands a component everything it reads, `Astro.locals.t` included.
 * @see https://docs.astro.build/en/reference/container-reference/
 */
export default getViteConfig(
  { test: { name: 'components', include: ['tests/components/**/*.test.ts'] } },
  { configFile: false, integrations: [], devToolbar: { enabled: false } },
);
