/**
 * Content collections. Schemas live in src/schemas; the loaders read the project's own
 * content/ folder. Sources use a custom loader because an article is plain text, never
 * Markdown. Claims are MDX so editors write explanations in Markdown; they are rendered here
 * to HTML (see render-explanation.ts) rather than compiled to one JavaScript module each.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLAIM_FILE, readClaimFiles } from './corpus/claim-files.ts';
import { contentDirs } from './corpus/content-dirs.ts';
import { loadSources } from './corpus/load-sources.ts';
import { renderExplanation } from './markdown/render-explanation.ts';
import { citationSchema } from './schemas/citation.ts';
import { claimSchema } from './schemas/claim.ts';
import { sourceSchema } from './schemas/source.ts';

const dirs = contentDirs();
const idFromFileName = ({ entry }: { entry: string }) => path.posix.basename(entry).replace(/\.[^.]+$/, '');

const sources = defineCollection({
  loader: {
    name: 'factcheck-sources',
    load: async ({ store, parseData, config }) => {
      const { sources: loaded } = await loadSources(new URL(config.root).pathname, dirs.sources);
      store.clear();
      for (const source of loaded) {
        const data = await parseData({ id: source.slug, data: { ...source.data } });
        store.set({ id: source.slug, data, body: source.text });
      }
    },
  },
  schema: sourceSchema,
});

const claims = defineCollection({
  loader: {
    name: 'factcheck-claims',
    load: async ({ store, parseData, generateDigest, config, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      /** `strict` (the build): a file that fails here stops everything. In dev it is dropped instead. */
      const sync = async (strict: boolean) => {
        const files = await readClaimFiles(root, dirs.claims);
        const seen = new Set(files.map((claim) => claim.id));
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
        for (const claim of files) {
          const digest = generateDigest(claim.text);
          // Unchanged since the last build (the store is cached between builds): nothing to render.
          if (store.get(claim.id)?.digest === digest) continue;
          try {
            const body = claim.frontmatter?.body ?? claim.text;
            const data = await parseData({ id: claim.id, data: claim.yaml?.data as Record<string, unknown>, filePath: claim.file });
            const html = await renderExplanation(body, claim.file);
            store.set({ id: claim.id, data, body, filePath: claim.file, digest, rendered: { html } });
          } catch (error) {
            if (strict) throw error;
            // A stale copy would hide the mistake: without the entry its pages fail until the
            // file is fixed, and content-watch.ts shows the checker's message in the overlay.
            store.delete(claim.id);
            logger.error(`${claim.file}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      };
      await sync(true);
      // In dev, a saved claim re-renders. One sync at a time, so a burst of saves cannot interleave.
      const claimsDir = path.resolve(root, dirs.claims);
      let syncing = Promise.resolve();
      watcher?.add(claimsDir);
      watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(`${claimsDir}${path.sep}`) && CLAIM_FILE.test(changed)) syncing = syncing.then(() => sync(false));
      });
    },
  },
  schema: claimSchema,
});

const citations = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: `./${dirs.citations}`, generateId: idFromFileName }),
  schema: citationSchema,
});

export const collections = { sources, claims, citations };
