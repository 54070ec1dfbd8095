// How envelopes become record values and back: JSON here; Avro in the Confluent wire format (avro.ts) when
// the topology names a schema registry. `serdeFor` picks one.
import { avroSerde } from './avro.ts';
import type { Envelope } from './component.ts';
import { nonRetryable } from './errors.ts';
import type { Plan } from '../topology/plan.ts';

export interface Serde {
  readonly name: string;
  encode(envelope: Envelope, topic: string): Buffer | Promise<Buffer>;
  /**
   * Throws a non-retriable DECODE_FAILED or ENVELOPE_INVALID error for bad bytes, a retriable one when a
   * service it needs (the schema registry) is not answering: the hosts retry those, never dead-letter them.
   */
  decode(value: Buffer | null, topic: string): Envelope | Promise<Envelope>;
}

export const jsonSerde: Serde = {
  name: 'json',
  encode: (envelope) => Buffer.from(JSON.stringify(envelope)),
  decode(value) {
    if (value === null || value.length === 0)
      throw nonRetryable('DECODE_FAILED', 'record has no value (tombstone)');
    let parsed: unknown;
    try {
      parsed = JSON.parse(value.toString('utf8'));
    } catch (err) {
      // The parser's message quotes the input; keep only where it failed.
      const position = /position (\d+)/.exec((err as Error).message)?.[1];
      throw nonRetryable(
        'DECODE_FAILED',
        `value is not valid JSON${position ? ` (at byte ${position})` : ''}`,
      );
    }
    return assertEnvelope(parsed);
  },
};

export function assertEnvelope(value: unknown): Envelope {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw nonRetryable('ENVELOPE_INVALID', 'value is not a JSON object');
  }
  const e = value as Record<string, unknown>;
  for (const key of ['id', 'type', 'time'] as const) {
    if (typeof e[key] !== 'string' || e[key] === '')
      throw nonRetryable('ENVELOPE_INVALID', `envelope field "${key}" must be a non-empty string`);
  }
  if (e.payload === null || typeof e.payload !== 'object' || Array.isArray(e.payload)) {
    throw nonRetryable('ENVELOPE_INVALID', 'envelope field "payload" must be an object');
  }
  if (e.idempotencyKey !== undefined && typeof e.idempotencyKey !== 'string') {
    throw nonRetryable('ENVELOPE_INVALID', 'envelope field "idempotencyKey" must be a string');
  }
  return value as Envelope;
}

/** The Kafka key of an envelope: its idempotency key when given, else its id (per-key ordering). */
export function envelopeKey(envelope: Envelope): string {
  return envelope.idempotencyKey ?? envelope.id;
}

const serdes = new WeakMap<Plan, Serde>();

/**
 * JSON, or Avro in the Confluent wire format when the topology names a schema registry. One serde per plan
 * and process, so schema ids and writer schemas are fetched once however many nodes run here.
 */
export function serdeFor(plan: Plan): Serde {
  const url = plan.kafka.schemaRegistry;
  if (!url) return jsonSerde;
  let serde = serdes.get(plan);
  if (serde === undefined) {
    serde = avroSerde({ url, plan, clientId: plan.kafka.clientId });
    serdes.set(plan, serde);
  }
  return serde;
}
