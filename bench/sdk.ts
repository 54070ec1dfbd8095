// SDK straight to Kafka: events/s from one process with batching (idempotent producer, acks=all).
//
//   node --import tsx bench/sdk.ts [--events 200000] [--window 20000]
//
// `--window` ingest() calls are kept in flight (each resolves on its own acknowledgement); the SDK batches
// them. Every payload is validated against its event definition, as in production. Uses KAFKA_BROKERS when
// set, else starts a broker of its own for the run. The record count on the topic is checked at the end.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { startLocalKafka, stopLocalKafka } from '../runtime/local-kafka.ts';
import { createClient } from '../sdk/index.ts';
import { topology, type Events } from '../sdk/generated/support-escalations.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '200000' },
    window: { type: 'string', default: '20000' },
    linger: { type: 'string', default: '5' },
  },
});
const total = Number(values.events);
const window = Number(values.window);

let brokers = process.env.KAFKA_BROKERS;
let dir: string | undefined;
if (!brokers) {
  dir = await mkdtemp(path.join(tmpdir(), 'ingestlayer-bench-kafka-'));
  brokers = (await startLocalKafka({ port: 0, dir })).bootstrap;
}
const topic = `bench-sdk-${Date.now().toString(36)}`;
const admin = new Kafka({ brokers: brokers.split(','), logLevel: logLevel.NOTHING }).admin();
await admin.connect();
await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });

const client = createClient<Events>({
  topology,
  transport: { kafka: { brokers, topic, linger: Number(values.linger) } },
});
const tiers = ['free', 'pro', 'enterprise'] as const;
const channels = ['email', 'chat', 'form'] as const;
const payload = (i: number) => ({
  ticket_id: `T-${i}`,
  subject: i % 7 === 0 ? 'Checkout is down for all customers' : 'Question about my invoice',
  body:
    'Hello, since this morning our team cannot complete payments; the page shows an error after the card ' +
    'step. We tried two browsers. Please advise. Regards, Jane',
  customer_tier: tiers[i % 3]!,
  channel: channels[(i >> 1) % 3]!,
});

// Warm-up: connect, producer id, JIT.
await Promise.all(
  Array.from({ length: 2000 }, (_, i) => client.ingest('support.ticket.created', payload(i))),
);

const started = performance.now();
let sent = 0;
let acked = 0;
await new Promise<void>((resolve, reject) => {
  const next = () => {
    while (sent < total && sent - acked < window) {
      const i = sent++;
      client.ingest('support.ticket.created', payload(i), { idempotencyKey: `bench-${i}` }).then(() => {
        acked += 1;
        if (acked === total) resolve();
        else next();
      }, reject);
    }
  };
  next();
});
const seconds = (performance.now() - started) / 1000;
await client.close();

const offsets = await admin.fetchTopicOffsets(topic);
const stored = offsets.reduce((sum, o) => sum + Number(o.high) - Number(o.low), 0);
await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
await admin.disconnect();
if (dir) {
  await stopLocalKafka({ dir });
  await rm(dir, { recursive: true, force: true });
}

const format = (n: number) => Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');
console.log(
  `node ${process.version}, ${format(total)} events, window ${format(window)}, linger ${values.linger} ms`,
);
console.log(`| events | seconds | events/s | records on the topic |`);
console.log(`|---:|---:|---:|---:|`);
console.log(`| ${format(total)} | ${seconds.toFixed(2)} | ${format(total / seconds)} | ${format(stored)} |`);
