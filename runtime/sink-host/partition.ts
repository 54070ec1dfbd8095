// What the sink host knows about one input partition: the records it accepted and has not finished, one
// queue per key (a key's next event waits for the previous one), and the contiguous watermark — the
// smallest offset not yet finished — which is the only offset ever committed.
import type { Envelope } from '../component.ts';
import type { KafkaMessage } from '../kafka.ts';

export interface Pending {
  readonly partition: PartitionState;
  readonly message: KafkaMessage;
  readonly offset: bigint;
  readonly key: string;
  envelope?: Envelope;
  /** The envelope as JSON, exactly the bytes sent and signed. */
  body?: Buffer;
  /** Requests made (the `X-Ingestlayer-Attempt` of the last one). */
  attempts: number;
  /** Failed attempts charged to `retry.maxAttempts`; probes of an open circuit are not charged. */
  charged: number;
  /** Set while it waits for its next attempt. */
  retryTimer?: NodeJS.Timeout;
  retryDueAt?: number;
  done: boolean;
  /** In its key's queue (undecodable and filtered-out events never are). */
  queued: boolean;
  /** The next event of the same key, which starts once this one finishes. */
  behind?: Pending;
}

export class PartitionState {
  readonly topic: string;
  readonly partition: number;
  /** One past the highest offset accepted; records below it that arrive again (a re-fetch) are skipped. */
  nextOffset: bigint | undefined;
  /** What the group resumes from, as last committed by this node. */
  committed: bigint | undefined;
  highWatermark = 0n;
  /** Accepted and not finished. */
  buffered = 0;
  /** A DLQ write for this partition failed: no new deliveries start until it succeeds. */
  blocked = false;
  /** Consumption of this partition is paused (as last requested by the host). */
  paused = false;
  /** Set while a batch of this partition waits for the backlog to drain. */
  onDrained: (() => void) | undefined;
  /** Ready events held back while blocked. */
  readonly parked: Pending[] = [];

  // Accepted records in offset order; `head` is the first one not yet passed by the watermark. Slots the
  // watermark passed are cleared, so finished events die young instead of outliving a garbage
  // collection or two in this array (which made them old-generation garbage).
  private order: (Pending | undefined)[] = [];
  private head = 0;
  // Per key, the last event in its queue; the queue itself is linked through `behind`, so an event whose
  // key has nothing else in flight (nearly every one) costs one map entry and no array.
  private readonly lastOfKey = new Map<string, Pending>();
  // Batches accepted and not yet committed: when each was handed over, and the offset that covers it.
  private batches: { end: bigint; startedAt: number }[] = [];

  constructor(topic: string, partition: number) {
    this.topic = topic;
    this.partition = partition;
  }

  /** True when the record was accepted before (kafkajs re-fetches from the committed offset after a rejoin). */
  seen(offset: bigint): boolean {
    return this.nextOffset !== undefined && offset < this.nextOffset;
  }

  /** `offset`: the message's offset, parsed once by the caller. */
  accept(message: KafkaMessage, offset: bigint): Pending {
    // A record without a key has no order to keep: it gets a key of its own.
    const key = message.key ? message.key.toString('latin1') : `\0${message.offset}`;
    // Every field set here, so every pending has one shape from the start.
    const pending: Pending = {
      partition: this,
      message,
      offset,
      key,
      envelope: undefined,
      body: undefined,
      attempts: 0,
      charged: 0,
      retryTimer: undefined,
      retryDueAt: undefined,
      done: false,
      queued: false,
      behind: undefined,
    };
    this.order.push(pending);
    this.nextOffset = offset + 1n;
    this.buffered += 1;
    return pending;
  }

  /** Puts an event in its key's queue; true when it is first in line and may start now. */
  enqueue(pending: Pending): boolean {
    pending.queued = true;
    const last = this.lastOfKey.get(pending.key);
    this.lastOfKey.set(pending.key, pending);
    if (last === undefined) return true;
    last.behind = pending;
    return false;
  }

  /**
   * Marks an event finished (delivered, filtered out, or acknowledged by the DLQ); returns the next event
   * of its key, which may start now.
   */
  finish(pending: Pending): Pending | undefined {
    if (pending.done) return undefined;
    pending.done = true;
    // An event finished out of order waits here for the watermark; only its offset matters now.
    pending.envelope = undefined;
    pending.body = undefined;
    this.buffered -= 1;
    // A queued event finishes only first in line (it started, or was dead-lettered, only then).
    let next: Pending | undefined;
    if (pending.queued) {
      next = pending.behind;
      pending.behind = undefined;
      if (next === undefined) this.lastOfKey.delete(pending.key);
    }
    while (this.head < this.order.length && this.order[this.head]!.done) this.order[this.head++] = undefined;
    if (this.head === this.order.length) {
      this.order.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.order.length) {
      this.order = this.order.slice(this.head);
      this.head = 0;
    }
    return next;
  }

  /** A batch handed over at `startedAt` (performance.now()) was accepted up to the last record accepted. */
  batchAccepted(startedAt: number): void {
    if (this.nextOffset !== undefined) this.batches.push({ end: this.nextOffset, startedAt });
  }

  /** The start times of the batches the committed offset now covers (each is reported once). */
  takeCommittedBatches(): number[] {
    const committed = this.committed;
    if (committed === undefined || this.batches.length === 0 || this.batches[0]!.end > committed) return [];
    const covered = this.batches.findIndex((b) => b.end > committed);
    const taken = covered === -1 ? this.batches : this.batches.slice(0, covered);
    this.batches = covered === -1 ? [] : this.batches.slice(covered);
    return taken.map((b) => b.startedAt);
  }

  /**
   * Records up to `offset` that no batch showed (transaction markers, aborted records of an exactly-once
   * step's output) count as finished: the watermark passes them once everything before them is done.
   */
  passHidden(offset: bigint) {
    if (this.nextOffset === undefined || offset + 1n > this.nextOffset) this.nextOffset = offset + 1n;
  }

  /** The offset to commit: everything below it is finished. Undefined before the first record. */
  watermark(): bigint | undefined {
    return this.order[this.head]?.offset ?? this.nextOffset;
  }

  /** Events accepted and not finished, oldest first. */
  unfinished(): Pending[] {
    return this.order.slice(this.head).filter((p): p is Pending => p !== undefined && !p.done);
  }
}
