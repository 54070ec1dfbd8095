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
  /** Produce requests at once; 1 makes the producer idempotent. */
  maxInFlight: number;
  timeoutMs: number;
  healthIntervalMs: number;
  retryAfterSeconds: number;
  metrics: Metrics;
  logger: Logger;
}

interface Batch {
  records: Pending[];
  /** Its slot was freed (it finished, or a request in it timed out). */
  released: boolean;
  sent: Promise<void>;
}

interface Pending {
  record: OutRecord;
  /** performance.now() when it was queued. */
  enqueued: number;
  settled: boolean;
  /** Set once handed to Kafka. */
  batch?: Batch;
  /** performance.now() after which the request is answered 503. */
  deadline: number;
  resolve(): void;
  reject(err: Error): void;
}

export class EventProducer {
  private producer: ProducerPort;
  private connected: Promise<void> | undefined;
  private admin: AdminPort | undefined;
  private queue: Pending[] = [];
  /** Every request not answered yet, in arrival order (for the deadline sweep). */
  private readonly pending = new Set<Pending>();
  private sweeper: NodeJS.Timeout | undefined;
  /** Batches handed to Kafka and not yet released. */
  private inFlight = 0;
  /** Sends of the current producer that have not settled (kafkajs may retry one long after its batch gave up). */
  private readonly sends = new Set<Promise<void>>();
  private readonly idempotent: boolean;
  private lingerTimer: NodeJS.Timeout | undefined;
  private healthTimer: NodeJS.Timeout | undefined;
  private checking: Promise<void> | undefined;
  private lastAck = -Infinity;
  private lastProbeError: string | undefined;
  private reachable = false;
  private closed = false;
  private idle: (() => void) | undefined;

  constructor(private readonly options: EventProducerOptions) {
    this.idempotent = options.maxInFlight === 1;
    this.producer = options.kafka.producer({ idempotent: this.idempotent });
  }

  /** Connects in the background: the gateway serves (503) before Kafka is reachable, and becomes ready after. */
  start(): void {
    this.probe();
    this.healthTimer = setInterval(() => this.probe(), this.options.healthIntervalMs);
    this.healthTimer.unref();
  }

  isReachable(): boolean {
    return this.reachable && !this.closed;
  }

  /** Resolves once Kafka acknowledged the record (counted in events_out); rejects with a 503 problem otherwise. */
  produce(record: OutRecord): Promise<void> {
    if (!this.isReachable()) return Promise.reject(this.unavailable('Kafka is unreachable'));
    return new Promise<void>((resolve, reject) => {
      const enqueued = performance.now();
      const pending: Pending = {
        record,
        enqueued,
        settled: false,
        resolve,
        reject,
        deadline: enqueued + this.options.timeoutMs,
      };
      this.queue.push(pending);
      this.pending.add(pending);
      this.watchDeadlines();
      this.pump();
    });
  }

  // One sweeping timer instead of a Timeout per request (garbage at thousands of requests per second).
  private watchDeadlines() {
    if (this.sweeper) return;
    this.sweeper = setInterval(
      () => {
        const now = performance.now();
        // Arrival order is deadline order: stop at the first request still in time.
        for (const p of this.pending) {
          if (p.deadline > now) break;
          this.expire(p);
        }
        if (this.pending.size === 0) {
          clearInterval(this.sweeper);
          this.sweeper = undefined;
        }
      },
      Math.max(10, Math.min(250, this.options.timeoutMs / 8)),
    );
    this.sweeper.unref();
  }

  private expire(pending: Pending) {
    this.pending.delete(pending);
    if (pending.settled) return;
    pending.settled = true;
    if (!pending.batch) this.queue = this.queue.filter((p) => p !== pending);
    // A record Kafka did not acknowledge within the timeout: treat Kafka as unreachable until a probe says
    // otherwise, so the requests behind it fail fast instead of piling up.
    this.reachable = false;
    pending.reject(this.unavailable('Kafka did not acknowledge the event in time'));
    const batch = pending.batch;
    if (batch && !batch.released) {
      // Once a request of a batch has given up, later batches must not wait for that send's slot. The
      // idempotent producer keeps retrying while the broker is away, so it is replaced too; the old one
      // is disconnected once its send settles (disconnecting mid-send leaves its retry loop running).
      this.release(batch);
      if (this.idempotent) this.resetProducer(batch.sent);
      this.pump();
    }
  }

  private release(batch: Batch) {
    batch.released = true;
    this.inFlight -= 1;
  }

  private pump() {
    if (this.inFlight >= this.options.maxInFlight || this.queue.length === 0) return;
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
    if (this.inFlight >= this.options.maxInFlight || this.queue.length === 0) return;
    if (this.lingerTimer) clearTimeout(this.lingerTimer);
    this.lingerTimer = undefined;
    if (!this.reachable || this.closed) {
      // Closed, or a request timed out meanwhile: do not start a send (and a connection that retries for a minute) for
      // records that would only time out too. Nothing of these was handed to Kafka.
      const waiting = this.queue;
      this.queue = [];
      for (const p of waiting) {
        this.pending.delete(p);
        p.settled = true;
        p.reject(this.unavailable('Kafka is unreachable'));
      }
      return;
    }
    const records = this.queue.splice(0, this.options.maxBatchSize);
    const batch: Batch = { records, released: false, sent: Promise.resolve() };
    for (const p of records) p.batch = batch;
    this.inFlight += 1;
    const sent = this.sendBatch(records).finally(() => {
      this.sends.delete(sent);
      if (!batch.released) this.release(batch);
      if (this.queue.length > 0) this.pump();
      else if (this.inFlight === 0) this.idle?.();
    });
    batch.sent = sent;
    this.sends.add(sent);
  }

  private async sendBatch(batch: Pending[]) {
    const producer = this.producer;
    try {
      await this.connect();
      await producer.sendBatch([{ topic: this.options.topic, messages: batch.map((p) => p.record) }]);
      this.reachable = true;
      const now = performance.now();
      this.lastAck = now;
      let stored = 0;
      for (const p of batch) {
        this.pending.delete(p);
        if (p.settled) continue; // answered 503 already; the record landed late
        p.settled = true;
        this.options.metrics.produceSeconds((now - p.enqueued) / 1000);
        stored += 1;
        p.resolve();
      }
      if (stored > 0) this.options.metrics.eventsOut(stored);
    } catch (err) {
      this.reachable = false;
      this.options.metrics.error('produce', 'INGEST_UNAVAILABLE');
      this.options.logger.error(
        { code: 'INGEST_UNAVAILABLE', records: batch.length, err: { message: (err as Error).message } },
        'produce failed; answering 503 and reconnecting the producer',
      );
      for (const p of batch) {
        this.pending.delete(p);
        if (!p.settled) {
          p.settled = true;
          p.reject(this.unavailable('Kafka did not acknowledge the event', err));
        }
      }
      if (this.idempotent && producer === this.producer) this.resetProducer();
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
  private resetProducer(settled: Promise<void> = Promise.resolve()) {
    const old = this.producer;
    if (this.closed) return;
    this.producer = this.options.kafka.producer({ idempotent: this.idempotent });
    this.connected = undefined;
    this.sends.clear(); // the old producer's, disconnected below once they settle
    void settled.finally(() => old.disconnect().catch(() => undefined));
  }

  /**
   * Kafka is reachable when it lists the source topic within the health interval. One check runs at a time:
   * while the broker is away a check keeps retrying (the client's own backoff) and is not stacked with more;
   * it marks Kafka reachable the moment it succeeds.
   */
  private probe() {
    if (this.checking || this.closed) return;
    // Under traffic the acknowledgements are the health check; listing topics costs the broker and this
    // process a metadata round trip that grows with the cluster.
    if (this.reachable && performance.now() - this.lastAck < this.options.healthIntervalMs) return;
    this.admin ??= this.options.kafka.admin();
    const admin = this.admin;
    let timer: NodeJS.Timeout | undefined;
    const check = (async () => {
      await admin.connect();
      if (!(await admin.listTopics()).includes(this.options.topic))
        throw new Error(`the topic ${this.options.topic} does not exist (run \`ingestlayer topics create\`)`);
      if (!this.closed) await this.connect();
    })();
    this.checking = check;
    timer = setTimeout(() => {
      timer = undefined;
      this.unreachable('no answer within the health interval');
    }, this.options.healthIntervalMs);
    check
      .then(
        () => {
          if (!this.reachable && !this.closed)
            this.options.logger.info({ topic: this.options.topic }, 'Kafka is reachable');
          this.reachable = !this.closed;
          this.lastProbeError = undefined;
        },
        (err: Error) => this.unreachable(err.message),
      )
      .finally(() => {
        clearTimeout(timer);
        this.checking = undefined;
      });
  }

  private unreachable(message: string) {
    if (this.closed) return;
    if (this.reachable || message !== this.lastProbeError)
      this.options.logger.warn({ err: { message } }, 'Kafka is unreachable');
    this.lastProbeError = message;
    this.reachable = false;
  }

  private unavailable(detail: string, cause?: unknown): ProblemError {
    return new ProblemError('INGEST_UNAVAILABLE', `${detail}; try again later`, {
      retryAfter: this.options.retryAfterSeconds,
      cause,
    });
  }

  /** Waits for the batch in flight and the queue to drain, then disconnects; all within `timeoutMs`. */
  async close(): Promise<void> {
    if (this.healthTimer) clearInterval(this.healthTimer);
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = undefined;
    // Bounded: with Kafka gone the send in flight keeps retrying, and a disconnect waits for the answers to
    // requests in flight, which a broker that hangs never gives.
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.options.timeoutMs)));
    if (this.inFlight > 0 || this.queue.length > 0) {
      const drained = new Promise<void>((resolve) => {
        this.idle = resolve;
        this.send();
      });
      await Promise.race([drained, deadline]);
    }
    this.closed = true;
    // A send still retrying leaves its requests unanswered (when the HTTP server closed first, their
    // deadlines answered them already): answer them now.
    for (const p of this.pending) {
      if (p.settled) continue;
      p.settled = true;
      p.reject(this.unavailable('the gateway is stopping'));
    }
    this.pending.clear();
    this.queue = [];
    // kafkajs goes on retrying a send or a connection attempt in flight after disconnect() (an idempotent
    // producer without limit), and reconnects if the broker answers again: disconnect once more when those
    // settle, so nothing is left connected after close. They do settle: a reconnect that keeps failing ends
    // the retries.
    const { producer, admin } = this;
    const lingering = [...this.sends];
    if (lingering.length > 0)
      void Promise.allSettled(lingering).then(() => producer.disconnect().catch(() => undefined));
    const disconnectAdmin = () => admin?.disconnect().catch(() => undefined);
    void this.checking?.then(disconnectAdmin, disconnectAdmin);
    await Promise.race([Promise.allSettled([producer.disconnect(), admin?.disconnect()]), deadline]);
    clearTimeout(timer);
  }
}
