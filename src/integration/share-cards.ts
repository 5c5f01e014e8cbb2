/**
 * Share cards in a build, off Astro's path: as soon as the content is checked, every card's
 * element tree goes to a pool of worker threads (card-pool.ts) that draws the ones missing
 * from the cache while Astro bundles and renders pages; when the pages are written, the build
 * waits for the pool, copies each card to `dist/cards/`, and removes cached cards no build has
 * used for an hour. Satori and sharp stay out of Vite's bundle. In `astro dev` endpoints
 * (dev-cards/) draw a card on request.
 */
import { readdirSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { cardCacheDir, cardCacheFile, pruneCardCache, useCachedCard } from '../site/card-cache.ts';
import type { Corpus } from '../corpus/model.ts';
import { cardTree, claimCardInputs, siteCardTree } from '../site/share-card.ts';
import { paths } from '../site/urls.ts';
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
  /** Waits for the pool, writes every card under `outDir` and prunes the cache; returns cards drawn and pruned. */
  finish(outDir: string): Promise<{ cards: number; drawn: number; pruned: number }>;
  /** Ends the workers (after `finish`, or when the build failed). */
  close(): Promise<void>;
}

export async function startCardBuild(corpus: Corpus): Promise<CardBuild> {
  const cards = [
    ...claimCardInputs(corpus).map(({ id, input }) => ({ name: id, out: paths.claimCard(id), tree: cardTree(input) })),
    { name: 'site', out: paths.siteCard(), tree: siteCardTree() },
  ].map((card) => ({ ...card, file: cardCacheFile(card.tree) }));
  const now = new Date();
  const missing = cards.filter((card) => !useCachedCard(card.file, now));
  const pool: CardPool = await drawCardsInPool(missing);
  return {
    async finish(outDir) {
      await pool.drain();
      await mkdir(path.join(outDir, path.dirname(paths.siteCard())), { recursive: true });
      await Promise.all(cards.map((card) => copyFile(card.file, path.join(outDir, card.out))));
      const pruned = await pruneCardCache(new Set(cards.map((card) => card.file)));
      return { cards: cards.length, drawn: missing.length, pruned };
    },
    close: () => pool.close(),
  };
}
