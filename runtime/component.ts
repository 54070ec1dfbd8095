// The contracts between the host and the components it runs. A step is a function the host calls; a
// destination delivers one event. Neither touches Kafka, offsets or metric registration: what they need
// (logger, the fixed metric set, a key-value store, an abort signal) arrives through their context.
import type { Static, TObject } from '@sinclair/typebox';
import type { Logger } from 'pino';
import type { Metrics } from './metrics.ts';

/** The envelope carried on every topic and in every delivery body (design §4). */
export interface Envelope {
  id: string;
  type: string;
  time: string;
  idempotencyKey?: string;
  payload: Record<string, unknown>;
}

/** One problem found while checking a component's config; `path` is relative to the component's node. */
export interface ConfigIssue {
  path: readonly (string | number)[];
  message: string;
  code: 'TOPOLOGY_EXPRESSION' | 'TOPOLOGY_INCONSISTENT' | 'TOPOLOGY_SCHEMA';
  /** Character offset (UTF-16 code units) inside the string value at `path`, so the loader can point at the column. */
  offset?: number;
}

/** What a component's `check` may look at besides its own config. */
export interface CheckContext {
  /** Field names of the events that reach this node (payload fields added by earlier steps included). */
  readonly fields: ReadonlySet<string>;
}

/** A durable key-value store (a compacted Kafka topic in production, memory in the test driver). */
export interface KeyValueStore {
  get(key: string): string | undefined;
  set(key: string, value: string): Promise<void>;
  close(): Promise<void>;
}

export interface ComponentContext {
  readonly pipeline: string;
  readonly node: string;
  /** Never log record values, prompts or secrets. */
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** Aborted when the node shuts down. */
  readonly signal: AbortSignal;
  /** Opens (and loads) a store shared by every replica of this node; `name` becomes part of a topic name. */
  openStore(name: string): Promise<KeyValueStore>;
}

export interface Step {
  /** `[]` drops the event, one envelope transforms it, several fan it out. Throw an IngestlayerError to fail. */
  process(event: Envelope): Envelope[] | Promise<Envelope[]>;
  close?(): Promise<void>;
}

interface ComponentKind<S extends TObject> {
  readonly kind: string;
  /** Short reference text; the generated docs use it. */
  readonly summary: string;
  /** The kind's own config keys; common keys (id, uses, topic, from, when) are added by the topology schema. */
  readonly schema: S;
  /** A YAML snippet of one node of this kind, validated by a test and shown in the docs. */
  readonly example: string;
  /** Checks that need more than the schema (expressions compile, labels agree). */
  check?(config: Static<S>, ctx: CheckContext): ConfigIssue[];
}

export interface StepKind<S extends TObject = TObject> extends ComponentKind<S> {
  /** Payload fields this step adds (for the checks of later nodes). */
  addsFields?(config: Static<S>): string[];
  create(config: Static<S>, ctx: ComponentContext): Step | Promise<Step>;
}

/** The outcome of one delivery attempt. */
export type DeliveryResult =
  | { outcome: 'ok'; status?: number }
  | { outcome: 'retry'; code: string; message: string; status?: number; retryAfterMs?: number }
  | { outcome: 'fail'; code: string; message: string; status?: number };

export interface DeliveryRequest {
  event: Envelope;
  /** The envelope's JSON exactly as sent; signatures cover these bytes. */
  body: Buffer;
  /** 1 for the first attempt. */
  attempt: number;
  signal: AbortSignal;
}

export interface Destination {
  deliver(request: DeliveryRequest): Promise<DeliveryResult>;
  close?(): Promise<void>;
}

export interface DestinationKind<S extends TObject = TObject> extends ComponentKind<S> {
  create(config: Static<S>, ctx: ComponentContext): Destination | Promise<Destination>;
}

// Registration lists hold kinds of different config types; the loader validates each config against the
// kind's own schema before `create` sees it, so erasing the type parameter here is sound.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStepKind = StepKind<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDestinationKind = DestinationKind<any>;
