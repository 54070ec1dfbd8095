// The gateway's way into Kafka: group commit over one idempotent producer. Requests that arrive while a
// batch is in flight wait in a queue and go out together in the next acknowledged (acks = all) send, so
// throughput grows with load without any request waiting longer than one round trip plus `linger`.
//
// A request is answered 2xx only when its own record was acknowledged. When it times out its record is
// dropped from the queue if it was not handed to Kafka yet; if it was, the send goes on (the idempotent
// producer retries it) and the record may still land — the client saw 503, so at worst it retries and a
// second record appears (with the same event id when it sent an idempotency key). Never the reverse.
import type { Logger } from 'pino';
import type { AdminPort, KafkaPort, OutRecord, ProducerPort } from '../../runtime/kafka.ts';
import type { Metrics } from '../../runtime/metrics.ts';
import { ProblemError } from './problem.ts';

export interface EventProducerOptions {
  kafka: KafkaPort;
  topic: string;
  lingerMs: number;
  maxBatchSize: number;
  timeoutMs: number;
  healthIntervalMs: number;
  retryAfterSeconds: number;
  metrics: Metrics;
  logger: Logger;
}

interface Pending {
  record: OutRecord;
  enqueued: bigint;
  settled: boolean;
  handedOver: boolean;
  timer: NodeJS.Timeout;
  resolve(): void;
  reject(err: Error): void;
}

export class EventProducer {
  private producer: ProducerPort;
  private connected: Promise<void> | undefined;
  private admin: AdminPort | undefined;
  private queue: Pending[] = [];
  private inFlight = false;
  private lingerTimer: NodeJS.Timeout | undefined;
  private healthTimer: NodeJS.Timeout | undefined;
  private probing = false;
  private lastProbeError: string | undefined;
  private reachable = false;
  private closed = false;
  private idle: (() => void) | undefined;

  constructor(private readonly options: EventProducerOptions) {
    this.producer = options.kafka.producer({ idempotent: true });
  }

  /** Connects in the background: the gateway serves (503) before Kafka is reachable, and becomes ready after. */
  start(): void {
    void this.probe();
    this.healthTimer = setInterval(() => void this.probe(), this.options.healthIntervalMs);
    this.healthTimer.unref();
  }

  isReachable(): boolean {
    return this.reachable && !this.closed;
  }

  /** Resolves once Kafka acknowledged the record; rejects with a 503 problem otherwise. */
  produce(record: OutRecord): Promise<void> {
    if (!this.isReachable()) return Promise.reject(this.unavailable('Kafka is unreachable'));
    return new Promise<void>((resolve, reject) => {
      const pending: Pending = {
        record,
        enqueued: process.hrtime.bigint(),
        settled: false,
        handedOver: false,
        resolve,
        reject,
        timer: setTimeout(() => this.expire(pending), this.options.timeoutMs),
      };
      this.queue.push(pending);
      this.pump();
    });
  }

  private expire(pending: Pending) {
    if (pending.settled) return;
    pending.settled = true;
    if (!pending.handedOver) this.queue = this.queue.filter((p) => p !== pending);
    // A record Kafka did not acknowledge within the timeout: treat Kafka as unreachable until a probe says
    // otherwise, so the requests behind it fail fast instead of piling up.
    this.reachable = false;
    pending.reject(this.unavailable('Kafka did not acknowledge the event in time'));
  }

  private pump() {
    if (this.inFlight || this.queue.length === 0) return;
    if (this.options.lingerMs > 0 && this.queue.length < this.options.maxBatchSize) {
      this.lingerTimer ??= setTimeout(() => {
        this.lingerTimer = undefined;
        this.send();
      }, this.options.lingerMs);
      return;
    }
    this.send();
  }

  private send() {
    if (this.inFlight || this.queue.length === 0) return;
    if (this.lingerTimer) clearTimeout(this.lingerTimer);
    this.lingerTimer = undefined;
    const batch = this.queue.splice(0, this.options.maxBatchSize);
    for (const p of batch) p.handedOver = true;
    this.inFlight = true;
    void this.sendBatch(batch).finally(() => {
      this.inFlight = false;
      if (this.queue.length > 0) this.pump();
      else this.idle?.();
    });
  }

  private async sendBatch(batch: Pending[]) {
    try {
      await this.connect();
      await this.producer.sendBatch([{ topic: this.options.topic, messages: batch.map((p) => p.record) }]);
      this.reachable = true;
      const now = process.hrtime.bigint();
      for (const p of batch) {
        clearTimeout(p.timer);
        this.options.metrics.produceSeconds(Number(now - p.enqueued) / 1e9);
        if (!p.settled) {
          p.settled = true;
          p.resolve();
        }
      }
    } catch (err) {
      this.reachable = false;
      this.options.metrics.error('produce', 'INGEST_UNAVAILABLE');
      this.options.logger.error(
        { code: 'INGEST_UNAVAILABLE', records: batch.length, err: { message: (err as Error).message } },
        'produce failed; answering 503 and reconnecting the producer',
      );
      for (const p of batch) {
        clearTimeout(p.timer);
        if (!p.settled) {
          p.settled = true;
          p.reject(this.unavailable('Kafka did not acknowledge the event', err));
        }
      }
      await this.resetProducer();
    }
  }

  private connect(): Promise<void> {
    this.connected ??= this.producer.connect().catch((err: unknown) => {
      this.connected = undefined;
      throw err;
    });
    return this.connected;
  }

  /** A producer whose send failed may hold a stale producer id or sequence; start over with a new one. */
  private async resetProducer() {
    const old = this.producer;
    this.producer = this.options.kafka.producer({ idempotent: true });
    this.connected = undefined;
    await old.disconnect().catch(() => undefined);
  }

  /** Kafka is reachable when it lists the source topic within the health interval. */
  private async probe() {
    if (this.probing || this.closed) return;
    this.probing = true;
    let timer: NodeJS.Timeout | undefined;
    try {
      this.admin ??= this.options.kafka.admin();
      const admin = this.admin;
      const check = (async () => {
        await admin.connect();
        if (!(await admin.listTopics()).includes(this.options.topic))
          throw new Error(
            `the topic ${this.options.topic} does not exist (run \`ingestlayer topics create\`)`,
          );
        await this.connect();
      })();
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out')), this.options.healthIntervalMs);
      });
      check.catch(() => undefined);
      await Promise.race([check, timeout]);
      if (!this.reachable) this.options.logger.info({ topic: this.options.topic }, 'Kafka is reachable');
      this.reachable = true;
      this.lastProbeError = undefined;
    } catch (err) {
      const message = (err as Error).message;
      if (this.reachable || message !== this.lastProbeError)
        this.options.logger.warn({ err: { message } }, 'Kafka is unreachable');
      this.lastProbeError = message;
      this.reachable = false;
      // A fresh admin next time: the old one may be stuck retrying a dead connection.
      const admin = this.admin;
      this.admin = undefined;
      void admin?.disconnect().catch(() => undefined);
    } finally {
      clearTimeout(timer);
      this.probing = false;
    }
  }

  private unavailable(detail: string, cause?: unknown): ProblemError {
    return new ProblemError('INGEST_UNAVAILABLE', `${detail}; try again later`, {
      retryAfter: this.options.retryAfterSeconds,
      cause,
    });
  }

  /** Waits for the batch in flight and the queue to drain, then disconnects. */
  async close(): Promise<void> {
    if (this.healthTimer) clearInterval(this.healthTimer);
    if (this.inFlight || this.queue.length > 0) {
      // Bounded: with Kafka gone the send in flight would retry forever; its requests got 503 already.
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        this.idle = resolve;
        timer = setTimeout(resolve, this.options.timeoutMs);
        this.send();
      });
      clearTimeout(timer);
    }
    this.closed = true;
    await Promise.allSettled([this.producer.disconnect(), this.admin?.disconnect()]);
  }
}
