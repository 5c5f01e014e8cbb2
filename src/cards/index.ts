/**
 * Share cards: the 1200×630 image a link preview shows for each claim (its quote, verdict badge and source) and
 * for the other pages (the site's name). This is the wing's one public surface: the integration draws a site's
 * cards in a build and serves them in `astro dev`, pages print the card's size and address, and
 * `npm run cards:kit` draws the kit. Nothing outside src/cards imports another file in it
 * (tests/cards/surface.test.ts checks).
 *
 * Inside: tree.ts lays a card out as an element tree; render.ts draws it (satori and librsvg, or stamped on its
 * verdict's template by fast.ts and glyphs.ts) into a 16-colour PNG (png.ts); kit.ts keeps what a worker would
 * draw first (draw-kit.ts draws it); cache.ts keeps cards in Astro's `cacheDir`; build.ts draws a build's cards
 * in worker threads (pool.ts, worker.ts); dev/ serves them in `astro dev`; libraries.ts finds the font and
 * libraries.
 */
import { paths } from '../domain/site-paths.ts';

export { CARD_SIZE } from './size.ts';
export { prepareCardBuild, startCardBuild, type CardBuild, type CardCorpus } from './build.ts';
export { devCardRoutes } from './dev/routes.ts';
export { writeCardKit, type CardKitOptions } from './draw-kit.ts';
export { DEFAULT_CARD_VERDICTS, type CardOptions, type CardSite, type CardVerdict } from './options.ts';
export { cardTree, claimCardInputs, type ClaimCardInput } from './tree.ts';

/** Where a claim's card and the site card are published, under the base path (src/domain/site-paths.ts). */
export const cardPath = { claim: paths.claimCard, site: paths.siteCard } as const;
