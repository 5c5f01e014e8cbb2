import siteConfig from 'virtual:factcheck/config';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { contentDirs } from '../../src/corpus/content-dirs.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import type { Claim } from '../../src/corpus/model.ts';
import { drawCardsInPool, JOBS_IN_FLIGHT } from '../../src/integration/card-pool.ts';
import { useAstroCacheDir } from '../../src/site/card-cache.ts';
import { startCardBuild } from '../../src/integration/share-cards.ts';
import { publishedOnly } from '../../src/site/drafts.ts';
import { cardTree, claimCardInputs } from '../../src/site/share-card.ts';
import { FIXTURE_CONTENT } from '../support/fixture-model.ts';
import { ROOT } from '../support/fixture-case.ts';

const temporary = () => mkdtempSync(path.join(tmpdir(), 'card-build-'));

describe('share cards in a build', () => {
  // A cache folder of its own for each test, handed over as the integration hands over Astro's `cacheDir`.
  beforeEach(() => {
    useAstroCacheDir(temporary());
  });

  it('can start once every claim is anchored, before any explanation is rendered', async () => {
    const seen: (readonly Claim[])[] = [];
    const { corpus, ok } = await loadCorpus(ROOT, contentDirs(FIXTURE_CONTENT), {
      render: true,
      onAnchored: ({ claims }) => seen.push(claims),
    });
    expect(ok).toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.map((claim) => claim.id)).toEqual(corpus.claims.map((claim) => claim.id));
    expect(seen[0]!.some((claim) => claim.explanationHtml !== undefined)).toBe(false);
    expect(corpus.claims.every((claim) => claim.explanationHtml !== undefined)).toBe(true);
  });

  it('writes the final content’s cards, drawing then any the early start was not given', async () => {
    const { data } = await import('../../src/integration/site-data.ts').then(({ loadSiteData }) =>
      loadSiteData(ROOT, contentDirs(FIXTURE_CONTENT)),
    );
    const corpus = publishedOnly(data).corpus;
    const [first, ...rest] = corpus.claims;
    const build = await startCardBuild({ sources: corpus.sources, claims: rest }, siteConfig);
    const outDir = temporary();
    try {
      const { cards, drawn } = await build.finish(outDir, corpus);
      expect(cards).toBe(corpus.claims.length + 1);
      expect(drawn).toBe(cards);
    } finally {
      await build.close();
    }
    const written = readdirSync(path.join(outDir, 'cards'));
    expect(written).toContain(`${first!.id}.png`);
    expect(written).toHaveLength(corpus.claims.length + 1);
  });

  it('keep being drawn while the main thread is busy (each worker has its own queue)', async () => {
    const { data } = await import('../../src/integration/site-data.ts').then(({ loadSiteData }) =>
      loadSiteData(ROOT, contentDirs(FIXTURE_CONTENT)),
    );
    const inputs = claimCardInputs(publishedOnly(data).corpus);
    const dir = temporary();
    const jobs = Array.from({ length: 12 }, (_, i) => inputs[i % inputs.length]!).map(({ id, input }, i) => ({
      name: id,
      // A different tree each, so each is drawn.
      tree: cardTree({ ...input, quote: `${input.quote} ${i}` }, siteConfig),
      file: path.join(dir, `${i}.png`),
    }));
    expect(jobs.length).toBeLessThanOrEqual(JOBS_IN_FLIGHT);
    const pool = await drawCardsInPool(jobs, { size: 1 });
    try {
      // Never yielding to the event loop: a worker given one card at a time would stop after its first.
      const until = Date.now() + 30_000;
      while (Date.now() < until && !jobs.every((job) => existsSync(job.file))) {
        // busy, as when the build renders explanations
      }
      expect(jobs.filter((job) => existsSync(job.file))).toHaveLength(jobs.length);
      await pool.drain();
    } finally {
      await pool.close();
    }
  });
});
