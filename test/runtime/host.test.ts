// The real step host over the in-memory driver: commit, DLQ, retry and shutdown semantics.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Envelope, Step } from '../../runtime/component.ts';
import { dlqHeader } from '../../runtime/dlq.ts';
import { retryable, nonRetryable } from '../../runtime/errors.ts';
import { startStepNode, type StepNodeOptions } from '../../runtime/host.ts';
import { headerString, type KafkaPort } from '../../runtime/kafka.ts';
import { Metrics, createRegistry } from '../../runtime/metrics.ts';
import { silentLogger } from '../../runtime/logger.ts';
import { jsonSerde } from '../../runtime/serde.ts';
import { MemoryKafka } from '../helpers/memory-kafka.ts';
import { eventually, envelope } from '../helpers/events.ts';

function node(kafka: KafkaPort, step: Step, extra: Partial<StepNodeOptions> = {}) {
  const registry = createRegistry({ defaultMetrics: false });
  const options: StepNodeOptions = {
    node: 'n1',
    input: 'in',
    output: 'out',
    group: 'p.n1',
    dlqTopic: 'p.n1.dlq',
    step,
    kafka,
    serde: jsonSerde,
    metrics: Metrics.forNode(registry, 'n1'),
    logger: silentLogger,
    retry: { initialDelayMs: 1, maxDelayMs: 5 },
    ...extra,
  };
  return { registry, start: () => startStepNode(options) };
}

const passthrough: Step = { process: (e) => [e] };

function produce(kafka: MemoryKafka, events: Envelope[]) {
  for (const e of events) kafka.append('in', { key: e.id, value: JSON.stringify(e) });
}

describe('step host (in-memory driver)', () => {
  it('forwards every record, keeps keys, and commits to the end', async () => {
    const kafka = new MemoryKafka();
    const events = Array.from({ length: 120 }, (_, i) => envelope({ n: i }));
    produce(kafka, events);
    const { registry, start } = node(kafka, passthrough);
    const handle = await start();
    await eventually(() => kafka.lag('p.n1', 'in') === 0);
    await handle.stop();
    const out = kafka.records('out');
    assert.deepEqual(
      new Set(out.map((r) => JSON.parse(r.value!.toString()).id)),
      new Set(events.map((e) => e.id)),
    );
    for (const r of out) assert.equal(r.key!.toString(), JSON.parse(r.value!.toString()).id);
    const metrics = await registry.getSingleMetricAsString('ingestlayer_events_in_total');
    assert.match(metrics, /ingestlayer_events_in_total\{node="n1"\} 120/);
  });

  it('keeps the order of one key across a partition', async () => {
    const kafka = new MemoryKafka({ partitions: 1, maxBatch: 7 });
    const events = Array.from({ length: 40 }, (_, i) => envelope({ n: i }, { idempotencyKey: 'same' }));
    produce(kafka, events);
    // A step whose latency varies per record must still emit in input order.
    const step: Step = {
      process: async (e) => (await new Promise((r) => setTimeout(r, (e.payload.n as number) % 3)), [e]),
    };
    const handle = await node(kafka, step).start();
    await eventually(() => kafka.lag('p.n1', 'in') === 0);
    await handle.stop();
    assert.deepEqual(
      kafka.values<Envelope>('out').map((e) => e.payload.n),
      events.map((e) => e.payload.n),
    );
  });

  it('dead-letters invalid JSON with the design headers and keeps processing after it', async () => {
    const kafka = new MemoryKafka({ partitions: 1 });
    const before = envelope({ n: 1 });
    const after = envelope({ n: 2 });
    produce(kafka, [before]);
    kafka.append('in', { key: 'k-bad', value: '{"id": broken', headers: { trace: 'abc' } });
    kafka.append('in', { key: 'k-env', value: JSON.stringify({ hello: 'not an envelope' }) });
    produce(kafka, [after]);
    const handle = await node(kafka, passthrough).start();
    await eventually(() => kafka.lag('p.n1', 'in') === 0);
    await handle.stop();

    assert.deepEqual(
      kafka.values<Envelope>('out').map((e) => e.id),
      [before.id, after.id],
    );
    const dead = kafka.records('p.n1.dlq');
    assert.equal(dead.length, 2);
    const [bad, notEnvelope] = dead;
    assert.equal(bad!.value!.toString(), '{"id": broken', 'original bytes unchanged');
    assert.equal(bad!.key!.toString(), 'k-bad');
    assert.equal(headerString(bad!.headers, 'trace'), 'abc', 'original headers kept');
    assert.equal(headerString(bad!.headers, dlqHeader.code), 'INGESTLAYER_ERR_DECODE_FAILED');
    assert.equal(headerString(bad!.headers, dlqHeader.stage), 'decode');
    assert.equal(headerString(bad!.headers, dlqHeader.node), 'n1');
    assert.equal(headerString(bad!.headers, dlqHeader.topic), 'in');
    assert.equal(headerString(bad!.headers, dlqHeader.partition), '0');
    assert.equal(headerString(bad!.headers, dlqHeader.offset), '1');
    assert.equal(headerString(bad!.headers, dlqHeader.attempts), '1');
    assert.match(headerString(bad!.headers, dlqHeader.message)!, /not valid JSON/);
    assert.ok(!Number.isNaN(Date.parse(headerString(bad!.headers, dlqHeader.time)!)));
    assert.equal(headerString(notEnvelope!.headers, dlqHeader.code), 'INGESTLAYER_ERR_ENVELOPE_INVALID');
  });

  it('dead-letters a non-retriable step error and retries a retriable one without committing', async () => {
    const kafka = new MemoryKafka({ partitions: 1 });
    const poison = envelope({ kind: 'poison' });
    const flaky = envelope({ kind: 'flaky' });
    const fine = envelope({ kind: 'fine' });
    produce(kafka, [poison, flaky, fine]);
    let flakyCalls = 0;
    let committedDuringRetry: bigint | undefined = -1n;
    const step: Step = {
      process(e) {
        if (e.payload.kind === 'poison') throw nonRetryable('STEP_FAILED', 'cannot handle this one');
        if (e.payload.kind === 'flaky' && ++flakyCalls < 4) {
          committedDuringRetry = kafka.committedOffset('p.n1', 'in', 0);
          throw retryable('STEP_UNAVAILABLE', 'model server down');
        }
        return [e];
      },
    };
    const handle = await node(kafka, step).start();
    await eventually(() => kafka.lag('p.n1', 'in') === 0);
    await handle.stop();
    assert.equal(flakyCalls, 4);
    assert.equal(committedDuringRetry, undefined, 'nothing committed while the batch was retrying');
    assert.deepEqual(
      kafka.values<Envelope>('out').map((e) => e.id),
      [flaky.id, fine.id],
    );
    const dead = kafka.records('p.n1.dlq');
    assert.equal(dead.length, 1);
    assert.equal(JSON.parse(dead[0]!.value!.toString()).id, poison.id);
    assert.equal(headerString(dead[0]!.headers, dlqHeader.code), 'INGESTLAYER_ERR_STEP_FAILED');
    assert.equal(headerString(dead[0]!.headers, dlqHeader.stage), 'process');
  });

  it('never commits past a batch whose DLQ write failed', async () => {
    const kafka = new MemoryKafka({ partitions: 1 });
    kafka.append('in', { key: 'x', value: 'not json' });
    kafka.failingTopics.add('p.n1.dlq');
    const handle = await node(kafka, passthrough).start();
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(kafka.committedOffset('p.n1', 'in', 0), undefined);
    assert.equal(kafka.records('p.n1.dlq').length, 0);
    kafka.failingTopics.delete('p.n1.dlq');
    await eventually(() => kafka.lag('p.n1', 'in') === 0);
    await handle.stop();
    assert.equal(kafka.records('p.n1.dlq').length, 1);
  });

  it('drops nothing when killed mid-stream and restarted (at-least-once)', async () => {
    const kafka = new MemoryKafka({ partitions: 3, maxBatch: 20 });
    const events = Array.from({ length: 600 }, (_, i) => envelope({ n: i }));
    produce(kafka, events);
    const slow: Step = { process: async (e) => (await new Promise((r) => setImmediate(r)), [e]) };
    // The first node stops making progress after 150 events, so the kill always lands mid-stream however fast
    // the machine is (a free-running node could finish all 600 before the test looked).
    let processed = 0;
    const stalls: Step = {
      process: async (e) => {
        if (++processed > 150) await new Promise(() => {});
        return slow.process(e);
      },
    };
    const first = kafka.session();
    await node(first, stalls).start();
    await eventually(() => kafka.records('out').length > 100);
    first.kill();
    const lagAfterKill = kafka.lag('p.n1', 'in');
    assert.ok(lagAfterKill > 0, 'the kill happened mid-stream');
    const second = await node(kafka.session(), slow).start();
    await eventually(() => kafka.lag('p.n1', 'in') === 0);
    await second.stop();
    const seen = new Set(kafka.values<Envelope>('out').map((e) => e.id));
    for (const e of events) assert.ok(seen.has(e.id), `event ${e.payload.n} reached the output`);
  });

  it('exactly-once: killed mid-stream and restarted, every record reaches the output once', async () => {
    const kafka = new MemoryKafka({ partitions: 3, maxBatch: 20 });
    const events = Array.from({ length: 600 }, (_, i) => envelope({ n: i }));
    produce(kafka, events);
    kafka.append('in', { key: 'bad', value: 'not json' });
    const slow: Step = { process: async (e) => (await new Promise((r) => setImmediate(r)), [e]) };
    const first = kafka.session();
    // Dies after a batch's records were sent, before its offset was committed: at-least-once would replay
    // them; in a transaction they were never visible.
    first.killAfterSends(6);
    await node(first, slow, { exactlyOnce: true }).start();
    await eventually(() => kafka.lag('p.n1', 'in') > 0 && kafka.records('out').length >= 100);
    assert.ok(kafka.lag('p.n1', 'in') > 0, 'the kill happened mid-stream');
    const second = await node(kafka.session(), slow, { exactlyOnce: true }).start();
    await eventually(() => kafka.lag('p.n1', 'in') === 0);
    await second.stop();
    const ids = kafka.values<Envelope>('out').map((e) => e.id);
    assert.equal(ids.length, events.length, 'no record twice, none missing');
    assert.deepEqual(new Set(ids), new Set(events.map((e) => e.id)));
    assert.equal(kafka.records('p.n1.dlq').length, 1, 'the dead letter, once, in the same transactions');
    // Offsets moved only through transactions: one transactional producer per input partition.
    assert.deepEqual([...kafka.transactionsCommitted.keys()].sort(), ['p.n1.in.0', 'p.n1.in.1', 'p.n1.in.2']);
  });

  it('exactly-once: a failed transaction is aborted and retried whole, committing nothing before', async () => {
    const kafka = new MemoryKafka({ partitions: 1 });
    const events = Array.from({ length: 5 }, (_, i) => envelope({ n: i }));
    produce(kafka, events);
    kafka.failSends = 3;
    const handle = await node(kafka, passthrough, { exactlyOnce: true }).start();
    await eventually(() => kafka.lag('p.n1', 'in') === 0);
    await handle.stop();
    assert.equal(kafka.failSends, 0, 'the injected failures happened');
    assert.deepEqual(
      kafka.values<Envelope>('out').map((e) => e.id),
      events.map((e) => e.id),
    );
  });

  it('commits past transaction markers, also when a fetch holds nothing else', async () => {
    const kafka = new MemoryKafka({ partitions: 1 });
    produce(kafka, [envelope({ n: 1 }), envelope({ n: 2 })]);
    kafka.appendMarker('in', 0); // fetched with the records: committed with their batch
    const handle = await node(kafka, passthrough).start();
    await eventually(() => kafka.committedOffset('p.n1', 'in', 0) === 3n);
    kafka.appendMarker('in', 0); // a fetch of the marker alone never reaches eachBatch
    await eventually(() => kafka.committedOffset('p.n1', 'in', 0) === 4n);
    await handle.stop();
    assert.equal(kafka.lag('p.n1', 'in'), 0);
    assert.equal(kafka.records('out').length, 2);
  });

  it('on stop, finishes the batch in flight and commits it', async () => {
    const kafka = new MemoryKafka({ partitions: 1, maxBatch: 10 });
    produce(
      kafka,
      Array.from({ length: 10 }, (_, i) => envelope({ n: i })),
    );
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let started = 0;
    const step: Step = { process: async (e) => (started++, await gate, [e]) };
    const handle = await node(kafka, step).start();
    await eventually(() => started > 0);
    const stopping = handle.stop();
    release();
    await stopping;
    await handle.done;
    assert.equal(kafka.committedOffset('p.n1', 'in', 0), 10n);
    assert.equal(kafka.records('out').length, 10);
  });
});
