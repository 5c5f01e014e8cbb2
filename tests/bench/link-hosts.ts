/**
 * Simulated web hosts for the link-check benchmark: one server per "host" on its own 127.0.0.1 port (the per-host
 * key is hostname:port), each with its own latency, counting the requests it has in flight at once.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SimulatedHost {
  readonly base: string;
  readonly latencyMs: number;
  /** The most requests this host had in flight at the same time. */
  readonly maxConcurrent: () => number;
  readonly requests: () => number;
}

export interface HostOptions {
  /** Latency of host `index` (default 50 to 400 ms, spread over the hosts, the last two slow at 800 ms). */
  readonly latency?: (index: number, count: number) => number;
}

const page = (title: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${'<p>Text.</p>'.repeat(
    200,
  )}</body></html>`;

export const defaultLatency = (index: number, count: number) =>
  index >= count - 2 ? 800 : 50 + Math.round((350 * index) / Math.max(1, count - 3));

/**
 * Paths: `/doc-N` answers 200 with the title "Document N"; every fifth first asks are 503 (retried); `/gone-N` 404;
 * `/old-N` redirects (301) to `/doc-N`.
 */
export async function startHosts(
  count: number,
  options: HostOptions = {},
): Promise<{
  hosts: SimulatedHost[];
  close: () => Promise<void>;
}> {
  const servers: Server[] = [];
  const hosts: SimulatedHost[] = [];
  for (let index = 0; index < count; index += 1) {
    const latencyMs = (options.latency ?? defaultLatency)(index, count);
    let active = 0;
    let max = 0;
    let total = 0;
    const seen = new Set<string>();
    const server = createServer((request, response) => {
      active += 1;
      total += 1;
      max = Math.max(max, active);
      const url = request.url ?? '/';
      setTimeout(() => {
        active -= 1;
        const number = Number(/\d+$/.exec(url)?.[0] ?? 0);
        const first = !seen.has(url);
        seen.add(url);
        if (url.startsWith('/old-')) return void response.writeHead(301, { location: `/doc-${number}` }).end();
        if (url.startsWith('/gone-')) return void response.writeHead(404, { 'content-type': 'text/html' }).end();
        if (first && number % 5 === 0) return void response.writeHead(503, { 'retry-after': '1' }).end();
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(`Document ${number}`));
      }, latencyMs);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    hosts.push({
      base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      latencyMs,
      maxConcurrent: () => max,
      requests: () => total,
    });
  }
  const close = async () => {
    await Promise.all(
      servers.map(
        (server) => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
      ),
    );
  };
  return { hosts, close };
}

/** `total` URLs spread evenly over the hosts: mostly documents, a few gone, a few moved. */
export function benchUrls(hosts: readonly SimulatedHost[], total: number): { url: string; title: string }[] {
  return Array.from({ length: total }, (_, index) => {
    const host = hosts[index % hosts.length]!;
    const number = Math.floor(index / hosts.length) + 1;
    const kind = index % 50 === 7 ? 'gone' : index % 25 === 3 ? 'old' : 'doc';
    return { url: `${host.base}/${kind}-${number}`, title: `Document ${number}` };
  });
}
