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
  /** Where "Request a correction" goes: a URL template with {id}, {url}, {quote}, {verdict} (README "Deploy"). */
  correctionsUrl: process.env['CORRECTIONS_URL'] || undefined,
  /** Used when `correctionsUrl` is unset: requests go to this address as a prefilled e-mail. */
  correctionsEmail: process.env['CORRECTIONS_EMAIL'] || undefined,
} as const;
