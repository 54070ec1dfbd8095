// dedupe on the real broker: events sent twice through the SDK's Kafka transport with one idempotency key
// reach the output once, a reused key with another payload lands in the DLQ, and a restarted node still
// remembers the keys (they live in a compacted topic).
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { dlqHeader } from '../../runtime/dlq.ts';
import { headerString } from '../../runtime/kafka.ts';
import { silentLogger } from '../../runtime/logger.ts';
import { createRegistry } from '../../runtime/metrics.ts';
import { runPlan } from '../../runtime/runner.ts';
import { createClient } from '../../sdk/index.ts';
import { requirePlan } from '../../topology/loader.ts';
import { eventually } from '../helpers/events.ts';
import { brokers, uniqueName } from '../helpers/kafka.ts';
import { collect, createTopics, groupLag, recordCount, writeTopology } from '../helpers/topic-io.ts';

const cleanups: (() => Promise<unknown>)[] = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
});

describe('dedupe on the real broker', () => {
  it('lets one event per idempotency key through, across a restart', async () => {
    const name = uniqueName('dd');
    const file = await writeTopology(
      `version: 1
name: ${name}
kafka:
  brokers: ${brokers().join(',')}
  topics: { partitions: 3 }
events:
  ticket.created:
    ticket_id: string
    subject: string
source:
  event: ticket.created
  topic: ${name}.raw
steps:
  - id: once
    uses: dedupe
    topic: ${name}.once
`,
    );
    const plan = await requirePlan(file);
    await createTopics(plan.topics.map((t) => t.name));
    const client = createClient({
      topology: plan,
      transport: { kafka: { brokers: brokers() } },
    });
    cleanups.push(() => client.close());
    const ingestAll = (n: number, subject = (i: number) => `subject ${i}`) =>
      Promise.all(
        Array.from({ length: n }, (_, i) =>
          client.ingest(
            'ticket.created',
            { ticket_id: `T-${i}`, subject: subject(i) },
            { idempotencyKey: `T-${i}` },
          ),
        ),
      );
    const firstIds = await ingestAll(100);
    const secondIds = await ingestAll(100); // the same tickets again: new event ids, same keys and payloads
    await client.ingest(
      'ticket.created',
      { ticket_id: 'T-7', subject: 'changed' },
      { idempotencyKey: 'T-7' },
    );
    assert.equal(new Set([...firstIds, ...secondIds]).size, 200, 'the SDK does not dedupe by itself');

    const registry = createRegistry({ defaultMetrics: false });
    let running = await runPlan({ plan, logger: silentLogger, metricsPort: false, registry });
    cleanups.push(() => running.stop());
    await eventually(
      async () => (await groupLag(plan.steps[0]!.group, `${name}.raw`)) === 0,
      60_000,
      'lag 0',
    );
    assert.equal(await recordCount(`${name}.once`), 100);
    const out = await collect(`${name}.once`, (m) => m.length >= 100, 60_000);
    const dead = await collect(`${name}.once.dlq`, (m) => m.length >= 1, 60_000);
    assert.equal(dead.length, 1);
    const outIds = out.map((m) => (JSON.parse(m.value!.toString()) as { id: string }).id).sort();
    assert.deepEqual(outIds, [...firstIds].sort(), 'exactly the first event of every key');
    assert.equal(
      headerString(dead[0]!.headers, dlqHeader.code),
      'INGESTLAYER_ERR_INGEST_IDEMPOTENCY_MISMATCH',
    );
    const metrics = await registry.getSingleMetricAsString('ingestlayer_events_dropped_total');
    assert.match(metrics, /ingestlayer_events_dropped_total\{node="once",reason="duplicate"\} 100/);
    await running.stop();

    // A restarted node loads the keys from the compacted topic: the tickets sent a third time stay out.
    await ingestAll(100);
    const fresh = await client.ingest(
      'ticket.created',
      { ticket_id: 'T-new', subject: 'x' },
      { idempotencyKey: 'T-new' },
    );
    running = await runPlan({ plan, logger: silentLogger, metricsPort: false });
    await eventually(
      async () => (await groupLag(plan.steps[0]!.group, `${name}.raw`)) === 0,
      60_000,
      'lag 0',
    );
    assert.equal(await recordCount(`${name}.once`), 101, 'only the new ticket got through');
    const all = await collect(`${name}.once`, (m) => m.length >= 101, 60_000);
    assert.ok(all.some((m) => (JSON.parse(m.value!.toString()) as { id: string }).id === fresh));
    await running.stop();
  });
});
