// Dead-letter writes of one destination node, coalesced: records dead-lettered in the same tick go out in
// one acknowledged send. A send that fails is retried with backoff and never skipped; while it fails, the
// partitions whose records it carries are blocked (the host starts nothing new there, so their committed
// offsets cannot pass the record). A DLQ that refuses writes for `maxStallMs` fails the node.
import { backoffDelay, sleep, type BackoffOptions } from '../backoff.ts';
import type { OutRecord, ProducerPort } from '../kafka.ts';
import type { PartitionState } from './partition.ts';

interface Write {
  record: OutRecord;
  partition: PartitionState;
  resolve: () => void;
  reject: (err: Error) => void;
}

export interface DlqWriterOptions {
  producer: ProducerPort;
  topic: string;
  retry: BackoffOptions;
  maxStallMs: number;
  /** Aborted when the node stops: pending writes are then given up (their events stay uncommitted). */
  signal: AbortSignal;
  /** A send failed (`blocked: true`) or, after failing, succeeded (`blocked: false`). */
  onBlocked(partitions: PartitionState[], blocked: boolean, attempt: number, err?: Error): void;
}

export class DlqWriter {
  private queue: Write[] = [];
  private flushing: Promise<void> | undefined;

  constructor(private readonly options: DlqWriterOptions) {}

  /** Resolves once the record is acknowledged; rejects only when the node gives up on it. */
  write(record: OutRecord, partition: PartitionState): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ record, partition, resolve, reject });
      this.flushing ??= new Promise<void>((r) => setImmediate(r))
        .then(() => this.flush())
        .finally(() => (this.flushing = undefined));
    });
  }

  /** Settles when no write is in progress. */
  async idle(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      const partitions = [...new Set(batch.map((w) => w.partition))];
      const started = Date.now();
      let failed = false;
      for (let attempt = 1; ; attempt++) {
        try {
          await this.options.producer.sendBatch([
            { topic: this.options.topic, messages: batch.map((w) => w.record) },
          ]);
          break;
        } catch (err) {
          failed = true;
          const error = err instanceof Error ? err : new Error(String(err));
          this.options.onBlocked(partitions, true, attempt, error);
          const stalled = Date.now() - started > this.options.maxStallMs;
          if (!stalled) await sleep(backoffDelay(attempt, this.options.retry), this.options.signal);
          if (stalled || this.options.signal.aborted) {
            for (const w of [...batch, ...this.queue.splice(0)]) w.reject(error);
            return;
          }
        }
      }
      if (failed) this.options.onBlocked(partitions, false, 0);
      for (const w of batch) w.resolve();
    }
  }
}
