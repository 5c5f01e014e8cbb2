/**
 * What the extension knows from the build: our site's address, the articles we checked, how the
 * site's verdicts look and when the bundled annotation copies were made. esbuild writes it into
 * each bundle in place of `__FACTCHECK_EXTENSION_CONFIG__` (src/integration/extension/build.ts), so nothing is
 * fetched to learn it.
 */

/** One verdict of the site's scale as the extension shows it (verdict-look.ts). */
export interface VerdictLook {
  readonly id: string;
  readonly icon: string;
  readonly label: string;
  /** Text and border colour on a light background (passes 4.5:1 on white). */
  readonly color: string;
}

export interface ExtensionConfig {
  /** The site's address, with its base path, ending in `/`. */
  readonly siteUrl: string;
  /** The checked articles: their slug on our site, title and original address. */
  readonly sources: readonly { readonly slug: string; readonly title: string; readonly url: string }[];
  /** When the bundled annotation copies were made (ISO date, UTC). */
  readonly bundledAt: string;
  /** The site's verdict scale as a highlight shows it: id, icon, label, colour (`verdictLooks`). */
  readonly verdicts: readonly VerdictLook[];
}

/** The global esbuild replaces; only the build and `extensionConfig()` name it. */
export const CONFIG_GLOBAL = '__FACTCHECK_EXTENSION_CONFIG__';

declare const __FACTCHECK_EXTENSION_CONFIG__: ExtensionConfig;

/** The config baked into this bundle. */
export function extensionConfig(): ExtensionConfig {
  return __FACTCHECK_EXTENSION_CONFIG__;
}
