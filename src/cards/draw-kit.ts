/**
 * Draws the card kit (kit.ts) for the renderer as it is now, for a site and its verdict scale: every verdict's
 * template, the common glyphs at every card text size, and the site card. `npm run cards:kit` writes it to
 * src/cards/kit.bin after a change to the renderer, its fonts or libraries, or the scale; until then the build
 * draws its cards without it (the same cards, more slowly) and says so.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CARD_KIT_FILE, encodeCardKit, type CardKit } from './kit.ts';
import { DEFAULT_CARD_VERDICTS, type CardSite, type CardVerdict } from './options.ts';
import { claimCardLayout, currentCardKit, useCardKit, warmUp } from './render.ts';
import { cardTree, siteCardTree } from './tree.ts';

export interface CardKitOptions {
  readonly site: CardSite;
  /** The verdicts whose badge and colour each get a template; default `DEFAULT_CARD_VERDICTS`. */
  readonly verdicts?: readonly CardVerdict[] | undefined;
}

/**
 * The kit for `options`, drawn in this thread. It leaves this thread drawing without a kit (`useCardKit(null)`),
 * as a build that has none does, so that everything in the kit is drawn here.
 */
export async function drawCardKit(options: CardKitOptions): Promise<CardKit> {
  useCardKit(null);
  await warmUp();
  // A template leaves the quote and source line out: one claim card per verdict draws them all.
  for (const verdict of options.verdicts ?? DEFAULT_CARD_VERDICTS) {
    const layout = await claimCardLayout(cardTree({ quote: 'a', verdict, from: 'a' }, options.site));
    if (!layout) throw new Error(`The card of verdict "${verdict.id}" cannot be stamped: its template was not drawn`);
  }
  return currentCardKit([siteCardTree(options.site)]);
}

/** Draws the kit and writes it (to src/cards/kit.bin unless `file` says otherwise); returns what it wrote. */
export async function writeCardKit(options: CardKitOptions, file: URL | string = CARD_KIT_FILE): Promise<string> {
  const kit = await drawCardKit(options);
  const bytes = encodeCardKit(kit);
  writeFileSync(file, bytes);
  return (
    `${file instanceof URL ? fileURLToPath(file) : file}: ${kit.templates.size} templates, ${kit.glyphs.length} ` +
    `glyphs, ${kit.cards.size} whole card(s); ${(bytes.length / 1024).toFixed(0)} KB`
  );
}
