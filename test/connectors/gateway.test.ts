// The gateway over the in-memory Kafka: routing, auth, validation, problem details, webhook signatures,
// metrics and readiness. The webhook source keyed by /delivery_id uses the machine's PostgreSQL (a table of
// this test's own); idempotency semantics and the real broker are covered in test/integration/gateway.test.ts.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startGatewayNode, signPayload, type GatewayHandle } from '../../connectors/gateway.ts';
import { createRegistry } from '../../runtime/metrics.ts';
import { silentLogger } from '../../runtime/logger.ts';
import type { Envelope } from '../../runtime/component.ts';
import { MemoryKafka } from '../helpers/memory-kafka.ts';
import { eventually } from '../helpers/events.ts';
import {
  apiKey,
  dropTable,
  gatewayPlan,
  helpdeskBody,
  helpdeskSecret,
  ticket,
  uniqueTable,
} from './gateway-fixture.ts';

const topic = 'gw-test.raw';

interface Reply {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

describe('gateway (in-memory Kafka)', () => {
  const kafka = new MemoryKafka({ partitions: 2 });
  const registry = createRegistry({ defaultMetrics: false });
  const table = uniqueTable();
  let gateway: GatewayHandle;

  before(async () => {
    kafka.createTopic(topic);
    const plan = gatewayPlan({ table });
    gateway = await startGatewayNode({ plan, kafka, logger: silentLogger, registry, port: 0 });
    await eventually(() => gateway.ready(), 5_000, 'gateway ready');
  });
  after(async () => {
    await gateway.stop();
    await dropTable(table);
  });

  async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    const response = await fetch(gateway.address + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}`, ...headers },
      body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : {} };
  }

  const stored = () => kafka.values<Envelope>(topic);

  it('stores the event whole in an envelope and answers 202 with its id', async () => {
    const extra = { ...ticket, ticket_id: 'T-whole', customer: { name: 'Jane', region: 'eu' } };
    const reply = await post('/v1/events/support.ticket.created', extra);
    assert.equal(reply.status, 202);
    assert.match(String(reply.body.id), /^[0-9A-HJKMNP-TV-Z]{26}$/);
    const record = kafka.records(topic).find((r) => JSON.parse(r.value!.toString()).id === reply.body.id);
    assert.ok(record, 'the accepted event is on the topic');
    const envelope = JSON.parse(record.value!.toString()) as Envelope;
    assert.equal(envelope.type, 'support.ticket.created');
    assert.ok(!Number.isNaN(Date.parse(envelope.time)));
    assert.deepEqual(envelope.payload, extra, 'undeclared fields are kept');
    assert.equal(record.key!.toString(), envelope.id, 'without an idempotency key the id is the Kafka key');
    assert.equal(envelope.idempotencyKey, undefined);
  });

  const problems: {
    name: string;
    path: string;
    body: unknown;
    headers?: Record<string, string>;
    status: number;
    code: string;
    detail?: RegExp;
  }[] = [
    {
      name: 'missing API key',
      path: '/v1/events/support.ticket.created',
      body: ticket,
      headers: { authorization: '' },
      status: 401,
      code: 'INGEST_UNAUTHORIZED',
    },
    {
      name: 'wrong API key',
      path: '/v1/events/support.ticket.created',
      body: ticket,
      headers: { authorization: 'Bearer test-kez' },
      status: 401,
      code: 'INGEST_UNAUTHORIZED',
    },
    {
      name: 'the empty configured key is not a key',
      path: '/v1/events/support.ticket.created',
      body: ticket,
      headers: { authorization: 'Bearer ' },
      status: 401,
      code: 'INGEST_UNAUTHORIZED',
    },
    {
      name: 'unknown event type',
      path: '/v1/events/support.ticket.deleted',
      body: ticket,
      status: 404,
      code: 'INGEST_UNKNOWN_TYPE',
      detail: /support\.ticket\.deleted/,
    },
    {
      name: 'not JSON',
      path: '/v1/events/support.ticket.created',
      body: '{"ticket_id": ',
      status: 400,
      code: 'INGEST_MALFORMED',
    },
    {
      name: 'a JSON array',
      path: '/v1/events/support.ticket.created',
      body: '[1,2]',
      status: 400,
      code: 'INGEST_MALFORMED',
    },
    {
      name: 'not application/json',
      path: '/v1/events/support.ticket.created',
      body: 'ticket_id=1',
      headers: { 'content-type': 'text/plain' },
      status: 415,
      code: 'INGEST_UNSUPPORTED_MEDIA_TYPE',
    },
    {
      name: 'over 1 MiB',
      path: '/v1/events/support.ticket.created',
      body: { ...ticket, body: 'x'.repeat(1024 * 1024) },
      status: 413,
      code: 'INGEST_TOO_LARGE',
    },
    {
      name: 'an overlong idempotency key',
      path: '/v1/events/support.ticket.created',
      body: ticket,
      headers: { 'idempotency-key': 'k'.repeat(256) },
      status: 400,
      code: 'INGEST_MALFORMED',
    },
  ];
  for (const p of problems) {
    it(`answers ${p.status} problem+json for ${p.name}, and stores nothing`, async () => {
      const before = stored().length;
      const reply = await post(p.path, p.body, p.headers);
      assert.equal(reply.status, p.status);
      assert.equal(reply.headers.get('content-type'), 'application/problem+json; charset=utf-8');
      assert.equal(reply.body.status, p.status);
      assert.equal(reply.body.code, `INGESTLAYER_ERR_${p.code}`);
      assert.equal(typeof reply.body.title, 'string');
      assert.match(String(reply.body.type), /^urn:ingestlayer:problem:/);
      if (p.detail) assert.match(String(reply.body.detail), p.detail);
      assert.equal(stored().length, before);
    });
  }

  it('answers 400 naming each bad field, with a JSON pointer per field', async () => {
    const { subject: _omitted, ...withoutSubject } = ticket;
    const bad = { ...withoutSubject, customer_tier: 'gold', channel: 7, tags: ['a', 3] };
    const reply = await post('/v1/events/support.ticket.created', bad);
    assert.equal(reply.status, 400);
    assert.equal(reply.body.code, 'INGESTLAYER_ERR_INGEST_INVALID');
    const errors = reply.body.errors as { pointer: string; field: string; detail: string }[];
    assert.deepEqual(
      errors.map((e) => [e.pointer, e.detail]),
      [
        ['/subject', 'is required'],
        ['/customer_tier', 'must be one of "free", "pro", "enterprise"'],
        ['/channel', 'must be one of "email", "chat", "form"'],
        ['/tags/1', 'must be a string'],
      ],
    );
    assert.match(String(reply.body.detail), /customer_tier must be one of/);
    assert.doesNotMatch(JSON.stringify(reply.body), /gold/, 'the rejected value is not echoed');
  });

  it('answers 404 problem+json for a path that is not a route', async () => {
    const reply = await post('/v2/anything', ticket);
    assert.equal(reply.status, 404);
    assert.equal(reply.headers.get('content-type'), 'application/problem+json; charset=utf-8');
  });

  describe('webhook ingress', () => {
    const sign = (body: string, secret = helpdeskSecret, nowMs = Date.now()) =>
      signPayload(
        { scheme: 'timestamped', algorithm: 'sha256', prefix: '', secret },
        Buffer.from(body),
        nowMs,
      );

    it('accepts a valid timestamped signature and maps the body by JSON pointers', async () => {
      const body = JSON.stringify(helpdeskBody('dlv-unit-1'));
      const reply = await post('/v1/webhooks/helpdesk', body, {
        authorization: '',
        'x-ingestlayer-signature': sign(body),
      });
      assert.equal(reply.status, 202, JSON.stringify(reply.body));
      const envelope = stored().find((e) => e.id === reply.body.id);
      assert.ok(envelope);
      assert.deepEqual(envelope.payload, ticket);
      assert.equal(envelope.idempotencyKey, 'dlv-unit-1');
    });

    const rejected: { name: string; headers: (body: string) => Record<string, string>; alter?: boolean }[] = [
      { name: 'no signature header', headers: () => ({}) },
      { name: 'a wrong secret', headers: (b) => ({ 'x-ingestlayer-signature': sign(b, 'whsec-other') }) },
      {
        name: 'an altered body',
        headers: (b) => ({ 'x-ingestlayer-signature': sign(b) }),
        alter: true,
      },
      {
        name: 'a stale timestamp (301 s old)',
        headers: (b) => ({ 'x-ingestlayer-signature': sign(b, helpdeskSecret, Date.now() - 301_000) }),
      },
      {
        name: 'a timestamp from the future (301 s ahead)',
        headers: (b) => ({ 'x-ingestlayer-signature': sign(b, helpdeskSecret, Date.now() + 301_000) }),
      },
      { name: 'a garbled header', headers: () => ({ 'x-ingestlayer-signature': 't=abc,v1=zz' }) },
    ];
    for (const r of rejected) {
      it(`rejects ${r.name} with 401 and stores nothing`, async () => {
        const before = stored().length;
        const body = JSON.stringify(helpdeskBody('dlv-rejected'));
        const sent = r.alter ? body.replace('Checkout', 'Checkin') : body;
        const reply = await post('/v1/webhooks/helpdesk', sent, { authorization: '', ...r.headers(body) });
        assert.equal(reply.status, 401);
        assert.equal(reply.body.code, 'INGESTLAYER_ERR_INGEST_SIGNATURE_INVALID');
        assert.equal(stored().length, before);
      });
    }

    it('accepts plain hex with a prefix, signed with either secret of a rotation', async () => {
      for (const secret of ['old-secret', 'new-secret']) {
        const body = JSON.stringify({ actor: `ci-${secret}`, count: 3 });
        const signature = signPayload(
          { scheme: 'hex', algorithm: 'sha256', prefix: 'sha256=', secret },
          Buffer.from(body),
        );
        assert.match(signature, /^sha256=[0-9a-f]{64}$/);
        const reply = await post('/v1/webhooks/forge', body, { 'x-hub-signature-256': signature });
        assert.equal(reply.status, 202, JSON.stringify(reply.body));
        assert.deepEqual(stored().find((e) => e.id === reply.body.id)?.payload, {
          actor: `ci-${secret}`,
          count: 3,
        });
      }
      const body = JSON.stringify({ actor: 'ci' });
      const unprefixed = signPayload(
        { scheme: 'hex', algorithm: 'sha256', prefix: '', secret: 'new-secret' },
        Buffer.from(body),
      );
      const reply = await post('/v1/webhooks/forge', body, { 'x-hub-signature-256': unprefixed });
      assert.equal(reply.status, 401, 'the prefix is part of the scheme');
    });

    it('refuses every request to a source without a secret', async () => {
      const body = JSON.stringify({ actor: 'x' });
      const signature = signPayload(
        { scheme: 'timestamped', algorithm: 'sha256', prefix: '', secret: '' },
        Buffer.from(body),
      );
      const reply = await post('/v1/webhooks/unsigned', body, { 'x-ingestlayer-signature': signature });
      assert.equal(reply.status, 401);
    });

    it('answers 404 for an unknown source and 400 when the mapped payload is invalid', async () => {
      const unknown = await post('/v1/webhooks/nobody', '{}');
      assert.equal(unknown.status, 404);
      assert.equal(unknown.body.code, 'INGESTLAYER_ERR_INGEST_UNKNOWN_SOURCE');
      const body = JSON.stringify({ ...helpdeskBody(), customer: { tier: 'gold' } });
      const invalid = await post('/v1/webhooks/helpdesk', body, { 'x-ingestlayer-signature': sign(body) });
      assert.equal(invalid.status, 400);
      assert.deepEqual(
        (invalid.body.errors as { field: string }[]).map((e) => e.field),
        ['customer_tier'],
      );
    });
  });

  it('answers 503 with Retry-After when Kafka does not acknowledge, and stores nothing', async () => {
    const before = stored().length;
    kafka.failSends = 1;
    const reply = await post('/v1/events/support.ticket.created', ticket);
    assert.equal(reply.status, 503);
    assert.equal(reply.headers.get('retry-after'), '3');
    assert.equal(reply.body.code, 'INGESTLAYER_ERR_INGEST_UNAVAILABLE');
    assert.equal(stored().length, before);
    await eventually(() => gateway.ready(), 5_000, 'ready again after a probe');
    const again = await post('/v1/events/support.ticket.created', ticket);
    assert.equal(again.status, 202);
  });

  it('serves /healthz, /readyz and /metrics with ingest outcomes and produce latency', async () => {
    assert.equal((await fetch(gateway.address + '/healthz')).status, 200);
    assert.equal((await fetch(gateway.address + '/readyz')).status, 200);
    const metrics = await (await fetch(gateway.address + '/metrics')).text();
    assert.match(
      metrics,
      /ingestlayer_ingest_total\{node="gateway",source="rest",outcome="accepted",reason="ok"\} [1-9]/,
    );
    assert.match(
      metrics,
      /ingestlayer_ingest_total\{node="gateway",source="rest",outcome="rejected",reason="INGEST_UNAUTHORIZED"\} 3/,
    );
    assert.match(
      metrics,
      /ingestlayer_ingest_total\{node="gateway",source="helpdesk",outcome="rejected",reason="INGEST_SIGNATURE_INVALID"\} 6/,
    );
    assert.match(metrics, /ingestlayer_ingest_total\{node="gateway",source="unknown",outcome="rejected"/);
    assert.match(metrics, /ingestlayer_produce_seconds_count\{node="gateway"\} [1-9]/);
    assert.match(metrics, /ingestlayer_events_out_total\{node="gateway"\} [1-9]/);
  });
});
