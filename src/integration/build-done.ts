/**
 * Once the pages are written: the share cards the worker threads drew are copied in (src/cards), while the
 * browser extension (extension/site-extension.ts), from the same published content as the pages, and the search index
 * (search-index.ts) are written. `FACTCHECK_SEARCH_INDEX=off` skips the index for test builds that never search.
 * The Content-Security-Policy goes into every page first, so what the index reads is what is published.
 */
import type { AstroIntegrationLogger } from 'astro';
import { addPolicies } from './content-security-policy.ts';
import { buildSiteExtension } from './extension/site-extension.ts';
import { interfaceLanguage } from '../i18n/active.ts';
import type { ResolvedSite } from './resolve-options.ts';
import { writeSearchIndex } from './search-index.ts';
import type { ContentSetup } from './content-setup.ts';

export async function finishBuild(
  site: ResolvedSite,
  { root, outDir, logger }: { readonly root: string; readonly outDir: string; readonly logger: AstroIntegrationLogger },
  content: ContentSetup | undefined,
): Promise<void> {
  const policies = await addPolicies(outDir);
  logger.info(`Content-Security-Policy on ${policies} pages`);
  await Promise.all([copyCards(outDir, logger, content), extensionAndIndex(site, root, outDir, logger, content)]);
}

async function copyCards(outDir: string, logger: AstroIntegrationLogger, content: ContentSetup | undefined) {
  const cards = content?.cards;
  if (!cards) return;
  try {
    const published = content.published.corpus;
    const { cards: count, drawn, pruned } = await cards.finish(outDir, published);
    logger.info(`${count} share cards (${drawn} drawn, ${count - drawn} cached; ${pruned} unused removed)`);
  } finally {
    await cards.close();
  }
}

async function extensionAndIndex(
  site: ResolvedSite,
  root: string,
  outDir: string,
  logger: AstroIntegrationLogger,
  content: ContentSetup | undefined,
) {
  const { config, environment } = site;
  if (content) {
    const settings = { site: config, sourceDateEpoch: environment.sourceDateEpoch };
    logger.info(await buildSiteExtension(root, outDir, content.published, settings));
  }
  if (!environment.searchIndex) return;
  const started = performance.now();
  const result = await writeSearchIndex(outDir, interfaceLanguage());
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  logger.info(`Search index: ${result.pages} HTML files read, ${result.written} files written in ${seconds} s`);
}
