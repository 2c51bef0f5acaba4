/**
 * Java's `HashMap` key order, with values and removal. Apache's transformations build schemaless results in
 * `new HashMap<>(...)`, and JsonConverter writes a map in its iteration order, so the same bucket layout is needed to
 * produce the same bytes.
 *
 * Simulated as the JDK (19 and later: the JDK 21 of Apache's Docker images) builds the table: power-of-two capacity, load factor 0.75, the hash spread
 * `h ^ (h >>> 16)`, new entries appended to their bucket, order kept when a resize splits a bucket, and a resize
 * instead of a tree when a bucket outgrows 8 entries in a table smaller than 64 (trees themselves are not modelled).
 * Keys hash like their Java counterparts: strings (String.hashCode), bigint (Long), number (Double), boolean;
 * any other key hashes to 0.
 */
import { javaStringHash } from '../config/java-text.ts';

const DEFAULT_CAPACITY = 16;
const TREEIFY_THRESHOLD = 8;
const MIN_TREEIFY_CAPACITY = 64;

const doubleView = new DataView(new ArrayBuffer(8));

function longHash(value: bigint): number {
  const bits = BigInt.asUintN(64, value);
  return Number(BigInt.asIntN(32, bits ^ (bits >> 32n)));
}

/** Java's `hashCode()` of the boxed value a JavaScript key stands for. */
export function javaHashCode(key: unknown): number {
  switch (typeof key) {
    case 'string':
      return javaStringHash(key);
    case 'bigint':
      return longHash(key);
    case 'boolean':
      return key ? 1231 : 1237;
    case 'number': {
      doubleView.setFloat64(0, Number.isNaN(key) ? Number.NaN : key);
      return longHash(doubleView.getBigInt64(0));
    }
    default:
      return 0;
  }
}

function sameKey(a: unknown, b: unknown): boolean {
  return typeof a === 'number' && typeof b === 'number' ? Object.is(a, b) : a === b;
}

function tableSizeFor(n: number): number {
  let size = 1;
  while (size < n) size *= 2;
  return size;
}

/** `HashMap.calculateHashMapCapacity` (JDK 19 and later, as the JDK 21 of Apache's images). */
function capacityFor(mappings: number): number {
  return Math.ceil(mappings / 0.75);
}

type Entry<V> = { readonly key: unknown; value: V; readonly hash: number };

export class JavaHashMap<V = unknown> {
  private capacity = 0;
  private threshold: number;
  private count = 0;
  private buckets: Entry<V>[][] = [];

  /** `new HashMap<>()`, or `new HashMap<>(initialCapacity)`. */
  constructor(initialCapacity?: number) {
    this.threshold = initialCapacity === undefined ? 0 : tableSizeFor(initialCapacity);
  }

  /** `new HashMap<>(source)` for a source iterating these entries. */
  static copyOf<V>(entries: readonly (readonly [unknown, V])[]): JavaHashMap<V> {
    const map = new JavaHashMap<V>(entries.length === 0 ? undefined : capacityFor(entries.length));
    for (const [key, value] of entries) map.put(key, value);
    return map;
  }

  get size(): number {
    return this.count;
  }

  private find(key: unknown): Entry<V> | undefined {
    if (this.capacity === 0) return undefined;
    const hash = spread(javaHashCode(key));
    return this.buckets[hash & (this.capacity - 1)]?.find((e) => e.hash === hash && sameKey(e.key, key));
  }

  has(key: unknown): boolean {
    return this.find(key) !== undefined;
  }

  get(key: unknown): V | undefined {
    return this.find(key)?.value;
  }

  /** `map.put(key, value)`: an existing key keeps its place. */
  put(key: unknown, value: V): this {
    if (this.capacity === 0) this.resize();
    const existing = this.find(key);
    if (existing !== undefined) {
      existing.value = value;
      return this;
    }
    const hash = spread(javaHashCode(key));
    const bucket = this.buckets[hash & (this.capacity - 1)] as Entry<V>[];
    bucket.push({ key, value, hash });
    if (bucket.length > TREEIFY_THRESHOLD && this.capacity < MIN_TREEIFY_CAPACITY) this.resize();
    if (++this.count > this.threshold) this.resize();
    return this;
  }

  remove(key: unknown): this {
    if (this.capacity === 0) return this;
    const hash = spread(javaHashCode(key));
    const bucket = this.buckets[hash & (this.capacity - 1)] as Entry<V>[];
    const index = bucket.findIndex((e) => e.hash === hash && sameKey(e.key, key));
    if (index >= 0) {
      bucket.splice(index, 1);
      this.count--;
    }
    return this;
  }

  /** Entries in `entrySet()` order. */
  entries(): [unknown, V][] {
    return this.buckets.flatMap((bucket) => bucket.map((e) => [e.key, e.value] as [unknown, V]));
  }

  /** A JavaScript Map holding the entries in Java's iteration order. */
  toMap(): Map<unknown, V> {
    return new Map(this.entries());
  }

  private resize(): void {
    let newCapacity: number;
    if (this.capacity > 0) newCapacity = this.capacity * 2;
    else if (this.threshold > 0) newCapacity = this.threshold;
    else newCapacity = DEFAULT_CAPACITY;
    this.threshold = Math.floor(newCapacity * 0.75);
    const next: Entry<V>[][] = Array.from({ length: newCapacity }, () => []);
    for (const bucket of this.buckets) {
      for (const entry of bucket) (next[entry.hash & (newCapacity - 1)] as Entry<V>[]).push(entry);
    }
    this.buckets = next;
    this.capacity = newCapacity;
  }
}

function spread(h: number): number {
  return (h ^ (h >>> 16)) | 0;
}

/** The order `new HashSet<>(collection)` iterates distinct elements in (JDK 19 and later). */
export function javaHashSetOrder<T>(items: readonly T[]): T[] {
  const map = new JavaHashMap<true>(capacityFor(Math.max(items.length, 12)));
  for (const item of items) map.put(item, true);
  return map.entries().map(([key]) => key as T);
}
