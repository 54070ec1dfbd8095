// The label cache of the `ollama` provider: identical tickets reuse one model call.
//
// Lookup order: this node's LRU, then calls already in flight for the same key (identical concurrent
// misses share one call), then — with `shared: true` — the node's key-value store, which every replica
// reads and which survives restarts. Only labels the model gave are cached; an `onError` fallback is not,
// so a passing timeout does not pin a fallback label for a whole TTL.
import { createHash } from 'node:crypto';
import type { KeyValueStore } from '../../runtime/component.ts';
import type { Metrics } from '../../runtime/metrics.ts';
import type { Verdict } from './ollama.ts';

/** A sha256 over everything that decides the answer. `parts` must be JSON-serialisable. */
export function cacheKey(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

interface Entry {
  label: string;
  expiresAt: number;
}

/** Least recently used eviction plus a time to live; a `Map` keeps insertion order, which is the LRU order. */
export class LruCache {
  private readonly entries = new Map<string, Entry>();
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: { maxEntries: number; now: () => number }) {
    this.maxEntries = options.maxEntries;
    this.now = options.now;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): string | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.now()) return undefined;
    this.entries.set(key, entry);
    return entry.label;
  }

  set(key: string, label: string, expiresAt: number): void {
    if (this.maxEntries <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, { label, expiresAt });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }
}

export interface LabelCacheOptions {
  maxEntries: number;
  ttlMs: number;
  labels: readonly string[];
  metrics: Metrics;
  logger: { warn(obj: object, msg: string): void };
  now: () => number;
  /** Set with `shared: true`. */
  store?: KeyValueStore;
}

export class LabelCache {
  private readonly lru: LruCache;
  private readonly inFlight = new Map<string, Promise<Verdict>>();
  private readonly labels: ReadonlySet<string>;

  constructor(private readonly options: LabelCacheOptions) {
    this.lru = new LruCache({ maxEntries: options.maxEntries, now: options.now });
    this.labels = new Set(options.labels);
  }

  /** The cached label for `key`, or `compute()`'s verdict (cached when it is a label). */
  lookup(key: string, compute: () => Promise<Verdict>): Promise<Verdict> {
    const { metrics } = this.options;
    const cached = this.lru.get(key);
    if (cached !== undefined) {
      metrics.classifyCache('hit');
      return Promise.resolve({ kind: 'label', label: cached });
    }
    const pending = this.inFlight.get(key);
    if (pending !== undefined) {
      metrics.classifyCache('hit');
      return pending;
    }
    const shared = this.readShared(key);
    if (shared !== undefined) {
      metrics.classifyCache('shared');
      this.lru.set(key, shared.label, shared.expiresAt);
      return Promise.resolve({ kind: 'label', label: shared.label });
    }
    metrics.classifyCache('miss');
    const call = this.computeAndStore(key, compute).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, call);
    return call;
  }

  private async computeAndStore(key: string, compute: () => Promise<Verdict>): Promise<Verdict> {
    const verdict = await compute();
    if (verdict.kind !== 'label') return verdict;
    const at = this.options.now();
    this.lru.set(key, verdict.label, at + this.options.ttlMs);
    if (this.options.store) {
      // Awaited so the label is in the store before the event is committed; a failed write costs a
      // future model call, never this event.
      await this.options.store.set(key, JSON.stringify({ label: verdict.label, at })).catch(() => {
        this.options.logger.warn({ store: 'classify-cache' }, 'classify: shared cache write failed');
      });
    }
    return verdict;
  }

  private readShared(key: string): Entry | undefined {
    const raw = this.options.store?.get(key);
    if (raw === undefined) return undefined;
    try {
      const value = JSON.parse(raw) as { label?: unknown; at?: unknown };
      if (typeof value.label !== 'string' || !this.labels.has(value.label) || typeof value.at !== 'number') {
        return undefined;
      }
      const expiresAt = value.at + this.options.ttlMs;
      return expiresAt > this.options.now() ? { label: value.label, expiresAt } : undefined;
    } catch {
      return undefined;
    }
  }
}
