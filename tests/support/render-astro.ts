/**
 * Renders one Astro component to HTML without building a site: Astro's container API over a Vite
 * server in middleware mode, with Astro's own Vite config (getViteConfig) and no config file, so the
 * site's integrations do not run. `replace` swaps a module for other source (a test's stand-in).
 * @see https://docs.astro.build/en/reference/container-reference/
 */
import path from 'node:path';
import { getViteConfig } from 'astro/config';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { createServer, type Plugin } from 'vite';
import { translator } from '../../src/i18n/index.ts';
import { configModulePlugin } from '../../src/integration/config-module.ts';
import { loadSiteConfig } from '../../src/integration/load-site-config.ts';
import { ROOT } from './fixture-case.ts';

export interface AstroRenderer {
  render(component: string, props?: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

/** `replace`: source files (relative to the project) and the module source served in their place. */
export async function astroRenderer(replace: Readonly<Record<string, string>> = {}): Promise<AstroRenderer> {
  const replaced = new Map(Object.entries(replace).map(([file, code]) => [path.join(ROOT, file), code]));
  const standIns: Plugin = { name: 'test-stand-ins', enforce: 'pre', load: (id) => replaced.get(id.split('?')[0]!) };
  const inline = {
    configFile: false as const,
    root: ROOT,
    logLevel: 'silent' as const,
    devToolbar: { enabled: false },
  };
  // The modules pages import from the integration (`virtual:factcheck/config`), with the real site's options.
  const site = await loadSiteConfig(ROOT);
  const options = configModulePlugin(site.config, {
    cacheDir: path.join(ROOT, 'tests/.output/cache/render'),
    root: ROOT,
  });
  const config = await getViteConfig(
    { plugins: [standIns, options], server: { middlewareMode: true }, appType: 'custom' },
    inline,
  )({ command: 'serve', mode: 'test' });
  const server = await createServer({ ...config, configFile: false });
  const container = await AstroContainer.create();
  return {
    async render(component, props = {}) {
      const loaded = (await server.ssrLoadModule(path.join(ROOT, component))) as { default: never };
      // Components take their words from Astro.locals.t, which the integration's middleware sets on a page.
      return container.renderToString(loaded.default, { props, locals: { t: translator('en') } });
    },
    close: () => server.close(),
  };
}
