// dedupe over a memory store (the contract the runtime backs with a compacted topic): replays pass,
// duplicates drop, a reused key with another payload dead-letters, the window expires, and concurrent
// events with one key are decided one at a time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDedupe } from '../../operators/dedupe.ts';
import type { Envelope } from '../../runtime/component.ts';
import { IngestlayerError } from '../../runtime/errors.ts';
import { envelope } from '../helpers/events.ts';
import { MemoryStores } from '../helpers/memory-store.ts';

async function setup(options: { windowMs?: number; keyPath?: string[] } = {}) {
  const stores = new MemoryStores();
  let clock = 1_000_000;
  let duplicates = 0;
  const make = async () =>
    createDedupe({
      store: await stores.open('keys'),
      windowMs: options.windowMs ?? 60_000,
      keyPath: options.keyPath,
      onDuplicate: () => duplicates++,
      now: () => clock,
    });
  return {
    stores,
    step: await make(),
    make,
    advance: (ms: number) => (clock += ms),
    duplicates: () => duplicates,
  };
}

const keyed = (key: string, payload: Record<string, unknown> = { ticket_id: key, subject: 'down' }) =>
  envelope(payload, { idempotencyKey: key });

describe('dedupe', () => {
  it('passes the first event of a key and drops a later one with the same payload', async () => {
    const t = await setup();
    const first = keyed('T-1');
    assert.deepEqual(await t.step.process(first), [first]);
    // Same key, same payload, key order different: a duplicate.
    const again = keyed('T-1', { subject: 'down', ticket_id: 'T-1' });
    assert.deepEqual(await t.step.process(again), []);
    assert.equal(t.duplicates(), 1);
    const other = keyed('T-2');
    assert.deepEqual(await t.step.process(other), [other]);
  });

  it('passes the very same record again (a replay), also on a restarted node', async () => {
    const t = await setup();
    const first = keyed('T-1');
    await t.step.process(first);
    assert.deepEqual(await t.step.process(first), [first]);
    const restarted = await t.make();
    assert.deepEqual(await restarted.process(first), [first]);
    assert.deepEqual(await restarted.process(keyed('T-1')), [], 'a restarted node remembers the key');
    assert.equal(t.duplicates(), 1);
  });

  it('dead-letters the same key with another payload or type', async () => {
    const t = await setup();
    await t.step.process(keyed('T-1'));
    for (const reuse of [
      keyed('T-1', { ticket_id: 'T-1', subject: 'changed body' }),
      { ...keyed('T-1'), type: 'x.y' },
    ]) {
      await assert.rejects(t.step.process(reuse), (err: IngestlayerError) => {
        assert.equal(err.code, 'INGEST_IDEMPOTENCY_MISMATCH');
        assert.equal(err.retriable, false);
        assert.doesNotMatch(err.message, /T-1|changed/, 'no key or value in the message');
        return true;
      });
    }
  });

  it('forgets a key after the window', async () => {
    const t = await setup({ windowMs: 60_000 });
    await t.step.process(keyed('T-1'));
    t.advance(59_000);
    assert.deepEqual(await t.step.process(keyed('T-1')), []);
    t.advance(2_000);
    const later = keyed('T-1', { ticket_id: 'T-1', subject: 'new body is fine now' });
    assert.deepEqual(await t.step.process(later), [later]);
  });

  it('decides concurrent events of one key one at a time', async () => {
    const t = await setup();
    const events = Array.from({ length: 20 }, () => keyed('T-9'));
    const results = await Promise.all(events.map((e) => t.step.process(e)));
    assert.equal(results.filter((r) => r.length === 1).length, 1);
    assert.equal(t.duplicates(), 19);
  });

  it('passes events without a key, reads a payload field when told to, and stores keys hashed', async () => {
    const t = await setup({ keyPath: ['customer', 'email'] });
    const noKey: Envelope = envelope({ subject: 'x' });
    assert.deepEqual(await t.step.process(noKey), [noKey]);
    const sameWithoutKey = envelope({ subject: 'x' });
    assert.deepEqual(await t.step.process(sameWithoutKey), [sameWithoutKey], 'no key: never a duplicate');
    const a = envelope({ customer: { email: 'ana@example.com' }, subject: 's' });
    const b = envelope({ customer: { email: 'ana@example.com' }, subject: 's' });
    assert.deepEqual(await t.step.process(a), [a]);
    assert.deepEqual(await t.step.process(b), []);
    const stored = [...t.stores.maps.get('keys')!.entries()];
    assert.equal(stored.length, 1);
    assert.ok(!JSON.stringify(stored).includes('ana@example.com'), 'the key itself is not stored');
  });
});
