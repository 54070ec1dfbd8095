// The host of a destination node: consume → decode → `when` → deliver → commit, for any destination kind.
//
// eachBatch accepts records: it decodes them, drops those `when` rejects, puts the rest in per-key queues
// and resolves the fetch position past them, so kafkajs fetches on while earlier records are still being
// delivered. A scheduler runs up to `maxInFlight` attempts at once across keys; a key's next event waits
// for its previous one, so per-key order holds while an event in retry holds only its own key. Each
// partition keeps a contiguous watermark — the smallest offset not yet delivered (2xx), filtered out, or
// acknowledged by the DLQ — and only the watermark is ever committed, so a crash re-delivers what was in
// flight and loses nothing. A partition with `bufferPerPartition` unfinished records accepts no more until
// half of them are done (backpressure); that wait, the only one in eachBatch, heartbeats, so a slow
// endpoint never costs the group membership.
import { setMaxListeners } from 'node:events';
import type { Logger } from 'pino';
import { compileExpression, evaluateCondition, type CompiledExpression } from './cel.ts';
import type { DeliveryResult, Destination, Envelope } from './component.ts';
import { backoffDelay, waitWithHeartbeat, type BackoffOptions } from './backoff.ts';
import { dlqRecord } from './dlq.ts';
import { asIngestlayerError, codePrefix, errorTable, nonRetryable, type ErrorCode } from './errors.ts';
import type { NodeHandle } from './host.ts';
import type { BatchPayload, KafkaPort } from './kafka.ts';
import type { Metrics } from './metrics.ts';
import type { Serde } from './serde.ts';
import type { DestinationPlan, RetryPlan } from '../topology/plan.ts';
import { CircuitBreaker, type CircuitState } from './sink-host/circuit.ts';
import { Committer } from './sink-host/committer.ts';
import { DlqWriter } from './sink-host/dlq-writer.ts';
import { PartitionState, type Pending } from './sink-host/partition.ts';

export const sinkHostDefaults = {
  /** Partitions kafkajs hands to eachBatch at once (eachBatch only enqueues, so this is cheap). */
  partitionsConcurrently: 4,
  /** Unfinished records per partition before the partition is paused; at least 2 × maxInFlight. */
  bufferPerPartition: 256,
  /** On stop, attempts in flight get this long to finish before they are aborted (and re-delivered later). */
  shutdownGraceMs: 5_000,
  /** A DLQ that refuses writes this long fails the node: it exits rather than skip an event. */
  maxStallMs: 5 * 60_000,
  dlqRetry: { initialDelayMs: 200, maxDelayMs: 30_000 },
  /** Records decoded in one go before eachBatch yields to the event loop. */
  acceptSlice: 128,
  /** A batch held back by backpressure heartbeats at least this often. */
  heartbeatWhileHeldMs: 1_000,
  /** At most one offset commit per interval while deliveries keep moving the watermark. */
  commitIntervalMs: 100,
  /** Wait before a failed offset commit is tried again. */
  commitRetryMs: 1_000,
} as const;

export interface DestinationNodeOptions {
  plan: DestinationPlan;
  destination: Destination;
  kafka: KafkaPort;
  serde: Serde;
  metrics: Metrics;
  logger: Logger;
  fromBeginning?: boolean;
  bufferPerPartition?: number;
  shutdownGraceMs?: number;
  maxStallMs?: number;
  dlqRetry?: BackoffOptions;
  /** Jitter source of the backoff (tests make it deterministic). */
  random?: () => number;
}

/** The wait before the next attempt: `Retry-After` when the receiver sent one (capped), else backoff. */
export function retryDelay(
  charged: number,
  retryAfterMs: number | undefined,
  retry: Pick<RetryPlan, 'initialDelayMs' | 'maxDelayMs'>,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) return Math.min(Math.max(0, retryAfterMs), retry.maxDelayMs);
  return backoffDelay(charged, retry, random);
}

interface Failure {
  code: ErrorCode;
  message: string;
  status?: number;
}

export async function startDestinationNode(options: DestinationNodeOptions): Promise<NodeHandle> {
  const { plan, destination, serde, metrics } = options;
  const id = plan.id;
  const log = options.logger.child({ node: id });
  const random = options.random ?? Math.random;
  const bound = Math.max(
    options.bufferPerPartition ?? sinkHostDefaults.bufferPerPartition,
    plan.maxInFlight * 2,
  );
  const condition = compileWhen(plan.when);

  const consumer = options.kafka.consumer({ groupId: plan.group });
  const producer = options.kafka.producer();
  const stopController = new AbortController();
  // Destinations may listen for the stop once per attempt in flight.
  setMaxListeners(plan.maxInFlight + 16, stopController.signal);
  const partitions = new Map<number, PartitionState>();
  // Events that may start, oldest first; a slot is cleared once taken, so a started (and later finished)
  // event is not kept alive by this queue until it is compacted.
  let ready: (Pending | undefined)[] = [];
  let readyHead = 0;
  const waiting = new Set<Pending>();
  /** Attempts in flight; `onIdle` is called when the last one ends (while stopping). */
  let inFlight = 0;
  let onIdle: (() => void) | undefined;
  let joined = false;
  let stopping = false;
  let failure: Error | undefined;

  const circuit = new CircuitBreaker(plan.circuitBreaker, onCircuit);
  metrics.circuit(id, false);
  const dlq = new DlqWriter({
    producer,
    topic: plan.dlqTopic,
    retry: options.dlqRetry ?? sinkHostDefaults.dlqRetry,
    maxStallMs: options.maxStallMs ?? sinkHostDefaults.maxStallMs,
    signal: stopController.signal,
    onBlocked(blocked, isBlocked, attempt, err) {
      for (const ps of blocked) {
        ps.blocked = isBlocked;
        if (!isBlocked) ready.push(...ps.parked.splice(0));
        syncPause(ps);
      }
      if (isBlocked) {
        metrics.error('dlq', 'DLQ_WRITE_FAILED');
        log.error(
          {
            code: 'DLQ_WRITE_FAILED',
            attempt,
            partitions: blocked.map((p) => p.partition),
            err: errInfo(err),
          },
          'DLQ write failed; the partition stops until it succeeds',
        );
      } else {
        log.info({ partitions: blocked.map((p) => p.partition) }, 'DLQ write succeeded; resuming');
        pump();
      }
    },
  });

  const committer = new Committer({
    consumer,
    partitions: () => partitions.values(),
    metrics,
    log,
    intervalMs: sinkHostDefaults.commitIntervalMs,
    retryMs: sinkHostDefaults.commitRetryMs,
    committed(ps) {
      // Consume to commit, per batch (as the step host measures it): the commit covering a batch ends it.
      const now = performance.now();
      for (const startedAt of ps.takeCommittedBatches()) metrics.processSeconds((now - startedAt) / 1000);
      reportLag(ps);
    },
  });

  let finishNode!: (err?: Error) => void;
  const done = new Promise<void>((resolve, reject) => {
    finishNode = (err) => (err ? reject(err) : resolve());
  });

  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topics: [plan.input], fromBeginning: options.fromBeginning ?? true });
  consumer.onGroupJoin(() => {
    joined = true;
  });
  consumer.onCrash((error, restart) => {
    joined = false;
    log.error({ err: errInfo(error), restart }, 'consumer crashed');
    if (!restart) fail(error);
  });

  // ── accepting records ───────────────────────────────────────────────────────────────────────────
  async function eachBatch(payload: BatchPayload) {
    const { batch } = payload;
    if (stopping || !payload.isRunning() || payload.isStale() || batch.messages.length === 0) return;
    const startedAt = performance.now();
    let ps = partitions.get(batch.partition);
    if (!ps) partitions.set(batch.partition, (ps = new PartitionState(batch.topic, batch.partition)));
    ps.highWatermark = BigInt(batch.highWatermark);
    let accepted = 0;
    let lastAccepted: string | undefined;
    for (const message of batch.messages) {
      if (ps.buffered >= bound) {
        // A fetch can bring thousands of records; accept them as the backlog drains, not all at once, so
        // only `bound` decoded events per partition are held in memory.
        if (lastAccepted !== undefined) payload.resolveOffset(lastAccepted);
        pump();
        // Stopping or rebalanced: the rest of the batch is fetched again later.
        if (!(await drained(ps, payload))) return batchDone(ps, accepted, startedAt);
      }
      lastAccepted = message.offset;
      const offset = BigInt(message.offset);
      if (ps.seen(offset)) continue;
      const pending = ps.accept(message, offset);
      accepted += 1;
      const preparing = prepare(pending, payload);
      if (preparing) await preparing;
      if (accepted % sinkHostDefaults.acceptSlice === 0) {
        // Start deliveries, and let responses of those in flight be handled, while a batch is decoded.
        pump();
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    ps.passHidden(BigInt(batch.lastOffset()));
    payload.resolveOffset(batch.messages[batch.messages.length - 1]!.offset);
    batchDone(ps, accepted, startedAt);
  }

  // A fetch of transaction markers only reaches no eachBatch: its offsets are finished all the same.
  consumer.onHiddenBatch(({ topic, partition, lastOffset }) => {
    if (stopping) return;
    let ps = partitions.get(partition);
    if (!ps) partitions.set(partition, (ps = new PartitionState(topic, partition)));
    ps.passHidden(BigInt(lastOffset));
    if (ps.watermark() !== ps.committed) committer.schedule();
    reportLag(ps);
  });

  function batchDone(ps: PartitionState, accepted: number, startedAt: number) {
    metrics.eventsIn(accepted);
    if (accepted > 0) ps.batchAccepted(startedAt);
    reportLag(ps);
    syncPause(ps, true);
    pump();
  }

  /**
   * Backpressure: a partition with `bound` unfinished records accepts no more until half of them are done.
   * The wait holds eachBatch (not pause(): kafkajs sleeps a whole maxWaitTime when every partition is
   * paused) and heartbeats meanwhile so the group does not rebalance. False when the batch is to be dropped.
   */
  async function drained(ps: PartitionState, payload: BatchPayload): Promise<boolean> {
    while (ps.buffered > bound / 2) {
      if (stopping || !payload.isRunning() || payload.isStale()) return false;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, sinkHostDefaults.heartbeatWhileHeldMs);
        ps.onDrained = () => (clearTimeout(timer), resolve());
      });
      ps.onDrained = undefined;
      try {
        await payload.heartbeat();
      } catch {
        return false; // the group is rebalancing: let kafkajs rejoin; the batch is fetched again after
      }
    }
    return !stopping;
  }

  /**
   * Decodes and filters; an event to deliver goes into its key's queue. Returns a promise only when the
   * serde decodes asynchronously (Avro): a JSON record costs no promise and no turn of the event loop.
   */
  function prepare(pending: Pending, payload: BatchPayload): Promise<void> | undefined {
    let decoded: Envelope | Promise<Envelope>;
    try {
      decoded = serde.decode(pending.message.value, pending.partition.topic);
    } catch (err) {
      return undecodable(pending, err);
    }
    if (!(decoded instanceof Promise)) return admit(pending, decoded);
    return decodedOrRetry(decoded, pending, payload).then(
      // undefined: stopping while the registry was away, left uncommitted
      (envelope) => (envelope === undefined ? undefined : admit(pending, envelope)),
      (err: unknown) => undecodable(pending, err),
    );
  }

  /** A decoded event: dropped by `when`, or queued behind its key. */
  function admit(pending: Pending, envelope: Envelope): undefined {
    const { message, partition: ps } = pending;
    try {
      if (condition && !evaluateCondition(condition, envelope.payload, envelope)) {
        metrics.dropped('when');
        finish(pending);
        return;
      }
      pending.envelope = envelope;
      // JSON records already are the envelope as JSON: send their bytes as they are (no copy); other
      // formats are serialised once, and every attempt sends (and signs) the same bytes.
      pending.body =
        serde.name === 'json' && message.value ? message.value : Buffer.from(JSON.stringify(envelope));
    } catch (err) {
      return undecodable(pending, err);
    }
    if (ps.enqueue(pending)) ready.push(pending);
  }

  function undecodable(pending: Pending, err: unknown): undefined {
    const error = asIngestlayerError(err, 'DECODE_FAILED');
    metrics.error(error.stage, error.code);
    deadLetter(pending, { code: error.code, message: error.message });
  }

  /**
   * A registry that is not answering is retried with backoff (heartbeating) until it answers or the node
   * stops, never dead-lettered: the record is fine. Stopping leaves it unfinished, so it is not committed.
   */
  async function decodedOrRetry(
    decoded: Promise<Envelope>,
    pending: Pending,
    payload: BatchPayload,
  ): Promise<Envelope | undefined> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await decoded;
      } catch (err) {
        const error = asIngestlayerError(err, 'DECODE_FAILED');
        if (!error.retriable) throw error;
        if (stopping) return undefined;
        metrics.error(error.stage, error.code);
        const delayMs = backoffDelay(attempt, plan.retry);
        log.warn(
          { code: error.code, attempt, delayMs, offset: pending.message.offset },
          'retriable decode error; retrying',
        );
        await waitWithHeartbeat(delayMs, payload.heartbeat, () => !stopping);
        if (stopping) return undefined;
        decoded = Promise.resolve(serde.decode(pending.message.value, pending.partition.topic));
      }
    }
  }

  // ── scheduling attempts ─────────────────────────────────────────────────────────────────────────
  function pump() {
    while (!stopping && readyHead < ready.length) {
      const gate = circuit.admit(inFlight, plan.maxInFlight);
      if (gate === 'wait') break;
      const pending = ready[readyHead]!;
      ready[readyHead] = undefined;
      readyHead += 1;
      if (pending.partition.blocked) {
        pending.partition.parked.push(pending);
        if (gate === 'probe') circuit.probeAbandoned();
        continue;
      }
      start(pending, gate === 'probe');
    }
    if (readyHead === ready.length) {
      ready.length = 0;
      readyHead = 0;
    } else if (readyHead > 1024 && readyHead * 2 > ready.length) {
      ready = ready.slice(readyHead);
      readyHead = 0;
    }
  }

  function start(pending: Pending, probe: boolean) {
    inFlight += 1;
    void run(pending, probe);
  }

  /** One attempt, start to end: one async frame per attempt, the outcome handled synchronously. */
  async function run(pending: Pending, probe: boolean) {
    try {
      pending.attempts += 1;
      const started = performance.now();
      let result: DeliveryResult;
      try {
        result = await destination.deliver({
          event: pending.envelope!,
          body: pending.body!,
          attempt: pending.attempts,
          signal: stopController.signal,
        });
      } catch (err) {
        const error = asIngestlayerError(err, 'DELIVERY_NETWORK');
        result = error.retriable
          ? { outcome: 'retry', code: error.code, message: error.message }
          : { outcome: 'fail', code: error.code, message: error.message };
      }
      attempted(pending, probe, result, started);
    } catch (err) {
      fail(err instanceof Error ? err : new Error(String(err)));
    } finally {
      inFlight -= 1;
      if (inFlight === 0) onIdle?.();
      pump();
    }
  }

  function attempted(pending: Pending, probe: boolean, result: DeliveryResult, started: number) {
    metrics.delivery(id, result.outcome, (performance.now() - started) / 1000);

    if (result.outcome === 'ok') {
      circuit.success();
      metrics.eventsOut();
      finish(pending);
      return;
    }
    // Stopping: an attempt that did not succeed is neither retried nor dead-lettered now; its offset stays
    // uncommitted, so the next run delivers it again.
    if (stopping) {
      if (probe) circuit.probeAbandoned();
      return;
    }
    const code = knownCode(
      result.code,
      result.outcome === 'retry' ? 'DELIVERY_NETWORK' : 'DELIVERY_HTTP_STATUS',
    );
    metrics.error(errorTable[code].stage, code);
    const last: Failure = { code, message: result.message, ...statusOf(result) };
    if (result.outcome === 'fail') {
      circuit.answered(probe);
      deadLetter(pending, last);
      return;
    }
    circuit.failure(probe);
    if (!probe) pending.charged += 1;
    if (pending.charged >= plan.retry.maxAttempts) {
      deadLetter(pending, {
        code: 'DELIVERY_EXHAUSTED',
        message: `${pending.attempts} attempts failed; last: ${codePrefix}${code}: ${last.message}`,
        ...statusOf(last),
      });
      return;
    }
    metrics.retry(id);
    const delay = retryDelay(Math.max(1, pending.charged), result.retryAfterMs, plan.retry, random);
    log.debug(
      { code, attempt: pending.attempts, delayMs: delay, partition: pending.partition.partition },
      'delivery failed; retrying',
    );
    scheduleRetry(pending, delay);
  }

  function scheduleRetry(pending: Pending, delayMs: number) {
    waiting.add(pending);
    pending.retryDueAt = Date.now() + delayMs;
    pending.retryTimer = setTimeout(() => wake(pending), delayMs);
  }

  function wake(pending: Pending) {
    clearTimeout(pending.retryTimer);
    pending.retryTimer = undefined;
    waiting.delete(pending);
    ready.push(pending);
    pump();
  }

  function onCircuit(state: CircuitState) {
    metrics.circuit(id, state !== 'closed');
    if (state === 'open') {
      metrics.error('deliver', 'DELIVERY_CIRCUIT_OPEN');
      log.warn({ failureThreshold: plan.circuitBreaker.failureThreshold }, 'circuit open: endpoint failing');
    } else if (state === 'closed') {
      log.info('circuit closed: endpoint answering again');
    }
    for (const ps of partitions.values()) syncPause(ps);
    if (state === 'half-open') {
      // The probe is the event waiting longest for its retry, sent now rather than when its timer fires.
      let first: Pending | undefined;
      for (const p of waiting) if (!first || p.retryDueAt! < first.retryDueAt!) first = p;
      if (first) {
        clearTimeout(first.retryTimer);
        first.retryTimer = undefined;
        waiting.delete(first);
        ready.splice(readyHead, 0, first);
      }
    }
    pump();
  }

  // ── finishing: DLQ, watermark, commits ──────────────────────────────────────────────────────────
  function deadLetter(pending: Pending, failed: Failure) {
    const ps = pending.partition;
    const record = dlqRecord(pending.message, {
      node: id,
      error: {
        code: failed.code,
        stage: errorTable[failed.code].stage,
        message: failed.message,
        status: failed.status,
      },
      attempts: pending.attempts,
      source: { topic: ps.topic, partition: ps.partition, offset: pending.message.offset },
    });
    dlq.write(record, ps).then(
      () => {
        metrics.deadLettered(id);
        log.warn(
          {
            code: failed.code,
            status: failed.status,
            attempts: pending.attempts,
            partition: ps.partition,
            offset: pending.message.offset,
          },
          'event dead-lettered',
        );
        finish(pending);
      },
      (err: Error) => {
        if (!stopping)
          fail(nonRetryable('DLQ_WRITE_FAILED', `DLQ writes failed for too long: ${err.message}`));
      },
    );
  }

  function finish(pending: Pending) {
    const ps = pending.partition;
    const next = ps.finish(pending);
    if (next) ready.push(next);
    if (ps.watermark() !== ps.committed) committer.schedule();
    if (ps.onDrained && ps.buffered <= bound / 2) ps.onDrained();
  }

  function reportLag(ps: PartitionState) {
    const mark = ps.committed ?? ps.watermark();
    if (mark !== undefined) metrics.lag(ps.topic, ps.partition, Math.max(0, Number(ps.highWatermark - mark)));
  }

  /**
   * Pauses a partition while the circuit is open or its DLQ write fails (rare, slow states), resumes it
   * after; `force` re-sends a pause (kafkajs forgets it when it restarts a crashed consumer).
   */
  function syncPause(ps: PartitionState, force = false) {
    const want = stopping || circuit.state === 'open' || ps.blocked;
    if (want === ps.paused && !(force && want)) return;
    ps.paused = want;
    try {
      if (want) consumer.pause([{ topic: ps.topic, partitions: [ps.partition] }]);
      else consumer.resume([{ topic: ps.topic, partitions: [ps.partition] }]);
    } catch (err) {
      // Not running (yet or any more): nothing is fetched then anyway.
      log.debug({ err: errInfo(err) }, 'pause/resume ignored');
    }
  }

  await consumer.run({ partitionsConsumedConcurrently: sinkHostDefaults.partitionsConcurrently, eachBatch });

  // ── stopping ────────────────────────────────────────────────────────────────────────────────────
  function fail(err: Error) {
    if (failure) return;
    failure = err;
    log.error({ err: errInfo(err) }, 'destination node failed');
    void stop();
  }

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      stopping = true;
      log.info({ inFlight }, 'stopping: finishing the attempts in flight');
      for (const ps of partitions.values()) {
        syncPause(ps);
        ps.onDrained?.();
      }
      for (const p of waiting) clearTimeout(p.retryTimer);
      waiting.clear();
      const grace = options.shutdownGraceMs ?? sinkHostDefaults.shutdownGraceMs;
      const timer = setTimeout(() => stopController.abort(), grace);
      if (inFlight > 0) await new Promise<void>((resolve) => (onIdle = resolve));
      await dlq.idle();
      clearTimeout(timer);
      stopController.abort();
      circuit.dispose();
      if (!failure) await committer.final();
      await consumer.stop().catch(() => undefined);
      await consumer.disconnect().catch(() => undefined);
      await producer.disconnect().catch(() => undefined);
      await destination.close?.();
      joined = false;
      finishNode(failure);
    })());

  return { node: id, ready: () => joined && !stopping, stop, done };
}

function compileWhen(source: string | undefined): CompiledExpression | undefined {
  if (source === undefined || source.trim() === 'true') return undefined;
  const compiled = compileExpression(source);
  if (!compiled.ok) throw nonRetryable('TOPOLOGY_EXPRESSION', `when: ${compiled.message}`);
  return compiled.expression;
}

function knownCode(code: string, fallback: ErrorCode): ErrorCode {
  return Object.hasOwn(errorTable, code) ? (code as ErrorCode) : fallback;
}

function statusOf(result: { status?: number }): { status?: number } {
  return result.status === undefined ? {} : { status: result.status };
}

function errInfo(err: unknown) {
  return err instanceof Error ? { name: err.name, message: err.message } : { message: String(err) };
}
