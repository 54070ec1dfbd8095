// The Kafka the host talks to, narrowed to what it uses. `kafkajsPort` is the real thing; the in-memory
// test driver implements the same port so commit, DLQ and shutdown semantics have fast tests too.
import { Kafka, logLevel as kafkaLogLevel, type KafkaMessage, type IHeaders, type Admin } from 'kafkajs';
import type { Logger } from 'pino';
import { javaCompatiblePartitioner } from './partitioner.ts';

export type { KafkaMessage, IHeaders };

export interface TopicPartitionOffset {
  topic: string;
  partition: number;
  offset: string;
}

export interface OutRecord {
  key: Buffer | string | null;
  value: Buffer | string | null;
  headers?: IHeaders;
}

export interface BatchPayload {
  batch: {
    topic: string;
    partition: number;
    highWatermark: string;
    messages: KafkaMessage[];
    /**
     * The last offset the fetch covered: the last message's, or past it when the batch ends with records a
     * read_committed consumer does not see (transaction markers, aborted records). Commit after this one.
     */
    lastOffset(): string;
  };
  /** Marks a record processed so the next fetch starts after it (it does not commit). */
  resolveOffset(offset: string): void;
  heartbeat(): Promise<void>;
  isRunning(): boolean;
  isStale(): boolean;
}

export interface ConsumerPort {
  connect(): Promise<void>;
  subscribe(subscription: { topics: string[]; fromBeginning: boolean }): Promise<void>;
  run(config: {
    partitionsConsumedConcurrently: number;
    eachBatch: (payload: BatchPayload) => Promise<void>;
  }): Promise<void>;
  commitOffsets(offsets: TopicPartitionOffset[]): Promise<void>;
  pause(topics: { topic: string; partitions?: number[] }[]): void;
  resume(topics: { topic: string; partitions?: number[] }[]): void;
  /** Stops fetching; resolves after the batches in flight are done. */
  stop(): Promise<void>;
  /** Leaves the group. */
  disconnect(): Promise<void>;
  onGroupJoin(listener: () => void): void;
  onCrash(listener: (error: Error, restart: boolean) => void): void;
  /**
   * A fetch whose records were all hidden (transaction markers, aborted records) reaches no `eachBatch`;
   * the listener learns its last offset so the group's committed offset can move past it.
   */
  onHiddenBatch(listener: (batch: { topic: string; partition: number; lastOffset: string }) => void): void;
}

export interface ProducerPort {
  connect(): Promise<void>;
  /** Resolves once every record is acknowledged by all in-sync replicas (acks = -1). */
  sendBatch(topicMessages: { topic: string; messages: OutRecord[] }[]): Promise<void>;
  /** Begins a transaction; only producers created with a `transactionalId` have one. */
  transaction(): Promise<TransactionPort>;
  disconnect(): Promise<void>;
}

/** Records and consumed offsets that become visible to read_committed consumers together, or not at all. */
export interface TransactionPort {
  sendBatch(topicMessages: { topic: string; messages: OutRecord[] }[]): Promise<void>;
  /** Commits the group's offsets as part of the transaction. */
  sendOffsets(offsets: {
    consumerGroupId: string;
    topics: { topic: string; partitions: { partition: number; offset: string }[] }[];
  }): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export interface ConsumerOptions {
  groupId: string;
  sessionTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  maxBytesPerPartition?: number;
  /**
   * read_committed (the default): records of open or aborted transactions are never seen. For topics written
   * without transactions it changes nothing.
   */
  readCommitted?: boolean;
}

export interface ProducerOptions {
  /** Broker-side deduplication of retried sends (gateway, SDK). */
  idempotent?: boolean;
  /**
   * Makes the producer transactional (exactly-once steps). A producer started with the same id fences the
   * earlier one and aborts its open transaction.
   */
  transactionalId?: string;
}

export interface KafkaPort {
  consumer(options: ConsumerOptions): ConsumerPort;
  producer(options?: ProducerOptions): ProducerPort;
  /** Admin client of the real broker; the memory driver gives a narrower one. */
  admin(): AdminPort;
}

export type AdminPort = Pick<
  Admin,
  | 'connect'
  | 'disconnect'
  | 'createTopics'
  | 'fetchTopicOffsets'
  | 'fetchOffsets'
  | 'listTopics'
  | 'fetchTopicMetadata'
>;

export const consumerDefaults = {
  sessionTimeoutMs: 30_000,
  heartbeatIntervalMs: 3_000,
  maxBytesPerPartition: 1_048_576,
} as const;

export function kafkajsPort(options: {
  brokers: readonly string[];
  clientId: string;
  logger: Logger;
}): KafkaPort {
  const kafka = new Kafka({
    clientId: options.clientId,
    brokers: [...options.brokers],
    logLevel: kafkaLogLevel.WARN,
    logCreator: pinoLogCreator(options.logger),
    retry: { initialRetryTime: 300, retries: 8 },
  });
  return {
    consumer(opts) {
      const consumer = kafka.consumer({
        groupId: opts.groupId,
        sessionTimeout: opts.sessionTimeoutMs ?? consumerDefaults.sessionTimeoutMs,
        heartbeatInterval: opts.heartbeatIntervalMs ?? consumerDefaults.heartbeatIntervalMs,
        maxBytesPerPartition: opts.maxBytesPerPartition ?? consumerDefaults.maxBytesPerPartition,
        readUncommitted: !(opts.readCommitted ?? true),
        allowAutoTopicCreation: false,
      });
      return {
        connect: () => consumer.connect(),
        subscribe: (s) => consumer.subscribe(s),
        run: (config) =>
          consumer.run({
            autoCommit: false,
            eachBatchAutoResolve: false,
            partitionsConsumedConcurrently: config.partitionsConsumedConcurrently,
            eachBatch: config.eachBatch,
          }),
        commitOffsets: (offsets) => consumer.commitOffsets(offsets),
        pause: (t) => consumer.pause(t),
        resume: (t) => consumer.resume(t),
        stop: () => consumer.stop(),
        disconnect: () => consumer.disconnect(),
        onGroupJoin: (listener) => void consumer.on(consumer.events.GROUP_JOIN, () => listener()),
        onCrash: (listener) =>
          void consumer.on(consumer.events.CRASH, (e) => listener(e.payload.error, e.payload.restart)),
        onHiddenBatch: (listener) =>
          void consumer.on(consumer.events.START_BATCH_PROCESS, ({ payload }) => {
            // kafkajs resolves such a batch itself but, with autoCommit off, commits nothing for it.
            if (payload.batchSize === 0) listener(payload);
          }),
      };
    },
    producer(opts) {
      const transactionalId = opts?.transactionalId;
      const producer = kafka.producer({
        allowAutoTopicCreation: false,
        // Java-compatible murmur2 partitioning, so other Kafka clients put a key on the same partition.
        createPartitioner: javaCompatiblePartitioner,
        idempotent: opts?.idempotent ?? false,
        // kafkajs wants an idempotent producer to retry without limit (it warns that a limit "may invalidate
        // EoS guarantees" otherwise); callers bound the wait with their own deadline instead.
        ...(opts?.idempotent ? { maxInFlightRequests: 1, retry: { retries: Number.MAX_SAFE_INTEGER } } : {}),
        // Transactional sends are idempotent in kafkajs whatever `idempotent` says; their retries may stay
        // bounded, since a send that fails aborts the whole transaction and the caller begins it again.
        ...(transactionalId !== undefined ? { transactionalId, maxInFlightRequests: 1 } : {}),
      });
      return {
        connect: () => producer.connect(),
        sendBatch: async (topicMessages) => {
          await producer.sendBatch({ topicMessages, acks: -1 });
        },
        transaction: async () => {
          const txn = await producer.transaction();
          return {
            sendBatch: async (topicMessages) => {
              await txn.sendBatch({ topicMessages, acks: -1 });
            },
            sendOffsets: (offsets) => txn.sendOffsets(offsets),
            commit: () => txn.commit(),
            abort: () => txn.abort(),
          };
        },
        disconnect: () => producer.disconnect(),
      };
    },
    admin: () => kafka.admin(),
  };
}

/** kafkajs log lines through pino, without the broker payloads kafkajs sometimes attaches. */
function pinoLogCreator(logger: Logger) {
  const child = logger.child({ component: 'kafkajs' });
  return () =>
    ({
      level,
      log,
    }: {
      level: number;
      log: { message: string; error?: string; broker?: string; groupId?: string };
    }) => {
      const fields = { broker: log.broker, groupId: log.groupId, error: log.error };
      if (level <= kafkaLogLevel.ERROR) child.error(fields, log.message);
      else if (level === kafkaLogLevel.WARN) child.warn(fields, log.message);
      else if (level === kafkaLogLevel.INFO) child.info(fields, log.message);
      else child.debug(fields, log.message);
    };
}

/** Header value as a string (kafkajs gives Buffers, or arrays for repeated keys). */
export function headerString(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}
