/**
 * The site's identity: one place for the URL (canonical links, exports) and the name.
 * SITE_URL and BASE_PATH may be set in the environment to deploy elsewhere.
 */
export const SITE = {
  name: 'Sanctuary Claims Check',
  description: 'Claim-by-claim fact checks of news and opinion articles about US sanctuary policies and ICE detainers.',
  // `||`, not `??`: a CI variable that is defined but empty means "not set".
  url: process.env['SITE_URL'] || 'https://sanctuary-claims-check.example.org',
  base: process.env['BASE_PATH'] || '/',
  lang: 'en',
  /** A published claim must name at least one reviewer (rule `missing-reviewer`); off only for a one-person site. */
  requireReview: true,
} as const;
