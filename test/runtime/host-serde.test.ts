// Both hosts over the in-memory driver with a serde whose schema registry blinks: a retriable serde failure
// is retried (never dead-lettered, nothing committed meanwhile); a non-retriable one dead-letters the record.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnyDestinationKind, Destination, Envelope } from '../../runtime/component.ts';
import { dlqHeader } from '../../runtime/dlq.ts';
import { nonRetryable, retryable } from '../../runtime/errors.ts';
import { startStepNode } from '../../runtime/host.ts';
import { headerString } from '../../runtime/kafka.ts';
import { silentLogger } from '../../runtime/logger.ts';
import { Metrics, createRegistry } from '../../runtime/metrics.ts';
import { jsonSerde, type Serde } from '../../runtime/serde.ts';
import { startDestinationNode } from '../../runtime/sink-host.ts';
import { envelope, eventually } from '../helpers/events.ts';
import { MemoryKafka } from '../helpers/memory-kafka.ts';

/** JSON underneath; the first `failures` decodes and encodes fail as if the registry did not answer. */
function blinkingSerde(failures: number): Serde & { decodeFailures: number; encodeFailures: number } {
  const serde = {
    name: 'blinking',
    decodeFailures: 0,
    encodeFailures: 0,
    async decode(value: Buffer | null, topic: string) {
      if (serde.decodeFailures < failures) {
        serde.decodeFailures += 1;
        throw retryable('SCHEMA_REGISTRY_UNAVAILABLE', 'the schema registry could not return schema id 1');
      }
      return jsonSerde.decode(value, topic);
    },
    async encode(event: Envelope, topic: string) {
      if (event.payload.misfit) throw nonRetryable('ENCODE_FAILED', 'field "payload.misfit" does not fit');
      if (serde.encodeFailures < failures) {
        serde.encodeFailures += 1;
        throw retryable('SCHEMA_REGISTRY_UNAVAILABLE', 'the schema registry could not register');
      }
      return jsonSerde.encode(event, topic);
    },
  };
  return serde;
}

const metrics = () => Metrics.forNode(createRegistry({ defaultMetrics: false }), 'n1');

describe('hosts with a blinking schema registry (in-memory driver)', () => {
  it('step host: retries decode and encode, dead-letters only the event that does not fit', async () => {
    const kafka = new MemoryKafka({ partitions: 1 });
    const good = [envelope({ n: 1 }), envelope({ n: 2 })];
    const misfit = envelope({ misfit: true });
    for (const e of [good[0]!, misfit, good[1]!]) kafka.append('in', { key: e.id, value: JSON.stringify(e) });
    const serde = blinkingSerde(3);
    let committedWhileFailing: bigint | undefined = -1n;
    const handle = await startStepNode({
      node: 'n1',
      input: 'in',
      output: 'out',
      group: 'p.n1',
      dlqTopic: 'p.n1.dlq',
      step: {
        process: (e) => {
          if (serde.encodeFailures === 0) committedWhileFailing = kafka.committedOffset('p.n1', 'in', 0);
          return [e];
        },
      },
      kafka,
      serde,
      metrics: metrics(),
      logger: silentLogger,
      retry: { initialDelayMs: 1, maxDelayMs: 5 },
    });
    await eventually(() => kafka.lag('p.n1', 'in') === 0);
    await handle.stop();
    assert.equal(serde.decodeFailures, 3);
    assert.equal(serde.encodeFailures, 3);
    assert.equal(committedWhileFailing, undefined, 'nothing committed while the registry was away');
    assert.deepEqual(
      kafka.values<Envelope>('out').map((e) => e.id),
      good.map((e) => e.id),
    );
    const dead = kafka.records('p.n1.dlq');
    assert.equal(dead.length, 1);
    assert.equal(JSON.parse(dead[0]!.value!.toString()).id, misfit.id, 'the original bytes');
    assert.equal(headerString(dead[0]!.headers, dlqHeader.code), 'INGESTLAYER_ERR_ENCODE_FAILED');
    assert.equal(headerString(dead[0]!.headers, dlqHeader.stage), 'produce');
  });

  it('destination host: retries decoding while the registry is away and delivers every event', async () => {
    const kafka = new MemoryKafka({ partitions: 1 });
    const events = [envelope({ n: 1 }), envelope({ n: 2 })];
    for (const e of events) kafka.append('in', { key: e.id, value: JSON.stringify(e) });
    const delivered: string[] = [];
    const destination: Destination = {
      deliver: async (request) => {
        delivered.push(JSON.parse(request.body.toString()).id);
        return { outcome: 'ok', status: 200 };
      },
    };
    const serde = blinkingSerde(3);
    const handle = await startDestinationNode({
      plan: {
        role: 'destination',
        id: 'hook',
        group: 'p.hook',
        dlqTopic: 'p.hook.dlq',
        input: 'in',
        kind: { kind: 'fake', summary: '', example: '', schema: {} } as unknown as AnyDestinationKind,
        when: undefined,
        retry: { maxAttempts: 3, initialDelayMs: 1, maxDelayMs: 5 },
        maxInFlight: 8,
        circuitBreaker: { failureThreshold: 1000, probeIntervalMs: 5, maxProbeIntervalMs: 20 },
        config: {},
      },
      destination,
      kafka,
      serde,
      metrics: metrics(),
      logger: silentLogger,
    });
    await eventually(() => kafka.lag('p.hook', 'in') === 0);
    await handle.stop();
    assert.equal(serde.decodeFailures, 3);
    assert.deepEqual(
      delivered,
      events.map((e) => e.id),
      'the body is the envelope as JSON',
    );
    assert.equal(kafka.records('p.hook.dlq').length, 0);
  });
});
