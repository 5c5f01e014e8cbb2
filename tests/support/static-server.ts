/** A tiny static file server for the built site, on a free loopback port. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
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

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Called for every file served, with its URL path and size: counts what a page fetched, its workers' requests included. */
  readonly onFile?: (pathname: string, bytes: number) => void;
}

export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      options.onFile?.(pathname, (await stat(file)).size);
    } catch {
      response.writeHead(404, { 'Content-Type': TYPES['.html']! });
      return void createReadStream(path.join(root, '404.html')).on('error', () => response.end()).pipe(response);
    }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
