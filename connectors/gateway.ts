// The gateway: the source node where events enter the pipeline. REST (`POST /v1/events/:type`, any language)
// and signed webhook ingress (`POST /v1/webhooks/:source`, systems that push) both validate the payload
// against its event definition, wrap it in the envelope (design §4) and answer 202 only after Kafka
// acknowledged the record on the source topic. Idempotency keys live in PostgreSQL, shared by replicas.
//
// The pieces: gateway/routes.ts (HTTP), gateway/producer.ts (group-commit producer, Kafka reachability),
// gateway/idempotency.ts (the key store), gateway/signature.ts (API keys, HMAC), gateway/problem.ts
// (RFC 9457 errors), gateway/mapping.ts (JSON pointers from webhook bodies to payloads).
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { Envelope } from '../runtime/component.ts';
import { toMs } from '../runtime/duration.ts';
import { IngestlayerError } from '../runtime/errors.ts';
import type { NodeHandle } from '../runtime/host.ts';
import { kafkajsPort, type KafkaPort } from '../runtime/kafka.ts';
import { Metrics } from '../runtime/metrics.ts';
import { serdeFor, type Serde } from '../runtime/serde.ts';
import { payloadValidator, type PayloadValidator } from '../topology/events.ts';
import type { Plan } from '../topology/plan.ts';
import type { GatewayConfig } from '../topology/schema.ts';
import { IdempotencyStore } from './gateway/idempotency.ts';
import { EventProducer } from './gateway/producer.ts';
import { ProblemError } from './gateway/problem.ts';
import { buildGateway, type WebhookSource } from './gateway/routes.ts';
import { apiKeyChecker, signatureOptions } from './gateway/signature.ts';

export { signPayload } from './gateway/signature.ts';

export interface GatewayNodeOptions {
  plan: Plan;
  /** Defaults to kafkajs against the plan's brokers. */
  kafka?: KafkaPort;
  logger: Logger;
  /** From runtime/metrics.ts `createRegistry`; the gateway's /metrics serves it. */
  registry: Registry;
  /** Overrides `gateway.port` (0: any free port). */
  port?: number;
  /** Record values; default: the topology's (JSON, or Avro when it names a schema registry). */
  serde?: Serde;
}

export type GatewayHandle = NodeHandle & {
  /** `http://host:port` the gateway listens on. */
  readonly address: string;
};

const node = 'gateway';

// Durations in the plan are validated strings or numbers; the schema's static type cannot say so.
const ms = (value: unknown): number => toMs(value as string | number);

/** Encodes for the source topic; a schema registry that is not answering is a 503 to retry, like Kafka. */
function sourceEncoder(serde: Serde, topic: string, retryAfter: number) {
  const unavailable = (err: unknown): never => {
    if (err instanceof IngestlayerError && err.retriable)
      throw new ProblemError(
        'INGEST_UNAVAILABLE',
        err.code === 'SCHEMA_INCOMPATIBLE'
          ? 'the schema registry refuses the schema of the source topic until the topology or the subject is fixed; try again later'
          : 'the schema registry is unreachable; try again later',
        { retryAfter, cause: err },
      );
    throw err;
  };
  return (envelope: Envelope): Buffer | Promise<Buffer> => {
    const value = serde.encode(envelope, topic);
    return value instanceof Promise ? value.catch(unavailable) : value;
  };
}

export async function startGatewayNode(options: GatewayNodeOptions): Promise<GatewayHandle> {
  const { plan, registry } = options;
  if (!plan.gateway)
    throw new IngestlayerError('TOPOLOGY_SCHEMA', 'the topology has no `gateway` section to run');
  const config = plan.gateway.config as unknown as GatewayConfig;
  const logger = options.logger.child({ node });
  const metrics = Metrics.forNode(registry, node);
  const kafka =
    options.kafka ??
    kafkajsPort({ brokers: plan.kafka.brokers, clientId: `${plan.kafka.clientId}-${node}`, logger });
  const retryAfterSeconds = Math.max(1, Math.ceil(ms(config.retryAfter) / 1000));

  const validators = new Map<string, PayloadValidator>(
    Object.entries(plan.events).map(([type, definition]) => [type, payloadValidator(definition)]),
  );
  const webhooks = new Map<string, WebhookSource>();
  for (const source of config.webhooks) {
    if (webhooks.has(source.source))
      throw new IngestlayerError(
        'TOPOLOGY_DUPLICATE_ID',
        `webhook source "${source.source}" is configured twice`,
      );
    const signature = signatureOptions(source, ms(source.signature.tolerance));
    if (signature.secrets.length === 0)
      logger.warn({ source: source.source }, 'webhook source has no secret: every request to it is refused');
    webhooks.set(source.source, { config: source, signature, header: source.signature.header.toLowerCase() });
  }
  if (!config.apiKeys.some((k) => k !== ''))
    logger.warn('the gateway has no API keys: every POST /v1/events request is refused');

  const producer = new EventProducer({
    kafka,
    topic: plan.gateway.output,
    lingerMs: ms(config.linger),
    maxBatchSize: config.maxBatchSize,
    // One produce request at a time keeps the producer idempotent; 4 at a time measured no faster.
    maxInFlight: 1,
    timeoutMs: ms(config.produceTimeout),
    healthIntervalMs: ms(config.healthInterval),
    retryAfterSeconds,
    metrics,
    logger,
  });
  const idempotency = config.idempotency;
  const store = new IdempotencyStore({
    url: idempotency.url,
    table: idempotency.table,
    scope: plan.name,
    ttlMs: ms(idempotency.ttl),
    leaseMs: Math.max(ms(idempotency.lease), ms(config.produceTimeout)),
    waitMs: ms(idempotency.wait),
    cleanupIntervalMs: ms(idempotency.cleanupInterval),
    poolSize: idempotency.poolSize,
    retryAfterSeconds,
    logger,
  });

  let stopping = false;
  const ready = () => !stopping && producer.isReachable();
  const app = buildGateway({
    bodyLimit: config.bodyLimit,
    validators,
    webhooks,
    checkApiKey: apiKeyChecker(config.apiKeys),
    producer,
    encode: sourceEncoder(options.serde ?? serdeFor(plan), plan.gateway.output, retryAfterSeconds),
    store,
    metrics,
    registry,
    logger,
    ready,
    retryAfterSeconds,
  });

  producer.start();
  const host = config.host;
  try {
    await app.listen({ port: options.port ?? config.port, host });
  } catch (err) {
    await Promise.allSettled([producer.close(), store.close()]);
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new IngestlayerError('PORT_IN_USE', `port ${options.port ?? config.port} is already in use`);
    throw err;
  }
  const port = app.server.address();
  const listening = typeof port === 'object' && port ? port.port : (options.port ?? config.port);
  const address = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${listening}`;
  logger.info({ address, topic: plan.gateway.output, webhooks: [...webhooks.keys()] }, 'gateway listening');

  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      stopping = true;
      logger.info('stopping: finishing requests in flight');
      await app.close(); // waits for requests in flight, which wait for their acknowledgements
      await producer.close();
      await store.close();
      finish();
    })());

  return { node, ready, stop, done, address };
}
