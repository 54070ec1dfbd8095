// The chat destination against real loopback HTTP receivers: the message each format gets, escaping that
// keeps a ticket from pinging a channel, truncation, and the outcomes of the statuses chat services answer.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { chat, createChat, type ChatConfig } from '../../connectors/chat.ts';
import type { DeliveryResult, Destination } from '../../runtime/component.ts';
import { envelope } from '../helpers/events.ts';
import { ok, startReceiver, type Receiver, type Script } from '../helpers/receiver.ts';

const cleanups: (() => Promise<unknown>)[] = [];
after(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

async function receiver(script: Script = ok): Promise<Receiver> {
  const r = await startReceiver(script);
  cleanups.push(() => r.close());
  return r;
}

function sink(url: string, extra: Partial<ChatConfig> = {}): Destination {
  const d = createChat({
    url,
    format: 'slack',
    text: ':rotating_light: *{{subject}}* ({{tier}}) {{count}}',
    maxLength: 3000,
    timeout: '2s',
    allowPrivateNetwork: true,
    allowInsecureHttp: true,
    ...extra,
  });
  cleanups.push(async () => d.close?.());
  return d;
}

const deliver = (d: Destination, payload: Record<string, unknown>): Promise<DeliveryResult> => {
  const event = envelope(payload);
  return d.deliver({
    event,
    body: Buffer.from(JSON.stringify(event)),
    attempt: 1,
    signal: new AbortController().signal,
  });
};

const bodyOf = (r: Receiver, i = 0) => JSON.parse(r.requests[i]!.body.toString()) as Record<string, unknown>;

describe('chat destination', () => {
  it('posts Slack text with payload values escaped, so a ticket cannot mention a channel', async () => {
    const r = await receiver();
    const result = await deliver(sink(r.url), {
      subject: 'Checkout down <!channel> & <https://evil.example|click>',
      tier: 'pro',
      count: 3,
    });
    assert.equal(result.outcome, 'ok');
    assert.deepEqual(bodyOf(r), {
      text: ':rotating_light: *Checkout down &lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;* (pro) 3',
    });
    assert.equal(r.requests[0]!.headers['content-type'], 'application/json');
  });

  it('posts Discord content with mentions switched off, cut to the limit', async () => {
    const r = await receiver();
    const long = 'x'.repeat(5_000);
    await deliver(sink(r.url, { format: 'discord', maxLength: 2_000, text: '@everyone {{subject}}' }), {
      subject: long,
    });
    const body = bodyOf(r) as { content: string; allowed_mentions: unknown };
    assert.deepEqual(body.allowed_mentions, { parse: [] });
    assert.equal(body.content.length, 2_000);
    assert.ok(body.content.startsWith('@everyone xxx') && body.content.endsWith('…'));
  });

  it('retries 429 and 5xx, dead-letters other 4xx', async () => {
    for (const [status, outcome] of [
      [429, 'retry'],
      [503, 'retry'],
      [404, 'fail'],
      [400, 'fail'],
    ] as const) {
      const r = await receiver(() => ({ status, headers: { 'retry-after': '1' } }));
      const result = await deliver(sink(r.url), { subject: 's', tier: 't', count: 1 });
      assert.equal(result.outcome, outcome, `status ${status}`);
      if (status === 429) assert.equal(result.outcome === 'retry' && result.retryAfterMs, 1_000);
    }
  });

  it('refuses a private address unless allowed, and plain http unless allowed', async () => {
    const r = await receiver();
    const guarded = await deliver(sink(r.url, { allowPrivateNetwork: false }), { subject: 's' });
    assert.equal(guarded.outcome, 'fail');
    assert.equal(guarded.outcome === 'fail' && guarded.code, 'DELIVERY_FORBIDDEN_ADDRESS');
    assert.equal(r.connections(), 0, 'no connection was made');
    assert.throws(() => sink(r.url, { allowInsecureHttp: false }), /plain http:\/\/ is refused/);
    const issues = chat.check!(
      {
        url: 'https://10.0.0.1/hook',
        format: 'discord',
        text: 't',
        maxLength: 3_000,
        timeout: '10s',
        allowPrivateNetwork: false,
        allowInsecureHttp: false,
      },
      { fields: new Set() },
    );
    assert.deepEqual(
      issues.map((i) => i.path.join('.')),
      ['url', 'maxLength'],
    );
  });
});
