import { defineConfig } from 'vitest/config';
import { configModulePlugin } from '../src/integration/config-module.ts';
import { loadSiteConfig } from '../src/integration/load-site-config.ts';

const ROOT = new URL('..', import.meta.url).pathname;
/** The real site's options, as its build and tools read them (astro.config.mjs), for the modules pages import. */
const site = await loadSiteConfig(ROOT);

/**
 * Four projects, fastest first: `unit` (domain and checker, no build), `components` (Astro components
 * rendered on their own, tests/components/vitest.config.ts), `build` (real Astro builds of fixture
 * content and of the site), `e2e` (Chromium against the built site).
 * `tests/setup/build-site.ts` builds the real site once for the last two.
 */
export default defineConfig({
  // `virtual:factcheck/config` and its project context, as the integration serves them to pages.
  plugins: [configModulePlugin(site.config, { cacheDir: `${ROOT}tests/.output/cache/unit` })],
  test: {
    root: ROOT,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'tests/domain/**/*.test.ts',
            'tests/annotations/**/*.test.ts',
            'tests/corpus/**/*.test.ts',
            'tests/markdown/**/*.test.ts',
            'tests/search/**/*.test.ts',
            'tests/cli/**/*.test.ts',
            'tests/site/**/*.test.ts',
            'tests/cards/**/*.test.ts',
            'tests/verify/**/*.test.ts',
            'tests/links/**/*.test.ts',
            'tests/extension/unit/**/*.test.ts',
            'tests/i18n/**/*.test.ts',
            'tests/integration/**/*.test.ts',
            'tests/sites/**/*.test.ts',
          ],
        },
      },
      'tests/components/vitest.config.ts',
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/extension/build/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
          testTimeout: 180_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts', 'tests/extension/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/check-chromium.ts', 'tests/setup/build-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
