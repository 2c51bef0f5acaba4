/** A small least-recently-used cache (Kafka's LRUCache): holds at most `maxSize` entries, none when <= 0. */
export class LruCache<K, V> {
  readonly #entries = new Map<K, V>();
  /** The key last read or written (the last in `#entries`' order while it is there). */
  #mostRecent: K | undefined;
  readonly maxSize: number;

  constructor(maxSize: number) {
    this.maxSize = maxSize;
  }

  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    // The most recently used key is already last: nothing to move (the common case, record after record).
    if (value !== undefined && key !== this.#mostRecent) {
      this.#mostRecent = key;
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.#mostRecent = key;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    while (this.#entries.size > Math.max(0, this.maxSize)) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}
