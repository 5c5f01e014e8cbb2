/**
 * `npm run cards:kit`: draws the card kit for the share-card renderer as it is now, the site's name and its verdict
 * scale, and writes it to src/cards/kit.bin (src/cards/draw-kit.ts). Run it after changing the renderer, its fonts
 * or libraries, or the scale: until then a build draws its cards without the kit, the same cards more slowly.
 */
import { writeCardKit } from '../cards/index.ts';
import { activeScale } from '../site/active-scale.ts';
import { siteConfigOrExit } from './site-config.ts';

// Drawn for the site's name and scale, as its build draws the cards.
const { config } = await siteConfigOrExit('cards:kit');
console.log(await writeCardKit({ site: config, verdicts: activeScale().verdicts }));
