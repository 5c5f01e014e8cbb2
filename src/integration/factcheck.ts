/**
 * Reads and checks the content once, before Astro builds anything, and hands the checked
 * corpus to the pages (site-data-module.ts). Bad input stops the build with every problem
 * listed as `file:line:column  error  message  rule-id` and nothing else: no page is rendered
 * from an entry that failed. In `astro dev` the problems are logged instead, so the preview
 * keeps running while the editor fixes them, and `content-watch.ts` checks again on every save.
 * A build also starts drawing the share cards here, beside Astro's work (src/cards).
 */
import { addPolicies } from './content-security-policy.ts';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentDirs, ContentFolderError } from '../corpus/content-dirs.ts';
import { PREVIEW_URL, SITE } from '../site.config.ts';
import { formatProblems } from '../corpus/problems.ts';
import { removeStaleOutput } from './stale-output.ts';
import { interfaceLanguage } from '../i18n/active.ts';
import { contentWatchPlugin } from './content-watch.ts';
import { buildSiteExtension } from './extension/site-extension.ts';
import { publishedOnly } from '../site/drafts.ts';
import { siteDataModule } from './site-data-module.ts';
import { writeSearchIndex } from './search-index.ts';
import { loadSiteData } from './site-data.ts';
import type { SiteData } from '../site/site-model.ts';
import { activeScale } from '../site/active-scale.ts';
import { devCardRoutes, prepareCardBuild, startCardBuild, type CardBuild, type CardCorpus } from '../cards/index.ts';
import { contentPages, inlineStylesheets } from './stylesheets.ts';

const PREVIEW_URL_WARNING =
  `SITE_URL is not set: canonical links, share cards, feeds, the sitemap and the browser extension point at the ` +
  `local preview address ${PREVIEW_URL}. Set SITE_URL (and BASE_PATH) to where the site will be served; ` +
  'README "Deploy".';

const STOP_HINT =
  'Fix the problems listed above (file:line:column), then build again. `npm run check` lists them without building.';

export default function factcheck(): AstroIntegration {
  let root = '';
  let published: SiteData | undefined;
  let cards: CardBuild | undefined;
  return {
    name: 'factcheck-content',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig, injectRoute, addMiddleware }) => {
        addMiddleware({ entrypoint: new URL('../i18n/middleware.ts', import.meta.url), order: 'pre' });
        root = fileURLToPath(config.root);
        if (command === 'build') removeStaleOutput(config.outDir, config.root);
        const dirs = contentDirs();
        // The build reuses explanations rendered by the previous build from Astro's cache folder (the deploy
        // workflow keeps it between runs); the dev server renders every explanation afresh.
        const cacheDir = command === 'build' ? fileURLToPath(config.cacheDir) : undefined;
        // Share cards are kept in Astro's cache folder too, in a build as in the dev server.
        const cardOptions = {
          cacheDir: fileURLToPath(config.cacheDir),
          site: SITE,
          verdicts: activeScale().verdicts,
          logger,
        };
        if (command === 'build') await prepareCardBuild(cardOptions);
        if (command === 'build' && SITE.urlIsPreview) logger.warn(PREVIEW_URL_WARNING);
        // A build starts its share cards as soon as the claims are anchored, while explanations render.
        let startedCards: Promise<CardBuild> | undefined;
        const onAnchored =
          command === 'build'
            ? (anchored: CardCorpus) => {
                startedCards = startCardBuild(anchored, cardOptions);
                // Awaited below; a failure to start shows there, not as an unhandled rejection meanwhile.
                startedCards.catch(() => undefined);
              }
            : undefined;
        const loaded = await loadSiteData(root, dirs, cacheDir, onAnchored).catch((error: unknown) => {
          // No content to build from (a mistyped or empty FACTCHECK_CONTENT): one line, no Astro banner or stack.
          if (!(error instanceof ContentFolderError)) throw error;
          logger.error(error.message);
          return process.exit(1);
        });
        const { problems, ok } = loaded;
        if (problems.length > 0) {
          const report = formatProblems(problems);
          if (ok) logger.warn(report);
          else logger.error(command === 'build' ? `Content check failed:\n${report}\n\n${STOP_HINT}` : report);
        }
        // Stopping here by throwing would have Astro add "An unhandled error occurred" and a
        // stack trace under the editor's messages, which are all there is to say.
        if (!ok && command === 'build') process.exit(1);
        if (loaded.explanations) {
          const { reused, parsed } = loaded.explanations;
          logger.info(`Explanations: ${reused} unchanged since the last build, ${parsed} parsed and rendered`);
        }
        // Only the dev server sees drafts: nothing a build writes (pages, exports, feeds, cards, counts) can show one.
        published = publishedOnly(loaded.data);
        const data = command === 'dev' ? loaded.data : published;
        const module = siteDataModule(data);
        const plugins = [module.plugin];
        if (command === 'dev') {
          plugins.push(contentWatchPlugin({ root, dirs, logger, initial: loaded, onData: module.update }));
          // A build draws the cards in worker threads; the dev server on request.
          for (const route of devCardRoutes(cardOptions)) injectRoute(route);
        }
        if (command === 'build') cards = await (startedCards ?? startCardBuild(data.corpus, cardOptions));
        updateConfig({
          vite: { plugins },
          build: { inlineStylesheets: inlineStylesheets(contentPages(data.corpus)) },
        });
      },
      // Once the pages are written: the share cards the worker threads drew are copied in (src/cards), while
      // the browser extension (extension.ts), from the same published content as the pages, and the search index
      // (search-index.ts) are written. FACTCHECK_SEARCH_INDEX=off skips the index for test builds that never search.
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const cardsDone = async () => {
          if (!cards) return;
          try {
            const {
              cards: count,
              drawn,
              pruned,
            } = await cards.finish(outDir, published?.corpus ?? { sources: [], claims: [] });
            logger.info(`${count} share cards (${drawn} drawn, ${count - drawn} cached; ${pruned} unused removed)`);
          } finally {
            await cards.close();
            cards = undefined;
          }
        };
        const extensionAndIndex = async () => {
          if (published) logger.info(await buildSiteExtension(root, outDir, published));
          if (process.env['FACTCHECK_SEARCH_INDEX'] === 'off') return;
          const started = performance.now();
          const result = await writeSearchIndex(outDir, interfaceLanguage());
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`Search index: ${result.pages} HTML files read, ${result.written} files written in ${seconds} s`);
        };
        // Before the search index reads the pages, so what it reads is what is published.
        const policies = await addPolicies(outDir);
        logger.info(`Content-Security-Policy on ${policies} pages`);
        await Promise.all([cardsDone(), extensionAndIndex()]);
      },
    },
  };
}
