// Webhook bodies → event payloads, by JSON pointers (RFC 6901) declared in the topology.

/** The value at `pointer` in `document`, or undefined when any step is missing. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  let current: unknown = document;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return undefined;
      current = current[Number(token)];
    } else if (current !== null && typeof current === 'object' && Object.hasOwn(current, token)) {
      current = (current as Record<string, unknown>)[token];
    } else {
      return undefined;
    }
  }
  return current;
}

/**
 * The payload a webhook body becomes: the whole body without a mapping, else one field per mapping entry
 * (fields whose pointer finds nothing are left out, so validation names them as missing).
 */
export function mapBody(body: unknown, mapping: Readonly<Record<string, string>> | undefined): unknown {
  if (!mapping) return body;
  const payload: Record<string, unknown> = {};
  for (const [field, pointer] of Object.entries(mapping)) {
    const value = resolvePointer(body, pointer);
    if (value !== undefined) payload[field] = value;
  }
  return payload;
}

/** An idempotency key read from the body: strings and numbers only (an object is not a key). */
export function keyFromBody(body: unknown, pointer: string | undefined): string | undefined {
  if (pointer === undefined) return undefined;
  const value = resolvePointer(body, pointer);
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}
