/**
 * The site's identity: one place for the URL (canonical links, exports) and the name.
 * SITE_URL and BASE_PATH may be set in the environment to deploy elsewhere.
 */

/** Where `npm run preview` serves the build: the address a build without SITE_URL links to. */
export const PREVIEW_URL = 'http://localhost:4321';

// `||`, not `??`: a CI variable that is defined but empty means "not set".
const configuredUrl = process.env['SITE_URL'] || undefined;

export const SITE = {
  name: 'Sanctuary Claims Check',
  description: 'Claim-by-claim fact checks of news and opinion articles about US sanctuary policies and ICE detainers.',
  /**
   * Scheme and host the site is served from. Without SITE_URL, the local preview address, so that no
   * canonical link, feed, sitemap or extension permission points at a placeholder domain (the build warns).
   */
  url: configuredUrl ?? PREVIEW_URL,
  /** True when SITE_URL is unset and `url` is the local preview address. */
  urlIsPreview: configuredUrl === undefined,
  base: process.env['BASE_PATH'] || '/',
  lang: 'en',
  /** A published claim must name at least one reviewer (rule `missing-reviewer`); off only for a one-person site. */
  requireReview: true,
  /** Where "Request a correction" goes: a URL template with {id}, {url}, {quote}, {verdict} (README "Deploy"). */
  correctionsUrl: process.env['CORRECTIONS_URL'] || undefined,
  /** Used when `correctionsUrl` is unset: requests go to this address as a prefilled e-mail. */
  correctionsEmail: process.env['CORRECTIONS_EMAIL'] || undefined,
  /** Where "Suggest a claim to check" goes: a URL (e.g. the repository's suggest-claim issue form; README "Deploy"). */
  suggestUrl: process.env['SUGGEST_URL'] || undefined,
  /** Used when `suggestUrl` is unset: suggestions go to this address as an e-mail; else to `correctionsEmail`. */
  suggestEmail: process.env['SUGGEST_EMAIL'] || process.env['CORRECTIONS_EMAIL'] || undefined,
} as const;
