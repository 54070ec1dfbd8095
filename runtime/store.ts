// A key-value store kept in a compacted Kafka topic: every replica of a node (and a restarted one) loads
// the topic on open and follows it afterwards, so what one replica learned (a classify label) the others
// reuse. Values are small strings; the newest write of a key wins, as compaction keeps it.
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { KeyValueStore } from './component.ts';
import type { KafkaPort } from './kafka.ts';
import { createTopicsWithLeaders } from './topics.ts';

export const storeDefaults = {
  /** Compacted topics keep the newest value of each key; entries older than this may go entirely. */
  retentionMs: 7 * 86_400_000,
  loadTimeoutMs: 60_000,
  partitions: 3,
} as const;

export async function ensureCompactedTopic(
  kafka: KafkaPort,
  topic: string,
  replicationFactor = 1,
): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = await admin.listTopics();
    if (existing.includes(topic)) return;
    await createTopicsWithLeaders(admin, [
      {
        topic,
        numPartitions: storeDefaults.partitions,
        replicationFactor,
        configEntries: [
          { name: 'cleanup.policy', value: 'compact' },
          { name: 'retention.ms', value: String(storeDefaults.retentionMs) },
        ],
      },
    ]);
  } finally {
    await admin.disconnect();
  }
}

export async function openKafkaStore(options: {
  kafka: KafkaPort;
  topic: string;
  logger: Logger;
  replicationFactor?: number;
}): Promise<KeyValueStore> {
  const { kafka, topic } = options;
  await ensureCompactedTopic(kafka, topic, options.replicationFactor);
  const entries = new Map<string, string>();
  const admin = kafka.admin();
  await admin.connect();
  const high = new Map(
    (await untilTopicKnown(() => admin.fetchTopicOffsets(topic))).map((p) => [p.partition, BigInt(p.high)]),
  );
  await admin.disconnect();

  // Each store instance reads the whole topic: a group of its own, never committed.
  const consumer = kafka.consumer({ groupId: `ingestlayer-store-${randomUUID()}` });
  const producer = kafka.producer();
  await Promise.all([consumer.connect(), producer.connect()]);
  await consumer.subscribe({ topics: [topic], fromBeginning: true });

  const caughtUp = new Map<number, bigint>();
  let loaded!: () => void;
  const loadedPromise = new Promise<void>((resolve) => (loaded = resolve));
  const checkLoaded = () => {
    for (const [partition, end] of high) if ((caughtUp.get(partition) ?? 0n) < end) return;
    loaded();
  };
  checkLoaded();
  await consumer.run({
    partitionsConsumedConcurrently: 1,
    eachBatch: async ({ batch, resolveOffset }) => {
      for (const m of batch.messages) {
        if (m.key) {
          if (m.value === null) entries.delete(m.key.toString());
          else entries.set(m.key.toString(), m.value.toString());
        }
        resolveOffset(m.offset);
        caughtUp.set(batch.partition, BigInt(m.offset) + 1n);
      }
      checkLoaded();
    },
  });
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(
      () => reject(new Error(`store ${topic} did not load within ${storeDefaults.loadTimeoutMs} ms`)),
      storeDefaults.loadTimeoutMs,
    ).unref(),
  );
  await Promise.race([loadedPromise, timeout]);
  options.logger.info({ topic, entries: entries.size }, 'store loaded');

  return {
    get: (key) => entries.get(key),
    async set(key, value) {
      entries.set(key, value);
      await producer.sendBatch([{ topic, messages: [{ key, value }] }]);
    },
    async close() {
      await consumer.stop();
      await consumer.disconnect();
      await producer.disconnect();
    },
  };
}

/**
 * A topic created a moment ago may not be in every broker's metadata yet (UNKNOWN_TOPIC_OR_PARTITION,
 * LEADER_NOT_AVAILABLE): retry those for a while instead of failing the node's start.
 */
async function untilTopicKnown<T>(fn: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      const retriable = (err as { retriable?: boolean }).retriable === true;
      if (!retriable || Date.now() > until) throw err;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** A store that lives in this process only (offline `step` runs, tests). */
export function memoryStore(): KeyValueStore {
  const entries = new Map<string, string>();
  return {
    get: (key) => entries.get(key),
    set: async (key, value) => void entries.set(key, value),
    close: async () => undefined,
  };
}
