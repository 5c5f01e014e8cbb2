/**
 * One GET, with the body read only as far as needed: for HTML, until its `<title>` is complete
 * (or `MAX_HEAD_BYTES`); for anything else, not at all. The rest is cancelled, so a large PDF costs
 * one chunk, not its size.
 */
import type { ContentKind } from './model.ts';
import { findTitle } from './title.ts';

/** Sent with every request, so a publisher's logs say who asked and why. */
export const LINKS_USER_AGENT = 'sanctuary-fact-check link checker (checks the documents our fact checks cite)';
/** Where a `<title>` must have appeared by (it belongs in the head). */
const MAX_HEAD_BYTES = 256 * 1024;
/**
 * The title is looked for again once a chunk brings a closing tag and 1 KB more text has come, or 16 KB more
 * (or at the end): a server sending a byte at a time cannot make each byte cost a scan of the whole head.
 */
const SCAN_AFTER = 1024;
const SCAN_EVERY = 16 * 1024;

export interface Answer {
  readonly status: number;
  readonly location: string | null;
  readonly retryAfter: string | null;
  readonly contentType: ContentKind;
  readonly title?: string | undefined;
}

export function contentKind(type: string | null): ContentKind {
  if (!type) return 'other';
  if (/text\/html|application\/xhtml\+xml/i.test(type)) return 'html';
  if (/application\/pdf/i.test(type)) return 'pdf';
  return 'other';
}

export async function request(
  url: string,
  fetcher: typeof globalThis.fetch,
  signal: AbortSignal,
  userAgent = LINKS_USER_AGENT,
): Promise<Answer> {
  const response = await fetcher(url, {
    method: 'GET',
    redirect: 'manual',
    signal,
    headers: {
      'user-agent': userAgent,
      accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8',
    },
  });
  const type = response.headers.get('content-type');
  const contentType = contentKind(type);
  const answer = {
    status: response.status,
    location: response.headers.get('location'),
    retryAfter: response.headers.get('retry-after'),
    contentType,
  };
  if (response.status !== 200 || contentType !== 'html' || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    return answer;
  }
  return { ...answer, title: await readTitle(response.body, type) };
}

async function readTitle(body: ReadableStream<Uint8Array>, type: string | null): Promise<string | undefined> {
  const charset = /charset="?([^";\s]+)/i.exec(type ?? '')?.[1] ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  const reader = body.getReader();
  let html = '';
  let bytes = 0;
  let scanned = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return findTitle(html + decoder.decode());
      bytes += value.byteLength;
      html += decoder.decode(value, { stream: true });
      const fresh = html.length - scanned;
      const due = fresh >= SCAN_EVERY || (fresh >= SCAN_AFTER && html.includes('</', html.length - value.length - 1));
      if (bytes < MAX_HEAD_BYTES && !due) continue;
      const title = findTitle(html);
      // Only the text not looked at yet (and a tag's length before it) for the end of the head.
      const headEnded = /<\/head\s*>|<body[\s>]/i.test(html.slice(Math.max(0, scanned - 16)));
      scanned = html.length;
      if (title !== undefined || bytes >= MAX_HEAD_BYTES || headEnded) return title;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
