// An in-memory Kafka behind the host's KafkaPort, so tests run the real host (commit, DLQ, retry and
// shutdown code paths) without a broker. It models what those semantics depend on: partitions, per-group
// committed offsets, fetch positions that advance only on resolveOffset, pause/resume, a kill that abandons a
// consumer without committing, and transactions (records and offsets applied together at commit; a producer
// with the same transactional id fences the earlier one). Real-broker tests exist besides these, never instead.
import type {
  AdminPort,
  BatchPayload,
  ConsumerOptions,
  ConsumerPort,
  IHeaders,
  KafkaMessage,
  KafkaPort,
  OutRecord,
  ProducerOptions,
  ProducerPort,
  TransactionPort,
} from '../../runtime/kafka.ts';

interface StoredRecord {
  key: Buffer | null;
  value: Buffer | null;
  headers: IHeaders;
  timestamp: string;
  /** A transaction marker: takes an offset, never reaches a consumer's batch. */
  marker?: true;
}

const toBuffer = (v: Buffer | string | null): Buffer | null =>
  v === null ? null : Buffer.isBuffer(v) ? v : Buffer.from(v);

export class MemoryKafka implements KafkaPort {
  readonly topics = new Map<string, StoredRecord[][]>();
  readonly committed = new Map<string, Map<string, bigint>>();
  private readonly waiters = new Set<() => void>();
  /** Number of upcoming sendBatch calls that fail (to test produce/DLQ failure handling). */
  failSends = 0;
  /** Topics whose sends fail while listed. */
  readonly failingTopics = new Set<string>();
  /** Transactions committed, per transactional id. */
  readonly transactionsCommitted = new Map<string, number>();
  private readonly epochs = new Map<string, number>();
  readonly defaultPartitions: number;
  readonly maxBatch: number;

  constructor(options: { partitions?: number; maxBatch?: number } = {}) {
    this.defaultPartitions = options.partitions ?? 2;
    this.maxBatch = options.maxBatch ?? 50;
  }

  createTopic(name: string, partitions = this.defaultPartitions) {
    if (!this.topics.has(name))
      this.topics.set(
        name,
        Array.from({ length: partitions }, () => []),
      );
    return this.topics.get(name)!;
  }

  /** Appends a record as a producer would (key-hash partitioning, unless a partition is given). */
  append(topic: string, record: OutRecord, explicitPartition?: number) {
    const partitions = this.createTopic(topic);
    const key = toBuffer(record.key);
    const partition =
      explicitPartition ?? (key ? hash(key) % partitions.length : roundRobin++ % partitions.length);
    partitions[partition]!.push({
      key,
      value: toBuffer(record.value),
      headers: { ...(record.headers ?? {}) },
      timestamp: String(Date.now()),
    });
    for (const wake of this.waiters) wake();
  }

  /** Appends a transaction marker, as a transactional producer's commit does after its records. */
  appendMarker(topic: string, partition: number) {
    this.createTopic(topic)[partition]!.push({
      key: null,
      value: null,
      headers: {},
      timestamp: String(Date.now()),
      marker: true,
    });
    for (const wake of this.waiters) wake();
  }

  records(topic: string): (StoredRecord & { partition: number; offset: number })[] {
    return (this.topics.get(topic) ?? []).flatMap((p, partition) =>
      p.flatMap((r, offset) => (r.marker ? [] : [{ ...r, partition, offset }])),
    );
  }

  /** JSON values of a topic, in partition then offset order. */
  values<T = unknown>(topic: string): T[] {
    return this.records(topic).map((r) => JSON.parse(r.value!.toString()) as T);
  }

  committedOffset(group: string, topic: string, partition: number): bigint | undefined {
    return this.committed.get(group)?.get(`${topic}/${partition}`);
  }

  /** Records of `topic` not yet committed by `group`. */
  lag(group: string, topic: string): number {
    return (this.topics.get(topic) ?? []).reduce(
      (sum, p, i) => sum + p.length - Number(this.committedOffset(group, topic, i) ?? 0n),
      0,
    );
  }

  waitForData(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
    });
  }

  /**
   * A client "process": its consumers and producers die together on kill(), like a node after kill -9 —
   * nothing in flight is produced or committed after that.
   */
  session(): KafkaPort & { kill(): void; killAfterSends(n: number): void } {
    const consumers: MemoryConsumer[] = [];
    const kill = () => {
      state.killed = true;
      for (const c of consumers) c.kill();
    };
    const state: SessionState = { killed: false, killAfterSends: Infinity, kill };
    return {
      consumer: (options) => {
        const c = this.consumer(options);
        consumers.push(c);
        return c;
      },
      producer: (options) => this.producerFor(state, options),
      admin: () => this.admin(),
      kill,
      /** Dies right after the n-th send is acknowledged: before its batch's offset can be committed. */
      killAfterSends: (n) => void (state.killAfterSends = n),
    };
  }

  producer(options?: ProducerOptions): ProducerPort {
    return this.producerFor({ killed: false, killAfterSends: Infinity, kill: () => undefined }, options);
  }

  private producerFor(state: SessionState, options?: ProducerOptions): ProducerPort {
    const id = options?.transactionalId;
    let epoch = 0;
    /** Throws what the send would fail with: a killed process, an injected failure. */
    const refuse = (topicMessages: { topic: string }[]) => {
      if (state.killed) throw new Error('process was killed');
      if (this.failSends > 0) {
        this.failSends -= 1;
        throw new Error('injected produce failure');
      }
      if (topicMessages.some((t) => this.failingTopics.has(t.topic)))
        throw new Error('injected produce failure');
    };
    const acknowledged = () => {
      if (--state.killAfterSends <= 0) state.kill();
    };
    return {
      connect: async () => {
        // Like initTransactions: this producer's epoch fences every earlier one with the same id.
        if (id !== undefined) this.epochs.set(id, (epoch = (this.epochs.get(id) ?? 0) + 1));
      },
      disconnect: async () => undefined,
      sendBatch: async (topicMessages) => {
        await Promise.resolve();
        refuse(topicMessages);
        for (const { topic, messages } of topicMessages) for (const m of messages) this.append(topic, m);
        acknowledged();
      },
      transaction: async (): Promise<TransactionPort> => {
        if (id === undefined) throw new Error('not a transactional producer');
        const sends: { topic: string; messages: OutRecord[] }[] = [];
        const offsets: { group: string; topic: string; partition: number; offset: bigint }[] = [];
        return {
          sendBatch: async (topicMessages) => {
            await Promise.resolve();
            refuse(topicMessages);
            sends.push(...topicMessages);
            acknowledged();
          },
          sendOffsets: async ({ consumerGroupId, topics }) => {
            for (const t of topics)
              for (const p of t.partitions)
                offsets.push({ group: consumerGroupId, ...t, ...p, offset: BigInt(p.offset) });
          },
          commit: async () => {
            await Promise.resolve();
            if (state.killed) throw new Error('process was killed');
            if (this.epochs.get(id) !== epoch) throw new Error('producer fenced by a newer one');
            for (const { topic, messages } of sends) for (const m of messages) this.append(topic, m);
            for (const o of offsets) this.commitOffset(o.group, o.topic, o.partition, o.offset);
            this.transactionsCommitted.set(id, (this.transactionsCommitted.get(id) ?? 0) + 1);
          },
          abort: async () => undefined,
        };
      },
    };
  }

  commitOffset(group: string, topic: string, partition: number, offset: bigint) {
    let offsets = this.committed.get(group);
    if (!offsets) this.committed.set(group, (offsets = new Map()));
    offsets.set(`${topic}/${partition}`, offset);
  }

  consumer(options: ConsumerOptions): MemoryConsumer {
    return new MemoryConsumer(this, options.groupId);
  }

  admin(): AdminPort {
    const unsupported = async () => {
      throw new Error('not modelled by the in-memory driver');
    };
    return {
      connect: async () => undefined,
      disconnect: async () => undefined,
      createTopics: async ({ topics }) => {
        for (const t of topics) this.createTopic(t.topic, t.numPartitions ?? this.defaultPartitions);
        return true;
      },
      listTopics: async () => [...this.topics.keys()],
      fetchTopicOffsets: unsupported,
      fetchOffsets: unsupported,
      fetchTopicMetadata: unsupported,
    } as AdminPort;
  }
}

let roundRobin = 0;

function hash(buffer: Buffer): number {
  let h = 0x811c9dc5;
  for (const byte of buffer) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h;
}

export class MemoryConsumer implements ConsumerPort {
  private topicsSubscribed: string[] = [];
  private fromBeginning = true;
  private running = false;
  private killed = false;
  private loop: Promise<void> | undefined;
  private readonly positions = new Map<string, bigint>();
  private readonly paused = new Set<string>();
  private joinListeners: (() => void)[] = [];
  private hiddenListeners: ((batch: { topic: string; partition: number; lastOffset: string }) => void)[] = [];

  constructor(
    private readonly kafka: MemoryKafka,
    readonly groupId: string,
  ) {}

  async connect() {}

  async subscribe(s: { topics: string[]; fromBeginning: boolean }) {
    this.topicsSubscribed.push(...s.topics);
    this.fromBeginning = s.fromBeginning;
    for (const t of s.topics) this.kafka.createTopic(t);
  }

  async run(config: {
    partitionsConsumedConcurrently: number;
    eachBatch: (payload: BatchPayload) => Promise<void>;
  }) {
    this.running = true;
    for (const l of this.joinListeners) l();
    this.loop = this.fetchLoop(config.eachBatch);
  }

  private async fetchLoop(eachBatch: (payload: BatchPayload) => Promise<void>) {
    while (this.running) {
      let delivered = false;
      for (const topic of this.topicsSubscribed) {
        const partitions = this.kafka.topics.get(topic) ?? [];
        for (let partition = 0; partition < partitions.length && this.running; partition++) {
          const tp = `${topic}/${partition}`;
          if (this.paused.has(tp) || this.paused.has(topic)) continue;
          const log = partitions[partition]!;
          const start =
            this.positions.get(tp) ??
            this.kafka.committedOffset(this.groupId, topic, partition) ??
            (this.fromBeginning ? 0n : BigInt(log.length));
          this.positions.set(tp, start);
          if (start >= BigInt(log.length)) continue;
          const fetched = log.slice(Number(start), Number(start) + this.kafka.maxBatch);
          const lastOffset = String(start + BigInt(fetched.length - 1));
          const messages: KafkaMessage[] = fetched.flatMap((r, i) =>
            r.marker
              ? []
              : [
                  {
                    key: r.key,
                    value: r.value,
                    headers: r.headers,
                    timestamp: r.timestamp,
                    attributes: 0,
                    offset: String(start + BigInt(i)),
                  },
                ],
          );
          delivered = true;
          if (messages.length === 0) {
            // Like kafkajs: resolved past, reported, never handed to eachBatch.
            this.positions.set(tp, BigInt(lastOffset) + 1n);
            for (const l of this.hiddenListeners) l({ topic, partition, lastOffset });
            continue;
          }
          const lastVisible = messages[messages.length - 1]!.offset;
          await eachBatch({
            batch: {
              topic,
              partition,
              highWatermark: String(log.length),
              messages,
              lastOffset: () => lastOffset,
            },
            resolveOffset: (offset) => {
              // Like kafkajs: resolving the last visible record resolves the markers after it too.
              const resolved = offset === lastVisible ? lastOffset : offset;
              if (!this.killed) this.positions.set(tp, BigInt(resolved) + 1n);
            },
            heartbeat: async () => undefined,
            isRunning: () => this.running,
            isStale: () => false,
          });
          // Like kafkajs: an unresolved batch is fetched again from its start.
        }
      }
      if (!delivered) await this.kafka.waitForData(20);
    }
  }

  async commitOffsets(offsets: { topic: string; partition: number; offset: string }[]) {
    if (this.killed) throw new Error('consumer was killed');
    for (const o of offsets) this.kafka.commitOffset(this.groupId, o.topic, o.partition, BigInt(o.offset));
  }

  pause(topics: { topic: string; partitions?: number[] }[]) {
    for (const t of topics) for (const key of tpKeys(t)) this.paused.add(key);
  }

  resume(topics: { topic: string; partitions?: number[] }[]) {
    for (const t of topics) for (const key of tpKeys(t)) this.paused.delete(key);
  }

  async stop() {
    this.running = false;
    await this.loop;
  }

  async disconnect() {
    await this.stop();
  }

  /** Like kill -9: stops at once, commits nothing more, does not wait for the batch in flight. */
  kill() {
    this.killed = true;
    this.running = false;
  }

  onGroupJoin(listener: () => void) {
    this.joinListeners.push(listener);
  }

  onCrash() {}

  onHiddenBatch(listener: (batch: { topic: string; partition: number; lastOffset: string }) => void) {
    this.hiddenListeners.push(listener);
  }
}

interface SessionState {
  killed: boolean;
  /** Sends left before the session dies (see killAfterSends). */
  killAfterSends: number;
  kill(): void;
}

function tpKeys(t: { topic: string; partitions?: number[] }): string[] {
  return t.partitions ? t.partitions.map((p) => `${t.topic}/${p}`) : [t.topic];
}
