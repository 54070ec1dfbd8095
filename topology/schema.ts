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
  delivery: Type.Union([Type.Literal('at-least-once'), Type.Literal('exactly-once')], {
    default: 'at-least-once',
    description:
      '`exactly-once`: each batch’s outputs, dead letters and consumed offsets are written in one Kafka ' +
      'transaction, so a crash or restart never makes an input count twice downstream. Costs a transaction ' +
      'per batch. `at-least-once`: a crash replays the batch since the last commit.',
  }),
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

// ── gateway (REST + signed webhook ingress) ─────────────────────────────────────────────────────────
const jsonPointer = (description: string) =>
  Type.String({
    pattern: '^(/([^~]|~[01])*)*$',
    description: `${description} A JSON pointer (RFC 6901) into the body, e.g. \`/ticket/id\`.`,
  });

export const WebhookSignatureSchema = Type.Object(
  {
    header: Type.String({
      minLength: 1,
      default: 'X-Ingestlayer-Signature',
      description: 'Request header that carries the signature.',
    }),
    scheme: Type.Union([Type.Literal('timestamped'), Type.Literal('hex')], {
      default: 'timestamped',
      description:
        '`timestamped`: `t=<unix seconds>,v1=<hex HMAC(secret, "<t>.<raw body>")>` (the Stripe scheme; several ' +
        '`v1=` are accepted during a secret rotation). `hex`: the hex HMAC of the raw body, after `prefix`.',
    }),
    algorithm: Type.Union([Type.Literal('sha256'), Type.Literal('sha1'), Type.Literal('sha512')], {
      default: 'sha256',
      description: 'HMAC hash function.',
    }),
    prefix: Type.String({
      default: '',
      description: 'Text before the hex digest with the `hex` scheme (GitHub sends `sha256=`).',
    }),
    tolerance: Duration({
      default: '300s',
      description: 'How far the signed timestamp may be from the gateway clock (`timestamped` only).',
    }),
  },
  { additionalProperties: false, default: {} },
);

export const WebhookIngressSchema = Type.Object(
  {
    source: Type.String({
      pattern: '^[a-z0-9][a-z0-9-]*$',
      description: 'Path segment: POST /v1/webhooks/<source>.',
    }),
    event: Type.String({ description: 'The event type the body becomes.' }),
    secret: Type.Union([Type.String(), Type.Array(Type.String(), { minItems: 1 })], {
      description:
        'HMAC secret (a ${VAR} reference), or a list during a rotation. Empty: every request is rejected.',
    }),
    signature: WebhookSignatureSchema,
    mapping: Type.Optional(
      Type.Record(Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*$' }), jsonPointer('Where the field is.'), {
        additionalProperties: false,
        description:
          'Payload field → JSON pointer into the body. Without a mapping the whole body is the payload.',
      }),
    ),
    idempotencyKey: Type.Optional(
      jsonPointer(
        'The value used as idempotency key (a provider’s delivery or object id), so a redelivered webhook ' +
          'is stored once. An `Idempotency-Key` header takes precedence.',
      ),
    ),
  },
  { additionalProperties: false },
);

export const IdempotencySchema = Type.Object(
  {
    url: Type.String({
      default: 'postgres://127.0.0.1:5432/postgres',
      description:
        'PostgreSQL holding the idempotency keys, shared by every gateway replica (write ' +
        '`${DATABASE_URL:-postgres://127.0.0.1:5432/postgres}`; without a user name, `$PGUSER` or `postgres`). ' +
        'Connected on the first keyed request.',
    }),
    table: Type.String({
      pattern: '^[a-z_][a-z0-9_]{0,62}$',
      default: 'ingestlayer_idempotency',
      description: 'Table of the keys; created on first use.',
    }),
    ttl: Duration({ default: '24h', description: 'How long a key returns the first event id.' }),
    lease: Duration({
      default: '30s',
      description:
        'How long a request owns a new key before another replica may take it over (a crashed owner).',
    }),
    wait: Duration({
      default: '10s',
      description: 'How long a duplicate waits for the first request with its key to finish; then 409.',
    }),
    cleanupInterval: Duration({ default: '1h', description: 'How often expired keys are deleted.' }),
    poolSize: Type.Integer({ minimum: 1, maximum: 100, default: 10, description: 'PostgreSQL connections.' }),
  },
  { additionalProperties: false, default: {} },
);

export const GatewaySchema = Type.Object(
  {
    port: Type.Integer({
      minimum: 0,
      maximum: 65535,
      default: 8080,
      description: 'HTTP port of the gateway.',
    }),
    host: Type.String({ default: '0.0.0.0', description: 'Address the gateway listens on.' }),
    apiKeys: Type.Array(Type.String(), {
      default: [],
      description:
        'Accepted API keys (references to secrets), sent as `Authorization: Bearer <key>`. Empty keys are ' +
        'ignored; with none, every /v1/events request is refused.',
    }),
    bodyLimit: Type.Integer({
      minimum: 1,
      default: 1_048_576,
      description: 'Largest request body in bytes; larger ones get 413.',
    }),
    produceTimeout: Duration({
      default: '10s',
      description: 'How long a request waits for Kafka to acknowledge its event before answering 503.',
    }),
    retryAfter: Duration({ default: '5s', description: 'The `Retry-After` sent with 503.' }),
    linger: Duration({
      default: '1ms',
      description:
        'How long events wait, once the previous send is acknowledged, to be batched with others before ' +
        'they are produced (0: only what arrived while the previous batch was in flight). Larger batches ' +
        'cost the gateway and the broker less per event.',
    }),
    maxBatchSize: Type.Integer({
      minimum: 1,
      maximum: 100_000,
      default: 1000,
      description: 'Most events produced in one request to Kafka.',
    }),
    healthInterval: Duration({
      default: '2s',
      description: 'How often Kafka reachability (readiness) is checked.',
    }),
    idempotency: IdempotencySchema,
    webhooks: Type.Array(WebhookIngressSchema, {
      default: [],
      description: 'Signed webhook ingress sources.',
    }),
  },
  { additionalProperties: false },
);

export type GatewayConfig = Static<typeof GatewaySchema>;
export type WebhookIngressConfig = Static<typeof WebhookIngressSchema>;

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
