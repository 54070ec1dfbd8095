// The gateway against the real broker and the machine's PostgreSQL: events land on the source topic whole,
// and idempotency keys hold under concurrency, across a restart and between two replicas.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signPayload, startGatewayNode, type GatewayHandle } from '../../connectors/gateway.ts';
import { silentLogger } from '../../runtime/logger.ts';
import { createRegistry } from '../../runtime/metrics.ts';
import type { Plan } from '../../topology/plan.ts';
import {
  apiKey,
  dropTable,
  gatewayPlan,
  helpdeskBody,
  helpdeskSecret,
  tableRows,
  ticket,
  uniqueTable,
} from '../connectors/gateway-fixture.ts';
import { eventually } from '../helpers/events.ts';
import { brokers, uniqueName } from '../helpers/kafka.ts';
import { createTopic, readTopic } from './gateway-helpers.ts';

async function start(plan: Plan): Promise<GatewayHandle> {
  const gateway = await startGatewayNode({
    plan,
    logger: silentLogger,
    registry: createRegistry({ defaultMetrics: false }),
    port: 0,
  });
  await eventually(() => gateway.ready(), 60_000, 'gateway ready (Kafka reachable)');
  return gateway;
}

async function post(
  gateway: GatewayHandle,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const response = await fetch(gateway.address + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

describe('gateway on the real broker', () => {
  const topic = uniqueName('gw-raw');
  const table = uniqueTable();
  let plan: Plan;
  let gateway: GatewayHandle;

  before(async () => {
    await createTopic(brokers(), topic);
    plan = gatewayPlan({ topic, brokers: brokers().join(','), table, name: uniqueName('gw') });
    gateway = await start(plan);
  });
  after(async () => {
    await gateway.stop();
    await dropTable(table);
  });

  it('puts an accepted event on the raw topic whole', async () => {
    const payload = { ...ticket, ticket_id: 'T-whole', extra: { nested: [1, 'two'] } };
    const reply = await post(gateway, '/v1/events/support.ticket.created', payload);
    assert.equal(reply.status, 202);
    const records = await readTopic(brokers(), topic);
    const record = records.find((r) => r.envelope.id === reply.body.id);
    assert.ok(record, 'the accepted event is on the topic');
    assert.deepEqual(Object.keys(record.envelope), ['id', 'type', 'time', 'payload']);
    assert.equal(record.envelope.type, 'support.ticket.created');
    assert.deepEqual(record.envelope.payload, payload);
    assert.equal(record.key, record.envelope.id);
  });

  it('stores one record for 50 concurrent requests with the same key, and answers each with its id', async () => {
    const key = uniqueName('concurrent');
    const payload = { ...ticket, ticket_id: key };
    const replies = await Promise.all(
      Array.from({ length: 50 }, () =>
        post(gateway, '/v1/events/support.ticket.created', payload, { 'idempotency-key': key }),
      ),
    );
    assert.deepEqual(
      replies.map((r) => r.status),
      Array(50).fill(202),
    );
    const ids = new Set(replies.map((r) => r.body.id));
    assert.equal(ids.size, 1, 'every duplicate got the first id');
    assert.equal(replies.filter((r) => r.headers.get('idempotent-replayed') === 'true').length, 49);
    const records = (await readTopic(brokers(), topic)).filter((r) => r.envelope.idempotencyKey === key);
    assert.equal(records.length, 1);
    assert.equal(records[0]!.key, key, 'the idempotency key is the Kafka key');
    assert.equal(records[0]!.envelope.id, [...ids][0]);
  });

  it('answers 422 for the same key with a different body, and stores nothing new', async () => {
    const key = uniqueName('mismatch');
    const first = await post(gateway, '/v1/events/support.ticket.created', ticket, {
      'idempotency-key': key,
    });
    assert.equal(first.status, 202);
    const changed = await post(
      gateway,
      '/v1/events/support.ticket.created',
      { ...ticket, subject: 'Something else' },
      { 'idempotency-key': key },
    );
    assert.equal(changed.status, 422);
    assert.equal(changed.body.code, 'INGESTLAYER_ERR_INGEST_IDEMPOTENCY_MISMATCH');
    const reordered = Object.fromEntries(Object.entries(ticket).reverse());
    const same = await post(gateway, '/v1/events/support.ticket.created', reordered, {
      'idempotency-key': key,
    });
    assert.equal(same.status, 202, 'key order does not make a different body');
    assert.equal(same.body.id, first.body.id);
    const records = (await readTopic(brokers(), topic)).filter((r) => r.envelope.idempotencyKey === key);
    assert.equal(records.length, 1);
  });

  it('returns the first id after a restart of the gateway, and stores nothing new', async () => {
    const key = uniqueName('restart');
    const payload = { ...ticket, ticket_id: key };
    const first = await post(gateway, '/v1/events/support.ticket.created', payload, {
      'idempotency-key': key,
    });
    assert.equal(first.status, 202);
    await gateway.stop();
    gateway = await start(plan);
    const again = await post(gateway, '/v1/events/support.ticket.created', payload, {
      'idempotency-key': key,
    });
    assert.equal(again.status, 202);
    assert.equal(again.body.id, first.body.id);
    const records = (await readTopic(brokers(), topic)).filter((r) => r.envelope.idempotencyKey === key);
    assert.equal(records.length, 1);
    const rows = (await tableRows(table)).filter((r) => r.key === key);
    assert.deepEqual(
      rows.map((r) => [r.state, r.event_id]),
      [['done', first.body.id]],
    );
  });

  it('stores one record when two replicas receive the same key at once', async () => {
    const replica = await start(plan);
    try {
      const key = uniqueName('replicas');
      const payload = { ...ticket, ticket_id: key };
      const replies = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          post(i % 2 ? replica : gateway, '/v1/events/support.ticket.created', payload, {
            'idempotency-key': key,
          }),
        ),
      );
      assert.deepEqual(new Set(replies.map((r) => r.status)), new Set([202]));
      assert.equal(new Set(replies.map((r) => r.body.id)).size, 1);
      const records = (await readTopic(brokers(), topic)).filter((r) => r.envelope.idempotencyKey === key);
      assert.equal(records.length, 1);
    } finally {
      await replica.stop();
    }
  });

  it('stores a redelivered webhook once, keyed by the body’s delivery id', async () => {
    const deliveryId = uniqueName('dlv');
    const body = JSON.stringify(helpdeskBody(deliveryId));
    const send = () =>
      post(gateway, '/v1/webhooks/helpdesk', body, {
        authorization: '',
        'x-ingestlayer-signature': signPayload(
          { scheme: 'timestamped', algorithm: 'sha256', prefix: '', secret: helpdeskSecret },
          Buffer.from(body),
        ),
      });
    const first = await send();
    const second = await send();
    assert.equal(first.status, 202);
    assert.equal(second.body.id, first.body.id);
    const records = (await readTopic(brokers(), topic)).filter(
      (r) => r.envelope.idempotencyKey === deliveryId,
    );
    assert.equal(records.length, 1);
    assert.deepEqual(records[0]!.envelope.payload, ticket);
  });
});
