/**
 * The Internet Archive's Wayback Machine, for `npm run links`: `find` asks the availability API for
 * the snapshot closest to a date, `save` asks Save Page Now for a new capture. Both answer `null`
 * when there is no snapshot or the archive could not be asked; the reason of a failure goes to
 * `onError` (and `errors`), so the command can tell "no archived copy" from "the archive is down".
 * Every endpoint comes from the environment (`WAYBACK_AVAILABILITY_URL`, `WAYBACK_SAVE_URL`), so
 * tests point them at a local server.
 */

/** Sent with every request, so the Internet Archive's logs say who asked and why. */
export const ARCHIVE_USER_AGENT = 'sanctuary-fact-check links (finds and requests archived copies of cited documents)';

/**
 * The Wayback Availability JSON API: `GET ?url=<url>&timestamp=<YYYYMMDDhhmmss prefix>` answers
 * `{"archived_snapshots":{"closest":{"available":true,"url":…,"timestamp":"20130919044612","status":"200"}}}`,
 * or `{"archived_snapshots":{}}` when nothing is archived; the snapshot is the one closest to
 * `timestamp` (the latest without it).
 * @see https://archive.org/help/wayback_api.php
 */
export const DEFAULT_AVAILABILITY_URL = 'https://archive.org/wayback/available';

/**
 * Save Page Now, in its public form: `GET <save>/<url>` captures the page and redirects to the new
 * snapshot, which also comes back in `Content-Location: /web/<14 digits>/<url>` or a `Link` header
 * with `rel="memento"`. Limits: a capture takes seconds to a minute; anonymous requests are
 * rate-limited (the SPN2 API with its job polling needs an archive.org account's S3 keys, which this
 * tool does not use); a page captured in the last minutes may come back as that earlier capture;
 * only pages that answer 200 are captured.
 * @see https://gist.github.com/krackers/3aba22f85839dbcc3d1effe9eb09ed5e (SPN2 public API docs, "Capture request")
 * @see https://github.com/akamhy/waybackpy/blob/master/waybackpy/save_api.py (where the snapshot URL is read from)
 */
export const DEFAULT_SAVE_URL = 'https://web.archive.org/save';

/** Where the Internet Archive serves snapshots (besides the configured endpoints' own hosts). */
const ARCHIVE_HOSTS = ['web.archive.org', 'archive.org'];
export const DEFAULT_FIND_TIMEOUT_MS = 20_000;
/** Save Page Now fetches the page itself before answering. */
export const DEFAULT_SAVE_TIMEOUT_MS = 120_000;

/** Why the archive could not be asked (not "no snapshot": that is a plain `null`). */
export interface ArchiveError {
  readonly operation: 'find' | 'save';
  /** The URL whose archive was looked for or requested. */
  readonly url: string;
  /** One line for the terminal, e.g. `Wayback availability API: HTTP 503 Service Unavailable`. */
  readonly message: string;
  readonly httpStatus?: number;
  /** `ETIMEDOUT`, `ECONNREFUSED`, `ENOTFOUND`… for a request that got no answer. */
  readonly errorCode?: string;
}

export interface ArchiveOptions {
  /** Default `WAYBACK_AVAILABILITY_URL`, else the Internet Archive's. */
  readonly availabilityUrl?: string;
  /** Default `WAYBACK_SAVE_URL`, else the Internet Archive's. */
  readonly saveUrl?: string;
  readonly timeoutMs?: number;
  readonly saveTimeoutMs?: number;
  readonly userAgent?: string;
  readonly fetch?: typeof globalThis.fetch;
  /** Read for the endpoints (`npm run links` passes its environment); none, the defaults. */
  readonly env?: NodeJS.ProcessEnv;
  /** Told of every failed request, as it happens. */
  readonly onError?: (error: ArchiveError) => void;
}

export interface Archive {
  /** The snapshot closest to `date` (YYYY-MM-DD; the latest without it), or `null`. */
  find(url: string, date?: string): Promise<string | null>;
  /** Requests a new capture; the snapshot's URL, or `null`. */
  save(url: string): Promise<string | null>;
  /** Every failure so far, oldest first. */
  readonly errors: readonly ArchiveError[];
}

/** `2019-12-13` → `20191213`, the availability API's timestamp (any prefix of YYYYMMDDhhmmss). */
export function waybackTimestamp(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) throw new RangeError(`Expected a date written YYYY-MM-DD, got "${date}"`);
  return `${match[1]}${match[2]}${match[3]}`;
}

/** What `find` and `save` share: the endpoints, the one request, and the record of failures. */
interface Wayback {
  readonly availabilityUrl: string;
  readonly saveUrl: string;
  readonly options: ArchiveOptions;
  readonly request: (
    operation: ArchiveError['operation'],
    url: string,
    endpoint: string,
    timeoutMs: number,
  ) => Promise<{ response: Response; failure?: undefined } | { failure: ArchiveError; response?: undefined }>;
  /** A snapshot address is stored and shown to readers as "archived copy": it must be the archive's own. */
  readonly onArchiveHost: (url: string) => boolean;
  readonly fail: (error: ArchiveError) => null;
}

export function createWaybackArchive(options: ArchiveOptions = {}): Archive {
  const env = options.env ?? {};
  const availabilityUrl = endpointUrl(
    'WAYBACK_AVAILABILITY_URL',
    options.availabilityUrl ?? (env['WAYBACK_AVAILABILITY_URL'] || DEFAULT_AVAILABILITY_URL),
  );
  const saveUrl = endpointUrl('WAYBACK_SAVE_URL', options.saveUrl ?? (env['WAYBACK_SAVE_URL'] || DEFAULT_SAVE_URL));
  const archiveHosts = new Set([...ARCHIVE_HOSTS, new URL(availabilityUrl).host, new URL(saveUrl).host]);
  const errors: ArchiveError[] = [];
  const wayback: Wayback = {
    availabilityUrl,
    saveUrl,
    options,
    request: requester(options.fetch ?? globalThis.fetch, { 'user-agent': options.userAgent ?? ARCHIVE_USER_AGENT }),
    onArchiveHost: (url) => archiveHosts.has(new URL(url).host),
    fail: (error) => {
      errors.push(error);
      options.onError?.(error);
      return null;
    },
  };
  return { errors, find: (url, date) => findSnapshot(wayback, url, date), save: (url) => saveSnapshot(wayback, url) };
}

/** One request to the archive: its answer, or why there was none worth reading. */
function requester(fetcher: typeof globalThis.fetch, headers: Record<string, string>): Wayback['request'] {
  return async (operation, url, endpoint, timeoutMs) => {
    const name = operation === 'find' ? 'Wayback availability API' : 'Save Page Now';
    // The public Save Page Now answers a browser's request with a redirect to the new snapshot.
    const accept = operation === 'find' ? 'application/json' : 'text/html,*/*;q=0.8';
    try {
      const response = await fetcher(endpoint, {
        headers: { ...headers, accept },
        redirect: 'follow',
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (response.ok) return { response };
      await response.body?.cancel();
      const message = `${name}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return { failure: { operation, url, message, httpStatus: response.status } };
    } catch (error) {
      const errorCode = errorCodeOf(error);
      const message = `${name}: ${errorCode === 'ETIMEDOUT' ? `no answer in ${timeoutMs / 1000} s` : describe(error)}`;
      return { failure: { operation, url, message, ...(errorCode ? { errorCode } : {}) } };
    }
  };
}

/** The snapshot closest to `date` (the latest without it), from the availability API, or `null`. */
async function findSnapshot(wayback: Wayback, url: string, date?: string): Promise<string | null> {
  const { options, fail } = wayback;
  const endpoint = new URL(wayback.availabilityUrl);
  endpoint.searchParams.set('url', url);
  if (date) endpoint.searchParams.set('timestamp', waybackTimestamp(date));
  const answer = await wayback.request('find', url, endpoint.href, options.timeoutMs ?? DEFAULT_FIND_TIMEOUT_MS);
  if (answer.failure) return fail(answer.failure);
  let body: unknown;
  try {
    body = await answer.response.json();
  } catch {
    return fail({ operation: 'find', url, message: 'Wayback availability API: the answer is not JSON' });
  }
  const closest = (body as AvailabilityAnswer | null)?.archived_snapshots?.closest;
  if (!closest?.available || typeof closest.url !== 'string') return null;
  // A capture of an error page (`"status": "404"`) is no copy of the document.
  if (closest.status !== undefined && !/^[23]/.test(String(closest.status))) return null;
  if (!URL.canParse(closest.url) || !wayback.onArchiveHost(closest.url)) {
    return fail({
      operation: 'find',
      url,
      message: `Wayback availability API: unexpected snapshot "${closest.url}"`,
    });
  }
  return snapshotUrl(closest.url);
}

/** A new capture requested from Save Page Now: the snapshot's URL, or `null`. */
async function saveSnapshot(wayback: Wayback, url: string): Promise<string | null> {
  const { options, fail } = wayback;
  const endpoint = `${wayback.saveUrl.replace(/\/+$/, '')}/${url}`;
  const answer = await wayback.request('save', url, endpoint, options.saveTimeoutMs ?? DEFAULT_SAVE_TIMEOUT_MS);
  if (answer.failure) return fail(answer.failure);
  const { response } = answer;
  const found = savedSnapshot(response, endpoint);
  const job = found ? undefined : await queuedJob(response);
  await response.body?.cancel().catch(() => undefined);
  if (found && !wayback.onArchiveHost(found)) {
    return fail({ operation: 'save', url, message: `Save Page Now: unexpected snapshot "${found}"` });
  }
  if (found) return found;
  const message = job
    ? `Save Page Now: capture queued as job ${job}, but the answer names no snapshot yet`
    : 'Save Page Now: the answer names no snapshot';
  return fail({ operation: 'save', url, message });
}

interface AvailabilityAnswer {
  archived_snapshots?: { closest?: { available?: boolean; url?: unknown; timestamp?: string; status?: string } };
}

/** A snapshot path: `/web/<timestamp>/<original url>`. */
const SNAPSHOT_PATH = /\/web\/\d{14}\/\S+/;

/** The new capture, from `Content-Location`, a `Link` memento, or the page the save redirected to. */
function savedSnapshot(response: Response, endpoint: string): string | null {
  const base = response.url || endpoint;
  const location = response.headers.get('content-location');
  if (location && SNAPSHOT_PATH.test(location)) return snapshotUrl(new URL(location, base).href);
  const link = response.headers.get('link') ?? '';
  for (const part of link.split(/,\s*(?=<)/)) {
    const match = /^<([^>]+)>\s*;(.*)$/.exec(part.trim());
    if (match?.[1] && /rel="?[^"]*\bmemento\b/.test(match[2] ?? '') && SNAPSHOT_PATH.test(match[1])) {
      return snapshotUrl(new URL(match[1], base).href);
    }
  }
  return SNAPSHOT_PATH.test(new URL(base).pathname) ? snapshotUrl(base) : null;
}

/** The SPN2 API answers a JSON request with `{ url, job_id }` and captures later. */
async function queuedJob(response: Response): Promise<string | undefined> {
  if (!/json/.test(response.headers.get('content-type') ?? '')) return undefined;
  try {
    const body = (await response.json()) as { job_id?: unknown } | null;
    return typeof body?.job_id === 'string' ? body.job_id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The archive answers `http://web.archive.org/…`; readers get the https address of the same
 * snapshot. Only the scheme changes: the original URL inside the path stays byte for byte.
 */
function snapshotUrl(url: string): string {
  return url.replace(/^http:(\/\/(?:[a-z0-9-]+\.)*archive\.org[/:])/i, 'https:$1');
}

/** A misconfigured endpoint is the editor's to fix before anything is asked. */
function endpointUrl(variable: string, value: string): string {
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new TypeError(`Expected ${variable} to be an http(s) URL, got "${value}"`);
  }
  return value;
}

/** Node's fetch wraps the socket error: `TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })`. */
function errorCodeOf(error: unknown): string | undefined {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return 'ETIMEDOUT';
  }
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}

function describe(error: unknown): string {
  const code = errorCodeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  return code ? `${message} (${code})` : message;
}
