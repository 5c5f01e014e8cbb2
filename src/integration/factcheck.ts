/**
 * Reads and checks the content once, before Astro builds anything, and hands the checked
 * corpus to the pages (site-data-module.ts). Bad input stops the build with every problem
 * listed as `file:line:column  error  message  rule-id` and nothing else: no page is rendered
 * from an entry that failed. In `astro dev` the problems are logged instead, so the preview
 * keeps running while the editor fixes them, and `content-watch.ts` checks again on every save.
 * A build also starts drawing the share cards here, beside Astro's work (share-cards.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentDirs } from '../corpus/content-dirs.ts';
import { formatProblems } from '../corpus/problems.ts';
import { contentWatchPlugin } from './content-watch.ts';
import { publishedOnly } from '../site/drafts.ts';
import { siteDataModule } from './site-data-module.ts';
import { loadSiteData } from './site-data.ts';
import { startCardBuild, type CardBuild } from './share-cards.ts';

const STOP_HINT =
  'Fix the problems listed above (file:line:column), then build again. `npm run check` lists them without building.';

export default function factcheck(): AstroIntegration {
  let cards: CardBuild | undefined;
  return {
    name: 'factcheck-content',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig, injectRoute }) => {
        const root = fileURLToPath(config.root);
        const dirs = contentDirs();
        const loaded = await loadSiteData(root, dirs);
        const { problems, ok } = loaded;
        if (problems.length > 0) {
          const report = formatProblems(problems);
          if (ok) logger.warn(report);
          else logger.error(command === 'build' ? `Content check failed:\n${report}\n\n${STOP_HINT}` : report);
        }
        // Stopping here by throwing would have Astro add "An unhandled error occurred" and a
        // stack trace under the editor's messages, which are all there is to say.
        if (!ok && command === 'build') process.exit(1);
        // Only the dev server sees drafts: nothing a build writes (pages, exports, feeds, cards, counts) can show one.
        const data = command === 'dev' ? loaded.data : publishedOnly(loaded.data);
        const module = siteDataModule(data);
        const plugins = [module.plugin];
        if (command === 'dev') {
          plugins.push(contentWatchPlugin({ root, dirs, logger, initial: loaded, onData: module.update }));
          // A build draws the cards in worker threads (share-cards.ts); the dev server on request.
          injectRoute({
            pattern: '/cards/[id].png',
            entrypoint: new URL('./dev-cards/claim-card.ts', import.meta.url),
          });
          injectRoute({ pattern: '/cards/site.png', entrypoint: new URL('./dev-cards/site-card.ts', import.meta.url) });
        }
        if (command === 'build') cards = await startCardBuild(data.corpus);
        updateConfig({ vite: { plugins } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!cards) return;
        try {
          const { cards: count, drawn, pruned } = await cards.finish(fileURLToPath(dir));
          logger.info(`${count} share cards (${drawn} drawn, ${count - drawn} cached; ${pruned} unused removed)`);
        } finally {
          await cards.close();
          cards = undefined;
        }
      },
    },
  };
}
