/**
 * `checkLinks(targets, options)`: checks every URL at once within the limits, asks the archive hook
 * (when given) for a copy of each URL that has none, and tells "this machine is offline" apart from
 * "these links are dead", so a run without network never reports every link as dead.
 */
import { checkLink, errorCode, type RequestSettings } from './check-link.ts';
import { createLimiter } from './limiter.ts';
import type { ArchiveHook, LinkResult, LinkTarget } from './model.ts';
import { request } from './request.ts';

export interface CheckOptions {
  /** Requests in flight at once, all hosts together (default 16). */
  readonly concurrency?: number;
  /** Requests in flight at once to one host, hostname:port (default 2). */
  readonly perHost?: number;
  /** Per request, in milliseconds (default 15 000). */
  readonly timeoutMs?: number;
  /** For the whole run (default 10 minutes); what is unchecked by then is an error `EDEADLINE`. */
  readonly deadlineMs?: number;
  readonly retries?: number;
  /** First backoff wait after a 429 or 5xx without `Retry-After` (default 1 000 ms, doubling). */
  readonly retryBaseMs?: number;
  /** Cap on any wait, `Retry-After` included (default 30 000 ms). */
  readonly maxRetryWaitMs?: number;
  readonly maxRedirects?: number;
  /** A URL fetched first: if no answer comes, the machine is taken to be offline and nothing is checked. */
  readonly probeUrl?: string | undefined;
  readonly fetch?: typeof globalThis.fetch;
  readonly userAgent?: string;
  /** Archive lookups for URLs without an `archivedUrl` (see `ArchiveHook`). */
  readonly archive?: ArchiveHook | undefined;
  /** Ask `archive.save` for a new capture where `find` found none. */
  readonly saveArchives?: boolean;
  /** Let loopback and private addresses through (net/address-guard.ts): for tests against a local server only. */
  readonly allowPrivateAddresses?: boolean;
  /** Name resolution for the address check (default `dns.lookup`); tests map a made-up public name. */
  readonly resolve?: ((host: string) => Promise<string[]>) | undefined;
}

export type CheckOutcome =
  { readonly offline: false; readonly results: LinkResult[] } | { readonly offline: true; readonly reason: string };

const REFUSED = new Set(['PRIVATE_ADDRESS', 'UNSAFE_SCHEME']);

export const DEFAULTS = {
  concurrency: 16,
  perHost: 2,
  timeoutMs: 15_000,
  deadlineMs: 10 * 60_000,
  retries: 2,
  retryBaseMs: 1_000,
  maxRetryWaitMs: 30_000,
  maxRedirects: 10,
} as const;

export async function checkLinks(targets: readonly LinkTarget[], options: CheckOptions = {}): Promise<CheckOutcome> {
  const fetcher = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  if (options.probeUrl) {
    try {
      await request(options.probeUrl, fetcher, AbortSignal.timeout(timeoutMs), options.userAgent);
    } catch (error) {
      return { offline: true, reason: `no answer from ${options.probeUrl} (${errorCode(error)})` };
    }
  }
  const limiter = createLimiter(options.concurrency ?? DEFAULTS.concurrency, options.perHost ?? DEFAULTS.perHost);
  const settings: RequestSettings = {
    fetch: fetcher,
    limiter,
    timeoutMs,
    deadline: AbortSignal.timeout(options.deadlineMs ?? DEFAULTS.deadlineMs),
    retries: options.retries ?? DEFAULTS.retries,
    retryBaseMs: options.retryBaseMs ?? DEFAULTS.retryBaseMs,
    maxRetryWaitMs: options.maxRetryWaitMs ?? DEFAULTS.maxRetryWaitMs,
    maxRedirects: options.maxRedirects ?? DEFAULTS.maxRedirects,
    userAgent: options.userAgent,
    allowPrivateAddresses: options.allowPrivateAddresses ?? false,
    resolve: options.resolve,
  };
  const results = await Promise.all(targets.map((target) => checkLink(target, settings)));
  // Not one HTTP answer from any host: the network is missing (no DNS, no route, a firewall that
  // drops everything), not every document. Nothing can be judged, so nothing is reported dead.
  // A URL refused before any request (net/address-guard.ts) says nothing about the network.
  const asked = results.filter((result) => !REFUSED.has(result.entry.errorCode ?? ''));
  if (asked.length > 0 && asked.every((result) => result.entry.httpStatus === null)) {
    const codes = [...new Set(asked.map((result) => result.entry.errorCode ?? 'EFETCH'))].sort();
    return { offline: true, reason: `no host answered any of ${asked.length} requests (${codes.join(', ')})` };
  }
  if (!options.archive) return { offline: false, results };
  const archive = options.archive;
  const withArchives = await Promise.all(
    results.map(async (result, index) => {
      const target = targets[index];
      if (!target || target.isArchive || result.entry.archivedUrl) return result;
      // The archive service is one host: it gets the same per-host limit as any other.
      // A failed lookup leaves the entry without a copy rather than failing the run.
      const found = await limiter
        .run('archive', async () => {
          const copy = await archive.find(target.url, target.date);
          return copy ?? (options.saveArchives && archive.save ? archive.save(target.url) : null);
        })
        .catch(() => null);
      return found ? { ...result, entry: { ...result.entry, archivedUrl: found } } : result;
    }),
  );
  return { offline: false, results: withArchives };
}
