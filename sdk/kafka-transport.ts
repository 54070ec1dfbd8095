// Straight to Kafka: one idempotent producer (acks = all, one request in flight so the broker can order and
// deduplicate its retries), with group-commit batching — events queue while a batch is in flight (or for
// `linger` ms) and go out together. An `ingest` resolves only after its own record was acknowledged.
import { CompressionTypes, Kafka, logLevel, type KafkaConfig, type Producer } from 'kafkajs';
import type { Envelope } from '../runtime/component.ts';
import { IngestlayerError } from '../runtime/errors.ts';
import { javaCompatiblePartitioner } from '../runtime/partitioner.ts';
import type { Serde } from '../runtime/serde.ts';
import { IngestError } from './errors.ts';

export interface KafkaTransportOptions {
  brokers: string | readonly string[];
  /** Default: the topology's source topic. */
  topic?: string;
  clientId?: string;
  /** Milliseconds an event may wait for others to share its batch. */
  linger?: number;
  /** Most events in one produce request. */
  maxBatchSize?: number;
  /** Milliseconds an `ingest` waits for its acknowledgement before it fails (retriable). */
  ackTimeout?: number;
  compression?: 'none' | 'gzip';
  ssl?: KafkaConfig['ssl'];
  sasl?: KafkaConfig['sasl'];
  /**
   * Record values; JSON without one. When the topology names a schema registry, pass the topology's serde
   * (`serdeFor(plan)`) so events go out as Avro in the Confluent wire format like the gateway's.
   */
  serde?: Serde;
}

export const kafkaTransportDefaults = {
  clientId: 'ingestlayer-sdk',
  linger: 5,
  maxBatchSize: 2000,
  ackTimeout: 30_000,
  compression: 'none',
} as const;

export interface OutgoingRecord {
  key: string;
  value: string | Buffer;
}

interface Pending {
  record: OutgoingRecord;
  settled: boolean;
  /** performance.now() after which the event fails as unacknowledged. */
  deadline: number;
  resolve(): void;
  reject(err: Error): void;
}

export class KafkaTransport {
  readonly topic: string;
  private readonly serde: Serde | undefined;
  private readonly producer: Producer;
  private readonly options: Required<
    Pick<KafkaTransportOptions, 'linger' | 'maxBatchSize' | 'ackTimeout'>
  > & {
    compression: CompressionTypes;
  };
  private connected: Promise<void> | undefined;
  private queue: Pending[] = [];
  private inFlight: Promise<void> | undefined;
  private lingerTimer: NodeJS.Timeout | undefined;
  private closed = false;
  private sending: Pending[] = [];
  private sweeper: NodeJS.Timeout | undefined;

  constructor(options: KafkaTransportOptions & { topic: string }) {
    const brokers = (typeof options.brokers === 'string' ? options.brokers.split(',') : [...options.brokers])
      .map((b) => b.trim())
      .filter(Boolean);
    const kafka = new Kafka({
      clientId: options.clientId ?? kafkaTransportDefaults.clientId,
      brokers,
      logLevel: logLevel.NOTHING,
      ...(options.ssl !== undefined ? { ssl: options.ssl } : {}),
      ...(options.sasl !== undefined ? { sasl: options.sasl } : {}),
    });
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      // kafkajs's default placement (Java-compatible murmur2), computed without its BigInt arithmetic.
      createPartitioner: javaCompatiblePartitioner,
    });
    this.topic = options.topic;
    this.serde = options.serde;
    this.options = {
      linger: options.linger ?? kafkaTransportDefaults.linger,
      maxBatchSize: options.maxBatchSize ?? kafkaTransportDefaults.maxBatchSize,
      ackTimeout: options.ackTimeout ?? kafkaTransportDefaults.ackTimeout,
      compression:
        (options.compression ?? kafkaTransportDefaults.compression) === 'gzip'
          ? CompressionTypes.GZIP
          : CompressionTypes.None,
    };
  }

  /** The record value of an envelope: JSON text, or the configured serde's bytes. */
  encode(envelope: Envelope): string | Promise<Buffer> {
    if (this.serde === undefined) return JSON.stringify(envelope);
    return Promise.resolve(this.serde.encode(envelope, this.topic)).catch((err: unknown) => {
      // A schema registry that is not answering is worth another try, like a broker that is not.
      if (err instanceof IngestlayerError && err.retriable)
        throw new IngestError('INGEST_UNAVAILABLE', `${err.message}; try again later`, { cause: err });
      throw err;
    });
  }

  send(record: OutgoingRecord): Promise<void> {
    if (this.closed) return Promise.reject(new IngestError('INGEST_UNAVAILABLE', 'the client is closed'));
    return new Promise<void>((resolve, reject) => {
      this.queue.push({
        record,
        settled: false,
        deadline: performance.now() + this.options.ackTimeout,
        resolve,
        reject,
      });
      this.watchDeadlines();
      this.schedule();
    });
  }

  // One sweeping timer instead of a timer per event: at tens of thousands of events per second, a Timeout
  // each was a large share of the garbage collector's work.
  private watchDeadlines() {
    if (this.sweeper) return;
    this.sweeper = setInterval(() => this.sweep(), Math.max(10, Math.min(1000, this.options.ackTimeout / 4)));
    this.sweeper.unref();
  }

  private sweep() {
    const now = performance.now();
    const late = (p: Pending) => !p.settled && p.deadline <= now;
    const expire = (p: Pending) => {
      p.settled = true;
      p.reject(
        new IngestError(
          'INGEST_UNAVAILABLE',
          `Kafka did not acknowledge the event within ${this.options.ackTimeout} ms`,
        ),
      );
    };
    if (this.queue.some(late)) {
      const keep: Pending[] = [];
      for (const p of this.queue) {
        if (late(p)) expire(p);
        else keep.push(p);
      }
      this.queue = keep;
    }
    for (const p of this.sending) if (late(p)) expire(p);
    if (this.queue.length === 0 && this.sending.length === 0) {
      clearInterval(this.sweeper);
      this.sweeper = undefined;
    }
  }

  /** Sends everything queued now and waits for it. */
  async flush(): Promise<void> {
    while ((this.queue.length > 0 || this.inFlight) && !this.closed) {
      if (!this.inFlight) this.sendNext();
      await this.inFlight?.catch(() => undefined);
    }
  }

  /**
   * Sends what is queued, waits for it, and disconnects, all within `ackTimeout`: by then every event has its
   * answer, while kafkajs may go on retrying a send to a broker that is gone (an idempotent producer without
   * limit while it still reaches the broker), and a disconnect waits for answers a hung broker never gives.
   */
  async close(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.options.ackTimeout)));
    await Promise.race([this.flush(), deadline]);
    this.closed = true;
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = undefined;
    if (this.lingerTimer) clearTimeout(this.lingerTimer);
    this.lingerTimer = undefined;
    for (const p of [...this.queue, ...this.sending]) {
      if (p.settled) continue;
      p.settled = true;
      p.reject(
        new IngestError('INGEST_UNAVAILABLE', 'the client closed before Kafka acknowledged the event'),
      );
    }
    this.queue = [];
    if (this.connected) {
      // A send kafkajs is still retrying reconnects the client if the broker answers again: disconnect once
      // more when it settles, so nothing is left connected.
      const producer = this.producer;
      const disconnect = () => producer.disconnect().catch(() => undefined);
      void this.inFlight?.finally(disconnect);
      await Promise.race([disconnect(), deadline]);
    }
    clearTimeout(timer);
  }

  private schedule() {
    if (this.inFlight) return;
    if (this.queue.length >= this.options.maxBatchSize || this.options.linger === 0) {
      this.sendNext();
      return;
    }
    this.lingerTimer ??= setTimeout(() => {
      this.lingerTimer = undefined;
      this.sendNext();
    }, this.options.linger);
  }

  private sendNext() {
    if (this.inFlight || this.queue.length === 0) return;
    if (this.lingerTimer) clearTimeout(this.lingerTimer);
    this.lingerTimer = undefined;
    const batch = this.queue.splice(0, this.options.maxBatchSize);
    this.sending = batch;
    this.inFlight = this.sendBatch(batch).finally(() => {
      this.inFlight = undefined;
      this.sending = [];
      if (this.queue.length > 0) this.schedule();
    });
  }

  private async sendBatch(batch: Pending[]) {
    try {
      this.connected ??= this.producer.connect().catch((err: unknown) => {
        this.connected = undefined;
        throw err;
      });
      await this.connected;
      await this.producer.send({
        topic: this.topic,
        acks: -1,
        compression: this.options.compression,
        messages: batch.map((p) => p.record),
      });
      for (const p of batch) {
        if (p.settled) continue;
        p.settled = true;
        p.resolve();
      }
    } catch (err) {
      for (const p of batch) {
        if (p.settled) continue;
        p.settled = true;
        p.reject(
          new IngestError(
            'INGEST_UNAVAILABLE',
            `Kafka did not acknowledge the event: ${(err as Error).message}`,
            {
              cause: err,
            },
          ),
        );
      }
    }
  }
}
