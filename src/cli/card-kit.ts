/**
 * `npm run cards:kit`: draws the card kit (src/site/card-kit.ts) for the renderer as it is now and
 * writes it to src/site/card-kit.bin: every verdict's template at every quote size, the common
 * glyphs at every card text size, and the site card. Run it after changing the card renderer, its
 * fonts or libraries; tests/site/card-kit.test.ts fails until the kit matches them again.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../corpus/load-corpus.ts';
import { VERDICT_LIST } from '../domain/verdicts.ts';
import { CARD_KIT_FILE, encodeCardKit } from '../site/card-kit.ts';
import { claimCardLayout, currentCardKit, useCardKit, warmUp } from '../site/card-render.ts';
import { cardTree, claimCardInputs, MAX_QUOTE_CHARS, siteCardTree } from '../site/share-card.ts';
import { siteConfigOrExit } from './site-config.ts';

// Drawn for the site's name and description, as its build draws the cards.
const { config, dirs } = await siteConfigOrExit('cards:kit');
const { corpus } = await loadCorpus(process.cwd(), dirs);
const [first] = claimCardInputs(corpus);
if (!first) throw new Error('cards:kit needs one published claim in content/ to lay a card out');

useCardKit(null); // draw everything, as a build without a kit does
await warmUp();
// One quote per font size share-card.ts picks (by length), for every verdict: each a template.
const lengths = new Set<number>();
for (let length = 1; length <= MAX_QUOTE_CHARS; length++) lengths.add(length);
for (const verdict of VERDICT_LIST) {
  for (const length of lengths)
    await claimCardLayout(cardTree({ ...first.input, verdict, quote: 'a'.repeat(length) }, config));
}
const kit = await currentCardKit([siteCardTree(config)]);
const bytes = encodeCardKit(kit);
writeFileSync(CARD_KIT_FILE, bytes);
console.log(
  `${fileURLToPath(CARD_KIT_FILE)}: ${kit.templates.size} templates, ${kit.glyphs.length} glyphs, ` +
    `${kit.cards.size} whole card(s); ${(bytes.length / 1024).toFixed(0)} KB`,
);
