/**
 * `factcheck(options)`: the engine as an Astro integration. The options (options.ts) are validated when the
 * site's astro.config.mjs calls it, with the deploy-time overrides (deploy-env.ts), and attached to the
 * integration as `site`, where the tools find them (load-site-config.ts): `npm run check` and `npm run build`
 * accept and refuse the same things. At set-up it gives Astro its settings (astro-settings.ts), injects the
 * engine's pages (routes.ts), hands the options to pages and components (`virtual:factcheck/config`,
 * config-module.ts) and reads and checks the content once (content-setup.ts); when the pages are written it adds
 * the policies, cards, extension and search index (build-done.ts).
 * @see https://github.com/withastro/starlight/blob/main/packages/starlight/index.ts
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { correctionTarget, warnOnceWithoutTarget } from '../site/correction-request.ts';
import { astroSettings } from './astro-settings.ts';
import { configModulePlugin } from './config-module.ts';
import type { ContentSetup } from './content-setup.ts';
import type { FactcheckConfig, FactcheckOptions } from './options.ts';
import { FactcheckOptionsError, resolveSite, type ResolvedSite } from './resolve-options.ts';
import { engineRoutes } from './routes.ts';
import { scaleOfOptions } from './option-scale.ts';
import { removeStaleOutput } from './stale-output.ts';
import { useSiteScale } from '../site/active-scale.ts';
import { useInterfaceLanguage } from '../i18n/active.ts';
import { contentPages, inlineStylesheets } from './stylesheets.ts';

/** The integration's name, by which the tools find it among a site's integrations. */
export const FACTCHECK_INTEGRATION = 'factcheck-content';

export interface FactcheckIntegration extends AstroIntegration {
  /** The resolved options, the deploy's variables and the content folder; throws what refused the options. */
  readonly site: ResolvedSite;
}

export default function factcheck(options: FactcheckOptions): FactcheckIntegration {
  const resolved = tryResolve(options);
  let root = '';
  let content: ContentSetup | undefined;
  return {
    name: FACTCHECK_INTEGRATION,
    get site() {
      if (resolved instanceof FactcheckOptionsError) throw resolved;
      return resolved;
    },
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig, injectRoute, addMiddleware }) => {
        // Refused options are reported as the content's problems are: the lines alone, without a stack trace.
        const site = resolved instanceof FactcheckOptionsError ? stop(resolved, logger) : resolved;
        root = fileURLToPath(config.root);
        if (command === 'build') removeStaleOutput(config.outDir, config.root);
        // The site's verdict scale, for the checker, the view models and the cards (src/site/active-scale.ts).
        useSiteScale(scaleOfOptions(site.config));
        useInterfaceLanguage(site.config.language);
        // Every page's words in the site's language (src/i18n/), as Astro.locals.t.
        addMiddleware({ entrypoint: new URL('../i18n/middleware.ts', import.meta.url), order: 'pre' });
        const cacheDir = fileURLToPath(config.cacheDir);
        updateConfig(await astroSettings(site.config));
        for (const route of engineRoutes()) injectRoute(route);
        if (command === 'build') warnAboutAddresses(site.config, logger);
        // Loaded here, not at the top: the tools import this module for its options alone (load-site-config.ts),
        // and reading content, drawing cards and indexing pull in Vite, the card renderer and Pagefind.
        const { setUpContent } = await import('./content-setup.ts');
        content = await setUpContent(site, { root, cacheDir, command, logger, injectRoute });
        updateConfig({
          vite: { plugins: [configModulePlugin(site.config, { cacheDir, root }), ...content.plugins] },
          build: { inlineStylesheets: inlineStylesheets(contentPages(content.data.corpus)) },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (resolved instanceof FactcheckOptionsError) return;
        const { finishBuild } = await import('./build-done.ts');
        await finishBuild(resolved, { root, outDir: fileURLToPath(dir), logger }, content);
      },
    },
  };
}

/** The options resolved, or what refused them: thrown where the tools read them, reported when Astro sets up. */
function tryResolve(options: FactcheckOptions): ResolvedSite | FactcheckOptionsError {
  try {
    return resolveSite(options);
  } catch (error) {
    if (error instanceof FactcheckOptionsError) return error;
    throw error;
  }
}

/** Thrown from astro.config.mjs, the error would come with Astro's banner and a stack trace under the lines. */
function stop(error: FactcheckOptionsError, logger: AstroIntegrationLogger): never {
  logger.error(`${error.message}\n${error.hint}`);
  return process.exit(1);
}

/** What a build that is meant to be published should not lack: its address, and a route for corrections. */
function warnAboutAddresses(config: FactcheckConfig, logger: AstroIntegrationLogger): void {
  if (config.urlIsPreview) {
    logger.warn(
      'No `url` option and no SITE_URL: canonical links, share cards, feeds, the sitemap and the browser ' +
        `extension point at the local preview address ${config.url}. Set SITE_URL (and BASE_PATH), or \`url\` ` +
        '(and `base`) in astro.config.mjs, to where the site will be served; README "Deploy".',
    );
  }
  warnOnceWithoutTarget(correctionTarget(config.corrections), (message) => logger.warn(message));
}
