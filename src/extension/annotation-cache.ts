/**
 * The background's copies of our annotation files, in CacheStorage (available to extension service workers
 * and pages without any permission), each stored with the time it was fetched.
 */
import type { AnnotationCache } from './load-annotations.ts';

const CACHE_NAME = 'factcheck-annotations-v1';
const STORED_AT = 'x-factcheck-stored-at';

export function storageCache(): AnnotationCache | undefined {
  if (typeof caches === 'undefined') return undefined;
  return {
    async read(url) {
      const response = await (await caches.open(CACHE_NAME)).match(url);
      if (!response) return undefined;
      const storedAt = Number(response.headers.get(STORED_AT));
      return Number.isFinite(storedAt) ? { storedAt, collection: (await response.json()) as unknown } : undefined;
    },
    async write(url, collection, storedAt) {
      const headers = { 'content-type': 'application/json', [STORED_AT]: String(storedAt) };
      await (await caches.open(CACHE_NAME)).put(url, new Response(JSON.stringify(collection), { headers }));
    },
  };
}
