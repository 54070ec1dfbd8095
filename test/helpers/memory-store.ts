// Map-backed KeyValueStores for tests: the contract the runtime backs with a compacted topic. Every
// `open(name)` returns a new handle over the same named map, so two components opened from one
// `MemoryStores` play replicas (or a node before and after a restart) sharing one store.
import type { KeyValueStore } from '../../runtime/component.ts';

export class MemoryStore implements KeyValueStore {
  readonly entries: Map<string, string>;
  closed = false;

  constructor(entries = new Map<string, string>()) {
    this.entries = entries;
  }

  get(key: string): string | undefined {
    return this.entries.get(key);
  }

  async set(key: string, value: string): Promise<void> {
    if (this.closed) throw new Error('store is closed');
    this.entries.set(key, value);
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

export class MemoryStores {
  readonly maps = new Map<string, Map<string, string>>();
  /** Names passed to `open`, in order. */
  readonly opened: string[] = [];

  /** Usable as `ComponentContext.openStore`. */
  readonly open = async (name: string): Promise<MemoryStore> => {
    this.opened.push(name);
    let map = this.maps.get(name);
    if (!map) this.maps.set(name, (map = new Map()));
    return new MemoryStore(map);
  };
}
