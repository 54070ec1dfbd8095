// The flagship's three steps as nodes on the real broker, classify with `rules`:
// raw → classified → filtered → redacted. Checks, by id, which events reach the redacted topic and that
// their bodies carry none of the PII the tickets were written with.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { silentLogger } from '../../runtime/logger.ts';
import { runPlan } from '../../runtime/runner.ts';
import { loadTopology, formatDiagnostic } from '../../topology/loader.ts';
import { envelope, eventually } from '../helpers/events.ts';
import { brokers, uniqueName } from '../helpers/kafka.ts';
import { collect, createTopics, groupLag, produce, recordCount } from '../helpers/topic-io.ts';
import type { Envelope } from '../../runtime/component.ts';

const tickets = [
  {
    id: 'outage',
    critical: true,
    body: 'Production outage since 14:05, all customers affected. Call Dana Whitfield at +44 20 7946 0321 or dana.whitfield@acme.example.',
  },
  {
    id: 'data-loss',
    critical: true,
    body: 'We have data loss after the sync. My name is Priya Raman, card 4111 1111 1111 1111 was charged twice too.',
  },
  {
    id: 'site-down',
    critical: true,
    body: 'Our site is down! Reach me on (212) 555-0199, SSN on file 123-45-6789 — sorry, wrong field.',
  },
  { id: 'question', critical: false, body: 'How do I export reports? Thanks, Tom (tom@example.org)' },
  {
    id: 'slow',
    critical: false,
    body: 'The dashboard is slow since Monday, request id 7f3c9a10-2b4e-4d8f-9a61-0c5e2f7d1b23.',
  },
  {
    id: 'invoice',
    critical: false,
    body: 'Please resend invoice INV-2024-0042 to billing@northwind.example.',
  },
];
const pii = [
  'Dana Whitfield',
  '+44 20 7946 0321',
  'dana.whitfield@acme.example',
  'Priya Raman',
  '4111 1111 1111 1111',
  '(212) 555-0199',
  '123-45-6789',
];

describe('flagship steps on the real broker (rules provider)', { timeout: 180_000 }, () => {
  it('only critical tickets reach the redacted topic, with no PII in their bodies', async () => {
    const name = uniqueName('flagship');
    const text = (await readFile('topology/pipelines/support-escalations.yaml', 'utf8')).replaceAll(
      'support-escalations',
      name,
    );
    const loaded = loadTopology(text, 'flagship.yaml', {
      env: { KAFKA_BROKERS: brokers().join(','), CLASSIFY_PROVIDER: 'rules', WEBHOOK_SECRET: 'unused' },
      missingEnv: 'error',
    });
    assert.ok(loaded.ok, loaded.ok ? '' : loaded.errors.map(formatDiagnostic).join('\n'));
    const { plan } = loaded;
    await createTopics(plan.topics.map((t) => t.name));

    const events = tickets.map((t) =>
      envelope(
        { ticket_id: t.id, subject: `Ticket ${t.id}`, body: t.body, customer_tier: 'pro', channel: 'email' },
        { type: 'support.ticket.created', idempotencyKey: t.id },
      ),
    );
    await produce(
      plan.source.topic,
      events.map((e) => ({ key: e.idempotencyKey!, value: JSON.stringify(e) })),
    );

    const running = await runPlan({
      plan,
      logger: silentLogger,
      only: ['classify', 'critical-only', 'strip-pii'],
      metricsPort: false,
    });
    try {
      const expected = new Set(events.filter((_, i) => tickets[i]!.critical).map((e) => e.id));
      // At-least-once: a batch replayed after a hiccup may write an event twice, so wait for every expected
      // id (not for a count), then check that no other id got through.
      const idsOf = (m: { value: Buffer | null }[]) =>
        new Set(m.map((x) => (JSON.parse(x.value!.toString()) as Envelope).id));
      const out = await collect(
        `${name}.redacted`,
        (m) => [...expected].every((id) => idsOf(m).has(id)),
        90_000,
      );
      // Every node caught up: the redacted topic holds all it will ever hold for this run.
      for (const step of plan.steps)
        await eventually(
          async () => (await groupLag(step.group, step.input)) === 0,
          30_000,
          `${step.id} lag 0`,
        );
      const total = await recordCount(`${name}.redacted`);
      const all =
        total > out.length ? await collect(`${name}.redacted`, (m) => m.length >= total, 30_000) : out;
      const redacted = all.map((m) => JSON.parse(m.value!.toString()) as Envelope);
      assert.deepEqual(
        new Set(redacted.map((e) => e.id)),
        expected,
        'exactly the critical tickets, by event id',
      );
      for (const e of redacted) {
        assert.equal(e.payload.urgency, 'critical');
        for (const value of pii)
          assert.ok(
            !String(e.payload.body).includes(value),
            `"${value}" was stripped from ${e.payload.ticket_id}`,
          );
        assert.match(String(e.payload.body), /\[(PHONE|EMAIL|NAME|CARD|SSN)\]/);
      }
    } finally {
      await running.stop();
    }
  });
});
