// Reading and writing real topics in integration tests, through plain kafkajs (not the host under test).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel, type KafkaMessage } from 'kafkajs';
import { createTopicsWithLeaders } from '../../runtime/topics.ts';
import { brokers, uniqueName } from './kafka.ts';

export function kafka(): Kafka {
  return new Kafka({ clientId: 'ingestlayer-test', brokers: brokers(), logLevel: logLevel.NOTHING });
}

export async function createTopics(names: string[], partitions = 3): Promise<void> {
  const admin = kafka().admin();
  await admin.connect();
  try {
    await createTopicsWithLeaders(
      admin,
      names.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: 1 })),
    );
  } finally {
    await admin.disconnect();
  }
}

export async function produce(
  topic: string,
  messages: { key: string | null; value: string | Buffer | null; headers?: Record<string, string> }[],
): Promise<void> {
  const producer = kafka().producer();
  await producer.connect();
  try {
    for (let i = 0; i < messages.length; i += 1000)
      await producer.send({ topic, acks: -1, messages: messages.slice(i, i + 1000) });
  } finally {
    await producer.disconnect();
  }
}

/** Consumes `topic` from the beginning until `done(all so far)` holds or `timeoutMs` passes. */
export async function collect(
  topic: string,
  done: (messages: KafkaMessage[]) => boolean,
  timeoutMs = 60_000,
): Promise<KafkaMessage[]> {
  const consumer = kafka().consumer({ groupId: uniqueName('reader'), maxWaitTimeInMs: 200 });
  const messages: KafkaMessage[] = [];
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  await consumer.run({
    eachBatch: async ({ batch }) => {
      messages.push(...batch.messages);
      if (done(messages)) finish();
    },
  });
  const timer = setTimeout(finish, timeoutMs);
  if (done(messages)) finish();
  await finished;
  clearTimeout(timer);
  await consumer.disconnect();
  return messages;
}

/** Records of `topic` that `group` has not committed yet (0 when it is fully caught up). */
export async function groupLag(group: string, topic: string): Promise<number> {
  const admin = kafka().admin();
  await admin.connect();
  try {
    const [ends, committed] = await Promise.all([
      admin.fetchTopicOffsets(topic),
      admin.fetchOffsets({ groupId: group, topics: [topic] }),
    ]);
    const byPartition = new Map(
      committed[0]!.partitions.map((p) => [p.partition, BigInt(p.offset === '-1' ? '0' : p.offset)]),
    );
    return ends.reduce((sum, p) => sum + Number(BigInt(p.high) - (byPartition.get(p.partition) ?? 0n)), 0);
  } finally {
    await admin.disconnect();
  }
}

/** Records ever written to `topic` (tests delete nothing while they run). */
export async function recordCount(topic: string): Promise<number> {
  const admin = kafka().admin();
  await admin.connect();
  try {
    return (await admin.fetchTopicOffsets(topic)).reduce((n, p) => n + Number(p.high) - Number(p.low), 0);
  } finally {
    await admin.disconnect();
  }
}

/** Writes a topology's text to a file of its own and returns the path. */
export async function writeTopology(text: string): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'ingestlayer-topology-')), 'topology.yaml');
  await writeFile(file, text);
  return file;
}
