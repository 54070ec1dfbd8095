// The schema of a topology file, version 1. Keys common to every step and every destination live here;
// each kind's own keys live beside its code (`schema` of the kind) and are checked against that.
import { Type, type Static } from '@sinclair/typebox';
import { Duration } from '../runtime/duration.ts';
import { EventDefinitionSchema } from './events.ts';

export const idPattern = '^[a-z][a-z0-9-]{0,62}$';
const topicPattern = '^[A-Za-z0-9._-]{1,249}$';

const Id = Type.String({ pattern: idPattern, description: 'Node id: lowercase letters, digits and dashes.' });
const Topic = Type.String({ pattern: topicPattern, description: 'Kafka topic name.' });

export const TopicDefaults = Type.Object(
  {
    partitions: Type.Integer({
      minimum: 1,
      maximum: 10000,
      default: 3,
      description: 'Partitions of each topic.',
    }),
    replicationFactor: Type.Integer({ minimum: 1, default: 1, description: 'Replicas of each topic.' }),
    retention: Duration({ default: '7d', description: 'How long records are kept on pipeline topics.' }),
    dlqRetention: Duration({ default: '30d', description: 'How long dead-lettered records are kept.' }),
  },
  { additionalProperties: false, default: {} },
);

export const KafkaSchema = Type.Object(
  {
    brokers: Type.Union(
      [Type.String({ minLength: 1 }), Type.Array(Type.String({ minLength: 1 }), { minItems: 1 })],
      {
        description: 'Bootstrap servers, comma separated or a list.',
      },
    ),
    schemaRegistry: Type.String({
      default: '',
      description: 'Schema registry URL. Set: topics carry Avro (Confluent wire format). Empty: JSON.',
    }),
    clientId: Type.String({ default: 'ingestlayer', description: 'Kafka client id prefix.' }),
    topics: TopicDefaults,
  },
  { additionalProperties: false },
);

export const SourceSchema = Type.Object(
  {
    event: Type.String({ description: 'The event type that enters the pipeline.' }),
    topic: Topic,
  },
  { additionalProperties: false },
);

export const StepCommon = {
  id: Id,
  uses: Type.String({ description: 'The step kind.' }),
  topic: Type.Optional(Type.String({ ...Topic, description: 'The topic this step produces to.' })),
  from: Type.Optional(
    Type.String({
      ...Topic,
      description: 'The topic this step reads. Default: the previous step’s topic, or the source topic.',
    }),
  ),
} as const;
export const stepCommonKeys = Object.keys(StepCommon);

export const RetrySchema = Type.Object(
  {
    maxAttempts: Type.Integer({
      minimum: 1,
      maximum: 100,
      default: 8,
      description: 'Attempts before the event is dead-lettered.',
    }),
    initialDelay: Duration({ default: '1s', description: 'Backoff before the second attempt.' }),
    maxDelay: Duration({ default: '5m', description: 'Longest backoff between attempts.' }),
  },
  { additionalProperties: false, default: {} },
);

export const CircuitBreakerSchema = Type.Object(
  {
    failureThreshold: Type.Integer({
      minimum: 1,
      default: 10,
      description: 'Consecutive failed attempts after which the destination pauses and probes.',
    }),
    probeInterval: Duration({ default: '5s', description: 'First wait before a probe while open.' }),
    maxProbeInterval: Duration({ default: '2m', description: 'Longest wait between probes.' }),
  },
  { additionalProperties: false, default: {} },
);

export const DestinationCommon = {
  id: Id,
  uses: Type.String({ description: 'The destination kind.' }),
  from: Type.Optional(
    Type.String({ ...Topic, description: 'The topic delivered. Default: the last step’s topic.' }),
  ),
  when: Type.Optional(
    Type.String({ description: 'CEL condition over the payload; only matching events are delivered.' }),
  ),
  retry: RetrySchema,
  maxInFlight: Type.Integer({
    minimum: 1,
    maximum: 4096,
    default: 64,
    description: 'Events delivered at once (different keys; one key is delivered in order).',
  }),
  circuitBreaker: CircuitBreakerSchema,
} as const;
export const destinationCommonKeys = Object.keys(DestinationCommon);

export const WebhookIngressSchema = Type.Object(
  {
    source: Type.String({
      pattern: '^[a-z0-9][a-z0-9-]*$',
      description: 'Path segment: POST /v1/webhooks/<source>.',
    }),
    event: Type.String({ description: 'The event type the body becomes.' }),
    secret: Type.String({ description: 'HMAC secret (a ${VAR} reference).' }),
  },
  { additionalProperties: true },
);

export const GatewaySchema = Type.Object(
  {
    port: Type.Integer({
      minimum: 0,
      maximum: 65535,
      default: 8080,
      description: 'HTTP port of the gateway.',
    }),
    apiKeys: Type.Array(Type.String(), {
      default: [],
      description: 'Accepted API keys (references to secrets).',
    }),
    webhooks: Type.Array(WebhookIngressSchema, {
      default: [],
      description: 'Signed webhook ingress sources.',
    }),
  },
  { additionalProperties: true },
);

export const ObservabilitySchema = Type.Object(
  {
    port: Type.Integer({
      minimum: 0,
      maximum: 65535,
      default: 9464,
      description: 'Port of /metrics, /healthz and /readyz for a node process (0: any free port).',
    }),
  },
  { additionalProperties: false, default: {} },
);

export const TopologySchema = Type.Object(
  {
    version: Type.Literal(1),
    name: Type.String({
      pattern: '^[a-z][a-z0-9-]{0,62}$',
      description: 'Pipeline name; prefixes DLQ topics and groups.',
    }),
    kafka: KafkaSchema,
    events: Type.Record(Type.String({ pattern: '^[A-Za-z0-9_.-]+$' }), EventDefinitionSchema, {
      description: 'Event types and their payload fields.',
    }),
    source: SourceSchema,
    gateway: Type.Optional(GatewaySchema),
    steps: Type.Array(Type.Object(StepCommon, { additionalProperties: true }), { default: [] }),
    destinations: Type.Array(Type.Object(DestinationCommon, { additionalProperties: true }), { default: [] }),
    observability: ObservabilitySchema,
  },
  { additionalProperties: false },
);

export type TopologyDocument = Static<typeof TopologySchema>;
