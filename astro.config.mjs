// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import factcheck from './src/integration/factcheck.ts';
import rehypeDemoteHeadings from './src/markdown/rehype-demote-headings.ts';
import remarkSafeContent from './src/markdown/remark-safe-content.ts';
import { SITE } from './src/site.config.ts';

export default defineConfig({
  site: SITE.url,
  base: SITE.base,
  trailingSlash: 'always',
  // Unified, not the default engine: it runs our remark/rehype plugins (MDX inherits them).
  markdown: {
    processor: unified({
      remarkPlugins: [[remarkSafeContent, { fatal: true }]],
      rehypePlugins: [[rehypeDemoteHeadings, { minLevel: 4 }]],
    }),
  },
  integrations: [factcheck(), mdx(), sitemap()],
  // Two pages at a time: share cards rasterise off the main thread, so two overlap on two cores.
  build: { inlineStylesheets: 'always', concurrency: 2 },
  vite: {
    build: {
      rollupOptions: {
        // Every MDX entry rendered through content collections carries Astro's
        // "use astro:head-inject" directive; the bundler warns once per file, which floods the
        // log (and slows large builds) without telling an editor anything.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  // Separate caches let tests build fixture content without sharing a content store.
  ...(process.env.FACTCHECK_CACHE_DIR ? { cacheDir: process.env.FACTCHECK_CACHE_DIR } : {}),
});
