import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Value } from '@sinclair/typebox/value';
import { pino } from 'pino';
import type { ComponentContext, Envelope } from '../../runtime/component.ts';
import { IngestlayerError } from '../../runtime/errors.ts';
import { Metrics, createRegistry } from '../../runtime/metrics.ts';
import { filterMatch } from '../../operators/filter-match.ts';
import { stepKinds } from '../../operators/index.ts';

function context() {
  const registry = createRegistry({ defaultMetrics: false });
  const ctx: ComponentContext = {
    pipeline: 'p',
    node: 'x',
    logger: pino({ level: 'silent' }),
    metrics: Metrics.forNode(registry, 'x'),
    signal: new AbortController().signal,
    openStore: () => {
      throw new Error('filter.match opens no store');
    },
  };
  return { ctx, registry };
}

async function dropped(registry: ReturnType<typeof createRegistry>): Promise<number> {
  const metric = await registry.getSingleMetric('ingestlayer_events_dropped_total')?.get();
  const sample = metric?.values.find((v) => v.labels.node === 'x' && v.labels.reason === 'filtered');
  return sample?.value ?? 0;
}

let seq = 0;
function ticket(payload: Record<string, unknown>): Envelope {
  seq++;
  return {
    id: `01J9Z3V4K6Q8R2T5W7Y9A1C${String(seq).padStart(3, '0')}`,
    type: 'support.ticket.created',
    time: '2024-05-01T10:00:00Z',
    payload: { ticket_id: `T-${seq}`, subject: 'Checkout is down', customer_tier: 'pro', ...payload },
  };
}

async function step(when: string) {
  const { ctx, registry } = context();
  const created = await filterMatch.create({ when }, ctx);
  return { step: created, registry };
}

describe('filter.match', () => {
  it('is registered', () => {
    assert.ok(stepKinds.includes(filterMatch));
  });

  it('has an example whose config matches the schema', () => {
    assert.equal(Value.Check(filterMatch.schema, { when: 'urgency == "critical"' }), true);
    assert.equal(Value.Check(filterMatch.schema, { when: '' }), false);
    assert.equal(Value.Check(filterMatch.schema, { when: 'true', extra: 1 }), false);
    assert.match(filterMatch.example, /uses: filter\.match/);
    assert.match(filterMatch.example, /when: urgency == "critical"/);
  });

  const cases: [when: string, payload: Record<string, unknown>, kept: boolean][] = [
    ['urgency == "critical"', { urgency: 'critical' }, true],
    ['urgency == "critical"', { urgency: 'low' }, false],
    ['customer_tier in ["pro", "enterprise"] && urgency != "low"', { urgency: 'high' }, true],
    ['customer_tier in ["pro", "enterprise"] && urgency != "low"', { urgency: 'low' }, false],
    ['event.type == "support.ticket.created"', {}, true],
    ['subject.contains("down") || urgency == "critical"', { urgency: 'low' }, true],
    ['attempts > 3', { attempts: 4 }, true],
    ['attempts > 3', { attempts: 3 }, false],
  ];
  for (const [when, payload, kept] of cases) {
    it(`${when} over ${JSON.stringify(payload)} → ${kept ? 'kept' : 'dropped'}`, async () => {
      const { step: s, registry } = await step(when);
      const event = ticket(payload);
      const out = await s.process(event);
      assert.deepEqual(out, kept ? [event] : []);
      if (kept) assert.equal(out[0], event, 'the event is forwarded unchanged, not copied');
      assert.equal(await dropped(registry), kept ? 0 : 1);
    });
  }

  it('counts every dropped event', async () => {
    const { step: s, registry } = await step('urgency == "critical"');
    const urgencies = ['low', 'critical', 'high', 'low', 'critical'];
    let kept = 0;
    for (const urgency of urgencies) kept += (await s.process(ticket({ urgency }))).length;
    assert.equal(kept, 2);
    assert.equal(await dropped(registry), 3);
  });

  const failures: [when: string, payload: Record<string, unknown>, message: RegExp][] = [
    ['urgency == "critical"', {}, /no field "urgency" in the event/],
    ['urgency', { urgency: 'critical' }, /returned string, expected bool/],
    ['int(subject) > 3', {}, /int\(\) failed/],
    ['attempts + 1 > 3', { attempts: 4 }, /no matching overload/],
  ];
  for (const [when, payload, message] of failures) {
    it(`${when} over ${JSON.stringify(payload)} → EXPRESSION_EVAL, not dropped`, async () => {
      const { step: s, registry } = await step(when);
      const event = ticket(payload);
      await assert.rejects(
        async () => s.process(event),
        (err: unknown) => {
          assert.ok(err instanceof IngestlayerError);
          assert.equal(err.code, 'EXPRESSION_EVAL');
          assert.equal(err.retriable, false);
          assert.equal(err.stage, 'process');
          assert.match(err.message, message);
          assert.ok(!err.message.includes('Checkout is down'), 'the message quotes a payload value');
          return true;
        },
      );
      assert.equal(await dropped(registry), 0);
    });
  }

  it('check: reports a compile error on `when` with its column and offset', () => {
    const issues = filterMatch.check!({ when: 'urgency == "critical" &&' }, { fields: new Set(['urgency']) });
    assert.deepEqual(issues, [
      {
        path: ['when'],
        code: 'TOPOLOGY_EXPRESSION',
        message: 'syntax error: unexpected "&&" (column 23 of the expression)',
        offset: 22,
      },
    ]);
  });

  it('check: reports fields no event reaching the node has (an unquoted enum value)', () => {
    const issues = filterMatch.check!(
      { when: 'urgency == critical' },
      { fields: new Set(['urgency', 'subject']) },
    );
    assert.equal(issues.length, 1);
    assert.equal(issues[0]?.offset, 11);
    assert.equal(issues[0]?.code, 'TOPOLOGY_EXPRESSION');
    assert.match(issues[0]?.message ?? '', /unknown field "critical".*column 12/);
  });

  it('check: accepts a valid expression', () => {
    const fields = new Set(['urgency', 'customer_tier', 'channel']);
    assert.deepEqual(
      filterMatch.check!(
        { when: 'customer_tier in ["pro", "enterprise"] && channel == "email"' },
        { fields },
      ),
      [],
    );
    assert.deepEqual(
      filterMatch.check!({ when: 'has(event.payload.urgency) && event.type == "x"' }, { fields }),
      [],
    );
  });

  it('create: refuses an expression that does not compile', async () => {
    const { ctx } = context();
    await assert.rejects(
      async () => filterMatch.create({ when: 'urgency ==' }, ctx),
      (err: unknown) => err instanceof IngestlayerError && err.code === 'TOPOLOGY_EXPRESSION',
    );
  });
});
