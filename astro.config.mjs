// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import factcheck from './src/integration/factcheck.ts';
import { SITE } from './src/site.config.ts';

export default defineConfig({
  site: SITE.url,
  base: SITE.base,
  trailingSlash: 'always',
  // Unified (GFM, smart punctuation) for the site's own MDX pages, such as /methodology/, the
  // same Markdown as claim explanations, which are rendered by src/markdown/render-explanation.ts
  // with the safety plugins that editor input needs (site pages may import components).
  markdown: { processor: unified() },
  integrations: [factcheck(), mdx(), sitemap()],
  // Two pages at a time: measured faster than one while share cards were drawn in page endpoints (2026-11).
  // Stylesheets inline or linked: decided by the site's size (src/integration/stylesheets.ts).
  build: { concurrency: 2 },
  vite: {
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
  },
  devToolbar: { enabled: false },
  // Separate caches let tests build fixture content without sharing a content store.
  ...(process.env.FACTCHECK_CACHE_DIR ? { cacheDir: process.env.FACTCHECK_CACHE_DIR } : {}),
});
