/**
 * A local server playing a hostile site, on 127.0.0.1 only: a compression bomb sent without
 * `Content-Length`, redirects to `data:`, `javascript:` and loopback addresses, a megabyte-long title,
 * a title carrying bidi controls. Tests reach it as `http://public.test:<port>` through `fetchVia`,
 * with `resolvePublic` saying that name is a public address, so the address check stays on.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';

export const PUBLIC_HOST = 'public.test';
/** Some public address for the made-up name; never contacted, since `fetch` sends everything to loopback. */
const PUBLIC_ADDRESS = '93.184.215.14';

export interface HostileServer {
  /** `http://public.test:<port>`, the hostile site as the tools are told of it. */
  readonly base: string;
  /** `http://127.0.0.1:<port>`, the same server by its loopback address. */
  readonly loopback: string;
  readonly fetch: typeof globalThis.fetch;
  readonly resolve: (host: string) => Promise<string[]>;
  close(): Promise<void>;
}

/** 300 MB of zeros, gzipped to about 300 KB, made once. */
async function bomb(megabytes: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const parts: Buffer[] = [];
  gzip.on('data', (part: Buffer) => parts.push(part));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let index = 0; index < megabytes; index += 1) {
    if (!gzip.write(zeros)) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end();
  await done;
  return Buffer.concat(parts);
}

const page = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body><p>x</p></body></html>`;

export async function startHostileServer(): Promise<HostileServer> {
  const gzipped = await bomb(300);
  let loopback = '';
  const server: Server = createServer((request, response) => {
    const html = (body: string) =>
      void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    const redirect = (location: string) => void response.writeHead(302, { location }).end();
    switch (request.url) {
      case '/bomb':
        // Chunked, so no Content-Length says how large the page is.
        response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        return void response.end(gzipped);
      case '/to-data':
        return redirect('data:text/html,<title>Stolen</title>');
      case '/to-javascript':
        return redirect('javascript:alert(document.domain)');
      case '/to-loopback':
        return redirect(`${loopback}/secret`);
      case '/to-localhost':
        return redirect(`${loopback.replace('127.0.0.1', 'localhost')}/secret`);
      case '/secret':
        return html(page('Router admin: password hunter2'));
      case '/megabyte-title':
        return html(page('A'.repeat(1024 * 1024)));
      case '/long-title':
        return html(page(`Page ${'word '.repeat(20_000)}`));
      case '/bidi-title':
        return html(page('Totally \u202Efdp.exe\u202C different \u2066page\u2069 \u200Bhere\u0007'));
      case '/open-titles':
        return html(`<html><head>${'<title '.repeat(40_000)}`);
      default:
        return void response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  loopback = `http://127.0.0.1:${port}`;
  const base = `http://${PUBLIC_HOST}:${port}`;
  const fetchVia: typeof globalThis.fetch = (input, init) =>
    globalThis.fetch(String(input instanceof Request ? input.url : input).replace(base, loopback), init);
  return {
    base,
    loopback,
    fetch: fetchVia,
    resolve: async (host) => (host === PUBLIC_HOST ? [PUBLIC_ADDRESS] : host === 'localhost' ? ['127.0.0.1'] : []),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
