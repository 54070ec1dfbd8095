// Manages its own brokers (fresh temp dirs, free ports); it deliberately ignores KAFKA_BROKERS.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { Kafka, logLevel } from 'kafkajs';
import { IngestlayerError } from '../../runtime/errors.ts';
import {
  kafkaJarsUpToDate,
  localKafkaStatus,
  startLocalKafka,
  stopLocalKafka,
  type LocalKafka,
} from '../../runtime/local-kafka.ts';
import { uniqueName } from '../helpers/kafka.ts';

const hangGuard = { timeout: 120_000 };

function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'ingestlayer-local-kafka-'));
}

/** Waits until the process is reaped (a just-killed child can linger as a zombie for a moment). */
async function processGone(pid: number): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    try {
      process.kill(pid, 0);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ESRCH') return true;
    }
    await sleep(100);
  }
  return false;
}

describe('local Kafka', () => {
  let dir: string;
  let broker: LocalKafka;

  before(async () => {
    dir = await tempDir();
    broker = await startLocalKafka({ port: 0, dir });
  }, hangGuard);

  after(async () => {
    await stopLocalKafka({ dir });
    await rm(dir, { recursive: true, force: true });
  });

  it('serves a kafkajs client: create a topic, produce and consume one message', hangGuard, async () => {
    const kafka = new Kafka({
      clientId: 'local-kafka-test',
      brokers: [broker.bootstrap],
      logLevel: logLevel.NOTHING,
    });
    const topic = uniqueName('local-kafka');
    const admin = kafka.admin();
    const producer = kafka.producer();
    const consumer = kafka.consumer({ groupId: uniqueName('local-kafka-group') });
    try {
      await admin.connect();
      assert.equal(
        await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true }),
        true,
      );
      await producer.connect();
      await producer.send({ topic, messages: [{ key: 'k', value: 'hello' }] });
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      const received = await new Promise<string>((resolve) => {
        void consumer.run({ eachMessage: async ({ message }) => resolve(String(message.value)) });
      });
      assert.equal(received, 'hello');
    } finally {
      await consumer.disconnect();
      await producer.disconnect();
      await admin.disconnect();
    }
  });

  it('reports the running broker with its pid and bootstrap address', async () => {
    const status = await localKafkaStatus({ dir });
    assert.deepEqual(status, { running: true, dir, pid: broker.pid, bootstrap: broker.bootstrap });
    assert.match(broker.bootstrap, /^127\.0\.0\.1:\d+$/);
  });

  it('returns the running broker when started again in the same dir', async () => {
    const again = await startLocalKafka({ port: 0, dir });
    assert.deepEqual(again, broker);
  });

  it('starts a second broker in another fresh dir without fetching the jars again', hangGuard, async () => {
    assert.equal(await kafkaJarsUpToDate(), true, 'target/lib is stamped with the pom hash');
    const otherDir = await tempDir();
    const progress: string[] = [];
    try {
      const second = await startLocalKafka({
        port: 0,
        dir: otherDir,
        onProgress: (line) => progress.push(line),
      });
      assert.notEqual(second.bootstrap, broker.bootstrap);
      assert.ok(
        progress.some((line) => line.startsWith('Kafka is ready')),
        'progress is reported',
      );
      assert.deepEqual(
        progress.filter((line) => line.includes('Maven')),
        [],
      );
    } finally {
      await stopLocalKafka({ dir: otherDir });
      await rm(otherDir, { recursive: true, force: true });
    }
  });

  it('refuses a port that is taken with PORT_IN_USE and starts nothing', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const otherDir = await tempDir();
    try {
      await assert.rejects(
        startLocalKafka({ port, dir: otherDir }),
        (err: unknown) =>
          err instanceof IngestlayerError && err.code === 'PORT_IN_USE' && err.message.includes(String(port)),
      );
      assert.equal((await localKafkaStatus({ dir: otherDir })).running, false);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
      await rm(otherDir, { recursive: true, force: true });
    }
  });

  it('stops the broker: the JVM is gone and status says not running', hangGuard, async () => {
    assert.equal(await stopLocalKafka({ dir }), true);
    assert.equal(await processGone(broker.pid), true, `pid ${broker.pid} still exists`);
    assert.deepEqual(await localKafkaStatus({ dir }), { running: false, dir });
    assert.equal(await stopLocalKafka({ dir }), false, 'a second stop finds nothing to stop');
  });
});
