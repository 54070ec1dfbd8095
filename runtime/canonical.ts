// One text per JSON value, whatever the order its object keys came in: what hashes of payloads (classify's
// cache keys, idempotency and dedupe fingerprints) are computed over.
import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so `{a,b}` and `{b,a}` give the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** sha256 (hex) of an event type and its payload, key order ignored. */
export function payloadFingerprint(type: string, payload: unknown): string {
  return createHash('sha256').update(type).update('\0').update(canonicalJson(payload)).digest('hex');
}
