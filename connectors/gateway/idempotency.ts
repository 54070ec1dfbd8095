// Idempotency keys, shared by every gateway replica and kept across restarts, in PostgreSQL.
//
// Why PostgreSQL and not a compacted topic: two replicas receiving the same key at the same moment must
// agree on one winner before either produces. `INSERT … ON CONFLICT DO NOTHING` on a primary key is that
// agreement, atomic and immediate; a compacted topic has no compare-and-set, so both replicas would read
// "unknown key" and both would produce.
//
// A key's row binds it to one event id and the fingerprint of (type, body). States: `pending` (a request
// is producing; its lease says until when it may), `done` (Kafka acknowledged), `failed` (produce failed —
// the next request with that key produces the SAME id again, so a retry never mints a second event).
import { payloadFingerprint } from '../../runtime/canonical.ts';
import pg from 'pg';
import type { Logger } from 'pino';
import { ProblemError } from './problem.ts';

export interface IdempotencyStoreOptions {
  url: string;
  table: string;
  /** Keys are unique per scope (the pipeline name). */
  scope: string;
  ttlMs: number;
  leaseMs: number;
  waitMs: number;
  cleanupIntervalMs: number;
  poolSize: number;
  retryAfterSeconds: number;
  logger: Logger;
}

export type Claim =
  | {
      kind: 'claimed';
      eventId: string;
      time: string;
      /** Kafka acknowledged the event. */
      complete(): Promise<void>;
      /** The event was not stored; the key may be used again (with the same id). */
      release(): Promise<void>;
    }
  | { kind: 'duplicate'; eventId: string }
  | { kind: 'mismatch' }
  | { kind: 'busy' };

interface Row {
  fingerprint: string;
  event_id: string;
  event_time: string;
  state: 'pending' | 'done' | 'failed';
  leased: boolean;
}

export class IdempotencyStore {
  private readonly pool: pg.Pool;
  private readonly table: string;
  private ensured: Promise<void> | undefined;
  private cleanupTimer: NodeJS.Timeout | undefined;
  /** Requests in this process per key: duplicates wait on the first without polling the database. */
  private readonly local = new Map<string, Promise<unknown>>();
  private readonly flushing = new Set<Promise<void>>();
  private claimBatch: {
    key: string;
    fingerprint: string;
    event: { id: string; time: string };
    resolve(row: { event_id: string; event_time: string } | undefined): void;
    reject(err: Error): void;
  }[] = [];
  private doneBatch: { key: string; eventId: string; resolve(): void; reject(err: Error): void }[] = [];

  constructor(private readonly options: IdempotencyStoreOptions) {
    this.table = `"${options.table}"`; // the schema restricts the name to [a-z0-9_]
    this.pool = new pg.Pool({
      connectionString: withUserName(options.url),
      max: options.poolSize,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
    });
    // An idle connection that breaks (server restart) must not crash the process; the next query reconnects.
    this.pool.on('error', (err) =>
      options.logger.warn({ err: { message: err.message } }, 'idempotency store connection lost'),
    );
  }

  /** Fingerprint of a request: the event type and its body in a canonical form (key order ignored). */
  static fingerprint(type: string, payload: unknown): string {
    return payloadFingerprint(type, payload);
  }

  /**
   * Claims `key` for a new event (`fresh` supplies its id and time) or reports what the key already holds.
   * Throws a 503 problem when the store cannot be reached.
   */
  async claim(key: string, fingerprint: string, fresh: () => { id: string; time: string }): Promise<Claim> {
    for (;;) {
      const running = this.local.get(key);
      if (!running) break;
      await running.catch(() => undefined);
    }
    let settle!: () => void;
    const mine = new Promise<void>((resolve) => (settle = resolve));
    this.local.set(key, mine);
    const done = () => {
      if (this.local.get(key) === mine) this.local.delete(key);
      settle();
    };
    let claim: Claim;
    try {
      claim = await this.claimShared(key, fingerprint, fresh);
    } catch (err) {
      done();
      throw err;
    }
    if (claim.kind !== 'claimed') {
      done();
      return claim;
    }
    // Duplicates in this process wait until the claimant knows whether the event was stored.
    const { complete, release } = claim;
    return {
      ...claim,
      complete: () => complete().finally(done),
      release: () => release().finally(done),
    };
  }

  private async claimShared(
    key: string,
    fingerprint: string,
    fresh: () => { id: string; time: string },
  ): Promise<Claim> {
    await this.ensure();
    const { scope, leaseMs } = this.options;
    const deadline = Date.now() + this.options.waitMs;
    let pause = 10;
    for (;;) {
      const event = fresh();
      const inserted = await this.insertClaim(key, fingerprint, event);
      if (inserted) return this.claimed(key, inserted);

      const [row] = await this.query<Row>(
        `SELECT fingerprint, event_id, event_time, state, lease_until > now() AS leased
         FROM ${this.table} WHERE scope = $1 AND key = $2 AND expires_at > now()`,
        [scope, key],
      );
      if (!row) continue; // expired between the two statements: insert again
      if (row.fingerprint !== fingerprint) return { kind: 'mismatch' };
      if (row.state === 'done') return { kind: 'duplicate', eventId: row.event_id };
      if (row.state === 'failed' || !row.leased) {
        // The earlier attempt did not store the event (or its owner died): produce the same id again.
        const taken = await this.query<{ event_id: string; event_time: string }>(
          `UPDATE ${this.table} SET state = 'pending', lease_until = now() + $4 * interval '1 millisecond'
           WHERE scope = $1 AND key = $2 AND fingerprint = $3
             AND (state = 'failed' OR (state = 'pending' AND lease_until <= now()))
           RETURNING event_id, event_time`,
          [scope, key, fingerprint, leaseMs],
        );
        if (taken[0]) return this.claimed(key, taken[0]);
        continue;
      }
      if (Date.now() + pause > deadline) return { kind: 'busy' };
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 200);
    }
  }

  private claimed(key: string, row: { event_id: string; event_time: string }): Claim {
    const { scope } = this.options;
    return {
      kind: 'claimed',
      eventId: row.event_id,
      time: row.event_time,
      complete: () => this.markDone(key, row.event_id),
      release: async () => {
        await this.query(
          `UPDATE ${this.table} SET state = 'failed'
           WHERE scope = $1 AND key = $2 AND event_id = $3 AND state = 'pending'`,
          [scope, key, row.event_id],
        );
      },
    };
  }

  /**
   * Inserts new claims, many per statement: the claims of one event-loop turn share one commit (one WAL
   * flush), which is what bounds keyed requests per second. Keys in one statement are distinct, since
   * requests for one key are serialised in this process (`local`). Resolves with the row when the key was
   * free (or expired), undefined when another request holds it.
   */
  private insertClaim(
    key: string,
    fingerprint: string,
    event: { id: string; time: string },
  ): Promise<{ event_id: string; event_time: string } | undefined> {
    return new Promise((resolve, reject) => {
      this.claimBatch.push({ key, fingerprint, event, resolve, reject });
      if (this.claimBatch.length === 1) setImmediate(() => void this.flushClaims());
    });
  }

  private async flushClaims() {
    const batch = this.claimBatch;
    this.claimBatch = [];
    const { scope, leaseMs, ttlMs } = this.options;
    try {
      const rows = await this.query<{ key: string; event_id: string; event_time: string }>(
        `INSERT INTO ${this.table} AS t (scope, key, fingerprint, event_id, event_time, state, lease_until, expires_at)
         SELECT $1, u.key, u.fingerprint, u.event_id, u.event_time, 'pending',
                now() + $6 * interval '1 millisecond', now() + $7 * interval '1 millisecond'
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS u(key, fingerprint, event_id, event_time)
         ON CONFLICT (scope, key) DO UPDATE SET
           fingerprint = EXCLUDED.fingerprint, event_id = EXCLUDED.event_id, event_time = EXCLUDED.event_time,
           state = 'pending', lease_until = EXCLUDED.lease_until, expires_at = EXCLUDED.expires_at
         WHERE t.expires_at <= now()
         RETURNING key, event_id, event_time`,
        [
          scope,
          batch.map((b) => b.key),
          batch.map((b) => b.fingerprint),
          batch.map((b) => b.event.id),
          batch.map((b) => b.event.time),
          leaseMs,
          ttlMs,
        ],
      );
      const byKey = new Map(rows.map((r) => [r.key, r]));
      for (const b of batch) b.resolve(byKey.get(b.key));
    } catch (err) {
      for (const b of batch) b.reject(err as Error);
    }
  }

  /**
   * Marks keys done, many per statement: the marks of one event-loop turn go out together. They are
   * committed without waiting for the WAL flush — a mark lost to a database crash leaves its key pending,
   * and after the lease a retry produces the same event id once more (a duplicate receivers drop by id),
   * which is cheaper than a flush per event. Claims, which keep two replicas apart, are flushed as usual.
   */
  private markDone(key: string, eventId: string): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.doneBatch.push({ key, eventId, resolve, reject });
      if (this.doneBatch.length === 1)
        setImmediate(() => {
          const flushed = this.flushDone();
          this.flushing.add(flushed);
          void flushed.finally(() => this.flushing.delete(flushed));
        });
    });
  }

  private async flushDone() {
    const batch = this.doneBatch;
    this.doneBatch = [];
    try {
      await this.transaction(async (client) => {
        await client.query('SET LOCAL synchronous_commit = off');
        await client.query(
          `UPDATE ${this.table} AS t SET state = 'done'
           FROM unnest($2::text[], $3::text[]) AS d(key, event_id)
           WHERE t.scope = $1 AND t.key = d.key AND t.event_id = d.event_id`,
          [this.options.scope, batch.map((b) => b.key), batch.map((b) => b.eventId)],
        );
      });
      for (const b of batch) b.resolve();
    } catch (err) {
      for (const b of batch) b.reject(err as Error);
    }
  }

  /** Creates the table once per process; concurrent gateways serialise on an advisory lock. */
  ensure(): Promise<void> {
    this.ensured ??= this.createTable().catch((err: unknown) => {
      this.ensured = undefined;
      throw err;
    });
    return this.ensured;
  }

  private async createTable(): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [this.options.table]);
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${this.table} (
           scope text NOT NULL,
           key text NOT NULL,
           fingerprint text NOT NULL,
           event_id text NOT NULL,
           event_time text NOT NULL,
           state text NOT NULL CHECK (state IN ('pending', 'done', 'failed')),
           lease_until timestamptz NOT NULL,
           expires_at timestamptz NOT NULL,
           PRIMARY KEY (scope, key)
         )`,
      );
      await client.query(
        `CREATE INDEX IF NOT EXISTS "${this.options.table}_expires" ON ${this.table} (expires_at)`,
      );
    });
    this.scheduleCleanup();
  }

  /** Runs `work` in one transaction on a pooled client; any failure rolls back and reads as unavailable. */
  private async transaction(work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
    const client = await this.connect();
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw unavailable(err, this.options.retryAfterSeconds);
    } finally {
      client.release();
    }
  }

  private scheduleCleanup() {
    if (this.cleanupTimer) return;
    this.cleanupTimer = setInterval(() => {
      this.query(`DELETE FROM ${this.table} WHERE expires_at <= now() AND lease_until <= now()`).catch(
        (err: Error) =>
          this.options.logger.warn({ err: { message: err.message } }, 'idempotency cleanup failed'),
      );
    }, this.options.cleanupIntervalMs);
    this.cleanupTimer.unref();
  }

  private async connect(): Promise<pg.PoolClient> {
    try {
      return await this.pool.connect();
    } catch (err) {
      throw unavailable(err, this.options.retryAfterSeconds);
    }
  }

  private async query<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
    try {
      return (await this.pool.query<T>(text, values)).rows;
    } catch (err) {
      throw unavailable(err, this.options.retryAfterSeconds);
    }
  }

  async close(): Promise<void> {
    if (this.cleanupTimer) clearInterval(this.cleanupTimer);
    await new Promise((resolve) => setImmediate(resolve)); // let marks of this turn start their flush
    await Promise.allSettled([...this.flushing]);
    await this.pool.end();
  }
}

function unavailable(err: unknown, retryAfter: number): ProblemError {
  if (err instanceof ProblemError) return err;
  return new ProblemError('INGEST_UNAVAILABLE', 'the idempotency store is unreachable; try again later', {
    retryAfter,
    cause: err,
  });
}

/** A URL without a user name would make pg fall back to $USER, which services often lack. */
function withUserName(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url; // not a URL (a libpq keyword string): pg reads the user from it
  }
  if (parsed.username === '') parsed.username = process.env.PGUSER ?? 'postgres';
  return parsed.toString();
}
