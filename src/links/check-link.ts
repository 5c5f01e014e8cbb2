/**
 * Checks one URL: follows redirects hop by hop (so each is seen, and a loop is caught), retries
 * 429 and 5xx with exponential backoff honouring `Retry-After`, and turns the answer into a status.
 */
import { assertFetchable, RefusedUrlError } from '../net/address-guard.ts';
import { cleanText } from '../net/clean-text.ts';
import type { Limiter } from './limiter.ts';
import type { Hop, LinkEntry, LinkStatus, LinkTarget } from './model.ts';
import { request, type Answer } from './request.ts';
import { titleResembles } from './title.ts';

export interface RequestSettings {
  readonly fetch: typeof globalThis.fetch;
  readonly limiter: Limiter;
  /** Per request, body included. */
  readonly timeoutMs: number;
  /** Aborted when the whole run's deadline passes. */
  readonly deadline: AbortSignal;
  /** Retries after a 429 or 5xx (so at most retries + 1 requests per hop). */
  readonly retries: number;
  /** The first backoff wait; each retry doubles it. */
  readonly retryBaseMs: number;
  /** The longest wait, whatever `Retry-After` asks. */
  readonly maxRetryWaitMs: number;
  readonly maxRedirects: number;
  readonly userAgent?: string | undefined;
  /** Let loopback and private addresses through (tests against a local server). */
  readonly allowPrivateAddresses?: boolean | undefined;
  readonly resolve?: ((host: string) => Promise<string[]>) | undefined;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Longer URLs are not stored (browsers and servers stop at a few thousand characters anyway). */
export const MAX_URL_LENGTH = 2048;
/** A page title longer than this is cut where it is stored. */
export const MAX_TITLE_LENGTH = 300;
/** Error codes that mean the name does not resolve: the link is dead (if the machine is online). */
const DEAD_CODES = new Set(['ENOTFOUND']);

/** The network's error code behind a failed fetch (undici wraps it in `cause`). */
export function errorCode(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'ETIMEDOUT';
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = cause?.code ?? (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'EFETCH';
}

/** `Retry-After` as milliseconds: delay-seconds or an HTTP date. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function statusFor(httpStatus: number): LinkStatus {
  if (httpStatus >= 200 && httpStatus < 300) return 'ok';
  if (httpStatus === 404 || httpStatus === 410) return 'dead';
  if (httpStatus === 401 || httpStatus === 403 || httpStatus === 451) return 'blocked';
  return 'error';
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** One hop, retried on 429 and 5xx; a slot of the limiter is held only while a request is in flight. */
async function answer(url: string, settings: RequestSettings): Promise<Answer> {
  const host = new URL(url).host;
  for (let attempt = 0; ; attempt += 1) {
    if (settings.deadline.aborted) throw Object.assign(new Error('deadline passed'), { code: 'EDEADLINE' });
    await assertFetchable(url, { allowPrivateAddresses: settings.allowPrivateAddresses, resolve: settings.resolve });
    const signal = AbortSignal.any([AbortSignal.timeout(settings.timeoutMs), settings.deadline]);
    const result = await settings.limiter.run(host, () => request(url, settings.fetch, signal, settings.userAgent));
    const retryable = result.status === 429 || result.status >= 500;
    if (!retryable || attempt >= settings.retries) return result;
    const backoff = settings.retryBaseMs * 2 ** attempt;
    const asked = retryAfterMs(result.retryAfter);
    await sleep(Math.min(asked ?? backoff, settings.maxRetryWaitMs), settings.deadline);
  }
}

export async function checkLink(
  target: LinkTarget,
  settings: RequestSettings,
): Promise<{ entry: LinkEntry; hops: Hop[] }> {
  const hops: Hop[] = [];
  const seen = new Set<string>();
  let current = target.url;
  type Found = Pick<LinkEntry, 'status' | 'httpStatus' | 'contentType' | 'errorCode' | 'title' | 'expectedTitle'>;
  // Keys in the contract's order, so the JSON reads the same in every entry.
  const finish = ({ status, httpStatus, contentType, ...extra }: Found) => ({
    entry: {
      url: target.url,
      status,
      httpStatus,
      finalUrl: current !== target.url ? current : null,
      contentType,
      archivedUrl: target.archivedUrl ?? null,
      checkedAt: new Date().toISOString(),
      usedBy: target.usedBy,
      ...extra,
    },
    hops,
  });
  for (;;) {
    seen.add(current);
    let result: Answer;
    try {
      result = await answer(current, settings);
    } catch (error) {
      const code = settings.deadline.aborted ? 'EDEADLINE' : errorCode(error);
      const status = DEAD_CODES.has(code) ? 'dead' : 'error';
      // A redirect to an address refused (net/address-guard.ts): the last answer was the redirect itself.
      const httpStatus = error instanceof RefusedUrlError ? (hops.at(-1)?.status ?? null) : null;
      return finish({ status, httpStatus, contentType: null, errorCode: code });
    }
    if (REDIRECTS.has(result.status) && result.location) {
      hops.push({ url: current, status: result.status });
      const next = URL.parse(result.location, current)?.href;
      // Only http(s) is followed, and only an address short enough to store: a redirect to `javascript:` or
      // `data:` ends here, and the address it named is not kept.
      if (!next || !/^https?:$/.test(new URL(next).protocol) || next.length > MAX_URL_LENGTH) {
        const code = !next ? 'BAD_REDIRECT' : next.length > MAX_URL_LENGTH ? 'URL_TOO_LONG' : 'UNSAFE_REDIRECT';
        return finish({ status: 'error', httpStatus: result.status, contentType: null, errorCode: code });
      }
      if (seen.has(next)) {
        current = next;
        return finish({ status: 'error', httpStatus: result.status, contentType: null, errorCode: 'REDIRECT_LOOP' });
      }
      if (hops.length > settings.maxRedirects) {
        return finish({
          status: 'error',
          httpStatus: result.status,
          contentType: null,
          errorCode: 'TOO_MANY_REDIRECTS',
        });
      }
      current = next;
      continue;
    }
    const status = statusFor(result.status);
    const fields = { httpStatus: result.status, contentType: result.contentType };
    if (status !== 'ok') return finish({ status, ...fields });
    if (target.expectedTitle && result.title && !titleResembles(target.expectedTitle, result.title)) {
      const title = cleanText(result.title, MAX_TITLE_LENGTH);
      return finish({ status: 'changed', ...fields, title, expectedTitle: target.expectedTitle });
    }
    return finish({ status: hops.length > 0 ? 'redirected' : 'ok', ...fields });
  }
}

/** A redirect chain that is permanent from the first hop on: the content should use the final URL instead. */
export function isPermanentRedirect(hops: readonly Hop[]): boolean {
  return hops.length > 0 && hops.every((hop) => hop.status === 301 || hop.status === 308);
}
