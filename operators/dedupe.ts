// dedupe: drops an event whose idempotency key was already seen within `window` — the gateway's idempotency
// guarantee for everything that writes to Kafka directly (the SDK's Kafka transport, other producers). The
// first event id seen for a key is kept in a store shared by every replica and a restarted node (a
// compacted topic), so:
// - the same record read again (a replay after a crash, before its offset was committed) carries that same
//   id and passes: nothing is lost between remembering a key and producing the event;
// - another event with the same key and the same type and payload is a duplicate: dropped, counted as
//   `ingestlayer_events_dropped_total{reason="duplicate"}`;
// - another event with the same key and a different payload is an error the producer must see: the DLQ,
//   code INGEST_IDEMPOTENCY_MISMATCH (the gateway answers 422 for the same case).
// Events without a key pass untouched. Records with one key share a partition when the key is the Kafka
// key (the SDK and the gateway do that), so one replica decides for a key at a time.
import { createHash } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import { payloadFingerprint } from '../runtime/canonical.ts';
import type { Envelope, KeyValueStore, StepKind } from '../runtime/component.ts';
import { Duration, toMs } from '../runtime/duration.ts';
import { nonRetryable } from '../runtime/errors.ts';

const schema = Type.Object(
  {
    key: Type.Optional(
      Type.String({
        pattern: '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$',
        description:
          'Payload field (dotted path) holding the key. Default: the envelope’s `idempotencyKey` (the ' +
          'SDK option and the gateway’s `Idempotency-Key`).',
      }),
    ),
    window: Duration({
      default: '24h',
      description: 'How long a key is remembered; a key seen again later starts afresh.',
    }),
  },
  { additionalProperties: false },
);

/** What the store keeps per key: the first event id, the fingerprint of its type and payload, when. */
interface Seen {
  id: string;
  fingerprint: string;
  at: number;
}

export const dedupe: StepKind<typeof schema> = {
  kind: 'dedupe',
  summary:
    'Drops an event whose idempotency key (the envelope’s `idempotencyKey`, or the payload field `key`) was ' +
    'seen within `window` with the same type and payload, counted as `ingestlayer_events_dropped_total' +
    '{reason="duplicate"}`; the same key with a different payload goes to the DLQ (INGEST_IDEMPOTENCY_MISMATCH). ' +
    'Keys live in a compacted topic shared by every replica and kept across restarts; the same record read ' +
    'again after a crash passes, so nothing is lost. Put it first when events reach Kafka without the gateway.',
  schema,
  example: `
- id: once
  uses: dedupe
  topic: example.deduplicated
  window: 24h
`,
  async create(config, ctx) {
    const store = await ctx.openStore('keys');
    return createDedupe({
      store,
      windowMs: toMs(config.window as string | number),
      keyPath: config.key?.split('.'),
      onDuplicate: () => ctx.metrics.dropped('duplicate'),
    });
  },
};

export function createDedupe(options: {
  store: KeyValueStore;
  windowMs: number;
  keyPath?: string[] | undefined;
  onDuplicate: () => void;
  now?: () => number;
}) {
  const { store, windowMs, keyPath } = options;
  const now = options.now ?? Date.now;
  // The host processes up to 16 records of a batch at once: one key is decided one event at a time.
  const busy = new Map<string, Promise<unknown>>();

  async function decide(key: string, event: Envelope): Promise<Envelope[]> {
    const fingerprint = payloadFingerprint(event.type, event.payload);
    const seen = parseSeen(store.get(storeKey(key)));
    const at = now();
    if (seen && seen.at + windowMs > at) {
      if (seen.id === event.id) return [event]; // this very record again: a replay, not a duplicate
      if (seen.fingerprint === fingerprint) {
        options.onDuplicate();
        return [];
      }
      throw nonRetryable(
        'INGEST_IDEMPOTENCY_MISMATCH',
        'the idempotency key was used before, within the window, with another event type or payload',
      );
    }
    await store.set(storeKey(key), JSON.stringify({ id: event.id, fingerprint, at } satisfies Seen));
    return [event];
  }

  return {
    async process(event: Envelope): Promise<Envelope[]> {
      const key = keyPath ? keyFromPayload(event.payload, keyPath) : event.idempotencyKey;
      if (key === undefined || key === '') return [event];
      const before = busy.get(key);
      const result = (before ?? Promise.resolve()).then(() => decide(key, event));
      const settled = result.catch(() => undefined);
      busy.set(key, settled);
      void settled.then(() => {
        if (busy.get(key) === settled) busy.delete(key);
      });
      return result;
    },
  };
}

/** Keys may be customer data (an email as a key): the store keeps their hash. */
const storeKey = (key: string) => createHash('sha256').update(key).digest('base64url');

function keyFromPayload(payload: Record<string, unknown>, path: string[]): string | undefined {
  let value: unknown = payload;
  for (const part of path) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function parseSeen(text: string | undefined): Seen | undefined {
  if (text === undefined) return undefined;
  try {
    const seen = JSON.parse(text) as Partial<Seen>;
    return typeof seen.id === 'string' && typeof seen.fingerprint === 'string' && typeof seen.at === 'number'
      ? (seen as Seen)
      : undefined;
  } catch {
    return undefined; // an entry written by something else: treat the key as new
  }
}
