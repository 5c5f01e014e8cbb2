/**
 * The content part of the integration's set-up: the content is read and checked once, before Astro builds
 * anything, and handed to the pages (site-data-module.ts). Bad input stops the build with every problem listed
 * as `file:line:column  error  message  rule-id` and nothing else: no page is rendered from an entry that
 * failed. In `astro dev` the problems are logged instead, so the preview keeps running while the editor fixes
 * them, and `content-watch.ts` checks again on every save. A build also starts drawing the share cards here,
 * beside Astro's work (src/cards).
 */
import type { AstroIntegrationLogger, HookParameters } from 'astro';
import type { Plugin } from 'vite';
import { ContentFolderError, type ContentDirs } from '../corpus/content-dirs.ts';
import { formatProblems } from '../corpus/problems.ts';
import { publishedOnly } from '../site/drafts.ts';
import { siteUrls } from '../site/site-identity.ts';
import type { SiteData } from '../site/site-model.ts';
import { contentWatchPlugin } from './content-watch.ts';
import type { ResolvedSite } from './resolve-options.ts';
import {
  devCardRoutes,
  prepareCardBuild,
  startCardBuild,
  type CardBuild,
  type CardCorpus,
  type CardOptions,
} from '../cards/index.ts';
import { activeScale } from '../site/active-scale.ts';
import { siteDataModule } from './site-data-module.ts';
import { loadSiteData, type LoadedSiteData, type SiteDataOptions } from './site-data.ts';

const STOP_HINT =
  'Fix the problems listed above (file:line:column), then build again. `npm run check` lists them without building.';

export interface ContentContext {
  readonly root: string;
  /** Astro's `cacheDir`: explanations and share cards are kept there between builds. */
  readonly cacheDir: string;
  readonly command: HookParameters<'astro:config:setup'>['command'];
  readonly logger: AstroIntegrationLogger;
  readonly injectRoute: HookParameters<'astro:config:setup'>['injectRoute'];
}

export interface ContentSetup {
  /** The published content: what a build's pages, exports, feeds, cards and extension show. */
  readonly published: SiteData;
  /** What the pages render from: the published content, and in `astro dev` the drafts too. */
  readonly data: SiteData;
  /** The site-data module, and in `astro dev` the content watcher. */
  readonly plugins: Plugin[];
  /** A build's share cards, being drawn. */
  readonly cards: CardBuild | undefined;
}

export async function setUpContent(site: ResolvedSite, context: ContentContext): Promise<ContentSetup> {
  const { root, command, logger } = context;
  const building = command === 'build';
  // Share cards are kept in Astro's cache folder, beside the explanations, drawn for the site's scale.
  const cards: CardOptions = {
    cacheDir: context.cacheDir,
    site: site.config,
    verdicts: activeScale().verdicts,
    logger,
  };
  if (building) await prepareCardBuild(cards);
  // A build starts its share cards as soon as the claims are anchored, while explanations render.
  let startedCards: Promise<CardBuild> | undefined;
  const onAnchored = building
    ? (anchored: CardCorpus) => {
        startedCards = startCardBuild(anchored, cards);
        // Awaited below; a failure to start shows there, not as an unhandled rejection meanwhile.
        startedCards.catch(() => undefined);
      }
    : undefined;
  const load = {
    requireReview: site.config.requireReview,
    previous: site.environment.previousClaims,
    scale: activeScale(),
  };
  const loaded = await loadChecked(site.dirs, load, context, onAnchored);
  // Only the dev server sees drafts: nothing a build writes (pages, exports, feeds, cards, counts) can show one.
  const published = publishedOnly(loaded.data);
  const data = building ? published : loaded.data;
  const module = siteDataModule(data);
  const plugins: Plugin[] = [module.plugin];
  if (command === 'dev') {
    const { href } = siteUrls(site.config);
    const { dirs } = site;
    plugins.push(contentWatchPlugin({ root, dirs, logger, href, load, initial: loaded, onData: module.update }));
    for (const route of devCardRoutes(cards)) context.injectRoute(route);
  }
  const build = building ? await (startedCards ?? startCardBuild(data.corpus, cards)) : undefined;
  return { published, data, plugins, cards: build };
}

/**
 * The content, read and checked; a build stops here on an error. The build reuses explanations rendered by the
 * previous build from Astro's cache folder (the deploy workflow keeps it between runs); the dev server renders
 * every explanation afresh.
 */
async function loadChecked(
  dirs: ContentDirs,
  load: SiteDataOptions,
  { root, cacheDir, command, logger }: ContentContext,
  onAnchored: ((anchored: CardCorpus) => void) | undefined,
): Promise<LoadedSiteData> {
  const building = command === 'build';
  const options = { ...load, onAnchored, cacheDir: building ? cacheDir : undefined };
  const loaded = await loadSiteData(root, dirs, options).catch((error: unknown) => {
    // No content to build from (a mistyped or empty FACTCHECK_CONTENT): one line, no Astro banner or stack.
    if (!(error instanceof ContentFolderError)) throw error;
    logger.error(error.message);
    return process.exit(1);
  });
  const { problems, ok } = loaded;
  if (problems.length > 0) {
    const report = formatProblems(problems);
    if (ok) logger.warn(report);
    else logger.error(building ? `Content check failed:\n${report}\n\n${STOP_HINT}` : report);
  }
  // Stopping here by throwing would have Astro add "An unhandled error occurred" and a
  // stack trace under the editor's messages, which are all there is to say.
  if (!ok && building) process.exit(1);
  if (loaded.explanations) {
    const { reused, parsed } = loaded.explanations;
    logger.info(`Explanations: ${reused} unchanged since the last build, ${parsed} parsed and rendered`);
  }
  return loaded;
}
