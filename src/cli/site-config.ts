/**
 * The site's options for a command (src/integration/load-site-config.ts): what `npm run build` reads, or one line
 * and exit code 2 when the site's configuration is wrong.
 */
import { FactcheckOptionsError, type ResolvedSite } from '../integration/resolve-options.ts';
import { loadSiteConfig, SiteConfigError } from '../integration/load-site-config.ts';
import { scaleOfOptions } from '../integration/option-scale.ts';
import { useSiteScale } from '../site/active-scale.ts';
import { useInterfaceLanguage } from '../i18n/active.ts';

/**
 * The options, or the process ends with the reason in one line per problem and exit code 2 (a mistake in the
 * site's configuration, not in its content), as `usageError` ends on a mistaken command line.
 */
export async function siteConfigOrExit(command: string, root?: string): Promise<ResolvedSite> {
  try {
    const site = await loadSiteConfig(root);
    // The site's own verdict scale, as its build uses it: check and build accept the same verdicts.
    useSiteScale(scaleOfOptions(site.config));
    useInterfaceLanguage(site.config.language);
    return site;
  } catch (error) {
    if (!(error instanceof SiteConfigError || error instanceof FactcheckOptionsError)) throw error;
    const hint = error instanceof FactcheckOptionsError ? `\n${error.hint}` : '';
    console.error(`${command}: ${error.message}${hint}`);
    process.exit(2);
  }
}
