/**
 * What the fetching tools (`verify-source`, `links`) may ask for: http(s) only, and only hosts on the public
 * internet. A cited URL, or a redirect from one, must not make the tool read the machine it runs on (a CI
 * runner's metadata service at 169.254.169.254, a router at 192.168.1.1, a service on localhost) and store
 * what it found. Names are resolved first and every address they resolve to is checked.
 *
 * Limit: the address is checked before `fetch` resolves the name again, so a name whose DNS answer changes
 * between the two (DNS rebinding) could still slip through; the window is one lookup long.
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Thrown for a URL the tools refuse; `code` becomes the entry's `errorCode`. */
export class RefusedUrlError extends Error {
  readonly code: 'UNSAFE_SCHEME' | 'PRIVATE_ADDRESS';
  constructor(message: string, code: RefusedUrlError['code']) {
    super(message);
    this.name = 'RefusedUrlError';
    this.code = code;
  }
}

/** Loopback, private, link-local, shared, reserved and multicast ranges (IANA special-purpose registries). */
const BLOCKED = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 127], // :: and ::1
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv6');
}

/** `::ffff:7f00:1` (how the URL parser writes `::ffff:127.0.0.1`) as `127.0.0.1`. */
function mappedIpv4(address: string): string | undefined {
  const match = /^::ffff:(?:([0-9a-f]{1,4}):([0-9a-f]{1,4})|(\d+\.\d+\.\d+\.\d+))$/i.exec(address);
  if (!match) return undefined;
  if (match[3]) return match[3];
  const high = parseInt(match[1]!, 16);
  const low = parseInt(match[2]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

export function isPrivateAddress(address: string): boolean {
  const v4 = mappedIpv4(address);
  if (v4) return BLOCKED.check(v4, 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return BLOCKED.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export interface GuardOptions {
  /** Let loopback and private addresses through: for tests against a local server, never for content. */
  readonly allowPrivateAddresses?: boolean | undefined;
  /** Name resolution, injectable for tests (default `dns.lookup` with every address). */
  readonly resolve?: ((host: string) => Promise<string[]>) | undefined;
}

const resolveAll = async (host: string) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** Throws `RefusedUrlError` for a URL that is not http(s), or whose host is (or resolves to) a private address. */
export async function assertFetchable(url: string, options: GuardOptions = {}): Promise<void> {
  const parsed = URL.parse(url);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new RefusedUrlError(
      `refused to fetch ${parsed?.protocol ?? 'a malformed'} URL: only http(s)`,
      'UNSAFE_SCHEME',
    );
  }
  if (options.allowPrivateAddresses) return;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : await (options.resolve ?? resolveAll)(host);
  const blocked = addresses.find(isPrivateAddress);
  if (blocked !== undefined) {
    throw new RefusedUrlError(
      `refused to fetch ${parsed.host}: ${blocked} is a loopback, private or reserved address`,
      'PRIVATE_ADDRESS',
    );
  }
}

/** `FACTCHECK_ALLOW_PRIVATE_ADDRESSES=1` in the command's environment: how its tests reach their local server. */
export function allowPrivateFromEnv(env: NodeJS.ProcessEnv): boolean {
  return env['FACTCHECK_ALLOW_PRIVATE_ADDRESSES'] === '1';
}
