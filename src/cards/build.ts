/**
 * Share cards in a build, off Astro's path: as soon as every claim is anchored, before the
 * explanations are rendered, every card's element tree goes to a pool of worker threads
 * (pool.ts) that draws the ones missing from the cache while the explanations render and
 * Astro bundles and renders pages; when the pages are written, the build waits for the pool,
 * copies each card to `dist/cards/`, and removes cached cards no build has used for an hour.
 * Satori and sharp stay out of Vite's bundle. In `astro dev` endpoints (dev/) draw a card
 * on request.
 */
import { readdirSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { cardCacheDir, cardCacheFile, pruneCardCache, rendererKey, useCachedCard } from './cache.ts';
import type { Corpus } from '../corpus/model.ts';
import { readCardKitKey } from './kit.ts';
import { DEFAULT_CARD_VERDICTS, type CardOptions } from './options.ts';
import { cardTree, claimCardInputs, siteCardTree, type CardElement, type ClaimCardInput } from './tree.ts';
import { paths } from '../domain/site-paths.ts';
import { drawCardsInPool, prestartCardWorkers, type CardPool } from './pool.ts';

/**
 * Starts a card worker before the content is read, when the card cache holds no card (a first
 * build, a fresh CI runner): every card will be drawn, and the worker's warm-up overlaps the
 * content check. A build with cards cached starts workers only for the cards missing.
 */
export async function prepareCardBuild(options: Pick<CardOptions, 'cacheDir'>): Promise<void> {
  let names: string[] = [];
  try {
    names = readdirSync(cardCacheDir(options.cacheDir));
  } catch {
    // No cache folder yet: a first build.
  }
  if (!names.some((name) => name.endsWith('.png'))) await prestartCardWorkers(1);
}

export interface CardBuild {
  /**
   * Waits for the pool, writes the cards of `corpus` (the published content, as the pages have it)
   * under `outDir` and prunes the cache; returns cards written, drawn and pruned. A card the pool was
   * not given (the corpus changed since `startCardBuild`) is drawn then.
   */
  finish(outDir: string, corpus: CardCorpus): Promise<{ cards: number; drawn: number; pruned: number }>;
  /** Ends the workers (after `finish`, or when the build failed). */
  close(): Promise<void>;
}

/** What cards are drawn from: the claims, and their sources. */
export type CardCorpus = Pick<Corpus, 'sources' | 'claims'>;

type Card = { name: string; out: string; tree: CardElement; file: string };
type ClaimInputs = readonly { id: string; input: ClaimCardInput }[];

/** The cards of a site: each claim's and the site's, each with the file it is cached in. */
function siteCards(options: CardOptions) {
  const dir = cardCacheDir(options.cacheDir);
  const cardOf = (name: string, out: string, tree: CardElement): Card => ({
    name,
    out,
    tree,
    file: cardCacheFile(tree, dir),
  });
  return {
    dir,
    inputs: (corpus: CardCorpus) => claimCardInputs(corpus, options.verdicts ?? DEFAULT_CARD_VERDICTS),
    claims: (inputs: ClaimInputs) =>
      inputs.map(({ id, input }) => cardOf(id, paths.claimCard(id), cardTree(input, options.site))),
    site: () => cardOf('site', paths.siteCard(), siteCardTree(options.site)),
  };
}

/**
 * Says once, when cards are to be drawn, that the card kit was drawn for another renderer (a font or library
 * moved since): the cards come out the same, drawn more slowly, until `npm run cards:kit` draws the kit again.
 */
function warnOfStaleKit(options: CardOptions, drawing: number): void {
  if (drawing === 0 || readCardKitKey() === rendererKey()) return;
  options.logger?.warn(
    'Share cards: the card kit (src/cards/kit.bin) is missing or was drawn for another font or library version, ' +
      'so the cards are drawn without it: the same cards, more slowly. `npm run cards:kit` draws it again.',
  );
}

/**
 * Starts drawing the cards of `corpus` that the cache lacks. A build calls it as soon as every
 * claim is anchored (load-claims.ts `onAnchored`), so the workers draw while the explanations are
 * still being rendered, on a core that would otherwise wait.
 */
export async function startCardBuild(corpus: CardCorpus, options: CardOptions): Promise<CardBuild> {
  const cards = siteCards(options);
  const early = cards.inputs(corpus);
  const now = new Date();
  const started = [...cards.claims(early), cards.site()];
  const missing = started.filter((card) => !useCachedCard(card.file, now));
  warnOfStaleKit(options, missing.length);
  const pools: CardPool[] = [await drawCardsInPool(missing)];
  const byName = new Map(started.map((card) => [card.name, card]));
  return {
    async finish(outDir, final) {
      // The final content's claims are those read at the start less any left out since; one whose card
      // input differs (or is new) is drawn now. Comparing inputs, not trees, saves hashing every tree twice.
      const before = new Map(early.map(({ id, input }) => [id, input]));
      const inputs = cards.inputs(final);
      const changed = new Map(
        cards
          .claims(inputs.filter(({ id, input }) => !sameInput(before.get(id), input)))
          .map((card) => [card.name, card]),
      );
      const written = [...inputs.map(({ id }) => changed.get(id) ?? byName.get(id)!), byName.get('site')!];
      const late = [...changed.values()].filter((card) => !useCachedCard(card.file, new Date()));
      await pools[0]!.drain();
      if (late.length > 0) {
        pools.push(await drawCardsInPool(late));
        await pools[1]!.drain();
      }
      await copyCards(written, outDir);
      const files = new Set(written.map((card) => card.file));
      const drawn = missing.filter((card) => files.has(card.file)).length + late.length;
      return { cards: written.length, drawn, pruned: await pruneCardCache(files, cards.dir) };
    },
    close: async () => {
      await Promise.all(pools.map((pool) => pool.close()));
    },
  };
}

/** Each card from the cache to where the site publishes it (`paths.claimCard`, `paths.siteCard`). */
async function copyCards(cards: readonly Card[], outDir: string): Promise<void> {
  await mkdir(path.join(outDir, path.dirname(paths.siteCard())), { recursive: true });
  await Promise.all(cards.map((card) => copyFile(card.file, path.join(outDir, card.out))));
}

/** Whether two card inputs draw the same card (the same quote, verdict and source line). */
function sameInput(a: ClaimCardInput | undefined, b: ClaimCardInput): boolean {
  return a !== undefined && a.quote === b.quote && a.verdict.id === b.verdict.id && a.from === b.from;
}
