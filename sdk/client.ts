// `createClient` and `ingest`: validate the payload against its event definition (a clear error naming each
// bad field), then hand it to one of two transports behind the same API — straight to Kafka, or HTTP to
// the gateway. Types come from `ingestlayer codegen`: `createClient<Events>(…)` makes a misspelt field or a
// value outside an enum a compile-time error.
import { Value } from '@sinclair/typebox/value';
import { eventId } from './ids.ts';
import type { Envelope } from '../runtime/component.ts';
import { IngestlayerError } from '../runtime/errors.ts';
import {
  EventDefinitionSchema,
  payloadValidator,
  type EventDefinition,
  type PayloadValidator,
} from '../topology/events.ts';
import { IngestError, invalidPayload } from './errors.ts';
import { HttpTransport, type HttpTransportOptions } from './http-transport.ts';
import { KafkaTransport, type KafkaTransportOptions } from './kafka-transport.ts';

/** Without generated types every event type is accepted and payloads are plain objects. */
export type UntypedEvents = Record<string, Record<string, unknown>>;

/** A loaded plan (`requirePlan`) or the `topology` constant that codegen writes. */
export interface TopologyLike {
  readonly source?: { readonly topic: string };
  readonly events: EventDefinitions;
}

export type EventDefinitions = { readonly [type: string]: { readonly [field: string]: unknown } };

export type TransportOptions = { kafka: KafkaTransportOptions } | { http: HttpTransportOptions };

export interface ClientOptions {
  /** Gives the event definitions and (for the Kafka transport) the source topic. */
  topology?: TopologyLike;
  /** The event definitions alone, when there is no topology at hand. */
  events?: EventDefinitions;
  transport: TransportOptions;
}

export interface IngestOptions {
  /**
   * Through the gateway: the same key with the same payload within the key's TTL returns the first id and
   * stores nothing new. Straight to Kafka: it becomes the record key and the envelope's `idempotencyKey`,
   * and a `dedupe` step first in the topology drops later events with the same key.
   */
  idempotencyKey?: string;
}

export interface Client<E extends object = UntypedEvents> {
  /** Validates, sends, and resolves with the event id once the event is stored. */
  ingest<T extends keyof E & string>(type: T, payload: E[T], options?: IngestOptions): Promise<string>;
  /** Waits until every event handed to `ingest` so far is acknowledged. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

const maxKeyLength = 255;

export function createClient<E extends object = UntypedEvents>(options: ClientOptions): Client<E> {
  const definitions = options.events ?? options.topology?.events;
  if (!definitions)
    throw new IngestlayerError(
      'TOPOLOGY_SCHEMA',
      'createClient needs `topology` or `events` (the event definitions)',
    );
  const validators = new Map<string, PayloadValidator>();
  for (const [type, definition] of Object.entries(definitions)) {
    if (!Value.Check(EventDefinitionSchema, definition))
      throw new IngestlayerError('TOPOLOGY_SCHEMA', `the definition of event type "${type}" is not valid`);
    validators.set(type, payloadValidator(definition as EventDefinition));
  }

  const send = transportOf(options);

  return {
    async ingest(type, payload, ingestOptions = {}) {
      const validate = validators.get(type);
      if (!validate)
        throw new IngestError(
          'INGEST_UNKNOWN_TYPE',
          `event type "${type}" is not defined; known: ${[...validators.keys()].join(', ')}`,
        );
      const errors = validate(payload);
      if (errors.length > 0) throw invalidPayload(type, errors);
      const key = ingestOptions.idempotencyKey;
      if (key !== undefined && (typeof key !== 'string' || key === '' || key.length > maxKeyLength))
        throw new IngestError(
          'INGEST_MALFORMED',
          `idempotencyKey must be a string of 1 to ${maxKeyLength} characters`,
        );
      return send.ingest(type, payload as Record<string, unknown>, key);
    },
    flush: () => send.flush(),
    close: () => send.close(),
  };
}

interface Sender {
  ingest(type: string, payload: Record<string, unknown>, key: string | undefined): Promise<string>;
  flush(): Promise<void>;
  close(): Promise<void>;
}

function transportOf(options: ClientOptions): Sender {
  const { transport } = options;
  if ('http' in transport) {
    const http = new HttpTransport(transport.http);
    const inFlight = new Set<Promise<unknown>>();
    return {
      ingest: (type, payload, key) => {
        const sent = http.send(type, payload, key);
        inFlight.add(sent);
        void sent.catch(() => undefined).finally(() => inFlight.delete(sent));
        return sent;
      },
      flush: async () => void (await Promise.allSettled([...inFlight])),
      close: async () => {
        await Promise.allSettled([...inFlight]);
        await http.close();
      },
    };
  }
  const topic = transport.kafka.topic ?? options.topology?.source?.topic;
  if (!topic)
    throw new IngestlayerError(
      'TOPOLOGY_SCHEMA',
      'the Kafka transport needs a topic: pass `transport.kafka.topic` or a topology with a source',
    );
  const kafka = new KafkaTransport({ ...transport.kafka, topic });
  return {
    async ingest(type, payload, key) {
      const envelope: Envelope = {
        id: eventId(),
        type,
        time: new Date().toISOString(),
        ...(key !== undefined ? { idempotencyKey: key } : {}),
        payload,
      };
      const value = kafka.encode(envelope);
      await kafka.send({ key: key ?? envelope.id, value: typeof value === 'string' ? value : await value });
      return envelope.id;
    },
    flush: () => kafka.flush(),
    close: () => kafka.close(),
  };
}

// ── the default client, for `ingest(type, payload)` without passing a client around ────────────────────

// eslint-disable-next-line @typescript-eslint/no-explicit-any
let defaultClient: Client<any> | undefined;

/** Creates the client that the module-level `ingest` uses (closing the previous one). */
export function configure<E extends object = UntypedEvents>(options: ClientOptions): Client<E> {
  const previous = defaultClient;
  const client = createClient<E>(options);
  defaultClient = client;
  void previous?.close();
  return client;
}

/** `ingest(type, payload, { idempotencyKey })` with the client made by `configure`. */
export function ingest(
  type: string,
  payload: Record<string, unknown>,
  options?: IngestOptions,
): Promise<string> {
  if (!defaultClient)
    return Promise.reject(
      new IngestError('INGEST_UNAVAILABLE', 'call configure({ topology, transport }) before ingest()'),
    );
  return defaultClient.ingest(type, payload, options);
}
