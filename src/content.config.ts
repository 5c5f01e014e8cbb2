/**
 * Content collections. Schemas live in src/schemas; the loaders read the project's own
 * content/ folder. Sources use a custom loader because an article is plain text, never
 * Markdown; claims are MDX so editors write explanations in Markdown.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { contentDirs } from './corpus/content-dirs.ts';
import { loadSources } from './corpus/load-sources.ts';
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
  loader: glob({ pattern: '**/*.{md,mdx}', base: `./${dirs.claims}`, generateId: idFromFileName }),
  schema: claimSchema,
});

const citations = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: `./${dirs.citations}`, generateId: idFromFileName }),
  schema: citationSchema,
});

export const collections = { sources, claims, citations };
