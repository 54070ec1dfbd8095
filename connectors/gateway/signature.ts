// Who may write: API keys for /v1/events, HMAC signatures over the raw body for /v1/webhooks. Every
// comparison runs in constant time, and every configured secret is compared (no early exit on a match),
// so response timing tells nothing about how much of a guess was right.
import { createHmac, hash, timingSafeEqual } from 'node:crypto';
import type { WebhookIngressConfig } from '../../topology/schema.ts';

// One-shot hashing: no Hash object per request (createHash/update/digest showed in the gateway's profile).
const digest = (text: string) => hash('sha256', text, 'buffer');

/** Checks `Authorization: Bearer <key>` against the configured keys (empty keys never match). */
export function apiKeyChecker(keys: readonly string[]): (authorization: string | undefined) => boolean {
  // Hashing first gives every comparison the same length, which timingSafeEqual requires.
  const hashes = keys.filter((k) => k !== '').map(digest);
  return (authorization) => {
    const match = /^Bearer[ \t]+(\S.*)$/i.exec(authorization ?? '');
    if (!match || hashes.length === 0) return false;
    const presented = digest(match[1]!.trim());
    let ok = false;
    for (const hash of hashes) ok = timingSafeEqual(hash, presented) || ok;
    return ok;
  };
}

export type SignatureFailure = 'missing' | 'malformed' | 'stale' | 'mismatch' | 'no-secret';

export interface SignatureOptions {
  secrets: readonly string[];
  scheme: 'timestamped' | 'hex';
  algorithm: 'sha256' | 'sha1' | 'sha512';
  prefix: string;
  toleranceMs: number;
}

export function signatureOptions(source: WebhookIngressConfig, toleranceMs: number): SignatureOptions {
  const secrets = (Array.isArray(source.secret) ? source.secret : [source.secret]).filter((s) => s !== '');
  return {
    secrets,
    scheme: source.signature.scheme,
    algorithm: source.signature.algorithm,
    prefix: source.signature.prefix,
    toleranceMs,
  };
}

/** Verifies one signature header over the raw body; `undefined` means valid. */
export function verifySignature(
  options: SignatureOptions,
  header: string | undefined,
  body: Buffer,
  nowMs: number = Date.now(),
): SignatureFailure | undefined {
  if (options.secrets.length === 0) return 'no-secret';
  if (header === undefined || header.trim() === '') return 'missing';
  if (options.scheme === 'hex') {
    const text = header.trim();
    if (!text.startsWith(options.prefix)) return 'malformed';
    const presented = hexBytes(text.slice(options.prefix.length));
    if (!presented) return 'malformed';
    return anyMatches(options, [presented], (secret) => hmac(options.algorithm, secret, [body]));
  }
  // t=<unix seconds>,v1=<hex>[,v1=<hex>…]: other schemes (v0=…) are ignored, as Stripe's libraries do.
  let timestamp: string | undefined;
  const presented: Buffer[] = [];
  for (const part of header.split(',')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const key = part.slice(0, at).trim();
    const value = part.slice(at + 1).trim();
    if (key === 't') timestamp = value;
    else if (key === 'v1') {
      const bytes = hexBytes(value);
      if (bytes) presented.push(bytes);
    }
  }
  if (timestamp === undefined || !/^\d{1,12}$/.test(timestamp) || presented.length === 0) return 'malformed';
  if (Math.abs(nowMs - Number(timestamp) * 1000) > options.toleranceMs) return 'stale';
  const prefix = Buffer.from(`${timestamp}.`);
  return anyMatches(options, presented, (secret) => hmac(options.algorithm, secret, [prefix, body]));
}

/** The header value a sender would compute (tests, the SDK's docs, and replaying a captured webhook). */
export function signPayload(
  options: Pick<SignatureOptions, 'scheme' | 'algorithm' | 'prefix'> & { secret: string },
  body: Buffer,
  nowMs: number = Date.now(),
): string {
  if (options.scheme === 'hex')
    return options.prefix + hmac(options.algorithm, options.secret, [body]).toString('hex');
  const t = Math.floor(nowMs / 1000);
  return `t=${t},v1=${hmac(options.algorithm, options.secret, [Buffer.from(`${t}.`), body]).toString('hex')}`;
}

function anyMatches(
  options: SignatureOptions,
  presented: readonly Buffer[],
  expectedFor: (secret: string) => Buffer,
): SignatureFailure | undefined {
  let ok = false;
  for (const secret of options.secrets) {
    const expected = expectedFor(secret);
    for (const candidate of presented)
      ok = (candidate.length === expected.length && timingSafeEqual(candidate, expected)) || ok;
  }
  return ok ? undefined : 'mismatch';
}

/** HMAC of the parts in order, without concatenating them (the webhook sink signs with it too). */
export function hmac(algorithm: string, secret: string, parts: readonly Buffer[]): Buffer {
  const mac = createHmac(algorithm, secret);
  for (const part of parts) mac.update(part);
  return mac.digest();
}

function hexBytes(text: string): Buffer | undefined {
  return /^(?:[0-9a-fA-F]{2})+$/.test(text) ? Buffer.from(text, 'hex') : undefined;
}
