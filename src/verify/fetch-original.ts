/**
 * Reads the original of a source: an http(s) URL through `fetch` (injected, so tests serve pages
 * from a local server), or a local file. Redirects are followed hop by hop, each to http(s) and a
 * public address only (`net/address-guard.ts`), and the final URL reported; a timeout covers the
 * whole exchange, body included; the body is counted as it arrives and cut at `MAX_BYTES`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { assertFetchable, RefusedUrlError, type GuardOptions } from '../net/address-guard.ts';
import { BodyTooLargeError, readLimited } from '../net/read-limited.ts';

/** Sent with every request, so a publisher's logs say who asked and why. */
export const USER_AGENT = 'sanctuary-fact-check verify-source (compares a saved article with its original)';
export const DEFAULT_TIMEOUT_MS = 30_000;
/** A page larger than this is not an article (and would only cost memory). */
export const MAX_BYTES = 20 * 1024 * 1024;
const MAX_REDIRECTS = 10;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export interface FetchOptions extends GuardOptions {
  /** Default 30 seconds; `npm run verify-source` passes `FACTCHECK_FETCH_TIMEOUT_MS` (`timeoutFromEnv`). */
  readonly timeoutMs?: number;
  readonly fetch?: typeof globalThis.fetch;
  /** Folder relative paths are read from (default the working directory). */
  readonly cwd?: string;
  /** Bytes of the body, after decompression (default 20 MB). */
  readonly maxBytes?: number;
}

export type Fetched =
  | {
      readonly ok: true;
      /** The body as text. */
      readonly body: string;
      /** `html` or `text` (a plain-text copy is compared as it is). */
      readonly kind: 'html' | 'text';
      /** Where the text came from: the final URL after redirects, or the file as given. */
      readonly from: string;
      /** Set when the server redirected: the URL first asked for. */
      readonly redirectedFrom?: string;
    }
  | { readonly ok: false; readonly reason: string };

export function timeoutFromEnv(env: NodeJS.ProcessEnv): number {
  const value = Number(env['FACTCHECK_FETCH_TIMEOUT_MS']);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT_MS;
}

export async function fetchOriginal(spec: string, options: FetchOptions = {}): Promise<Fetched> {
  if (!/^https?:\/\//i.test(spec)) return readLocal(spec, options.cwd ?? process.cwd());
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetcher = options.fetch ?? globalThis.fetch;
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  const guard = {
    allowPrivateAddresses: options.allowPrivateAddresses ?? false,
    resolve: options.resolve,
  };
  const signal = AbortSignal.timeout(timeoutMs);
  let from = spec;
  try {
    let response: Response;
    for (let hops = 0; ; hops += 1) {
      await assertFetchable(from, guard);
      response = await fetcher(from, {
        redirect: 'manual',
        headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,text/plain;q=0.8' },
        signal,
      });
      const location = response.headers.get('location');
      if (!REDIRECTS.has(response.status) || location === null) break;
      await response.body?.cancel();
      if (hops >= MAX_REDIRECTS) return { ok: false, reason: `more than ${MAX_REDIRECTS} redirects from ${spec}` };
      const next = URL.parse(location, from)?.href;
      if (!next) return { ok: false, reason: `bad redirect from ${from}` };
      from = next;
    }
    if (!response.ok) {
      await response.body?.cancel();
      return {
        ok: false,
        reason: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${from}`,
      };
    }
    const type = response.headers.get('content-type') ?? '';
    const kind = /text\/plain/i.test(type) ? 'text' : /html|xml/i.test(type) || type === '' ? 'html' : undefined;
    if (!kind) {
      await response.body?.cancel();
      return { ok: false, reason: `not an HTML page (content-type ${type}) at ${from}` };
    }
    const length = Number(response.headers.get('content-length'));
    if (length > maxBytes) {
      await response.body?.cancel();
      return { ok: false, reason: `page too large (${length} bytes) at ${from}` };
    }
    const body = decode(await readLimited(response, maxBytes), type);
    return { ok: true, body, kind, from, ...(from !== spec ? { redirectedFrom: spec } : {}) };
  } catch (error) {
    if (error instanceof RefusedUrlError) return { ok: false, reason: `${error.message} (from ${spec})` };
    if (error instanceof BodyTooLargeError) {
      return { ok: false, reason: `page too large (over ${maxBytes} bytes once decompressed) at ${from}` };
    }
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError' || name === 'AbortError')
      return { ok: false, reason: `timeout after ${timeoutMs} ms fetching ${spec}` };
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `cannot fetch ${spec}: ${cause || message}` };
  }
}

async function readLocal(file: string, cwd: string): Promise<Fetched> {
  try {
    const body = await readFile(path.resolve(cwd, file), 'utf8');
    const kind = /\.txt$/i.test(file) ? 'text' : 'html';
    return { ok: true, body, kind, from: file };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${String(error)}` };
  }
}

/** The body in the character set the server names (`fetch`'s `text()` always assumes UTF-8), else UTF-8. */
function decode(bytes: Uint8Array, type: string): string {
  const charset = /charset="?([^";\s]+)/i.exec(type)?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    // An unknown label: UTF-8, as browsers fall back to for most pages today.
    return new TextDecoder('utf-8').decode(bytes);
  }
}
