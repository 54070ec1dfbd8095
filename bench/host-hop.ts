// What the host costs over a bare kafkajs hop. In one process and one run, against one broker:
//   raw  — a kafkajs consumer that sends each batch to the output topic (acks=all) and commits;
//   host — the step host running the `passthrough` step (decode, process, encode, produce, commit).
// Both read the same pre-filled input topic (N records of ~1 KiB) with their own consumer group, in
// alternating rounds so neither always runs on a warmer broker. Usage:
//   node --import tsx bench/host-hop.ts [--records 100000] [--rounds 2] [--exactly-once]
// `--exactly-once` runs the host with `delivery: exactly-once` (one transaction per batch) against the same raw
// at-least-once hop, to show what the transaction costs.
// Without KAFKA_BROKERS it starts a private local broker and stops it at the end.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { ulid } from 'ulid';
import { passthrough } from '../operators/passthrough.ts';
import { startStepNode } from '../runtime/host.ts';
import { kafkajsPort } from '../runtime/kafka.ts';
import { startLocalKafka, stopLocalKafka } from '../runtime/local-kafka.ts';
import { silentLogger } from '../runtime/logger.ts';
import { Metrics, createRegistry } from '../runtime/metrics.ts';
import { jsonSerde } from '../runtime/serde.ts';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '2' },
    'exactly-once': { type: 'boolean', default: false },
  },
});
const exactlyOnce = values['exactly-once'];
const records = Number(values.records);
const rounds = Number(values.rounds);
const partitions = 3;
const partitionsConcurrently = 4;

async function main() {
  let brokerDir: string | undefined;
  let brokers = process.env.KAFKA_BROKERS?.split(',');
  if (!brokers) {
    brokerDir = await mkdtemp(join(tmpdir(), 'bench-kafka-'));
    brokers = [(await startLocalKafka({ port: 0, dir: brokerDir })).bootstrap];
  }
  try {
    await bench(brokers);
  } finally {
    if (brokerDir) {
      await stopLocalKafka({ dir: brokerDir });
      await rm(brokerDir, { recursive: true, force: true });
    }
  }
}

async function bench(brokers: string[]) {
  const kafka = new Kafka({ clientId: 'bench', brokers, logLevel: logLevel.NOTHING });
  const run = `bench-${Date.now().toString(36)}`;
  const input = `${run}.in`;
  const admin = kafka.admin();
  await admin.connect();
  const outputs = Array.from({ length: rounds * 2 }, (_, i) => `${run}.out${i}`);
  await admin.createTopics({
    waitForLeaders: true,
    topics: [input, ...outputs, `${run}.dlq`].map((topic) => ({
      topic,
      numPartitions: partitions,
      replicationFactor: 1,
    })),
  });
  await admin.disconnect();

  const fill = 'x'.repeat(900);
  const producer = kafka.producer();
  await producer.connect();
  const t0 = Date.now();
  for (let i = 0; i < records; i += 2000) {
    const messages = Array.from({ length: Math.min(2000, records - i) }, (_, j) => {
      const id = ulid();
      const value = JSON.stringify({
        id,
        type: 'bench.event',
        time: new Date().toISOString(),
        payload: { n: i + j, body: fill },
      });
      return { key: id, value };
    });
    await producer.send({ topic: input, acks: -1, messages });
  }
  await producer.disconnect();
  console.error(
    `filled ${input} with ${records} records (~1 KiB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );

  const results: { kind: 'raw' | 'host'; rate: number }[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const kind of round % 2 === 0 ? (['raw', 'host'] as const) : (['host', 'raw'] as const)) {
      const output = outputs.shift()!;
      const seconds =
        kind === 'raw'
          ? await rawHop(kafka, input, output)
          : await hostHop(brokers, input, output, `${run}.dlq`);
      const rate = records / seconds;
      results.push({ kind, rate });
      console.error(
        `round ${round + 1} ${kind.padEnd(4)} ${rate.toFixed(0)} records/s (${seconds.toFixed(2)} s)`,
      );
    }
  }
  const mean = (kind: 'raw' | 'host') => {
    const r = results.filter((x) => x.kind === kind).map((x) => x.rate);
    return r.reduce((a, b) => a + b, 0) / r.length;
  };
  const raw = mean('raw');
  const host = mean('host');
  console.log(
    JSON.stringify({
      records,
      recordBytes: 1024,
      rounds,
      delivery: exactlyOnce ? 'exactly-once' : 'at-least-once',
      raw: Math.round(raw),
      host: Math.round(host),
      ratio: Number((host / raw).toFixed(3)),
    }),
  );
}

/** Seconds until `count()` reaches the record count. */
async function until(count: () => number): Promise<number> {
  const started = process.hrtime.bigint();
  while (count() < records) await new Promise((r) => setTimeout(r, 20));
  return Number(process.hrtime.bigint() - started) / 1e9;
}

async function rawHop(kafka: Kafka, input: string, output: string): Promise<number> {
  const consumer = kafka.consumer({ groupId: `${output}.raw` });
  const producer = kafka.producer();
  await Promise.all([consumer.connect(), producer.connect()]);
  await consumer.subscribe({ topics: [input], fromBeginning: true });
  let done = 0;
  const timing = until(() => done);
  await consumer.run({
    autoCommit: false,
    eachBatchAutoResolve: false,
    partitionsConsumedConcurrently: partitionsConcurrently,
    eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
      if (batch.messages.length === 0) return;
      await producer.send({
        topic: output,
        acks: -1,
        messages: batch.messages.map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
      });
      const last = batch.messages[batch.messages.length - 1]!.offset;
      await consumer.commitOffsets([
        { topic: batch.topic, partition: batch.partition, offset: (BigInt(last) + 1n).toString() },
      ]);
      resolveOffset(last);
      done += batch.messages.length;
      await heartbeat();
    },
  });
  const seconds = await timing;
  await consumer.disconnect();
  await producer.disconnect();
  return seconds;
}

async function hostHop(brokers: string[], input: string, output: string, dlqTopic: string): Promise<number> {
  const registry = createRegistry({ defaultMetrics: false });
  const metrics = Metrics.forNode(registry, 'bench');
  const counter = registry.getSingleMetric('ingestlayer_events_out_total')!;
  let done = 0;
  const poll = setInterval(() => {
    void (counter.get() as Promise<{ values: { value: number }[] }>).then(
      (m) => (done = m.values[0]?.value ?? 0),
    );
  }, 10);
  const step = await passthrough.create({}, undefined as never);
  const started = until(() => done);
  const node = await startStepNode({
    node: 'bench',
    input,
    output,
    group: `${output}.host`,
    dlqTopic,
    step,
    kafka: kafkajsPort({ brokers, clientId: 'bench-host', logger: silentLogger }),
    serde: jsonSerde,
    metrics,
    logger: silentLogger,
    partitionsConcurrently,
    exactlyOnce,
  });
  const seconds = await started;
  clearInterval(poll);
  await node.stop();
  return seconds;
}

await main();
