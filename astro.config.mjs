// @ts-check
// The site's settings are the options of `factcheck()` (README "Options"); the integration gives Astro what the
// engine needs (src/integration/astro-settings.ts). SITE_URL, BASE_PATH and the other variables of README
// "Deploy" override them for one build.
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import factcheck from './src/integration/factcheck.ts';

export default defineConfig({
  integrations: [
    factcheck({
      name: 'Sanctuary Claims Check',
      description:
        'Claim-by-claim fact checks of news and opinion articles about US sanctuary policies and ICE detainers.',
      language: 'en',
      requireReview: true,
      extension: { shortName: 'Claims Check' },
    }),
    mdx(),
    sitemap(),
  ],
});
