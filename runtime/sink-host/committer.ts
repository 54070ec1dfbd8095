// Commits each partition's watermark as it advances. One commit is in flight at a time; while deliveries
// keep moving the watermarks, at most one commit per `intervalMs` covers them all. A failed commit is
// retried (later watermarks include it), never fatal: the worst case is re-delivery after a restart.
import type { Logger } from 'pino';
import type { ConsumerPort } from '../kafka.ts';
import type { Metrics } from '../metrics.ts';
import type { PartitionState } from './partition.ts';

export interface CommitterOptions {
  consumer: Pick<ConsumerPort, 'commitOffsets'>;
  partitions: () => Iterable<PartitionState>;
  metrics: Metrics;
  log: Logger;
  intervalMs: number;
  retryMs: number;
  /** Called after a partition's commit succeeded. */
  committed: (partition: PartitionState) => void;
}

export class Committer {
  private running: Promise<void> | undefined;
  private again = false;
  private stopping = false;

  constructor(private readonly options: CommitterOptions) {}

  /** A watermark moved: commit soon. */
  schedule(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.loop())
      .finally(() => (this.running = undefined));
  }

  /** The last commit: waits for the one in flight, then commits what is left once, without retrying. */
  async final(): Promise<void> {
    this.stopping = true;
    await this.running;
    await this.loop();
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      const offsets = [...this.options.partitions()]
        .map((ps) => ({ ps, offset: ps.watermark() }))
        .filter(({ ps, offset }) => offset !== undefined && offset !== ps.committed);
      if (offsets.length === 0) return;
      try {
        await this.options.consumer.commitOffsets(
          offsets.map(({ ps, offset }) => ({
            topic: ps.topic,
            partition: ps.partition,
            offset: String(offset),
          })),
        );
        for (const { ps, offset } of offsets) {
          ps.committed = offset;
          this.options.committed(ps);
        }
        if (this.again && !this.stopping) await delay(this.options.intervalMs);
      } catch (err) {
        this.options.metrics.error('commit', 'COMMIT_FAILED');
        this.options.log.warn(
          { code: 'COMMIT_FAILED', err: { message: err instanceof Error ? err.message : String(err) } },
          'offset commit failed; will retry',
        );
        if (this.stopping) return; // the next run re-delivers from the last commit that succeeded
        await delay(this.options.retryMs);
        this.again = true;
      }
    } while (this.again);
  }
}

/** Unref'd: a pending commit alone must not keep alive a process whose consumer is gone. */
function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
