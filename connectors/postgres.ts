// postgres: writes each event as one row of a table — the event id as the primary key, so a re-delivery after
// a crash or a DLQ replay stores nothing twice (at-least-once delivery, each event stored once). One call of
// `deliver` is one INSERT; the sink host owns retries, backoff, the DLQ, commits and the circuit breaker.
// A database that is down, slow or overloaded is retried; a row the database rejects for its data (a NOT
// NULL or CHECK constraint, a value of the wrong type) can never succeed and goes to the DLQ at once. A
// missing table, column or privilege is the operator's to fix: retried (the circuit breaker pauses the
// destination meanwhile), never dead-lettered event by event. Error messages carry SQLSTATE codes and
// column/constraint names, never values.
import { Type, type Static } from '@sinclair/typebox';
import pg from 'pg';
import type {
  ConfigIssue,
  DeliveryRequest,
  DeliveryResult,
  Destination,
  DestinationKind,
  Envelope,
} from '../runtime/component.ts';
import { Duration, toMs } from '../runtime/duration.ts';
import { nonRetryable, retryable } from '../runtime/errors.ts';

const identifier = '[A-Za-z_][A-Za-z0-9_]{0,62}';
const schema = Type.Object(
  {
    url: Type.String({
      minLength: 1,
      description: 'Connection string, `postgres://user:password@host:5432/db` (a ${VAR} reference).',
    }),
    table: Type.String({
      pattern: `^(${identifier}\\.)?${identifier}$`,
      description: 'Table to insert into, optionally schema-qualified (`audit.escalations`).',
    }),
    columns: Type.Optional(
      Type.Record(
        Type.String({ pattern: `^${identifier}$` }),
        Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$' }),
        {
          description:
            'Extra columns: column name → payload field (dotted path, `customer.tier`) or `event.id`, ' +
            '`event.type`, `event.time`, `event.idempotencyKey`. Strings are stored as they are, other ' +
            'values as JSON text; a missing field stores NULL.',
        },
      ),
    ),
    createTable: Type.Boolean({
      default: true,
      description:
        'Create the table if it does not exist: `event_id text primary key, event_type text, event_time ' +
        'timestamptz, payload jsonb, delivered_at timestamptz` plus one `text` column per `columns` entry. ' +
        'With `false`, the table must exist with those columns and a unique `event_id`.',
    }),
    timeout: Duration({ default: '10s', description: 'Deadline of one insert, connecting included.' }),
    poolSize: Type.Integer({
      minimum: 1,
      maximum: 100,
      default: 10,
      description: 'Connections held open; inserts beyond it wait for one.',
    }),
  },
  { additionalProperties: false },
);

export type PostgresConfig = Static<typeof schema>;

const reservedColumns = new Set(['event_id', 'event_type', 'event_time', 'payload', 'delivered_at']);
const envelopeFields = new Set(['event.id', 'event.type', 'event.time', 'event.idempotencyKey']);

export const postgres: DestinationKind<typeof schema> = {
  kind: 'postgres',
  summary:
    'Inserts each event as one row: `event_id` (primary key), `event_type`, `event_time`, `payload` (jsonb) and ' +
    'the `columns` you map from payload fields. A re-delivered event id stores nothing new, so replays and ' +
    'restarts never duplicate rows. Connection failures, timeouts, serialization failures and an unavailable ' +
    'server are retried with backoff; a row the database rejects for its data (constraint, type) goes to the DLQ ' +
    'at once; a missing table, column or privilege is retried until fixed. The table and its conflict target ' +
    'are checked when the node starts.',
  schema,
  example: `
- id: archive
  uses: postgres
  url: \${DATABASE_URL}
  table: support_escalations
  columns: { ticket_id: ticket_id, urgency: urgency, tier: customer_tier }
  when: urgency == "critical"
`,
  check(config) {
    const issues: ConfigIssue[] = [];
    for (const [column, field] of Object.entries(config.columns ?? {})) {
      if (reservedColumns.has(column.toLowerCase()))
        issues.push({
          path: ['columns', column],
          message: `${column} is written by ingestlayer itself; choose another column name`,
          code: 'TOPOLOGY_INCONSISTENT',
        });
      if (field.startsWith('event.') && !envelopeFields.has(field))
        issues.push({
          path: ['columns', column],
          message: `${field}: the envelope offers ${[...envelopeFields].join(', ')}`,
          code: 'TOPOLOGY_INCONSISTENT',
        });
    }
    return issues;
  },
  create(config) {
    return createPostgres(config);
  },
};

export async function createPostgres(config: PostgresConfig): Promise<Destination> {
  const timeoutMs = toMs(config.timeout as string | number);
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.poolSize,
    connectionTimeoutMillis: timeoutMs,
    statement_timeout: timeoutMs,
    query_timeout: timeoutMs + 1_000,
    application_name: 'ingestlayer',
  });
  // An idle connection the server dropped surfaces here; the next query opens a fresh one.
  pool.on('error', () => undefined);

  const columns = Object.entries(config.columns ?? {});
  const table = quoteName(config.table);
  const names = ['event_id', 'event_type', 'event_time', 'payload', ...columns.map(([c]) => c)];
  const insert =
    `INSERT INTO ${table} (${names.map(quoteIdentifier).join(', ')}) ` +
    `VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT (event_id) DO NOTHING`;
  const paths = columns.map(([, field]) => field.split('.'));

  try {
    if (config.createTable) {
      await pool.query(
        `CREATE TABLE IF NOT EXISTS ${table} (event_id text PRIMARY KEY, event_type text NOT NULL, ` +
          `event_time timestamptz NOT NULL, payload jsonb NOT NULL, ` +
          `delivered_at timestamptz NOT NULL DEFAULT now()` +
          columns.map(([c]) => `, ${quoteIdentifier(c)} text`).join('') +
          ')',
      );
    }
    // PREPARE checks the table and every column; EXPLAIN plans the insert without running it, which is when
    // the unique index ON CONFLICT needs is looked for. Both now, not on the first event.
    const client = await pool.connect();
    try {
      await client.query(`PREPARE ingestlayer_probe AS ${insert}`);
      await client.query(`EXPLAIN EXECUTE ingestlayer_probe(${names.map(() => 'NULL').join(', ')})`);
      await client.query('DEALLOCATE ingestlayer_probe');
    } finally {
      client.release();
    }
  } catch (err) {
    await pool.end().catch(() => undefined);
    const e = err as PgError;
    const what = describe(e);
    if (sqlState(e) === '42P10')
      throw nonRetryable(
        'TOPOLOGY_INCONSISTENT',
        `postgres ${config.table}: event_id needs a primary key or unique index (${what})`,
      );
    // At start, only a server that cannot be reached is worth waiting for; a missing table, column or
    // privilege is a configuration error to report now.
    const sqlClass = sqlState(e)?.slice(0, 2);
    if (sqlClass === undefined || ['08', '53', '57', '58'].includes(sqlClass))
      throw retryable(
        'DELIVERY_DATABASE',
        `postgres ${config.table}: the database is not reachable (${what})`,
      );
    throw nonRetryable('TOPOLOGY_INCONSISTENT', `postgres ${config.table}: ${what}`);
  }

  return {
    async deliver({ event }: DeliveryRequest): Promise<DeliveryResult> {
      const values: unknown[] = [event.id, event.type, event.time, event.payload];
      for (const path of paths) values.push(columnValue(event, path));
      try {
        await pool.query(insert, values);
        return { outcome: 'ok' };
      } catch (err) {
        const e = err as PgError;
        const message = `postgres ${config.table}: ${describe(e)}`;
        return isRetriable(e)
          ? { outcome: 'retry', code: 'DELIVERY_DATABASE', message }
          : { outcome: 'fail', code: 'DELIVERY_ROW_REJECTED', message };
      }
    },
    close: () => pool.end(),
  };
}

type PgError = Error & { code?: string; column?: string; constraint?: string };

/** The server's SQLSTATE; socket errors (`ECONNREFUSED`, `EPIPE`) have none. */
const sqlState = (e: PgError) => (e instanceof pg.DatabaseError ? e.code : undefined);

/**
 * Class 22 (data exception) and 23 (integrity constraint) reject this row for its data: no retry can help.
 * Everything else — connection errors (no SQLSTATE, class 08), timeouts and cancellations (57), lack of
 * resources (53), serialization failures and deadlocks (40), a missing table or privilege (42) — can succeed later.
 */
function isRetriable(e: PgError): boolean {
  const sqlClass = sqlState(e)?.slice(0, 2);
  return sqlClass !== '22' && sqlClass !== '23';
}

/** SQLSTATE and the names the server reports; never the message, which may quote the value. */
function describe(e: PgError): string {
  const code = sqlState(e);
  if (code === undefined) {
    const network = e.code ?? (/timeout/i.test(e.message) ? 'timeout' : 'connection error');
    return `no answer from the server (${network})`;
  }
  const where = [
    e.column ? `column "${e.column}"` : undefined,
    e.constraint ? `constraint "${e.constraint}"` : undefined,
  ].filter(Boolean);
  return `SQLSTATE ${code}${where.length ? ` on ${where.join(', ')}` : ''}`;
}

function columnValue(event: Envelope, path: string[]): string | null {
  let value: unknown;
  if (path[0] === 'event' && path.length === 2 && envelopeFields.has(`event.${path[1]}`)) {
    value = event[path[1] as keyof Envelope];
  } else {
    value = event.payload;
    for (const key of path) {
      value =
        value !== null && typeof value === 'object' && !Array.isArray(value)
          ? (value as Record<string, unknown>)[key]
          : undefined;
    }
  }
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const quoteIdentifier = (name: string) => `"${name}"`;
const quoteName = (name: string) => name.split('.').map(quoteIdentifier).join('.');
