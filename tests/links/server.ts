/** A local web server for the link checker's tests: every case of issue 15 item 1, on 127.0.0.1 only. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  readonly base: string;
  /** Requests received per path, and when (ms since the server started). */
  readonly hits: Map<string, number[]>;
  readonly agents: string[];
  close(): Promise<void>;
}

const page = (title: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body><p>Text</p></body></html>`;

export async function startServer(): Promise<TestServer> {
  const hits = new Map<string, number[]>();
  const agents: string[] = [];
  const started = Date.now();
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    const times = hits.get(url) ?? [];
    times.push(Date.now() - started);
    hits.set(url, times);
    agents.push(request.headers['user-agent'] ?? '');
    const html = (status: number, title: string, headers: Record<string, string> = {}) =>
      void response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(page(title));
    const redirect = (status: number, location: string) => void response.writeHead(status, { location }).end();
    // A stand-in for the Wayback availability API: a copy exists only of the dead page.
    if (url.startsWith('/wayback/available?')) {
      const asked = new URL(url, 'http://127.0.0.1').searchParams.get('url') ?? '';
      const closest = { available: true, status: '200', timestamp: '20240301000000' };
      const snapshots = asked.endsWith('/gone-404')
        ? { closest: { ...closest, url: `http://web.archive.org/web/20240301000000/${asked}` } }
        : {};
      return void response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ url: asked, archived_snapshots: snapshots }));
    }
    switch (url) {
      case '/ok':
        return html(200, 'Council adopts the 2024 budget &amp; tax rate | City News');
      case '/moved-301':
        return redirect(301, '/moved-308');
      case '/moved-308':
        return redirect(308, '/ok');
      case '/moved-302':
        return redirect(302, '/ok');
      case '/loop-a':
        return redirect(302, '/loop-b');
      case '/loop-b':
        return redirect(302, '/loop-a');
      case '/gone-404':
        return html(404, 'Not found');
      case '/gone-410':
        return html(410, 'Gone');
      case '/forbidden':
        return html(403, 'Forbidden');
      case '/rate-limited':
        return times.length === 1 ? html(429, 'Slow down', { 'retry-after': '1' }) : html(200, 'Council budget');
      case '/flaky':
        return times.length === 1 ? html(500, 'Oops') : html(200, 'Council budget');
      case '/down':
        return html(503, 'Unavailable');
      case '/hangs':
        return; // never answers
      case '/report.pdf': {
        response.writeHead(200, { 'content-type': 'application/pdf' });
        // Far more than one chunk: the checker must cancel it, not read it.
        response.write(Buffer.alloc(64 * 1024, 37));
        return void setTimeout(() => response.end(Buffer.alloc(64 * 1024, 37)), 5_000).unref();
      }
      case '/soft-404':
        return html(200, 'Page not found | City News');
      default:
        return html(404, 'Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    hits,
    agents,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 where nothing listens (a server opened there, then closed). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
