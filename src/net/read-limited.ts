/**
 * A response body read chunk by chunk, counting the bytes as they arrive after decompression, and stopped at a
 * limit. `Content-Length` cannot be trusted for that: it may be absent, and a 200 KB gzip body may inflate to
 * gigabytes (a compression bomb), which `arrayBuffer()` would hold all at once.
 */
export class BodyTooLargeError extends Error {
  readonly code = 'TOO_LARGE';
  readonly limit: number;
  constructor(limit: number) {
    super(`larger than ${limit} bytes`);
    this.name = 'BodyTooLargeError';
    this.limit = limit;
  }
}

export async function readLimited(response: Response, limit: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) throw new BodyTooLargeError(limit);
      chunks.push(value);
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
