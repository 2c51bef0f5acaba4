/**
 * The iteration order of Java's `HashMap` / `HashSet` with String keys. Apache Connect returns several lists in
 * this order (validation entries for undefined keys, converter sub-config results, the valid values printed by
 * `CaseInsensitiveValidString`), so reproducing its output byte for byte needs it.
 *
 * The table is simulated as the JDK (8 and later) builds it: power-of-two capacity, load factor 0.75, the hash
 * spread `h ^ (h >>> 16)`, new entries appended to their bucket, order kept when a resize splits a bucket, and a
 * resize instead of a tree when a bucket outgrows 8 entries in a table smaller than 64.
 * Known limit: buckets that do turn into trees (9+ colliding keys in a table of 64 or more) are not modelled.
 */
import { javaStringHash } from './java-text.ts';

const DEFAULT_CAPACITY = 16;
const TREEIFY_THRESHOLD = 8;
const MIN_TREEIFY_CAPACITY = 64;

/** `HashMap.tableSizeFor`: the smallest power of two >= n (at least 1). */
function tableSizeFor(n: number): number {
  let size = 1;
  while (size < n) size *= 2;
  return size;
}

function bucketOf(key: string, capacity: number): number {
  const h = javaStringHash(key);
  return (h ^ (h >>> 16)) & (capacity - 1);
}

export interface JavaHashMapOptions {
  /** As in `new HashMap<>(initialCapacity)`; omitted means `new HashMap<>()`. */
  readonly initialCapacity?: number;
}

/** A simulated `java.util.HashMap<String, ?>` that only tracks key order. */
export class JavaHashOrder {
  private capacity = 0;
  private threshold: number;
  private size = 0;
  private buckets: string[][] = [];
  private readonly present = new Set<string>();

  constructor(options: JavaHashMapOptions = {}) {
    this.threshold = options.initialCapacity === undefined ? 0 : tableSizeFor(options.initialCapacity);
  }

  /** `map.put(key, ...)`: a key already present keeps its place. */
  add(key: string): this {
    if (this.capacity === 0) this.resize();
    if (this.present.has(key)) return this;
    this.present.add(key);
    const bucket = this.buckets[bucketOf(key, this.capacity)] as string[];
    bucket.push(key);
    if (bucket.length > TREEIFY_THRESHOLD && this.capacity < MIN_TREEIFY_CAPACITY) this.resize();
    if (++this.size > this.threshold) this.resize();
    return this;
  }

  addAll(keys: Iterable<string>): this {
    for (const key of keys) this.add(key);
    return this;
  }

  has(key: string): boolean {
    return this.present.has(key);
  }

  /** The keys as `map.keySet()` iterates them. */
  keys(): string[] {
    return this.buckets.flat();
  }

  private resize(): void {
    let newCapacity: number;
    if (this.capacity > 0) {
      newCapacity = this.capacity * 2;
    } else if (this.threshold > 0) {
      newCapacity = this.threshold;
    } else {
      newCapacity = DEFAULT_CAPACITY;
    }
    this.threshold = Math.floor(newCapacity * 0.75);
    const next: string[][] = Array.from({ length: newCapacity }, () => []);
    for (const bucket of this.buckets) {
      for (const key of bucket) (next[bucketOf(key, newCapacity)] as string[]).push(key);
    }
    this.buckets = next;
    this.capacity = newCapacity;
  }
}

/** The order of `map.keySet()` after putting `keys` in order into a `new HashMap<>()` (or with a capacity). */
export function javaHashMapOrder(keys: Iterable<string>, options: JavaHashMapOptions = {}): string[] {
  return new JavaHashOrder(options).addAll(keys).keys();
}

/** The initial capacity `new HashMap<>(Map m)` presizes to for a map of `size` entries. */
export function javaHashMapCopyCapacity(size: number): number | undefined {
  if (size === 0) return undefined;
  return Math.floor(Math.fround(Math.fround(size / 0.75) + 1));
}

/** The order of `new HashMap<>(source).keySet()` where `source` iterates `keys` in this order. */
export function javaHashMapCopyOrder(keys: readonly string[]): string[] {
  const capacity = javaHashMapCopyCapacity(keys.length);
  return javaHashMapOrder(keys, capacity === undefined ? {} : { initialCapacity: capacity });
}
