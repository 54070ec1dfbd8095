// The host of a step node: consume → decode → process → produce → commit, for any step kind.
//
// Per batch of one partition: every record is decoded and processed (up to `concurrency` at once, outputs
// kept in input order so per-key order holds), everything the batch yields — outputs and dead letters —
// is produced in one acknowledged send, and only then is the offset after the batch committed. A crash
// anywhere before the commit replays the batch: at-least-once. A retriable error backs off and retries
// the record without committing; a non-retriable one dead-letters it and the node goes on.
//
// Exactly-once (`delivery: exactly-once`): the batch's outputs, dead letters and consumed offset are written in
// one Kafka transaction, so read_committed readers (every ingestlayer node) see each input's effect once even
// across crashes. Each input partition has its own transactional producer, id `<group>.<topic>.<partition>`:
// whichever process owns the partition next starts a producer with the same id, which fences the old one and
// aborts its open transaction (kafkajs has no KIP-447 group-based fencing, so the id is per partition).
import type { Logger } from 'pino';
import type { Envelope, Step } from './component.ts';
import { backoffDelay, waitWithHeartbeat } from './backoff.ts';
import { dlqRecord } from './dlq.ts';
import { asIngestlayerError, type ErrorCode, type IngestlayerError } from './errors.ts';
import type {
  BatchPayload,
  ConsumerPort,
  KafkaMessage,
  KafkaPort,
  OutRecord,
  ProducerPort,
  TopicPartitionOffset,
} from './kafka.ts';
import type { Metrics } from './metrics.ts';
import { envelopeKey, type Serde } from './serde.ts';

export const hostDefaults = {
  /** Records of one batch processed at once (async steps such as classify wait on I/O). */
  concurrency: 16,
  /** Partitions of the input handled at once by one node process. */
  partitionsConcurrently: 4,
  retry: { initialDelayMs: 200, maxDelayMs: 30_000 },
  /** Produce/commit failures are retried this long before the node gives up and exits non-zero. */
  maxStallMs: 5 * 60_000,
} as const;

export interface StepNodeOptions {
  node: string;
  input: string;
  output: string;
  group: string;
  dlqTopic: string;
  step: Step;
  kafka: KafkaPort;
  serde: Serde;
  metrics: Metrics;
  logger: Logger;
  concurrency?: number;
  partitionsConcurrently?: number;
  retry?: { initialDelayMs: number; maxDelayMs: number };
  fromBeginning?: boolean;
  /** Outputs and offsets in one transaction per batch (see the top of this file). Default false. */
  exactlyOnce?: boolean;
}

export interface NodeHandle {
  readonly node: string;
  /** True once the consumer joined its group. */
  ready(): boolean;
  /** Finishes the batch in flight, commits, leaves the group. */
  stop(): Promise<void>;
  /** Settles when the node stops; rejects when it failed for good. */
  readonly done: Promise<void>;
}

type Outcome =
  { kind: 'out'; records: OutRecord[] } | { kind: 'dead'; error: IngestlayerError; attempts: number };
type Attempted<T> = { ok: T } | { error: IngestlayerError; attempts: number };

export async function startStepNode(options: StepNodeOptions): Promise<NodeHandle> {
  const { node, step, serde, metrics, logger } = options;
  const concurrency = options.concurrency ?? hostDefaults.concurrency;
  const retry = options.retry ?? hostDefaults.retry;
  const consumer = options.kafka.consumer({ groupId: options.group });
  // Exactly-once nodes produce through per-partition transactional producers only.
  const producer = options.exactlyOnce ? undefined : options.kafka.producer();
  const transactional = new Map<number, Promise<ProducerPort>>();
  let joined = false;
  let stopping = false;
  const log = logger.child({ node });

  await producer?.connect();
  await consumer.connect();
  await consumer.subscribe({ topics: [options.input], fromBeginning: options.fromBeginning ?? true });
  consumer.onGroupJoin(() => {
    joined = true;
  });
  // A fetch of transaction markers only (the input was written by an exactly-once step) reaches no eachBatch;
  // committing past it keeps the group's lag at 0. Batches of one partition run one at a time, so everything
  // before it is committed already.
  consumer.onHiddenBatch(({ topic, partition, lastOffset }) => {
    if (stopping) return;
    const offset = (BigInt(lastOffset) + 1n).toString();
    consumer
      .commitOffsets([{ topic, partition, offset }])
      .catch((err: Error) =>
        log.warn({ partition, err: { message: err.message } }, 'commit past transaction markers failed'),
      );
  });

  // Settles when the node ends: resolved by stop(), rejected by a crash kafkajs will not restart from.
  let finish!: (err?: Error) => void;
  const done = new Promise<void>((resolve, reject) => {
    finish = (err) => (err ? reject(err) : resolve());
  });
  consumer.onCrash((error, restart) => {
    joined = false;
    log.error({ err: { message: error.message, name: error.name }, restart }, 'consumer crashed');
    if (!restart) finish(error);
  });

  /**
   * Decodes, processes and encodes one record. Each phase retries its retriable failures (a model server or
   * schema registry that is not answering) with backoff while the node runs, without repeating the phases
   * before it; a non-retriable failure dead-letters the record. Undefined when stopping or rebalanced.
   */
  async function handle(message: KafkaMessage, batch: BatchPayload): Promise<Outcome | undefined> {
    // `await` only what is a promise: a synchronous phase (JSON, most steps) costs no turn of the event loop.
    const decoding = withRetries(
      () => serde.decode(message.value, batch.batch.topic),
      'DECODE_FAILED',
      message,
      batch,
    );
    const decoded = decoding instanceof Promise ? await decoding : decoding;
    if (decoded === undefined || !('ok' in decoded)) return decoded && { kind: 'dead', ...decoded };
    const processing = withRetries(() => step.process(decoded.ok), 'STEP_FAILED', message, batch);
    const processed = processing instanceof Promise ? await processing : processing;
    if (processed === undefined || !('ok' in processed)) return processed && { kind: 'dead', ...processed };
    const headers = message.headers ?? {};
    const encoding = withRetries(() => encodeAll(processed.ok, headers), 'ENCODE_FAILED', message, batch);
    const encoded = encoding instanceof Promise ? await encoding : encoding;
    if (encoded === undefined || !('ok' in encoded)) return encoded && { kind: 'dead', ...encoded };
    return { kind: 'out', records: encoded.ok };
  }

  /** Encodes every output; synchronous while the serde is (JSON), so the common path allocates no promises. */
  function encodeAll(
    events: readonly Envelope[],
    headers: OutRecord['headers'],
  ): OutRecord[] | Promise<OutRecord[]> {
    const records: OutRecord[] = [];
    for (let i = 0; i < events.length; i++) {
      const event = events[i]!;
      const value = serde.encode(event, options.output);
      if (value instanceof Promise) return encodeRest(events, i, value, records, headers);
      records.push({ key: envelopeKey(event), value, headers });
    }
    return records;
  }

  async function encodeRest(
    events: readonly Envelope[],
    from: number,
    first: Promise<Buffer>,
    records: OutRecord[],
    headers: OutRecord['headers'],
  ): Promise<OutRecord[]> {
    for (let i = from; i < events.length; i++) {
      const event = events[i]!;
      const value = i === from ? await first : await serde.encode(event, options.output);
      records.push({ key: envelopeKey(event), value, headers });
    }
    return records;
  }

  /**
   * Runs `fn`; a retriable failure is retried with backoff (heartbeating) while the node runs. The first
   * attempt stays synchronous when `fn` is, since most records pass every phase at once.
   */
  function withRetries<T>(
    fn: () => T | Promise<T>,
    fallback: ErrorCode,
    message: KafkaMessage,
    batch: BatchPayload,
  ): Attempted<T> | Promise<Attempted<T> | undefined> {
    try {
      const result = fn();
      if (!(result instanceof Promise)) return { ok: result };
      return result.then(
        (ok) => ({ ok }),
        (err: unknown) => retryAfterFailure(err, fn, fallback, message, batch),
      );
    } catch (err) {
      return retryAfterFailure(err, fn, fallback, message, batch);
    }
  }

  async function retryAfterFailure<T>(
    failure: unknown,
    fn: () => T | Promise<T>,
    fallback: ErrorCode,
    message: KafkaMessage,
    batch: BatchPayload,
  ): Promise<Attempted<T> | undefined> {
    let err = failure;
    for (let attempt = 1; ; attempt++) {
      const error = asIngestlayerError(err, fallback);
      metrics.error(error.stage, error.code);
      if (!error.retriable) return { error, attempts: attempt };
      const delay = error.retryAfterMs ?? backoffDelay(attempt, retry);
      log.warn(
        {
          code: error.code,
          stage: error.stage,
          attempt,
          delayMs: delay,
          partition: batch.batch.partition,
          offset: message.offset,
        },
        'retriable error; retrying',
      );
      await waitWithHeartbeat(delay, batch.heartbeat, () => batch.isRunning() && !batch.isStale());
      if (!batch.isRunning() || batch.isStale()) return undefined;
      try {
        return { ok: await fn() };
      } catch (next) {
        err = next;
      }
    }
  }

  /**
   * Writes the batch's records and commits its offset: produce, then commit; or, exactly-once, both in one
   * transaction. A failure is retried with backoff, the records again included, until it succeeds, the
   * partition moves elsewhere (false: not committed, replayed by its next owner) or `maxStallMs` passes
   * (throws: the node exits rather than skip anything).
   */
  async function writeAndCommit(
    records: { topic: string; messages: OutRecord[] }[],
    next: TopicPartitionOffset,
    batch: BatchPayload,
  ): Promise<boolean> {
    const started = Date.now();
    let produced = records.length === 0;
    for (let attempt = 1; ; attempt++) {
      try {
        if (producer === undefined) {
          await inTransaction(records, next);
        } else {
          if (!produced) await producer.sendBatch(records);
          produced = true; // a failed commit is retried alone: the records are not sent twice
          await consumer.commitOffsets([next]);
        }
        return true;
      } catch (err) {
        const dlq = !produced && records.some((r) => r.topic === options.dlqTopic);
        const [stage, code] = produced
          ? ['commit', 'COMMIT_FAILED']
          : dlq
            ? ['dlq', 'DLQ_WRITE_FAILED']
            : ['produce', 'PRODUCE_FAILED'];
        metrics.error(stage, code);
        log.error(
          { code, attempt, err: { message: (err as Error).message } },
          'write failed; the batch is not committed and will be retried',
        );
        if (Date.now() - started > hostDefaults.maxStallMs) throw err;
        await waitWithHeartbeat(
          backoffDelay(attempt, retry),
          batch.heartbeat,
          () => batch.isRunning() && !batch.isStale(),
        );
        if (!batch.isRunning() || batch.isStale()) return false;
      }
    }
  }

  /** One transaction: the records, then the consumed offset, then commit; on failure abort and start over. */
  async function inTransaction(
    records: { topic: string; messages: OutRecord[] }[],
    next: TopicPartitionOffset,
  ): Promise<void> {
    const pending = transactionalProducer(next.partition);
    const txn = await (await pending).transaction();
    try {
      if (records.length > 0) await txn.sendBatch(records);
      await txn.sendOffsets({
        consumerGroupId: options.group,
        topics: [{ topic: next.topic, partitions: [{ partition: next.partition, offset: next.offset }] }],
      });
      await txn.commit();
    } catch (err) {
      await txn.abort().catch(() => undefined);
      // A fenced or broken producer stays so: the retry starts a new one, which aborts what is still open.
      transactional.delete(next.partition);
      void pending.then((p) => p.disconnect()).catch(() => undefined);
      throw err;
    }
  }

  function transactionalProducer(partition: number): Promise<ProducerPort> {
    let pending = transactional.get(partition);
    if (pending === undefined) {
      const created = options.kafka.producer({
        transactionalId: `${options.group}.${options.input}.${partition}`,
      });
      pending = created.connect().then(() => created);
      pending.catch(() => transactional.delete(partition));
      transactional.set(partition, pending);
    }
    return pending;
  }

  async function eachBatch(payload: BatchPayload) {
    const { batch } = payload;
    if (batch.messages.length === 0) return;
    const started = process.hrtime.bigint();
    metrics.eventsIn(batch.messages.length);
    const outcomes = await mapInOrder(batch.messages, concurrency, (m) => handle(m, payload));
    if (outcomes.some((o) => o === undefined)) return; // stopping or rebalanced mid-retry: no commit, replayed later

    const out: OutRecord[] = [];
    const dead: OutRecord[] = [];
    for (const [i, outcome] of outcomes.entries()) {
      const message = batch.messages[i]!;
      if (outcome!.kind === 'dead') {
        const { error, attempts } = outcome!;
        const source = { topic: batch.topic, partition: batch.partition, offset: message.offset };
        dead.push(dlqRecord(message, { node, error, attempts, source }));
        log.warn(
          { code: error.code, stage: error.stage, partition: batch.partition, offset: message.offset },
          'record dead-lettered',
        );
        continue;
      }
      out.push(...outcome!.records);
    }
    const sends = [
      ...(out.length ? [{ topic: options.output, messages: out }] : []),
      ...(dead.length ? [{ topic: options.dlqTopic, messages: dead }] : []),
    ];
    // Past the last record read, including transaction markers after the last visible one.
    const next = {
      topic: batch.topic,
      partition: batch.partition,
      offset: (BigInt(batch.lastOffset()) + 1n).toString(),
    };
    if (!(await writeAndCommit(sends, next, payload))) return;

    const last = batch.messages[batch.messages.length - 1]!.offset;
    payload.resolveOffset(last);
    metrics.eventsOut(out.length);
    metrics.lag(
      batch.topic,
      batch.partition,
      Math.max(0, Number(BigInt(batch.highWatermark) - BigInt(last) - 1n)),
    );
    metrics.processSeconds(Number(process.hrtime.bigint() - started) / 1e9);
    await payload.heartbeat().catch(() => undefined);
  }

  await consumer.run({
    partitionsConsumedConcurrently: options.partitionsConcurrently ?? hostDefaults.partitionsConcurrently,
    eachBatch,
  });

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      stopping = true;
      log.info('stopping: finishing the batch in flight');
      await consumer.stop();
      await consumer.disconnect();
      await producer?.disconnect();
      const producers = await Promise.allSettled(transactional.values());
      for (const p of producers) if (p.status === 'fulfilled') await p.value.disconnect();
      await step.close?.();
      joined = false;
      finish();
    })());

  return { node, ready: () => joined && !stopping, stop, done };
}

/** Maps with at most `limit` calls in flight; results keep the input order. */
export async function mapInOrder<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export type { ConsumerPort, ProducerPort };
