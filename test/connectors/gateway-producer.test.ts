// The gateway's producer when Kafka stops answering: close() must end in bounded time and answer every
// request, and a send kafkajs is still retrying must not leave a connected client behind once it settles.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EventProducer } from '../../connectors/gateway/producer.ts';
import type { AdminPort, KafkaPort, ProducerPort } from '../../runtime/kafka.ts';
import { silentLogger } from '../../runtime/logger.ts';
import { createRegistry, Metrics } from '../../runtime/metrics.ts';
import { eventually } from '../helpers/events.ts';

const topic = 'gw-producer.raw';

/** A Kafka whose sends never return until the test settles them, counting disconnects. */
function hangingKafka() {
  const hanging: (() => void)[] = [];
  const state = { producers: 0, disconnects: 0, settleSends: () => hanging.splice(0).forEach((f) => f()) };
  const kafka: KafkaPort = {
    consumer: () => {
      throw new Error('the gateway consumes nothing');
    },
    producer: () => {
      state.producers += 1;
      const producer: Pick<ProducerPort, 'connect' | 'sendBatch' | 'disconnect'> = {
        connect: () => Promise.resolve(),
        sendBatch: () => new Promise<void>((resolve) => hanging.push(resolve)),
        disconnect: async () => {
          state.disconnects += 1;
        },
      };
      return producer as ProducerPort; // the gateway uses no more of it
    },
    admin: () =>
      ({
        connect: async () => undefined,
        disconnect: async () => undefined,
        listTopics: async () => [topic],
      }) as AdminPort,
  };
  return { kafka, state };
}

const within = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms)),
  ]);

describe('gateway producer', () => {
  it('closes within the produce timeout while a send hangs, answering its request with 503', async () => {
    const { kafka, state } = hangingKafka();
    const producer = new EventProducer({
      kafka,
      topic,
      lingerMs: 0,
      maxBatchSize: 100,
      maxInFlight: 1,
      timeoutMs: 300,
      healthIntervalMs: 50,
      retryAfterSeconds: 1,
      metrics: Metrics.forNode(createRegistry({ defaultMetrics: false }), 'gateway'),
      logger: silentLogger,
    });
    producer.start();
    await eventually(() => producer.isReachable(), 5_000, 'Kafka reachable');

    const request = producer.produce({ key: 'k', value: 'v' });
    const outcome = request.then(
      () => 'acknowledged',
      (err: { code?: string }) => err.code,
    );
    await within(producer.close(), 5_000, 'close()');
    assert.equal(await within(outcome, 1_000, 'the answer'), 'INGEST_UNAVAILABLE');
    assert.equal(state.producers, 1);
    assert.equal(state.disconnects, 1, 'disconnected on close');

    // kafkajs finishing its retries (or reconnecting to a broker that came back) after close.
    state.settleSends();
    await eventually(() => state.disconnects === 2, 5_000, 'disconnected again once the send settled');
  });
});
