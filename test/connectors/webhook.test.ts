// The webhook destination against real loopback receivers: one `deliver` call is one attempt.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Value } from '@sinclair/typebox/value';
import { configIssues, createWebhook, webhook, type WebhookConfig } from '../../connectors/webhook.ts';
import { sign, verify } from '../../connectors/webhook/signature.ts';
import { outcomeOf, parseRetryAfter } from '../../connectors/webhook/http.ts';
import type { DeliveryResult, Destination } from '../../runtime/component.ts';
import { IngestlayerError } from '../../runtime/errors.ts';
import { version } from '../../runtime/version.ts';
import { formatDiagnostic, loadTopology } from '../../topology/loader.ts';
import { envelope } from '../helpers/events.ts';
import { startReceiver, type Receiver, type Reply } from '../helpers/receiver.ts';

function config(overrides: Partial<WebhookConfig> & { url: string }): WebhookConfig {
  return Value.Default(webhook.schema, {
    allowPrivateNetwork: true,
    allowInsecureHttp: true,
    ...overrides,
  }) as WebhookConfig;
}

const never = new AbortController().signal;

async function deliverOnce(
  destination: Destination,
  event = envelope({ subject: 'printer on fire' }),
  attempt = 1,
): Promise<{ result: DeliveryResult; body: Buffer }> {
  const body = Buffer.from(JSON.stringify(event));
  const result = await destination.deliver({ event, body, attempt, signal: never });
  return { result, body };
}

describe('webhook destination', () => {
  let receiver: Receiver;
  before(async () => (receiver = await startReceiver()));
  after(() => receiver.close());

  it('POSTs the exact bytes with the design headers', async () => {
    const destination = createWebhook(
      config({ url: `${receiver.url}?tenant=7`, headers: { 'X-Team': 'sre' } }),
    );
    const event = envelope({ subject: 'database is down' });
    const { result, body } = await deliverOnce(destination, event, 3);
    await destination.close?.();
    assert.deepEqual(result, { outcome: 'ok', status: 200 });
    const request = receiver.byEvent(event.id)[0]!;
    assert.equal(request.method, 'POST');
    assert.equal(request.url, '/hook?tenant=7');
    assert.deepEqual(request.body, body);
    assert.equal(request.headers['content-type'], 'application/json');
    assert.equal(request.headers['user-agent'], `ingestlayer/${version}`);
    assert.equal(request.headers['x-ingestlayer-attempt'], '3');
    assert.equal(request.headers['x-team'], 'sre');
    assert.equal(request.headers.authorization, undefined);
    assert.equal(request.headers['x-ingestlayer-signature'], undefined);
  });

  it('adds a bearer token', async () => {
    const destination = createWebhook(
      config({ url: receiver.url, auth: { type: 'bearer', token: 'tok-123' } }),
    );
    const event = envelope({});
    await deliverOnce(destination, event);
    await destination.close?.();
    assert.equal(receiver.byEvent(event.id)[0]!.headers.authorization, 'Bearer tok-123');
  });

  it('signs "<t>.<body>" with every secret during a rotation', async () => {
    const now = 1_760_000_000_000;
    const destination = createWebhook(
      config({ url: receiver.url, auth: { type: 'hmac', secrets: ['new-secret', 'old-secret'] } }),
      { now: () => now },
    );
    const event = envelope({ subject: 'sign me' });
    await deliverOnce(destination, event);
    await destination.close?.();
    const request = receiver.byEvent(event.id)[0]!;
    const header = String(request.headers['x-ingestlayer-signature']);
    assert.match(header, /^t=1760000000,v1=[0-9a-f]{64},v1=[0-9a-f]{64}$/);
    const nowSeconds = now / 1000;
    for (const secret of ['new-secret', 'old-secret'])
      assert.ok(verify({ body: request.body, header, secret, nowSeconds }), secret);
    assert.ok(!verify({ body: request.body, header, secret: 'other', nowSeconds }));
    const tampered = Buffer.from(request.body.toString().replace('sign me', 'sign us'));
    assert.ok(!verify({ body: tampered, header, secret: 'new-secret', nowSeconds }));
    assert.ok(!verify({ body: request.body, header, secret: 'new-secret', nowSeconds: nowSeconds + 301 }));
  });

  it('signs with a single secret (checked against openssl)', () => {
    const body = Buffer.from('{"id":"x"}');
    const header = sign(body, ['s3cret'], 1700000000);
    // printf '1700000000.{"id":"x"}' | openssl dgst -sha256 -hmac s3cret
    assert.equal(header, 't=1700000000,v1=2382c1d0968a5e57238c68de957f44d87e83d3049a5588ec251442ca372b8aec');
    assert.ok(verify({ body, header, secret: 's3cret', nowSeconds: 1700000000 }));
  });

  const statuses: { reply: Reply; expect: Partial<DeliveryResult> & { outcome: string } }[] = [
    { reply: { status: 200 }, expect: { outcome: 'ok', status: 200 } },
    { reply: { status: 204 }, expect: { outcome: 'ok', status: 204 } },
    { reply: { status: 408 }, expect: { outcome: 'retry', code: 'DELIVERY_HTTP_RETRIABLE', status: 408 } },
    {
      reply: { status: 429, headers: { 'retry-after': '7' } },
      expect: { outcome: 'retry', code: 'DELIVERY_HTTP_RETRIABLE', status: 429, retryAfterMs: 7000 },
    },
    { reply: { status: 500 }, expect: { outcome: 'retry', code: 'DELIVERY_HTTP_RETRIABLE', status: 500 } },
    { reply: { status: 503 }, expect: { outcome: 'retry', code: 'DELIVERY_HTTP_RETRIABLE', status: 503 } },
    {
      // Header names are matched without case.
      reply: { status: 503, headers: { 'Retry-After': '2' } },
      expect: { outcome: 'retry', code: 'DELIVERY_HTTP_RETRIABLE', status: 503, retryAfterMs: 2000 },
    },
    { reply: { status: 400 }, expect: { outcome: 'fail', code: 'DELIVERY_HTTP_STATUS', status: 400 } },
    { reply: { status: 404 }, expect: { outcome: 'fail', code: 'DELIVERY_HTTP_STATUS', status: 404 } },
    {
      reply: { status: 302, headers: { location: '/elsewhere' } },
      expect: { outcome: 'fail', code: 'DELIVERY_HTTP_STATUS', status: 302 },
    },
  ];
  for (const { reply, expect } of statuses) {
    it(`maps ${'status' in reply ? reply.status : '?'} to ${expect.outcome}`, async () => {
      const own = await startReceiver(() => reply);
      const destination = createWebhook(config({ url: own.url }));
      const { result } = await deliverOnce(destination);
      await destination.close?.();
      await own.close();
      for (const [key, value] of Object.entries(expect))
        assert.equal(result[key as keyof DeliveryResult], value, key);
      // A redirect is not followed: the receiver saw exactly one request.
      assert.equal(own.requests.length, 1);
    });
  }

  it('reports a refused connection as a retriable network error', async () => {
    const own = await startReceiver();
    const url = own.url;
    await own.close();
    const destination = createWebhook(config({ url }));
    const { result } = await deliverOnce(destination);
    await destination.close?.();
    assert.equal(result.outcome, 'retry');
    assert.equal((result as { code: string }).code, 'DELIVERY_NETWORK');
    assert.match((result as { message: string }).message, /ECONNREFUSED/);
  });

  describe('ends every attempt at its deadline', () => {
    const cases: { name: string; reply: Reply; outcome: string; code?: string }[] = [
      {
        name: 'a receiver that never answers',
        reply: { hang: true },
        outcome: 'retry',
        code: 'DELIVERY_TIMEOUT',
      },
      {
        name: 'a receiver that trickles its status line',
        reply: { trickleHeaders: { intervalMs: 20 } },
        outcome: 'retry',
        code: 'DELIVERY_TIMEOUT',
      },
      // The status arrived in time, so it decides; the body read is cut off at the deadline.
      {
        name: 'a receiver that trickles its body',
        reply: { trickleBody: { status: 200, intervalMs: 20 } },
        outcome: 'ok',
      },
      // 50 MB: read up to maxResponseBytes, then the connection is dropped.
      {
        name: 'a receiver that sends 50 MB',
        reply: { huge: { status: 503, bytes: 50 * 1024 * 1024 } },
        outcome: 'retry',
        code: 'DELIVERY_HTTP_RETRIABLE',
      },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const own = await startReceiver(() => c.reply);
        const destination = createWebhook(config({ url: own.url, timeout: '400ms', maxResponseBytes: 4096 }));
        const { result } = await deliverOnce(destination);
        await destination.close?.();
        assert.equal(result.outcome, c.outcome);
        if (c.code) assert.equal((result as { code: string }).code, c.code);
        const request = own.requests[0]!;
        // The client let go of the connection (it did not wait for the receiver to finish).
        await waitFor(() => request.closedAt !== undefined);
        assert.ok(request.bytesWritten < 50 * 1024 * 1024);
        await own.close();
      });
    }
  });

  describe('refuses internal addresses without connecting', () => {
    // Every spelling of loopback points at a live receiver: allowed, each one connects (the control);
    // forbidden, the receiver sees no connection at all.
    const loopbackForms = [
      '127.0.0.1',
      '2130706433', // decimal
      '0x7f000001', // hex
      '0x7f.0.0.1',
      '017700000001', // octal
      '127.1',
      '[::1]',
      '[::ffff:127.0.0.1]',
      '[::ffff:7f00:1]',
      'localhost',
      'evil.test', // a DNS name resolving to loopback
    ];
    const resolve = (
      hostname: string,
      _options: unknown,
      callback: (err: NodeJS.ErrnoException | null, addresses: { address: string; family: number }[]) => void,
    ) => {
      const table: Record<string, { address: string; family: number }[]> = {
        'evil.test': [{ address: '127.0.0.1', family: 4 }],
        'internal.test': [{ address: '10.20.30.40', family: 4 }],
        'metadata.test': [{ address: '169.254.169.254', family: 4 }],
        localhost: [
          { address: '127.0.0.1', family: 4 },
          { address: '::1', family: 6 },
        ],
      };
      const found = table[hostname];
      if (found) callback(null, found);
      else callback(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }), []);
    };

    let v4: Receiver;
    let v6: Receiver;
    before(async () => {
      v4 = await startReceiver();
      v6 = await startReceiver(undefined, { host: '::1' });
    });
    after(async () => {
      await v4.close();
      await v6.close();
    });

    for (const host of loopbackForms) {
      const target = () => (host.startsWith('[::1]') ? v6 : v4);
      it(`${host} — refused, and reached when allowPrivateNetwork is set`, async () => {
        const url = `http://${host}:${target().port}/hook`;
        const before = target().connections();
        const refused = createWebhook(config({ url, allowPrivateNetwork: false }), { resolve });
        const { result } = await deliverOnce(refused);
        await refused.close?.();
        assert.equal(result.outcome, 'fail');
        assert.equal((result as { code: string }).code, 'DELIVERY_FORBIDDEN_ADDRESS');
        assert.equal(target().connections(), before, 'no connection was made');

        const allowed = createWebhook(config({ url, allowPrivateNetwork: true }), { resolve });
        const control = await deliverOnce(allowed);
        await allowed.close?.();
        assert.equal(control.result.outcome, 'ok');
        assert.equal(target().connections(), before + 1);
      });
    }

    const unreachable = [
      '10.0.0.1',
      '172.16.5.4',
      '192.168.1.1',
      '169.254.169.254',
      '[::ffff:169.254.169.254]',
      '[::ffff:a9fe:a9fe]',
      '2852039166', // 169.254.169.254 as a decimal
      '0xa9fea9fe', // … and as hex
      '100.64.0.1',
      '0.0.0.0',
      '[::]',
      '224.0.0.1',
      '[fd00::1]',
      '[fe80::1]',
      '[64:ff9b::a00:1]',
      'internal.test',
      'metadata.test',
    ];
    for (const host of unreachable) {
      it(`${host} — refused before any connection attempt`, async () => {
        const destination = createWebhook(
          config({ url: `http://${host}:8080/hook`, allowPrivateNetwork: false, timeout: '30s' }),
          { resolve },
        );
        const { result } = await deliverOnce(destination);
        await destination.close?.();
        // A connection attempt would end in a timeout or a network error, never in this code.
        assert.equal(result.outcome, 'fail');
        assert.equal((result as { code: string }).code, 'DELIVERY_FORBIDDEN_ADDRESS');
        assert.match((result as { message: string }).message, /allowPrivateNetwork/);
      });
    }
  });

  describe('config checks', () => {
    const cases: { name: string; config: Partial<WebhookConfig> & { url: string }; issue?: RegExp }[] = [
      {
        name: 'https with hmac',
        config: {
          url: 'https://hooks.example.com/x',
          auth: { type: 'hmac', secret: 's' },
          allowInsecureHttp: false,
          allowPrivateNetwork: false,
        },
      },
      {
        name: 'plain http',
        config: { url: 'http://hooks.example.com/x', allowInsecureHttp: false },
        issue: /allowInsecureHttp/,
      },
      { name: 'not http at all', config: { url: 'ftp://hooks.example.com/x' }, issue: /only https/ },
      { name: 'not a URL', config: { url: 'hooks dot example' }, issue: /not a valid URL/ },
      {
        name: 'credentials in the URL',
        config: { url: 'https://u:p@hooks.example.com/' },
        issue: /credentials/,
      },
      {
        name: 'a private literal address',
        config: { url: 'https://192.168.0.10/x', allowPrivateNetwork: false },
        issue: /private address/,
      },
      {
        name: 'bearer without a token',
        config: { url: 'https://h.example.com', auth: { type: 'bearer' } },
        issue: /needs `token`/,
      },
      {
        name: 'hmac with secret and secrets',
        config: { url: 'https://h.example.com', auth: { type: 'hmac', secret: 'a', secrets: ['b'] } },
        issue: /exactly one/,
      },
      {
        name: 'hmac without a secret',
        config: { url: 'https://h.example.com', auth: { type: 'hmac' } },
        issue: /exactly one/,
      },
      {
        name: 'a token without bearer',
        config: { url: 'https://h.example.com', auth: { type: 'none', token: 't' } },
        issue: /only used with auth type bearer/,
      },
      {
        name: 'a header value with a line break',
        config: { url: 'https://h.example.com', headers: { 'X-Team': 'sre\r\nX-Evil: 1' } },
        issue: /line breaks/,
      },
      {
        name: 'a reserved header',
        config: { url: 'https://h.example.com', headers: { 'X-Ingestlayer-Attempt': '1' } },
        issue: /set by ingestlayer/,
      },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const issues = configIssues(config(c.config));
        if (!c.issue) return assert.deepEqual(issues, []);
        assert.equal(issues.length, 1, JSON.stringify(issues));
        assert.match(issues[0]!.message, c.issue);
      });
    }

    it('refuses to create a plain-http destination', () => {
      assert.throws(
        () => createWebhook(config({ url: 'http://hooks.example.com/', allowInsecureHttp: false })),
        (err: unknown) => err instanceof IngestlayerError && err.code === 'DELIVERY_INSECURE_URL',
      );
    });

    it('documents an example that validates in a topology', () => {
      const text = [
        'version: 1',
        'name: example',
        'kafka: { brokers: 127.0.0.1:9092 }',
        'events:',
        '  ticket: { subject: string, urgency: string }',
        'source: { event: ticket, topic: example.raw }',
        'destinations:',
        webhook.example.replace(/^\n/, '').replace(/^/gm, '  '),
      ].join('\n');
      const result = loadTopology(text, 'example.yaml', { env: { WEBHOOK_SECRET: 'secret' } });
      assert.ok(result.ok, result.ok ? '' : result.errors.map(formatDiagnostic).join('\n'));
      const plan = result.plan.destinations[0]!;
      assert.equal(plan.kind, webhook);
      assert.deepEqual(plan.config.auth, { type: 'hmac', secrets: ['secret', 'previous'] });
      assert.equal(plan.config.timeout, '10s');
    });
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    assert.equal(parseRetryAfter('120', now), 120_000);
    assert.equal(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now), 30_000);
    assert.equal(parseRetryAfter('Tue, 31 Dec 2024 00:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(undefined, now), undefined);
    assert.deepEqual(outcomeOf(599), {
      outcome: 'retry',
      code: 'DELIVERY_HTTP_RETRIABLE',
      message: 'receiver answered 599',
      status: 599,
    });
  });
});

async function waitFor(check: () => boolean, timeoutMs = 5_000) {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
