// The postgres destination against the machine's real PostgreSQL: rows as written, re-deliveries stored
// once, data the database rejects → `fail` (DLQ) without values in the message, an unreachable server →
// `retry`, and a table that cannot take the insert refused when the node starts.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { createPostgres, postgres, type PostgresConfig } from '../../connectors/postgres.ts';
import type { Destination } from '../../runtime/component.ts';
import { IngestlayerError } from '../../runtime/errors.ts';
import { envelope } from '../helpers/events.ts';
import { uniqueName } from '../helpers/kafka.ts';
import { databaseUrl } from './gateway-fixture.ts';

const admin = new pg.Pool({ connectionString: databaseUrl, max: 2 });
const tables: string[] = [];
const destinations: Destination[] = [];
after(async () => {
  for (const d of destinations) await d.close?.();
  for (const t of tables) await admin.query(`DROP TABLE IF EXISTS "${t}"`);
  await admin.end();
});

const newTable = () => {
  const name = uniqueName('pg_sink')
    .replace(/[^a-z0-9_]/gi, '_')
    .toLowerCase();
  tables.push(name);
  return name;
};

async function destination(config: Partial<PostgresConfig> & { table: string }): Promise<Destination> {
  const d = await createPostgres({
    url: databaseUrl,
    createTable: true,
    timeout: '5s',
    poolSize: 4,
    ...config,
  });
  destinations.push(d);
  return d;
}

const deliver = (d: Destination, event = envelope({ n: 1 }), attempt = 1) =>
  d.deliver({
    event,
    body: Buffer.from(JSON.stringify(event)),
    attempt,
    signal: new AbortController().signal,
  });

describe('postgres destination', () => {
  let table: string;
  let sink: Destination;
  before(async () => {
    table = newTable();
    sink = await destination({
      table,
      columns: {
        ticket_id: 'ticket_id',
        tier: 'customer.tier',
        attempts: 'attempts',
        key: 'event.idempotencyKey',
      },
    });
  });

  it('stores the envelope and the mapped columns', async () => {
    const event = envelope(
      { ticket_id: 'T-1', customer: { tier: 'pro' }, attempts: 3, body: 'hello' },
      { idempotencyKey: 'k-1' },
    );
    assert.deepEqual(await deliver(sink, event), { outcome: 'ok' });
    const { rows } = await admin.query(`SELECT * FROM "${table}" WHERE event_id = $1`, [event.id]);
    assert.equal(rows.length, 1);
    const row = rows[0];
    assert.equal(row.event_type, 'test.event');
    assert.equal((row.event_time as Date).toISOString(), event.time);
    assert.deepEqual(row.payload, event.payload);
    assert.equal(row.ticket_id, 'T-1');
    assert.equal(row.tier, 'pro');
    assert.equal(row.attempts, '3', 'non-strings are stored as JSON text');
    assert.equal(row.key, 'k-1');
  });

  it('stores NULL for a field the event does not have', async () => {
    const event = envelope({ body: 'no ticket id' });
    assert.deepEqual(await deliver(sink, event), { outcome: 'ok' });
    const { rows } = await admin.query(`SELECT ticket_id, tier FROM "${table}" WHERE event_id = $1`, [
      event.id,
    ]);
    assert.deepEqual(rows, [{ ticket_id: null, tier: null }]);
  });

  it('stores a re-delivered event once', async () => {
    const event = envelope({ ticket_id: 'T-2' });
    for (let attempt = 1; attempt <= 3; attempt++)
      assert.equal((await deliver(sink, event, attempt)).outcome, 'ok');
    const { rows } = await admin.query(`SELECT count(*)::int AS n FROM "${table}" WHERE event_id = $1`, [
      event.id,
    ]);
    assert.equal(rows[0].n, 1);
  });

  it('dead-letters a row the database rejects, naming the column and not the value', async () => {
    const own = newTable();
    await admin.query(
      `CREATE TABLE "${own}" (event_id text PRIMARY KEY, event_type text, event_time timestamptz, payload jsonb,
         ticket_id text NOT NULL, amount integer)`,
    );
    const strict = await destination({
      table: own,
      createTable: false,
      columns: { ticket_id: 'ticket_id', amount: 'amount' },
    });
    const missing = await deliver(strict, envelope({ amount: 5 }));
    assert.equal(missing.outcome, 'fail');
    assert.equal(missing.outcome === 'fail' && missing.code, 'DELIVERY_ROW_REJECTED');
    assert.match((missing as { message: string }).message, /SQLSTATE 23502 on column "ticket_id"/);

    const secretish = 'not-a-number-4111111111111111';
    const wrongType = await deliver(strict, envelope({ ticket_id: 'T-3', amount: secretish }));
    assert.equal(wrongType.outcome, 'fail');
    assert.match((wrongType as { message: string }).message, /SQLSTATE 22P02/);
    assert.doesNotMatch((wrongType as { message: string }).message, /4111/);

    assert.equal((await deliver(strict, envelope({ ticket_id: 'T-4', amount: 12 }))).outcome, 'ok');
  });

  it('retries when the database is unreachable', async () => {
    // Nothing listens on port 1: connecting is refused at once.
    const down = await createPostgres({
      url: 'postgres://postgres@127.0.0.1:1/test',
      table: 'never_created',
      createTable: true,
      timeout: '2s',
      poolSize: 1,
    }).then(
      () => assert.fail('creating against a closed port should fail'),
      (err: unknown) => err,
    );
    assert.ok(down instanceof IngestlayerError);
    assert.equal(down.code, 'DELIVERY_DATABASE');
    assert.equal(down.retriable, true);

    // A server that goes away after start: the attempt is retried, not dead-lettered.
    const own = newTable();
    const sink2 = await destination({ table: own });
    const victim = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'ingestlayer' AND pid <> pg_backend_pid()`,
    );
    assert.ok(victim.rowCount! >= 1);
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await deliver(sink2));
    // A terminated connection fails its next query (57P01 or a closed socket), then the pool reconnects.
    assert.ok(
      results.every((r) => r.outcome === 'ok' || (r.outcome === 'retry' && r.code === 'DELIVERY_DATABASE')),
    );
    assert.equal(results.at(-1)!.outcome, 'ok');
  });

  it('refuses at start a table without a unique event_id, or without a mapped column', async () => {
    const own = newTable();
    await admin.query(
      `CREATE TABLE "${own}" (event_id text, event_type text, event_time timestamptz, payload jsonb)`,
    );
    await assert.rejects(destination({ table: own, createTable: false }), (err: IngestlayerError) => {
      assert.equal(err.code, 'TOPOLOGY_INCONSISTENT');
      assert.match(err.message, /event_id needs a primary key or unique index/);
      return true;
    });
    const other = newTable();
    await admin.query(
      `CREATE TABLE "${other}" (event_id text PRIMARY KEY, event_type text, event_time timestamptz, payload jsonb)`,
    );
    await assert.rejects(
      destination({ table: other, createTable: false, columns: { nope: 'x' } }),
      (err: IngestlayerError) => {
        assert.equal(err.code, 'TOPOLOGY_INCONSISTENT');
        assert.match(err.message, /SQLSTATE 42703 on column|SQLSTATE 42703/);
        return true;
      },
    );
    await assert.rejects(destination({ table: newTable(), createTable: false }), /SQLSTATE 42P01/);
  });

  it('checks column mappings at load', () => {
    const issues = postgres.check!(
      {
        url: 'x',
        table: 't',
        createTable: true,
        timeout: '10s',
        poolSize: 1,
        columns: { payload: 'a', b: 'event.nope' },
      },
      { fields: new Set() },
    );
    assert.deepEqual(
      issues.map((i) => i.path.join('.')),
      ['columns.payload', 'columns.b'],
    );
  });
});
