/**
 * What the browser extension is built from and what /extension/ shows: the published sources
 * we have an original address for, each with the annotations we publish for it, and the
 * extension's permissions with their reasons (from manifest.ts, the manifest's own list).
 */
import type { SiteModel } from '../../site/site-model.ts';
import { activeTranslator } from '../../i18n/active.ts';
import { paths } from '../../domain/site-paths.ts';
import { siteUrls, type SiteIdentity } from '../../site/site-identity.ts';
import { sourceAnnotations } from '../../site/web-annotations.ts';
import type { ExtensionSource } from './build.ts';
import { extensionPermissions, type ExtensionPermission } from './manifest.ts';
import { articleMatchPatterns } from './match-patterns.ts';

/** The site's address with its base path, ending in `/`: where the extension fetches annotations. */
export const extensionSiteUrl = (site: SiteIdentity) => siteUrls(site).absoluteUrl(paths.home());

/** Sources with an original address and at least one published claim: the articles the extension runs on. */
export function extensionSources(model: SiteModel, site: SiteIdentity): ExtensionSource[] {
  return model.sources.flatMap((view) => {
    const url = view.source.data.url;
    if (!url || view.claims.length === 0) return [];
    return [{ slug: view.source.slug, title: view.title, url, collection: sourceAnnotations(view, site) }];
  });
}

export interface ExtensionPageArticle {
  readonly title: string;
  readonly url: string;
  readonly sourceHref: string;
  /** "26 checked claims". */
  readonly claims: string;
  /** The addresses the content script is declared for (manifest `content_scripts.matches`). */
  readonly patterns: readonly string[];
}

export interface ExtensionPage {
  readonly articles: readonly ExtensionPageArticle[];
  readonly permissions: readonly ExtensionPermission[];
  readonly zipHref: string;
  readonly annotationsHref: string;
}

export function extensionPage(model: SiteModel, site: SiteIdentity): ExtensionPage {
  const t = activeTranslator();
  const { href } = siteUrls(site);
  const counts = new Map(model.sources.map((view) => [view.source.slug, view.claims.length]));
  return {
    articles: extensionSources(model, site).map((source) => ({
      title: source.title,
      url: source.url,
      sourceHref: href(paths.source(source.slug)),
      claims: t('citations.checkedClaims', { count: counts.get(source.slug) ?? 0 }),
      patterns: articleMatchPatterns(source.url),
    })),
    // The site's host is the one permission; its reason is worded in the interface's language.
    permissions: extensionPermissions(extensionSiteUrl(site)).map((entry) =>
      entry.key === 'host_permissions' ? { ...entry, reason: t('extensionPage.reason.siteData') } : entry,
    ),
    zipHref: href(paths.extensionZip()),
    annotationsHref: href(paths.annotationsData()),
  };
}
