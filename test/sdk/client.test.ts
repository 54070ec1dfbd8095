// The SDK's runtime behaviour: validation errors name each bad field before anything is sent; the HTTP
// transport against a real gateway (in-memory Kafka) and against a scripted server for retries; the Kafka
// transport against the real broker (envelope whole, idempotency key as the Kafka key, batching).
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startGatewayNode, type GatewayHandle } from '../../connectors/gateway.ts';
import { silentLogger } from '../../runtime/logger.ts';
import { createRegistry } from '../../runtime/metrics.ts';
import type { Envelope } from '../../runtime/component.ts';
import { configure, createClient, ingest, IngestError } from '../../sdk/index.ts';
import { topology, type Events } from '../../sdk/generated/support-escalations.ts';
import { apiKey, dropTable, gatewayPlan, ticket, uniqueTable } from '../connectors/gateway-fixture.ts';
import { eventually } from '../helpers/events.ts';
import { brokers, uniqueName } from '../helpers/kafka.ts';
import { MemoryKafka } from '../helpers/memory-kafka.ts';
import { createTopic, readTopic } from '../integration/gateway-helpers.ts';

const valid = {
  ticket_id: 'T-1',
  subject: 'Checkout is down',
  body: 'No payment goes through.',
  customer_tier: 'enterprise',
  channel: 'email',
} as const;

describe('SDK validation', () => {
  // A transport that must never be reached: every case here fails before sending.
  const client = createClient<Events>({
    topology,
    transport: { http: { url: 'http://127.0.0.1:9', apiKey: 'k', retry: { maxAttempts: 1 } } },
  });

  const cases: { name: string; payload: Record<string, unknown>; fields: string[]; message: RegExp }[] = [
    {
      name: 'a value outside an enum',
      payload: { ...valid, customer_tier: 'gold' },
      fields: ['customer_tier'],
      message: /customer_tier must be one of "free", "pro", "enterprise"/,
    },
    {
      name: 'a missing field',
      payload: { ticket_id: 'T-1', body: 'b', customer_tier: 'pro', channel: 'chat' },
      fields: ['subject'],
      message: /subject is required/,
    },
    {
      name: 'a wrong type, and another field at once',
      payload: { ...valid, ticket_id: 42, channel: 'fax' },
      fields: ['ticket_id', 'channel'],
      message: /ticket_id must be a string; channel must be one of/,
    },
  ];
  for (const c of cases) {
    it(`rejects ${c.name} with INGEST_INVALID naming the field`, async () => {
      const error = await client
        .ingest('support.ticket.created', c.payload as unknown as Events['support.ticket.created'])
        .then(
          () => undefined,
          (err: unknown) => err,
        );
      assert.ok(error instanceof IngestError, String(error));
      assert.equal(error.code, 'INGEST_INVALID');
      assert.equal(error.retriable, false);
      assert.deepEqual(
        error.fieldErrors.map((e) => e.field),
        c.fields,
      );
      assert.match(error.message, c.message);
    });
  }

  it('rejects an unknown event type and a bad idempotency key', async () => {
    const untyped = createClient({
      topology,
      transport: { http: { url: 'http://127.0.0.1:9', apiKey: 'k', retry: { maxAttempts: 1 } } },
    });
    await assert.rejects(untyped.ingest('support.ticket.deleted', {}), { code: 'INGEST_UNKNOWN_TYPE' });
    await assert.rejects(untyped.ingest('support.ticket.created', valid, { idempotencyKey: '' }), {
      code: 'INGEST_MALFORMED',
    });
  });

  it('needs event definitions, and a topic for the Kafka transport', () => {
    assert.throws(() => createClient({ transport: { http: { url: 'http://x', apiKey: 'k' } } }), {
      code: 'TOPOLOGY_SCHEMA',
    });
    assert.throws(() => createClient({ events: topology.events, transport: { kafka: { brokers: 'x:1' } } }), {
      code: 'TOPOLOGY_SCHEMA',
    });
  });
});

describe('SDK over HTTP to the gateway', () => {
  const kafka = new MemoryKafka({ partitions: 2 });
  const table = uniqueTable();
  const plan = gatewayPlan({ table, topic: 'sdk-http.raw' });
  let gateway: GatewayHandle;

  before(async () => {
    kafka.createTopic('sdk-http.raw');
    gateway = await startGatewayNode({
      plan,
      kafka,
      logger: silentLogger,
      registry: createRegistry({ defaultMetrics: false }),
      port: 0,
    });
    await eventually(() => gateway.ready(), 5_000, 'gateway ready');
  });
  after(async () => {
    await gateway.stop();
    await dropTable(table);
  });

  it('returns the gateway’s id; the same idempotency key returns it again and stores one event', async () => {
    const client = createClient({ topology: plan, transport: { http: { url: gateway.address, apiKey } } });
    const key = uniqueName('sdk-key');
    const first = await client.ingest(
      'support.ticket.created',
      { ...ticket, extra: 1 },
      { idempotencyKey: key },
    );
    const second = await client.ingest(
      'support.ticket.created',
      { ...ticket, extra: 1 },
      { idempotencyKey: key },
    );
    assert.equal(second, first);
    const stored = kafka.values<Envelope>('sdk-http.raw').filter((e) => e.idempotencyKey === key);
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.id, first);
    assert.deepEqual(stored[0]!.payload, { ...ticket, extra: 1 }, 'undeclared fields are kept');
    await assert.rejects(
      client.ingest('support.ticket.created', { ...ticket, subject: 'other' }, { idempotencyKey: key }),
      (err: unknown) =>
        err instanceof IngestError && err.code === 'INGEST_IDEMPOTENCY_MISMATCH' && err.status === 422,
    );
    await client.close();
  });

  it('turns a wrong API key into INGEST_UNAUTHORIZED without retrying', async () => {
    const client = createClient({
      topology: plan,
      transport: { http: { url: gateway.address, apiKey: 'nope' } },
    });
    await assert.rejects(client.ingest('support.ticket.created', ticket), {
      code: 'INGEST_UNAUTHORIZED',
      status: 401,
    });
  });

  it('works through configure() and the module-level ingest()', async () => {
    configure({ topology: plan, transport: { http: { url: gateway.address, apiKey } } });
    const id = await ingest('support.ticket.created', ticket, { idempotencyKey: uniqueName('module') });
    assert.ok(kafka.values<Envelope>('sdk-http.raw').some((e) => e.id === id));
  });
});

describe('SDK HTTP retries', () => {
  let server: Server;
  let url: string;
  const script: { status: number; body: unknown; headers?: Record<string, string> }[] = [];
  const seen: (string | undefined)[] = [];

  before(async () => {
    server = createServer((req, res) => {
      seen.push(req.headers['idempotency-key'] as string | undefined);
      req.resume();
      const next = script.shift() ?? { status: 500, body: {} };
      res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers });
      res.end(JSON.stringify(next.body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('retries 503 (honouring Retry-After) with the same idempotency key, then returns the id', async () => {
    script.push(
      { status: 503, body: { code: 'INGESTLAYER_ERR_INGEST_UNAVAILABLE' }, headers: { 'retry-after': '0' } },
      { status: 409, body: { code: 'INGESTLAYER_ERR_INGEST_IDEMPOTENCY_IN_PROGRESS' } },
      { status: 202, body: { id: 'EVT-1' } },
    );
    seen.length = 0;
    const client = createClient({
      topology,
      transport: { http: { url, apiKey: 'k', retry: { maxAttempts: 3, initialDelay: 1, maxDelay: 5 } } },
    });
    assert.equal(await client.ingest('support.ticket.created', valid, { idempotencyKey: 'K-1' }), 'EVT-1');
    assert.deepEqual(seen, ['K-1', 'K-1', 'K-1']);
  });

  it('gives up after maxAttempts with a retriable INGEST_UNAVAILABLE', async () => {
    script.push(
      { status: 503, body: { code: 'INGESTLAYER_ERR_INGEST_UNAVAILABLE' } },
      { status: 503, body: { code: 'INGESTLAYER_ERR_INGEST_UNAVAILABLE' } },
    );
    const client = createClient({
      topology,
      transport: { http: { url, apiKey: 'k', retry: { maxAttempts: 2, initialDelay: 1, maxDelay: 5 } } },
    });
    await assert.rejects(client.ingest('support.ticket.created', valid), {
      code: 'INGEST_UNAVAILABLE',
      retriable: true,
      status: 503,
    });
    assert.equal(script.length, 0, 'both attempts were made');
  });
});

describe('SDK straight to Kafka', () => {
  const topic = uniqueName('sdk-kafka');
  before(() => createTopic(brokers(), topic));

  it('stores each event whole, keyed by the idempotency key (else the id), batching many at once', async () => {
    const client = createClient<Events>({ topology, transport: { kafka: { brokers: brokers(), topic } } });
    const ids = await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        client.ingest(
          'support.ticket.created',
          { ...valid, ticket_id: `T-${i}` },
          i % 2 ? { idempotencyKey: `key-${i}` } : {},
        ),
      ),
    );
    await client.close();
    assert.equal(new Set(ids).size, 500);
    const records = await readTopic(brokers(), topic);
    assert.equal(records.length, 500);
    for (const record of records) {
      const i = Number(String(record.envelope.payload.ticket_id).slice(2));
      assert.equal(record.envelope.id, ids[i]);
      assert.equal(record.envelope.type, 'support.ticket.created');
      assert.deepEqual(record.envelope.payload, { ...valid, ticket_id: `T-${i}` });
      assert.equal(record.key, i % 2 ? `key-${i}` : record.envelope.id);
      assert.equal(record.envelope.idempotencyKey, i % 2 ? `key-${i}` : undefined);
    }
  });

  it('rejects an invalid payload without producing anything', async () => {
    const client = createClient({ topology, transport: { kafka: { brokers: brokers(), topic } } });
    await assert.rejects(client.ingest('support.ticket.created', { ...valid, channel: 'fax' }), {
      code: 'INGEST_INVALID',
    });
    await client.close();
    assert.equal((await readTopic(brokers(), topic)).length, 500);
  });
});

describe('SDK straight to Kafka, the broker hung', () => {
  // Accepts connections and never answers: kafkajs waits out its request timeout (30 s) and then retries,
  // so only the client's own deadline can end close() early.
  const sockets = new Set<Socket>();
  const silent = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  before(() => new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve)));
  after(() => {
    for (const socket of sockets) socket.destroy();
    return new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it('answers INGEST_UNAVAILABLE and closes within the ack timeout', async () => {
    const { port } = silent.address() as AddressInfo;
    const client = createClient<Events>({
      topology,
      transport: { kafka: { brokers: `127.0.0.1:${port}`, topic: 'sdk-hung', ackTimeout: 500, linger: 0 } },
    });
    const sent = client.ingest('support.ticket.created', valid);
    await assert.rejects(sent, { code: 'INGEST_UNAVAILABLE', retriable: true });
    const closed = await Promise.race([
      client.close().then(() => 'closed'),
      new Promise((resolve) => setTimeout(resolve, 10_000, 'still closing after 10 s')),
    ]);
    assert.equal(closed, 'closed');
    assert.ok(sockets.size > 0, 'the client did reach the hung broker');
  });
});
