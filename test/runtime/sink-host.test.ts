// The real destination host over the in-memory driver: watermark commits, per-key order, retries that hold
// only their own key, the DLQ (and what happens when it fails), the circuit breaker, kill and restart.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type {
  AnyDestinationKind,
  DeliveryRequest,
  DeliveryResult,
  Destination,
  Envelope,
} from '../../runtime/component.ts';
import { dlqHeader } from '../../runtime/dlq.ts';
import { headerString, type KafkaPort } from '../../runtime/kafka.ts';
import { silentLogger } from '../../runtime/logger.ts';
import { Metrics, createRegistry } from '../../runtime/metrics.ts';
import { jsonSerde } from '../../runtime/serde.ts';
import { retryDelay, startDestinationNode, type DestinationNodeOptions } from '../../runtime/sink-host.ts';
import type { DestinationPlan } from '../../topology/plan.ts';
import { envelope, eventually } from '../helpers/events.ts';
import { MemoryKafka } from '../helpers/memory-kafka.ts';

const kind = { kind: 'fake', summary: '', example: '', schema: {} } as unknown as AnyDestinationKind;

function destinationPlan(overrides: Partial<DestinationPlan> = {}): DestinationPlan {
  return {
    role: 'destination',
    id: 'hook',
    group: 'p.hook',
    dlqTopic: 'p.hook.dlq',
    input: 'in',
    kind,
    when: undefined,
    retry: { maxAttempts: 3, initialDelayMs: 1, maxDelayMs: 5 },
    maxInFlight: 8,
    circuitBreaker: { failureThreshold: 1000, probeIntervalMs: 5, maxProbeIntervalMs: 20 },
    config: {},
    ...overrides,
  };
}

interface Call {
  id: string;
  n: unknown;
  key: string | undefined;
  attempt: number;
}

/** A destination whose answer per call comes from `answer`; records calls and peak concurrency. */
class FakeDestination implements Destination {
  readonly calls: Call[] = [];
  readonly delivered: Call[] = [];
  active = 0;
  peak = 0;
  constructor(
    public answer: (
      request: DeliveryRequest,
      call: Call,
    ) => DeliveryResult | Promise<DeliveryResult> = () => ({
      outcome: 'ok',
      status: 200,
    }),
  ) {}
  async deliver(request: DeliveryRequest): Promise<DeliveryResult> {
    const call: Call = {
      id: request.event.id,
      n: request.event.payload.n,
      key: request.event.idempotencyKey,
      attempt: request.attempt,
    };
    this.calls.push(call);
    this.active += 1;
    this.peak = Math.max(this.peak, this.active);
    try {
      const result = await this.answer(request, call);
      if (result.outcome === 'ok') this.delivered.push(call);
      return result;
    } finally {
      this.active -= 1;
    }
  }
  ids(): string[] {
    return this.delivered.map((c) => c.id);
  }
}

function start(
  kafka: KafkaPort,
  destination: Destination,
  plan: DestinationPlan,
  extra: Partial<DestinationNodeOptions> = {},
) {
  const registry = createRegistry({ defaultMetrics: false });
  const options: DestinationNodeOptions = {
    plan,
    destination,
    kafka,
    serde: jsonSerde,
    metrics: Metrics.forNode(registry, plan.id),
    logger: silentLogger,
    dlqRetry: { initialDelayMs: 5, maxDelayMs: 20 },
    ...extra,
  };
  return { registry, node: startDestinationNode(options) };
}

function produce(kafka: MemoryKafka, events: Envelope[], partition?: number) {
  for (const e of events)
    kafka.append('in', { key: e.idempotencyKey ?? e.id, value: JSON.stringify(e) }, partition);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function metricValue(registry: ReturnType<typeof createRegistry>, name: string, labels: string) {
  const text = await registry.getSingleMetricAsString(name);
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(labels));
  return line ? Number(line.split(' ').pop()) : 0;
}

describe('destination host (in-memory driver)', () => {
  it('delivers every event once and commits to the end', async () => {
    const kafka = new MemoryKafka({ partitions: 3 });
    const events = Array.from({ length: 200 }, (_, i) => envelope({ n: i }));
    produce(kafka, events);
    const destination = new FakeDestination();
    const { registry, node } = start(kafka, destination, destinationPlan());
    const handle = await node;
    await eventually(() => kafka.lag('p.hook', 'in') === 0, 10_000, 'lag 0');
    await handle.stop();
    assert.deepEqual(destination.ids().sort(), events.map((e) => e.id).sort());
    assert.equal(destination.calls.length, 200, 'no event delivered twice');
    assert.equal(kafka.records('p.hook.dlq').length, 0);
    assert.equal(await metricValue(registry, 'ingestlayer_events_out_total', 'node="hook"'), 200);
    assert.equal(await metricValue(registry, 'ingestlayer_deliveries_total', 'outcome="ok"'), 200);
    // Consume to commit is timed per batch, as in the step host: fewer observations than events.
    const histogram = await registry.getSingleMetricAsString('ingestlayer_process_seconds');
    const count = histogram.split('\n').find((l) => l.startsWith('ingestlayer_process_seconds_count{'));
    const batches = Number(count?.split(' ').pop());
    assert.ok(batches >= 3 && batches < 200, `process_seconds observed ${batches} times`);
  });

  it('commits past transaction markers, also when a fetch holds nothing else', async () => {
    const kafka = new MemoryKafka({ partitions: 1 });
    produce(kafka, [envelope({ n: 1 }), envelope({ n: 2 })], 0);
    kafka.appendMarker('in', 0); // an exactly-once step's commit, fetched with its records
    const destination = new FakeDestination();
    const handle = await start(kafka, destination, destinationPlan()).node;
    await eventually(() => kafka.committedOffset('p.hook', 'in', 0) === 3n, 10_000, 'past the marker');
    kafka.appendMarker('in', 0); // a fetch of the marker alone never reaches eachBatch
    await eventually(() => kafka.committedOffset('p.hook', 'in', 0) === 4n, 10_000, 'past a lone marker');
    await handle.stop();
    assert.equal(kafka.lag('p.hook', 'in'), 0);
    assert.equal(destination.calls.length, 2);
  });

  it('keeps per-key order while different keys are in flight at once', async () => {
    const kafka = new MemoryKafka({ partitions: 1, maxBatch: 7 });
    const keys = ['a', 'b', 'c', 'd', 'e'];
    const events = Array.from({ length: 150 }, (_, i) =>
      envelope({ n: i }, { idempotencyKey: keys[(i * 7) % keys.length] }),
    );
    produce(kafka, events);
    // Latency varies per call, so completion order differs from offset order.
    const destination = new FakeDestination(async (_r, call) => {
      await sleep(((call.n as number) * 13) % 4);
      return { outcome: 'ok' };
    });
    const handle = await start(kafka, destination, destinationPlan({ maxInFlight: 4 })).node;
    await eventually(() => kafka.lag('p.hook', 'in') === 0, 10_000, 'lag 0');
    await handle.stop();
    for (const key of keys) {
      const order = destination.delivered.filter((c) => c.key === key).map((c) => c.n as number);
      const expected = events.filter((e) => e.idempotencyKey === key).map((e) => e.payload.n as number);
      assert.deepEqual(order, expected, `order of key ${key}`);
    }
    assert.ok(destination.peak > 1, `keys were delivered concurrently (peak ${destination.peak})`);
    assert.ok(destination.peak <= 4, `maxInFlight holds (peak ${destination.peak})`);
  });

  it('commits only a contiguous watermark: never past an event still in flight', async () => {
    const kafka = new MemoryKafka({ partitions: 1 });
    const events = Array.from({ length: 30 }, (_, i) => envelope({ n: i }));
    produce(kafka, events);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const destination = new FakeDestination(async (_r, call) => {
      if (call.n === 5) await held;
      return { outcome: 'ok' };
    });
    const handle = await start(kafka, destination, destinationPlan()).node;
    await eventually(() => destination.delivered.length === 29, 10_000, 'all but one delivered');
    await sleep(20); // room for a (wrong) commit to happen
    assert.equal(kafka.committedOffset('p.hook', 'in', 0), 5n, 'the commit stops at the held event');
    release();
    await eventually(() => kafka.committedOffset('p.hook', 'in', 0) === 30n, 10_000, 'commit to the end');
    await handle.stop();
  });

  it('holds only the retrying key: other keys go on, the offset waits', async () => {
    const kafka = new MemoryKafka({ partitions: 1 });
    const stuck = envelope({ n: 0 }, { idempotencyKey: 'stuck' });
    const sameKeyLater = envelope({ n: 1 }, { idempotencyKey: 'stuck' });
    const others = Array.from({ length: 40 }, (_, i) => envelope({ n: i + 2 }));
    produce(kafka, [stuck, sameKeyLater, ...others]);
    // maxInFlight 1: if a waiting retry held a slot, nothing else could ever run.
    const plan = destinationPlan({
      maxInFlight: 1,
      retry: { maxAttempts: 5, initialDelayMs: 60_000, maxDelayMs: 60_000 },
    });
    const destination = new FakeDestination((_r, call) =>
      call.key === 'stuck'
        ? {
            outcome: 'retry',
            code: 'DELIVERY_HTTP_RETRIABLE',
            message: '503',
            status: 503,
            retryAfterMs: 3_600_000,
          }
        : { outcome: 'ok' },
    );
    const first = await start(kafka, destination, plan).node;
    await eventually(() => destination.delivered.length === 40, 10_000, 'other keys delivered');
    await sleep(20);
    assert.deepEqual(
      destination.calls.filter((c) => c.key === 'stuck').map((c) => [c.n, c.attempt]),
      [[0, 1]],
      'the stuck event waits for its retry; the next event of its key waits behind it',
    );
    assert.equal(kafka.committedOffset('p.hook', 'in', 0), 0n);
    await first.stop();
    assert.equal(kafka.committedOffset('p.hook', 'in', 0), 0n, 'stopping does not commit past it');

    // The next run (the receiver healed) starts at the stuck event and keeps the key's order.
    const healed = new FakeDestination();
    const second = await start(kafka, healed, plan).node;
    await eventually(() => kafka.lag('p.hook', 'in') === 0, 10_000, 'lag 0');
    await second.stop();
    assert.equal(healed.delivered[0]!.id, stuck.id, 'the next run starts at the stuck event');
    assert.deepEqual(
      healed.delivered.filter((c) => c.key === 'stuck').map((c) => c.id),
      [stuck.id, sameKeyLater.id],
    );
    assert.equal(kafka.records('p.hook.dlq').length, 0);
  });

  it('dead-letters a 4xx at once and an exhausted event after maxAttempts, with the design headers', async () => {
    const kafka = new MemoryKafka({ partitions: 1 });
    const rejected = envelope({ kind: 'rejected' });
    const failing = envelope({ kind: 'failing' });
    const fine = envelope({ kind: 'fine' });
    produce(kafka, [rejected, failing, fine]);
    kafka.records('in'); // offsets 0, 1, 2
    const destination = new FakeDestination((request) => {
      const k = request.event.payload.kind;
      if (k === 'rejected')
        return {
          outcome: 'fail',
          code: 'DELIVERY_HTTP_STATUS',
          message: 'receiver answered 400',
          status: 400,
        };
      if (k === 'failing')
        return {
          outcome: 'retry',
          code: 'DELIVERY_HTTP_RETRIABLE',
          message: 'receiver answered 503',
          status: 503,
        };
      return { outcome: 'ok', status: 200 };
    });
    const { registry, node } = start(
      kafka,
      destination,
      destinationPlan({ retry: { maxAttempts: 4, initialDelayMs: 1, maxDelayMs: 2 } }),
    );
    const handle = await node;
    await eventually(() => kafka.lag('p.hook', 'in') === 0, 10_000, 'lag 0');
    await handle.stop();

    assert.deepEqual(
      destination.calls.map((c) => [c.id, c.attempt]).filter(([id]) => id !== fine.id),
      [
        [rejected.id, 1],
        [failing.id, 1],
        [failing.id, 2],
        [failing.id, 3],
        [failing.id, 4],
      ],
    );
    const dead = kafka.records('p.hook.dlq');
    assert.equal(dead.length, 2);
    const byId = new Map(dead.map((r) => [JSON.parse(r.value!.toString()).id as string, r]));
    const a = byId.get(rejected.id)!;
    assert.equal(a.value!.toString(), JSON.stringify(rejected), 'original bytes');
    assert.equal(a.key!.toString(), rejected.id, 'original key');
    assert.equal(headerString(a.headers, dlqHeader.code), 'INGESTLAYER_ERR_DELIVERY_HTTP_STATUS');
    assert.equal(headerString(a.headers, dlqHeader.attempts), '1');
    assert.equal(headerString(a.headers, dlqHeader.status), '400');
    assert.equal(headerString(a.headers, dlqHeader.stage), 'deliver');
    assert.equal(headerString(a.headers, dlqHeader.node), 'hook');
    assert.equal(headerString(a.headers, dlqHeader.topic), 'in');
    assert.equal(headerString(a.headers, dlqHeader.partition), '0');
    assert.equal(headerString(a.headers, dlqHeader.offset), '0');
    assert.ok(!Number.isNaN(Date.parse(headerString(a.headers, dlqHeader.time)!)));
    const b = byId.get(failing.id)!;
    assert.equal(headerString(b.headers, dlqHeader.code), 'INGESTLAYER_ERR_DELIVERY_EXHAUSTED');
    assert.equal(headerString(b.headers, dlqHeader.attempts), '4');
    assert.equal(headerString(b.headers, dlqHeader.status), '503');
    assert.equal(headerString(b.headers, dlqHeader.offset), '1');
    assert.match(
      headerString(b.headers, dlqHeader.message)!,
      /DELIVERY_HTTP_RETRIABLE: receiver answered 503/,
    );
    assert.equal(await metricValue(registry, 'ingestlayer_dlq_total', 'destination="hook"'), 2);
    assert.equal(await metricValue(registry, 'ingestlayer_retries_total', 'destination="hook"'), 3);
  });

  it('applies `when`, and dead-letters undecodable records and failing expressions', async () => {
    const kafka = new MemoryKafka({ partitions: 1 });
    const low = envelope({ urgency: 'low' });
    const critical = envelope({ urgency: 'critical' });
    const noField = envelope({ subject: 'no urgency here' });
    produce(kafka, [low, critical]);
    kafka.append('in', { key: 'bad', value: '{"id": nope' });
    produce(kafka, [noField]);
    const destination = new FakeDestination();
    const { registry, node } = start(kafka, destination, destinationPlan({ when: 'urgency == "critical"' }));
    const handle = await node;
    await eventually(() => kafka.lag('p.hook', 'in') === 0, 10_000, 'lag 0');
    await handle.stop();
    assert.deepEqual(destination.ids(), [critical.id]);
    const dead = kafka.records('p.hook.dlq');
    assert.deepEqual(
      dead.map((r) => [headerString(r.headers, dlqHeader.code), headerString(r.headers, dlqHeader.attempts)]),
      [
        ['INGESTLAYER_ERR_DECODE_FAILED', '0'],
        ['INGESTLAYER_ERR_EXPRESSION_EVAL', '0'],
      ],
    );
    assert.equal(await metricValue(registry, 'ingestlayer_events_dropped_total', 'reason="when"'), 1);
  });

  it('stops a partition whose DLQ write fails, skips nothing, and resumes when the DLQ takes writes', async () => {
    const kafka = new MemoryKafka({ partitions: 2 });
    const poison = envelope({ n: 0, kind: 'poison' });
    const after = Array.from({ length: 20 }, (_, i) => envelope({ n: i + 1 }));
    const otherPartition = Array.from({ length: 20 }, (_, i) => envelope({ n: 100 + i }));
    produce(kafka, [poison, ...after], 0);
    kafka.failingTopics.add('p.hook.dlq');
    const destination = new FakeDestination((request) =>
      request.event.payload.kind === 'poison'
        ? { outcome: 'fail', code: 'DELIVERY_HTTP_STATUS', message: 'receiver answered 422', status: 422 }
        : { outcome: 'ok' },
    );
    const { registry, node } = start(kafka, destination, destinationPlan({ maxInFlight: 1 }));
    const handle = await node;
    const failures = () => metricValue(registry, 'ingestlayer_errors_total', 'code="DLQ_WRITE_FAILED"');
    await eventually(async () => (await failures()) >= 2, 10_000, 'DLQ write failures');
    const deliveredWhileBlocked = destination.delivered.length;
    await eventually(async () => (await failures()) >= 4, 10_000, 'more DLQ write failures');
    assert.equal(destination.delivered.length, deliveredWhileBlocked, 'the partition stopped');
    assert.equal(kafka.committedOffset('p.hook', 'in', 0) ?? 0n, 0n, 'nothing committed past the record');

    // The other partition is not blocked.
    produce(kafka, otherPartition, 1);
    await eventually(
      () => otherPartition.every((e) => destination.ids().includes(e.id)),
      10_000,
      'other partition delivered',
    );

    kafka.failingTopics.delete('p.hook.dlq');
    await eventually(() => kafka.lag('p.hook', 'in') === 0, 10_000, 'lag 0');
    await handle.stop();
    assert.deepEqual(
      kafka.records('p.hook.dlq').map((r) => JSON.parse(r.value!.toString()).id),
      [poison.id],
    );
    for (const e of after) assert.ok(destination.ids().includes(e.id));
  });

  it('opens the circuit after consecutive failures, probes one at a time without charging attempts, and closes', async () => {
    const kafka = new MemoryKafka({ partitions: 2 });
    const events = Array.from({ length: 30 }, (_, i) => envelope({ n: i }));
    produce(kafka, events);
    let healthy = false;
    let opened = false;
    let concurrentWhileOpen = 0;
    const destination = new FakeDestination(async () => {
      if (opened) concurrentWhileOpen = Math.max(concurrentWhileOpen, destination.active);
      await sleep(1);
      return healthy
        ? { outcome: 'ok' }
        : { outcome: 'retry', code: 'DELIVERY_NETWORK', message: 'request failed (ECONNREFUSED)' };
    });
    const plan = destinationPlan({
      maxInFlight: 8,
      // Without the breaker these events would be dead-lettered after two attempts.
      retry: { maxAttempts: 2, initialDelayMs: 1, maxDelayMs: 2 },
      circuitBreaker: { failureThreshold: 3, probeIntervalMs: 2, maxProbeIntervalMs: 10 },
    });
    const { registry, node } = start(kafka, destination, plan);
    const handle = await node;
    const circuitOpen = () => metricValue(registry, 'ingestlayer_circuit_open', 'destination="hook"');
    await eventually(async () => (await circuitOpen()) === 1, 10_000, 'circuit open');
    const callsAtOpen = destination.calls.length;
    opened = true;
    await eventually(() => destination.calls.length > callsAtOpen + 10, 10_000, 'probes');
    assert.equal(concurrentWhileOpen, 1, 'one probe at a time while the endpoint is down');
    assert.ok((await metricValue(registry, 'ingestlayer_errors_total', 'code="DELIVERY_CIRCUIT_OPEN"')) >= 1);
    healthy = true;
    await eventually(() => kafka.lag('p.hook', 'in') === 0, 10_000, 'lag 0');
    assert.equal(await circuitOpen(), 0);
    await handle.stop();
    assert.equal(kafka.records('p.hook.dlq').length, 0, 'probes did not use up the retry budget');
    assert.deepEqual(new Set(destination.ids()), new Set(events.map((e) => e.id)));
  });

  it('pauses consumption while the circuit is open', async () => {
    const kafka = new MemoryKafka({ partitions: 1 });
    produce(kafka, [envelope({ n: 0 }), envelope({ n: 1 })]);
    const destination = new FakeDestination(() => ({
      outcome: 'retry',
      code: 'DELIVERY_TIMEOUT',
      message: 'no response',
    }));
    const plan = destinationPlan({
      retry: { maxAttempts: 100, initialDelayMs: 1, maxDelayMs: 2 },
      circuitBreaker: { failureThreshold: 2, probeIntervalMs: 600_000, maxProbeIntervalMs: 600_000 },
    });
    const { registry, node } = start(kafka, destination, plan);
    const handle = await node;
    await eventually(
      async () => (await metricValue(registry, 'ingestlayer_circuit_open', 'destination="hook"')) === 1,
      10_000,
      'circuit open',
    );
    const consumed = await metricValue(registry, 'ingestlayer_events_in_total', 'node="hook"');
    const calls = destination.calls.length;
    produce(
      kafka,
      Array.from({ length: 10 }, (_, i) => envelope({ n: i + 2 })),
    );
    await sleep(100);
    assert.equal(await metricValue(registry, 'ingestlayer_events_in_total', 'node="hook"'), consumed);
    assert.equal(destination.calls.length, calls, 'no attempts while open');
    await handle.stop();
  });

  it('after a kill, a new node delivers everything; duplicates only above the last commit', async () => {
    const kafka = new MemoryKafka({ partitions: 3 });
    const events = Array.from({ length: 600 }, (_, i) => envelope({ n: i }));
    produce(kafka, events);
    const offsets = new Map(
      kafka.records('in').map((r) => [JSON.parse(r.value!.toString()).id as string, r]),
    );
    const seen = new FakeDestination(async () => (await sleep(0), { outcome: 'ok' }));
    const session = kafka.session();
    await start(session, seen, destinationPlan()).node;
    await eventually(() => seen.delivered.length > 200, 10_000, 'some delivered');
    session.kill();
    const committedAtKill = [0, 1, 2].map((p) => kafka.committedOffset('p.hook', 'in', p) ?? 0n);
    await sleep(20);
    const handle = await start(kafka, seen, destinationPlan()).node;
    await eventually(() => kafka.lag('p.hook', 'in') === 0, 10_000, 'lag 0');
    await handle.stop();
    const counts = new Map<string, number>();
    for (const id of seen.ids()) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const e of events) assert.ok(counts.has(e.id), 'every event delivered');
    for (const [id, count] of counts) {
      if (count === 1) continue;
      const record = offsets.get(id)!;
      assert.ok(
        BigInt(record.offset) >= committedAtKill[record.partition]!,
        `duplicate ${id} was below the committed offset`,
      );
    }
  });

  it('waits Retry-After (capped at maxDelay) or backs off with full jitter', () => {
    const retry = { initialDelayMs: 1000, maxDelayMs: 300_000 };
    assert.equal(retryDelay(1, 7000, retry), 7000);
    assert.equal(retryDelay(1, 3_600_000, retry), 300_000);
    assert.equal(
      retryDelay(1, undefined, retry, () => 0.5),
      500,
    );
    assert.equal(
      retryDelay(4, undefined, retry, () => 0.5),
      4000,
    );
    assert.equal(
      retryDelay(20, undefined, retry, () => 0.999999),
      299_999,
    );
  });
});
