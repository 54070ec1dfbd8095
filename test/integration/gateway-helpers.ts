// Real-broker helpers for the gateway and SDK integration tests: create a topic, read it back whole.
import { Kafka, logLevel } from 'kafkajs';
import type { Envelope } from '../../runtime/component.ts';
import { uniqueName } from '../helpers/kafka.ts';

export interface StoredRecord {
  key: string | null;
  envelope: Envelope;
  partition: number;
  offset: string;
}

function client(brokers: readonly string[]) {
  return new Kafka({
    clientId: 'ingestlayer-test',
    brokers: [...brokers],
    logLevel: logLevel.NOTHING,
    retry: { retries: 3 },
  });
}

export async function createTopic(brokers: readonly string[], topic: string, partitions = 3): Promise<void> {
  const admin = client(brokers).admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: partitions }], waitForLeaders: true });
  } finally {
    await admin.disconnect();
  }
}

/**
 * Every record on the topic now (up to the high watermarks read at the start). A consumer that crashes (a
 * broker that just restarted has no group coordinator yet) is not left to restart itself in the background —
 * its restart timer would outlive the test — but replaced here, up to three times.
 */
export async function readTopic(brokers: readonly string[], topic: string): Promise<StoredRecord[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await readTopicOnce(brokers, topic);
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}

async function readTopicOnce(brokers: readonly string[], topic: string): Promise<StoredRecord[]> {
  const kafka = client(brokers);
  const admin = kafka.admin();
  await admin.connect();
  const offsets = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect());
  const remaining = new Map(
    offsets.filter((o) => BigInt(o.high) > BigInt(o.low)).map((o) => [o.partition, BigInt(o.high) - 1n]),
  );
  const records: StoredRecord[] = [];
  if (remaining.size === 0) return records;
  const consumer = kafka.consumer({
    groupId: uniqueName('gw-reader'),
    retry: { retries: 3, restartOnFailure: async () => false },
  });
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`reading ${topic} timed out`)), 30_000);
      consumer.on(consumer.events.CRASH, (event) => {
        clearTimeout(timer);
        reject(event.payload.error);
      });
      void consumer
        .run({
          eachMessage: async ({ partition, message }) => {
            records.push({
              key: message.key?.toString() ?? null,
              envelope: JSON.parse(message.value!.toString()) as Envelope,
              partition,
              offset: message.offset,
            });
            const last = remaining.get(partition);
            if (last !== undefined && BigInt(message.offset) >= last) remaining.delete(partition);
            if (remaining.size === 0) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return records;
}
