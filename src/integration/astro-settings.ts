/**
 * What the engine needs from Astro, set by the `factcheck` integration so that a site's astro.config.mjs holds
 * its own options and nothing else: the address and base path from the options, and the settings every page
 * and the build were written for.
 */
import type { HookParameters } from 'astro';
import type { UserConfig } from 'vite';
import type { FactcheckConfig } from './options.ts';

type ConfigUpdate = Parameters<HookParameters<'astro:config:setup'>['updateConfig']>[0];

export async function astroSettings(config: FactcheckConfig): Promise<ConfigUpdate> {
  // Loaded here rather than at the top: the tools read the options without Astro's Markdown pipeline.
  const { unified } = await import('@astrojs/markdown-remark');
  return {
    site: config.url,
    base: config.base,
    // Every page is a folder with its index.html, and every link the pages write ends in a slash.
    trailingSlash: 'always',
    // Unified (GFM, smart punctuation) for the engine's own MDX pages, such as /methodology/: the same Markdown
    // as claim explanations, which src/markdown/explanation.ts renders with the safety plugins editor input
    // needs (the engine's pages may import components).
    markdown: { processor: unified() },
    // Two pages at a time: measured faster than one while share cards were drawn in page endpoints (2026-11).
    // Stylesheets inline or linked: decided by the site's size (stylesheets.ts), once the content is read.
    build: { concurrency: 2 },
    vite: BUNDLER_SETTINGS,
    devToolbar: { enabled: false },
  };
}

const BUNDLER_SETTINGS: UserConfig = {
  build: {
    rollupOptions: {
      // MDX pages carry Astro's "use astro:head-inject" directive; the bundler warns once per
      // file without telling an editor anything.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
};
