/**
 * Share cards in a build, off Astro's path: as soon as every claim is anchored, before the
 * explanations are rendered, every card's element tree goes to a pool of worker threads
 * (card-pool.ts) that draws the ones missing from the cache while the explanations render and
 * Astro bundles and renders pages; when the pages are written, the build waits for the pool,
 * copies each card to `dist/cards/`, and removes cached cards no build has used for an hour.
 * Satori and sharp stay out of Vite's bundle. In `astro dev` endpoints (dev-cards/) draw a card
 * on request.
 */
import { readdirSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { cardCacheDir, cardCacheFile, pruneCardCache, useCachedCard } from '../site/card-cache.ts';
import type { Corpus } from '../corpus/model.ts';
import {
  cardTree,
  claimCardInputs,
  siteCardTree,
  type CardElement,
  type CardSite,
  type ClaimCardInput,
} from '../site/share-card.ts';
import { paths } from '../domain/site-paths.ts';
import { drawCardsInPool, prestartCardWorkers, type CardPool } from './card-pool.ts';

/**
 * Starts a card worker before the content is read, when the card cache holds no card (a first
 * build, a fresh CI runner): every card will be drawn, and the worker's warm-up overlaps the
 * content check. A build with cards cached starts workers only for the cards missing.
 */
export async function prepareCardBuild(): Promise<void> {
  let names: string[] = [];
  try {
    names = readdirSync(cardCacheDir());
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

function cardOf(name: string, out: string, tree: CardElement): Card {
  return { name, out, tree, file: cardCacheFile(tree) };
}

/** The site's card, and each claim's: each names the site (`site`, from its options). */
const siteCard = (site: CardSite) => cardOf('site', paths.siteCard(), siteCardTree(site));

function cardsOf(inputs: readonly { id: string; input: ClaimCardInput }[], site: CardSite): Card[] {
  return inputs.map(({ id, input }) => cardOf(id, paths.claimCard(id), cardTree(input, site)));
}

/**
 * Starts drawing the cards of `corpus` that the cache lacks. A build calls it as soon as every
 * claim is anchored (load-claims.ts `onAnchored`), so the workers draw while the explanations are
 * still being rendered, on a core that would otherwise wait.
 */
export async function startCardBuild(corpus: CardCorpus, site: CardSite): Promise<CardBuild> {
  const now = new Date();
  const started = [...cardsOf(claimCardInputs(corpus), site), siteCard(site)];
  const missing = started.filter((card) => !useCachedCard(card.file, now));
  const pools: CardPool[] = [await drawCardsInPool(missing)];
  const byName = new Map(started.map((card) => [card.name, card]));
  return {
    async finish(outDir, final) {
      // The final content's claims are those read at the start less any left out since; one whose card
      // input differs (or is new) is drawn now. Comparing inputs, not trees, saves hashing every tree twice.
      const early = new Map(claimCardInputs(corpus).map(({ id, input }) => [id, input]));
      const inputs = claimCardInputs(final);
      const changed = inputs.filter(({ id, input }) => !sameInput(early.get(id), input));
      const changedCards = new Map(cardsOf(changed, site).map((card) => [card.name, card]));
      const cards = [...inputs.map(({ id }) => changedCards.get(id) ?? byName.get(id)!), byName.get('site')!];
      const late = [...changedCards.values()].filter((card) => !useCachedCard(card.file, new Date()));
      await pools[0]!.drain();
      if (late.length > 0) {
        pools.push(await drawCardsInPool(late));
        await pools[1]!.drain();
      }
      await mkdir(path.join(outDir, path.dirname(paths.siteCard())), { recursive: true });
      await Promise.all(cards.map((card) => copyFile(card.file, path.join(outDir, card.out))));
      const written = new Set(cards.map((card) => card.file));
      const drawn = missing.filter((card) => written.has(card.file)).length + late.length;
      const pruned = await pruneCardCache(written);
      return { cards: cards.length, drawn, pruned };
    },
    close: async () => {
      await Promise.all(pools.map((pool) => pool.close()));
    },
  };
}

/** Whether two card inputs draw the same card (the same quote, verdict and source line). */
function sameInput(a: ClaimCardInput | undefined, b: ClaimCardInput): boolean {
  return (
    a !== undefined &&
    a.quote === b.quote &&
    a.verdict.id === b.verdict.id &&
    (a.source === b.source || JSON.stringify(a.source.data) === JSON.stringify(b.source.data)) &&
    a.source.slug === b.source.slug
  );
}
