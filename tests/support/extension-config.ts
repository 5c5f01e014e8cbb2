/**
 * What esbuild writes into each extension bundle in place of `__FACTCHECK_EXTENSION_CONFIG__`
 * (src/extension/build.ts), set as a global for unit tests that run the extension's code without
 * bundling it: the site's verdict looks come from the scale in use, as in the real bundle.
 */
import type { ExtensionConfig } from '../../src/extension/config.ts';
import { verdictLooks } from '../../src/extension/verdict-look.ts';
import { activeScale } from '../../src/site/active-scale.ts';

const config: ExtensionConfig = {
  siteUrl: 'https://checks.example/',
  sources: [],
  bundledAt: '2026-12-01',
  verdicts: verdictLooks(activeScale()),
};
(globalThis as { __FACTCHECK_EXTENSION_CONFIG__?: ExtensionConfig }).__FACTCHECK_EXTENSION_CONFIG__ = config;
