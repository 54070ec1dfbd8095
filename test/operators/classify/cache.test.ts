// The classify label cache: identical tickets reuse one model call — sequentially, concurrently, across
// replicas through the shared store — within `ttl` and `maxEntries`.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { LruCache } from '../../../operators/classify/cache.ts';
import { MemoryStores } from '../../helpers/memory-store.ts';
import { startOllamaStandIn, type ChatScript, type OllamaStandIn } from '../../helpers/ollama-server.ts';
import { only, stepOf, testContext, ticket } from './context.ts';

const byKeyword: ChatScript = (req) => ({
  label: /outage/i.test(req.messages.at(-1)?.content ?? '') ? 'critical' : 'low',
});

const servers: OllamaStandIn[] = [];
async function standIn(script: ChatScript = byKeyword): Promise<OllamaStandIn> {
  const server = await startOllamaStandIn(script);
  servers.push(server);
  return server;
}
after(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

function configFor(
  host: string,
  cache: Record<string, unknown> = {},
  overrides: Record<string, unknown> = {},
) {
  return {
    field: 'urgency',
    labels: ['low', 'high', 'critical'],
    model: { provider: 'ollama', host, name: 'llama3.2:3b', prompt: 'Subject: {{subject}}\nBody: {{body}}' },
    onError: { label: 'critical' },
    retry: { maxAttempts: 2, initialDelay: '1ms', maxDelay: '1ms' },
    cache,
    ...overrides,
  };
}

const outage = { subject: 'Checkout outage', body: 'Nobody can pay' };

/** A clock tests move by hand. */
function manualClock(start = 1_700_000_000_000) {
  const clock = { t: start, now: () => clock.t };
  return clock;
}

describe('classify cache', () => {
  it('makes one model call for 100 identical tickets in a row', async () => {
    const server = await standIn();
    const ctx = testContext();
    const step = await stepOf(configFor(server.url), ctx);
    for (let i = 0; i < 100; i++) {
      const out = await only(step.process(ticket({ ...outage, ticket_id: `t-${i}` })));
      assert.equal(out.payload.urgency, 'critical');
    }
    assert.equal(server.requests.length, 1);
    assert.equal(await ctx.count('ingestlayer_classify_cache_total', { result: 'miss' }), 1);
    assert.equal(await ctx.count('ingestlayer_classify_cache_total', { result: 'hit' }), 99);
    assert.equal(await ctx.count('ingestlayer_classify_labels_total', { label: 'critical' }), 100);
  });

  it('makes one model call for 100 identical tickets arriving at once', async () => {
    const server = await standIn((req) => ({ ...byKeyword(req, 0), delayMs: 20 }) as ReturnType<ChatScript>);
    const step = await stepOf(configFor(server.url), testContext());
    const outs = await Promise.all(Array.from({ length: 100 }, () => only(step.process(ticket(outage)))));
    assert.equal(server.requests.length, 1);
    assert.ok(outs.every((o) => o.payload.urgency === 'critical'));
  });

  it('keys on the fields the prompt uses, not on others', async () => {
    const server = await standIn();
    const step = await stepOf(configFor(server.url), testContext());
    await step.process(ticket({ ...outage, channel: 'email', customer_tier: 'pro' }));
    await step.process(ticket({ ...outage, channel: 'chat', customer_tier: 'free' }));
    assert.equal(server.requests.length, 1, 'fields outside the prompt do not change the key');
    await step.process(ticket({ ...outage, body: 'Nobody can pay!' }));
    assert.equal(server.requests.length, 2, 'a prompt field that differs is a new key');
  });

  it('without a prompt keys on every string field', async () => {
    const server = await standIn();
    const config = configFor(server.url, {}, { model: { provider: 'ollama', host: server.url, name: 'm' } });
    const step = await stepOf(config, testContext());
    await step.process(ticket({ ...outage, priority: 1 }));
    await step.process(ticket({ ...outage, priority: 2 }));
    assert.equal(server.requests.length, 1);
    await step.process(ticket({ ...outage, channel: 'email' }));
    assert.equal(server.requests.length, 2);
  });

  it('does not share answers between models, prompts or label sets', async () => {
    const server = await standIn();
    const stores = new MemoryStores();
    const variants = [
      configFor(server.url, { shared: true }),
      configFor(server.url, { shared: true }, { labels: ['low', 'high', 'critical', 'spam'] }),
      configFor(
        server.url,
        { shared: true },
        { model: { provider: 'ollama', host: server.url, name: 'other' } },
      ),
      configFor(
        server.url,
        { shared: true },
        {
          model: {
            provider: 'ollama',
            host: server.url,
            name: 'llama3.2:3b',
            prompt: 'S: {{subject}} B: {{body}}',
          },
        },
      ),
    ];
    for (const config of variants) {
      const step = await stepOf(config, testContext({ stores }));
      await step.process(ticket(outage));
    }
    assert.equal(server.requests.length, variants.length);
  });

  it('calls again once the ttl has passed', async () => {
    const server = await standIn();
    const clock = manualClock();
    const step = await stepOf(configFor(server.url, { ttl: '1h' }), testContext(), { now: clock.now });
    await step.process(ticket(outage));
    clock.t += 59 * 60_000;
    await step.process(ticket(outage));
    assert.equal(server.requests.length, 1, 'within the ttl');
    clock.t += 2 * 60_000;
    await step.process(ticket(outage));
    assert.equal(server.requests.length, 2, 'after the ttl');
  });

  it('evicts the least recently used entry beyond maxEntries', async () => {
    const server = await standIn();
    const step = await stepOf(configFor(server.url, { maxEntries: 2 }), testContext());
    const a = { subject: 'a' };
    const b = { subject: 'b' };
    const c = { subject: 'c' };
    for (const payload of [a, b, a, c]) await step.process(ticket(payload)); // c evicts b, not a (a was used)
    assert.equal(server.requests.length, 3);
    await step.process(ticket(a));
    assert.equal(server.requests.length, 3, 'a stayed');
    await step.process(ticket(b));
    assert.equal(server.requests.length, 4, 'b was evicted');
  });

  it('does not cache an onError fallback', async () => {
    const server = await standIn(() => ({ content: 'not a label' }));
    const step = await stepOf(configFor(server.url), testContext());
    assert.equal((await only(step.process(ticket(outage)))).payload.urgency, 'critical');
    assert.equal(server.requests.length, 2);
    server.script = () => ({ label: 'low' });
    assert.equal((await only(step.process(ticket(outage)))).payload.urgency, 'low');
    assert.equal(server.requests.length, 3);
  });

  it('lets concurrent duplicates share a failure instead of calling again', async () => {
    const server = await standIn(() => ({ status: 500, delayMs: 10 }));
    const step = await stepOf(configFor(server.url), testContext());
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => step.process(ticket(outage))));
    assert.ok(results.every((r) => r.status === 'rejected'));
    assert.equal(server.requests.length, 2, 'one call with its retry, shared by all five');
  });
});

describe('classify cache shared through the store', () => {
  it('lets a fresh instance (another replica, or the node after a restart) reuse every label', async () => {
    const server = await standIn();
    const stores = new MemoryStores();
    const tickets = [
      outage,
      { subject: 'Question', body: 'How do I export?' },
      { subject: 'Invoice', body: 'wrong' },
    ];

    const first = await stepOf(configFor(server.url, { shared: true }), testContext({ stores }));
    const firstLabels = [];
    for (const t of tickets) firstLabels.push((await only(first.process(ticket(t)))).payload.urgency);
    await first.close?.();
    assert.equal(server.requests.length, 3);
    assert.deepEqual(stores.opened, ['classify-cache']);

    const ctx = testContext({ stores });
    const second = await stepOf(configFor(server.url, { shared: true }), ctx);
    const secondLabels = [];
    for (const t of tickets) secondLabels.push((await only(second.process(ticket(t)))).payload.urgency);
    assert.equal(server.requests.length, 3, 'zero model calls from the second instance');
    assert.deepEqual(secondLabels, firstLabels);
    assert.equal(await ctx.count('ingestlayer_classify_cache_total', { result: 'shared' }), 3);
    assert.equal(await ctx.count('ingestlayer_classify_cache_total', { result: 'miss' }), 0);
  });

  it('keeps the ttl for shared entries', async () => {
    const server = await standIn();
    const stores = new MemoryStores();
    const clock = manualClock();
    const first = await stepOf(
      configFor(server.url, { shared: true, ttl: '1h' }),
      testContext({ stores }),
      clock,
    );
    await first.process(ticket(outage));
    clock.t += 2 * 3_600_000;
    const second = await stepOf(
      configFor(server.url, { shared: true, ttl: '1h' }),
      testContext({ stores }),
      clock,
    );
    await second.process(ticket(outage));
    assert.equal(server.requests.length, 2);
  });

  it('ignores a stored value that is not a label of this step', async () => {
    const server = await standIn();
    const stores = new MemoryStores();
    const first = await stepOf(configFor(server.url, { shared: true }), testContext({ stores }));
    await first.process(ticket(outage));
    const map = stores.maps.get('classify-cache');
    assert.equal(map?.size, 1);
    for (const key of map?.keys() ?? []) map?.set(key, '{"label":"hacked","at":0}');
    const second = await stepOf(configFor(server.url, { shared: true }), testContext({ stores }));
    assert.equal((await only(second.process(ticket(outage)))).payload.urgency, 'critical');
    assert.equal(server.requests.length, 2);
  });

  it('does not open a store unless shared is set', async () => {
    const server = await standIn();
    const ctx = testContext();
    const step = await stepOf(configFor(server.url), ctx);
    await step.process(ticket(outage));
    assert.deepEqual(ctx.stores.opened, []);
  });
});

describe('LruCache', () => {
  it('expires entries at their deadline', () => {
    const clock = manualClock(0);
    const lru = new LruCache({ maxEntries: 10, now: clock.now });
    lru.set('k', 'low', 100);
    clock.t = 99;
    assert.equal(lru.get('k'), 'low');
    clock.t = 100;
    assert.equal(lru.get('k'), undefined);
    assert.equal(lru.size, 0, 'an expired entry is removed when found');
  });

  it('holds nothing with maxEntries 0', () => {
    const lru = new LruCache({ maxEntries: 0, now: () => 0 });
    lru.set('k', 'low', 100);
    assert.equal(lru.get('k'), undefined);
  });
});
