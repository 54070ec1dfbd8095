// The guard that keeps a destination from becoming a way into the customer's private network (SSRF).
//
// The check runs at connect time on the address actually dialled, not on the URL: a name is resolved once
// per connection, every address it resolves to is classified, and the socket is handed only the allowed
// ones — so a DNS answer that changes between a check and the connect (rebinding) cannot slip through. IP
// literals never reach a resolver, so the connector checks them before any socket exists. The URL parser
// has already turned decimal (`2130706433`), hex (`0x7f.1`) and short (`127.1`) IPv4 forms into dotted
// quads and IPv6 into canonical text, so one classifier over parsed bytes covers every spelling.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { buildConnector } from 'undici';

export type AddressClass =
  'unspecified' | 'loopback' | 'private' | 'link-local' | 'cgnat' | 'multicast' | 'reserved';

/** What a refused connect fails with; the delivery maps it to DELIVERY_FORBIDDEN_ADDRESS. */
export class ForbiddenAddressError extends Error {
  static readonly code = 'ERR_INGESTLAYER_FORBIDDEN_ADDRESS';
  readonly code = ForbiddenAddressError.code;
  readonly addressClass: AddressClass;

  constructor(host: string, address: string, addressClass: AddressClass) {
    const target = host === address ? address : `${host} (resolves to ${address})`;
    super(
      `refused to connect to ${target}: ${addressClass} address; set allowPrivateNetwork: true to allow it`,
    );
    this.name = 'ForbiddenAddressError';
    this.addressClass = addressClass;
  }
}

/** True when `err`, or an error it wraps, is a refused connect. */
export function isForbiddenAddressError(err: unknown): err is ForbiddenAddressError {
  for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if ((e as { code?: unknown }).code === ForbiddenAddressError.code) return true;
  }
  return false;
}

// ── classification ─────────────────────────────────────────────────────────────────────────────────

interface Range {
  readonly bytes: readonly number[];
  readonly bits: number;
  readonly class: AddressClass;
}

const v4 = (cidr: string, cls: AddressClass): Range => {
  const [address, bits] = cidr.split('/') as [string, string];
  return { bytes: address.split('.').map(Number), bits: Number(bits), class: cls };
};
const v6 = (cidr: string, cls: AddressClass): Range => {
  const [address, bits] = cidr.split('/') as [string, string];
  return { bytes: parseIPv6(address)!, bits: Number(bits), class: cls };
};

// IANA special-purpose registries; anything not listed is treated as public.
const ipv4Ranges: readonly Range[] = [
  v4('0.0.0.0/8', 'unspecified'),
  v4('10.0.0.0/8', 'private'),
  v4('100.64.0.0/10', 'cgnat'),
  v4('127.0.0.0/8', 'loopback'),
  v4('169.254.0.0/16', 'link-local'), // cloud metadata (169.254.169.254) lives here
  v4('172.16.0.0/12', 'private'),
  v4('192.0.0.0/24', 'reserved'),
  v4('192.0.2.0/24', 'reserved'),
  v4('192.88.99.0/24', 'reserved'),
  v4('192.168.0.0/16', 'private'),
  v4('198.18.0.0/15', 'reserved'),
  v4('198.51.100.0/24', 'reserved'),
  v4('203.0.113.0/24', 'reserved'),
  v4('224.0.0.0/4', 'multicast'),
  v4('240.0.0.0/4', 'reserved'), // includes 255.255.255.255
];

// IPv6 prefixes that carry an IPv4 address in their last 32 bits: the embedded address decides.
const embeddingIPv4: readonly Range[] = [
  v6('::ffff:0:0/96', 'reserved'), // IPv4-mapped
  v6('::ffff:0:0:0/96', 'reserved'), // IPv4-translated (SIIT)
  v6('64:ff9b::/96', 'reserved'), // NAT64 well-known prefix
  v6('::/96', 'reserved'), // IPv4-compatible (deprecated)
];

const ipv6Ranges: readonly Range[] = [
  v6('::/128', 'unspecified'),
  v6('::1/128', 'loopback'),
  v6('64:ff9b:1::/48', 'private'), // local-use NAT64
  v6('100::/64', 'reserved'), // discard-only
  v6('2001::/23', 'reserved'), // IETF protocol assignments, Teredo included
  v6('2001:db8::/32', 'reserved'), // documentation
  v6('fc00::/7', 'private'), // unique local
  v6('fe80::/10', 'link-local'),
  v6('fec0::/10', 'private'), // site-local (deprecated)
  v6('ff00::/8', 'multicast'),
];

// 6to4 carries the IPv4 address in bytes 2–5.
const v6to4 = v6('2002::/16', 'reserved');

function inRange(bytes: readonly number[], range: Range): boolean {
  let bits = range.bits;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if (((bytes[i] ?? 0) & mask) !== ((range.bytes[i] ?? 0) & mask)) return false;
  }
  return true;
}

function classifyIPv4(bytes: readonly number[]): AddressClass | undefined {
  return ipv4Ranges.find((range) => inRange(bytes, range))?.class;
}

/**
 * The class of an IP address that a destination must not reach, or undefined for a public address.
 * Anything that is not a valid IP address is 'reserved': the guard fails closed.
 */
export function classifyAddress(address: string): AddressClass | undefined {
  const family = isIP(address.split('%')[0]!);
  if (family === 4) return classifyIPv4(address.split('.').map(Number));
  const bytes = family === 6 ? parseIPv6(address) : undefined;
  if (!bytes) return 'reserved';
  const own = ipv6Ranges.find((range) => inRange(bytes, range));
  if (own && (own.class === 'unspecified' || own.class === 'loopback')) return own.class;
  if (embeddingIPv4.some((range) => inRange(bytes, range))) {
    return classifyIPv4(bytes.slice(12)) ?? undefined;
  }
  if (inRange(bytes, v6to4)) return classifyIPv4(bytes.slice(2, 6));
  return own?.class;
}

/** 16 bytes of an IPv6 address (zone id ignored, embedded dotted quad allowed), or undefined. */
export function parseIPv6(text: string): number[] | undefined {
  const address = text.split('%')[0]!.replace(/^\[|\]$/g, '');
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const groups = (part: string): number[] | undefined => {
    if (part === '') return [];
    const out: number[] = [];
    const pieces = part.split(':');
    for (const [i, piece] of pieces.entries()) {
      if (i === pieces.length - 1 && piece.includes('.')) {
        if (isIP(piece) !== 4) return undefined;
        const [a, b, c, d] = piece.split('.').map(Number) as [number, number, number, number];
        out.push((a << 8) | b, (c << 8) | d);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(piece)) out.push(parseInt(piece, 16));
      else return undefined;
    }
    return out;
  };
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const all = [...head, ...Array<number>(missing).fill(0), ...tail];
  return all.flatMap((group) => [group >> 8, group & 0xff]);
}

// ── connect-time guard ─────────────────────────────────────────────────────────────────────────────

/** `dns.lookup` with `all: true`; injectable so tests can resolve names to chosen addresses. */
export type Resolver = (
  hostname: string,
  options: LookupOptions & { all: true },
  callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

const systemResolver: Resolver = (hostname, options, callback) => dnsLookup(hostname, options, callback);

/** A `lookup` for net/tls sockets that hands the socket only addresses the guard allows. */
export function guardedLookup(resolve: Resolver = systemResolver): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', undefined);
      const allowed = addresses.filter((a) => classifyAddress(a.address) === undefined);
      const refused = addresses.find((a) => classifyAddress(a.address) !== undefined);
      if (allowed.length === 0) {
        const error = refused
          ? new ForbiddenAddressError(hostname, refused.address, classifyAddress(refused.address)!)
          : Object.assign(new Error(`${hostname} did not resolve`), { code: 'ENOTFOUND' });
        return callback(error as NodeJS.ErrnoException, '', undefined);
      }
      if (options.all) return callback(null, allowed);
      return callback(null, allowed[0]!.address, allowed[0]!.family);
    });
  };
}

export interface GuardOptions {
  /** true: no address checks at all (loopback test receivers, on-premises endpoints). */
  allowPrivateNetwork: boolean;
  resolve?: Resolver;
  /** Gives up on a TCP/TLS connect after this long (undici's default: 10 s). */
  connectTimeoutMs?: number;
}

/** An undici connector that refuses forbidden addresses before a socket is opened. */
export function guardedConnector(options: GuardOptions): buildConnector.connector {
  const timeout = options.connectTimeoutMs === undefined ? {} : { timeout: options.connectTimeoutMs };
  if (options.allowPrivateNetwork) {
    return options.resolve
      ? buildConnector({ lookup: resolverLookup(options.resolve), ...timeout })
      : buildConnector(timeout);
  }
  const connect = buildConnector({ lookup: guardedLookup(options.resolve), ...timeout });
  return (connectOptions, callback) => {
    const host = connectOptions.hostname;
    if (isIP(host) !== 0) {
      const addressClass = classifyAddress(host);
      if (addressClass !== undefined) {
        callback(new ForbiddenAddressError(host, host, addressClass), null);
        return;
      }
    }
    connect(connectOptions, callback);
  };
}

/** An injected resolver as a plain (unguarded) lookup. */
function resolverLookup(resolve: Resolver): LookupFunction {
  return (hostname, options, callback) =>
    resolve(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', undefined);
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0]?.address ?? '', addresses[0]?.family);
    });
}
