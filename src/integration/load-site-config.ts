/**
 * The site's options as the build reads them, for the tools (`npm run check`, `new`, `review`, `links`,
 * `verify-source`, the card kit): the project's astro.config.mjs is imported and the `factcheck` integration's
 * resolved options taken from it (src/integration/factcheck.ts attaches them), so a tool and `npm run build`
 * accept and refuse the same options and read the same content folder.
 *
 * The tools need the options, not Astro: while the file is imported, `astro/config`, `@astrojs/mdx`,
 * `@astrojs/sitemap` and `@astrojs/markdown-remark` are stand-ins (Node's module hooks), which takes a
 * tool's start from about 1.4 s to about 0.2 s. A config file that needs more of them is imported again whole.
 * @see https://nodejs.org/api/module.html#moduleregisterhooksoptions
 */
import { existsSync } from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FACTCHECK_INTEGRATION, type FactcheckIntegration } from './factcheck.ts';
import type { ResolvedSite } from './resolve-options.ts';

const CONFIG_FILES = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts'];

/** The site has no config file, or its config has no `factcheck()`: the tool cannot know the site's options. */
export class SiteConfigError extends Error {
  override name = 'SiteConfigError';
}

const integrationStub = (name: string) => `export default () => ({ name: ${JSON.stringify(name)}, hooks: {} });`;

/** What the stand-ins export: enough for a config file that only passes options along. */
const STUBS: Readonly<Record<string, string>> = {
  'astro/config': 'export const defineConfig = (config) => config;',
  '@astrojs/mdx': integrationStub('@astrojs/mdx'),
  '@astrojs/sitemap': integrationStub('@astrojs/sitemap'),
  '@astrojs/markdown-remark': 'export const unified = (options) => ({ name: "unified", options });',
};

export async function loadSiteConfig(root: string = process.cwd()): Promise<ResolvedSite> {
  const file = CONFIG_FILES.map((name) => path.join(root, name)).find((candidate) => existsSync(candidate));
  if (!file) throw new SiteConfigError(`Missing astro.config.mjs in ${root}, expected a site built with factcheck()`);
  const config = await importConfig(pathToFileURL(file).href);
  const integrations = (config.integrations ?? []).flat(Infinity) as unknown[];
  const integration = integrations.find(isFactcheck);
  if (!integration) {
    throw new SiteConfigError(`Missing factcheck() in the integrations of ${path.relative(root, file) || file}`);
  }
  return integration.site;
}

function isFactcheck(value: unknown): value is FactcheckIntegration {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === FACTCHECK_INTEGRATION;
}

async function importConfig(url: string): Promise<{ integrations?: unknown[] }> {
  const importDefault = async (specifier: string) =>
    ((await import(specifier)) as { default: { integrations?: unknown[] } }).default;
  const hooks = module.registerHooks?.({
    resolve(specifier, context, nextResolve) {
      const stub = STUBS[specifier];
      if (stub === undefined) return nextResolve(specifier, context);
      return { url: `data:text/javascript,${encodeURIComponent(stub)}`, shortCircuit: true };
    },
  });
  let failed: unknown;
  try {
    return await importDefault(url);
  } catch (error) {
    failed = error;
  } finally {
    hooks?.deregister();
  }
  // A config that imports more than the stand-ins give: a missing export is a SyntaxError when modules link.
  if (!hooks || !(failed instanceof SyntaxError)) throw failed;
  return importDefault(`${url}?whole`);
}
