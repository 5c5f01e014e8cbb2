/**
 * What the extension knows from the build: our site's address, the articles we checked and
 * when the bundled annotation copies were made. esbuild writes it into each bundle in place of
 * `__FACTCHECK_EXTENSION_CONFIG__` (src/integration/extension/build.ts), so nothing is fetched to learn it.
 */
export interface ExtensionConfig {
  /** The site's address, with its base path, ending in `/`. */
  readonly siteUrl: string;
  /** The checked articles: their slug on our site, title and original address. */
  readonly sources: readonly { readonly slug: string; readonly title: string; readonly url: string }[];
  /** When the bundled annotation copies were made (ISO date, UTC). */
  readonly bundledAt: string;
}

/** The global esbuild replaces; only the build and `extensionConfig()` name it. */
export const CONFIG_GLOBAL = '__FACTCHECK_EXTENSION_CONFIG__';

declare const __FACTCHECK_EXTENSION_CONFIG__: ExtensionConfig;

/** The config baked into this bundle. */
export function extensionConfig(): ExtensionConfig {
  return __FACTCHECK_EXTENSION_CONFIG__;
}
