/**
 * A tiny static file server for the built site, on a free loopback port. It answers as static
 * hosts such as GitHub Pages do: text compressed with gzip when the browser accepts it, and
 * validators plus a short max-age so a repeated request is served from the browser's cache.
 * Byte counts (search cost, benchmark) then measure what a reader would download.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

/** Types a static host compresses; Pagefind's own index files are gzip already and go as they are. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.jsonld', '.svg', '.xml']);
const MAX_AGE_SECONDS = 600;

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * Called for every file served, with its URL path and the bytes sent: counts what a page fetched,
   * its workers' requests included.
   */
  readonly onFile?: (pathname: string, bytes: number) => void;
}

export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    let info;
    try {
      info = await stat(file);
      if (info.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file);
      }
    } catch {
      response.writeHead(404, { 'Content-Type': TYPES['.html']! });
      return void createReadStream(path.join(root, '404.html'))
        .on('error', () => response.end())
        .pipe(response);
    }
    const extension = path.extname(file);
    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    const headers = {
      'Content-Type': TYPES[extension] ?? 'application/octet-stream',
      ETag: etag,
      'Cache-Control': `max-age=${MAX_AGE_SECONDS}`,
      Vary: 'Accept-Encoding',
    };
    if (request.headers['if-none-match'] === etag) {
      options.onFile?.(pathname, 0);
      return void response.writeHead(304, headers).end();
    }
    if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      let body = gzipped.get(file);
      if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file))));
      options.onFile?.(pathname, body.length);
      return void response
        .writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length })
        .end(body);
    }
    options.onFile?.(pathname, info.size);
    response.writeHead(200, { ...headers, 'Content-Length': info.size });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
