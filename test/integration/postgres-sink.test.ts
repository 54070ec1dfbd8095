// The postgres destination end to end: the real broker, the destination host through the runner, the
// machine's real PostgreSQL. Every event becomes one row (a re-sent event too), a row the database rejects
// lands in the DLQ with its reason, and the group's lag ends at 0.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { dlqHeader } from '../../runtime/dlq.ts';
import { headerString } from '../../runtime/kafka.ts';
import { silentLogger } from '../../runtime/logger.ts';
import { runPlan } from '../../runtime/runner.ts';
import { requirePlan } from '../../topology/loader.ts';
import { databaseUrl } from '../connectors/gateway-fixture.ts';
import { envelope, eventually } from '../helpers/events.ts';
import { brokers, uniqueName } from '../helpers/kafka.ts';
import { collect, createTopics, groupLag, produce, writeTopology } from '../helpers/topic-io.ts';

const admin = new pg.Pool({ connectionString: databaseUrl, max: 2 });
const cleanups: (() => Promise<unknown>)[] = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  await admin.end();
});

describe('postgres destination on the real broker', () => {
  it('stores every event once, dead-letters the row the database rejects, ends with lag 0', async () => {
    const name = uniqueName('pg');
    const table = name.replace(/[^a-z0-9_]/gi, '_').toLowerCase();
    await admin.query(
      `CREATE TABLE "${table}" (event_id text PRIMARY KEY, event_type text NOT NULL, event_time timestamptz NOT NULL,
         payload jsonb NOT NULL, ticket_id text NOT NULL, urgency text)`,
    );
    cleanups.push(() => admin.query(`DROP TABLE IF EXISTS "${table}"`));
    const file = await writeTopology(
      `version: 1
name: ${name}
kafka:
  brokers: ${brokers().join(',')}
  topics: { partitions: 3 }
events:
  test.event:
    ticket_id: string?
    urgency: string
source:
  event: test.event
  topic: ${name}.raw
destinations:
  - id: archive
    uses: postgres
    url: ${databaseUrl}
    table: ${table}
    createTable: false
    columns: { ticket_id: ticket_id, urgency: urgency }
    when: urgency != "low"
    retry: { maxAttempts: 3, initialDelay: 10ms, maxDelay: 50ms }
`,
    );
    const plan = await requirePlan(file);
    await createTopics(plan.topics.map((t) => t.name));

    const events = Array.from({ length: 300 }, (_, i) =>
      envelope({ ticket_id: `T-${i}`, urgency: i % 3 === 0 ? 'low' : 'critical' }),
    );
    const rejected = envelope({ urgency: 'critical' }); // no ticket_id: NOT NULL
    const records = [...events, rejected, ...events.slice(0, 50)].map((e) => ({
      key: e.id,
      value: JSON.stringify(e),
    }));
    await produce(`${name}.raw`, records);

    const running = await runPlan({ plan, logger: silentLogger, metricsPort: false });
    cleanups.push(() => running.stop());
    const wanted = events.filter((e) => e.payload.urgency !== 'low');
    await eventually(
      async () =>
        (await admin.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n === wanted.length,
      60_000,
      'every wanted event as a row',
    );
    const dead = await collect(`${name}.archive.dlq`, (m) => m.length >= 1, 30_000);
    assert.equal(dead.length, 1);
    assert.equal(JSON.parse(dead[0]!.value!.toString()).id, rejected.id, 'original bytes kept');
    assert.equal(headerString(dead[0]!.headers, dlqHeader.code), 'INGESTLAYER_ERR_DELIVERY_ROW_REJECTED');
    assert.match(headerString(dead[0]!.headers, dlqHeader.message) ?? '', /23502 on column "ticket_id"/);
    assert.equal(headerString(dead[0]!.headers, dlqHeader.attempts), '1', 'not retried');

    await eventually(
      async () => (await groupLag(plan.destinations[0]!.group, `${name}.raw`)) === 0,
      30_000,
      'lag 0',
    );
    const { rows } = await admin.query(`SELECT event_id, ticket_id, urgency, payload FROM "${table}"`);
    assert.deepEqual(rows.map((r) => r.event_id as string).sort(), wanted.map((e) => e.id).sort());
    const t7 = rows.find((r) => r.ticket_id === 'T-7');
    assert.deepEqual(t7?.payload, { ticket_id: 'T-7', urgency: 'critical' });
    await running.stop();
  });
});
