/**
 * Page paths, in one place: the site's layout of addresses, without its base path or host (see
 * src/site/urls.ts). Plain data, so the checker can test an editor's site links against it too.
 */
import { ANNOTATION_FILES } from '../annotations/index.ts';

export const paths = {
  home: () => '/',
  source: (slug: string) => `/sources/${slug}/`,
  /** What changed in the original since we saved it (from the source's `verification.json`). */
  sourceChanges: (slug: string) => `/sources/${slug}/changes/`,
  claim: (id: string) => `/claims/${id}/`,
  /** A draft's page: only `npm run dev` has any. */
  draft: (id: string) => `/drafts/${id}/`,
  claimInSource: (slug: string, id: string) => `/sources/${slug}/#claim-${id}`,
  methodology: () => '/methodology/',
  corrections: () => '/corrections/',
  correctionsFeed: () => '/corrections.xml',
  /** The corrections log narrowed to the entries that changed a verdict. */
  verdictChanges: () => '/corrections/verdicts/',
  transparency: () => '/transparency/',
  verdicts: () => '/verdicts/',
  verdict: (id: string) => `/verdicts/${id}/`,
  flag: (id: string) => `/flags/${id}/`,
  citations: () => '/citations/',
  /** For editors: citations whose link the last check found broken, and those without an archived copy. */
  citationHealth: () => '/citations/health/',
  search: () => '/search/',
  people: () => '/people/',
  person: (id: string) => `/people/${id}/`,
  peopleData: () => '/data/people.json',
  claimsData: () => '/data/claims.json',
  sourcesData: () => '/data/sources.json',
  /** Our Web Annotations (src/annotations/wire-format.ts), read by annotation tools and the extension. */
  annotationsData: () => `/${ANNOTATION_FILES.all}`,
  sourceAnnotationsData: (slug: string) => `/${ANNOTATION_FILES.source(slug)}`,
  citationsData: () => '/data/citations.json',
  rss: () => '/rss.xml',
  /** The browser extension: its page, and the zip the page offers (built by src/integration/extension/). */
  extension: () => '/extension/',
  extensionZip: () => '/extension.zip',
  sitemap: () => '/sitemap-index.xml',
  claimCard: (id: string) => `/cards/${id}.png`,
  siteCard: () => '/cards/site.png',
};
