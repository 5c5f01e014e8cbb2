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
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return findTitle(html + decoder.decode());
      bytes += value.byteLength;
      html += decoder.decode(value, { stream: true });
      const title = findTitle(html);
      if (title !== undefined || bytes >= MAX_HEAD_BYTES || /<\/head\s*>|<body[\s>]/i.test(html)) return title;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
