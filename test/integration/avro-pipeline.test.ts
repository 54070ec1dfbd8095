// The flagship with Avro topics, end to end on the real broker and the real schema registry: the gateway and
// the SDK produce, the three steps run, the webhook destination POSTs JSON. Checks that every record on the
// event topics is in the Confluent wire format with the schema id registered for `<topic>-value`, and that
// garbage on a step's and on the destination's input lands in their DLQs with the reason and its own bytes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { KafkaMessage } from 'kafkajs';
import type { Envelope } from '../../runtime/component.ts';
import { identified, type DeadLetterEntry } from '../../runtime/commands/dlq.ts';
import { dlqHeader } from '../../runtime/dlq.ts';
import { headerString } from '../../runtime/kafka.ts';
import { silentLogger } from '../../runtime/logger.ts';
import { runPlan, type Running } from '../../runtime/runner.ts';
import { serdeFor } from '../../runtime/serde.ts';
import { createClient } from '../../sdk/index.ts';
import type { Plan } from '../../topology/plan.ts';
import { eventually } from '../helpers/events.ts';
import { brokers, uniqueName } from '../helpers/kafka.ts';
import { ok, startReceiver, type Receiver } from '../helpers/receiver.ts';
import { avroFlagshipPlan, registryUrl } from '../helpers/registry.ts';
import { collect, createTopics, produce } from '../helpers/topic-io.ts';

const apiKey = 'avro-test-key';
const ticket = (id: string, body: string) => ({
  ticket_id: id,
  subject: `Ticket ${id}`,
  body,
  customer_tier: 'enterprise',
  channel: 'email',
});
const garbage = Buffer.from('{"id":"not-avro","type":"support.ticket.created"}');

async function registeredId(topic: string): Promise<number> {
  const response = await fetch(`${registryUrl()}/subjects/${topic}-value/versions/latest`);
  assert.equal(response.status, 200, `subject ${topic}-value is registered`);
  return ((await response.json()) as { id: number }).id;
}

describe('Avro topics end to end (real broker and schema registry)', { timeout: 180_000 }, () => {
  let plan: Plan;
  let receiver: Receiver;
  let running: Running;

  before(async () => {
    receiver = await startReceiver(ok);
    plan = await avroFlagshipPlan(uniqueName('avro-e2e'), {
      env: {
        ONCALL_WEBHOOK_URL: receiver.url,
        ONCALL_ALLOW_PRIVATE_NETWORK: 'true',
        ONCALL_ALLOW_INSECURE_HTTP: 'true',
        GATEWAY_PORT: '0',
        INGEST_API_KEY: apiKey,
      },
    });
    await createTopics(plan.topics.map((t) => t.name));
    running = await runPlan({ plan, logger: silentLogger, metricsPort: false });
    await eventually(() => running.ready(), 90_000, 'every node joined its group');
  });

  after(async () => {
    await running?.stop();
    await receiver?.close();
  });

  it('carries the gateway’s and the SDK’s events through every step and POSTs them as JSON', async () => {
    const gateway = running.nodes.find((n) => n.node === 'gateway') as unknown as { address: string };
    const response = await fetch(`${gateway.address}/v1/events/support.ticket.created`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
      body: JSON.stringify(ticket('gw-1', 'Everything is down since 14:05, call me')),
    });
    assert.equal(response.status, 202);
    const viaGateway = ((await response.json()) as { id: string }).id;

    const client = createClient({
      topology: plan,
      transport: { kafka: { brokers: brokers(), serde: serdeFor(plan) } },
    });
    let viaSdk: string;
    try {
      viaSdk = await client.ingest(
        'support.ticket.created',
        ticket('sdk-1', 'We have data loss after the sync'),
        { idempotencyKey: 'sdk-1' },
      );
      await client.ingest('support.ticket.created', ticket('sdk-2', 'How do I export reports?'));
    } finally {
      await client.close();
    }
    // Garbage on the source topic (a step's input) and on the destination's input.
    await produce(plan.source.topic, [{ key: 'bad', value: garbage }]);
    await produce(plan.destinations[0]!.input, [{ key: 'bad', value: garbage }]);

    await eventually(() => receiver.requests.length >= 2, 60_000, 'two escalations delivered');
    const delivered = receiver.requests.map((r) => {
      assert.equal(r.headers['content-type'], 'application/json');
      return JSON.parse(r.body.toString('utf8')) as Envelope;
    });
    assert.deepEqual(delivered.map((e) => e.id).sort(), [viaGateway, viaSdk].sort());
    for (const e of delivered) {
      assert.equal(e.payload.urgency, 'critical');
      assert.equal(e.type, 'support.ticket.created');
    }
    assert.equal(delivered.find((e) => e.id === viaSdk)?.idempotencyKey, 'sdk-1');

    // Every good record on every event topic: magic byte 0 and the id registered for `<topic>-value`.
    const expected = new Map<string, number>([
      [plan.source.topic, 3],
      [plan.steps[0]!.output, 3],
      [plan.steps[1]!.output, 2],
    ]);
    const serde = serdeFor(plan);
    for (const [topic, count] of expected) {
      const id = await registeredId(topic);
      const records = (await collect(topic, (m) => m.length >= count + (topic === plan.source.topic ? 1 : 0)))
        .map((m: KafkaMessage) => m.value!)
        .filter((value) => !value.equals(garbage));
      assert.equal(records.length, count, topic);
      for (const value of records) {
        assert.equal(value[0], 0, `${topic}: magic byte`);
        assert.equal(value.readInt32BE(1), id, `${topic}: schema id`);
        assert.equal((await serde.decode(value, topic)).type, 'support.ticket.created');
      }
    }
  });

  it('dead-letters undecodable records with the reason and their original bytes', async () => {
    const step = plan.steps[0]!;
    const dest = plan.destinations[0]!;
    for (const [dlqTopic, input] of [
      [step.dlqTopic, step.input],
      [dest.dlqTopic, dest.input],
    ] as const) {
      const [dead] = await collect(dlqTopic, (m) => m.length >= 1);
      assert.ok(dead, `${dlqTopic} has the garbage record`);
      assert.ok(dead.value!.equals(garbage), 'original bytes');
      assert.equal(dead.key!.toString(), 'bad');
      assert.equal(headerString(dead.headers, dlqHeader.code), 'INGESTLAYER_ERR_DECODE_FAILED');
      assert.equal(headerString(dead.headers, dlqHeader.stage), 'decode');
      assert.match(headerString(dead.headers, dlqHeader.message)!, /Confluent wire format/);
      assert.equal(headerString(dead.headers, dlqHeader.topic), input);
    }
  });

  it('dlq list/replay identify Avro dead letters with the topology’s serde', async () => {
    const dest = plan.destinations[0]!;
    const event: Envelope = {
      id: uniqueName('evt'),
      type: 'support.ticket.created',
      time: new Date().toISOString(),
      payload: { ...ticket('dlq-1', 'Outage'), urgency: 'critical' },
    };
    const value = await serdeFor(plan).encode(event, dest.input);
    const entry = (v: Buffer): DeadLetterEntry => ({
      ref: '0:0',
      key: null,
      value: v,
      eventId: undefined,
      type: undefined,
      code: 'DELIVERY_EXHAUSTED',
      message: '',
      attempts: 8,
      status: undefined,
      time: undefined,
      source: '',
    });
    const [good, bad] = await identified([entry(value), entry(garbage)], plan, dest);
    assert.equal(good!.eventId, event.id);
    assert.equal(good!.type, 'support.ticket.created');
    assert.equal(bad!.eventId, undefined);
  });
});
