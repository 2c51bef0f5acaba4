/**
 * Java's `HashMap` / `HashSet` iteration order. Apache Connect returns several lists in this order (validation
 * entries for undefined keys, converter sub-config results, the valid values printed by `CaseInsensitiveValidString`),
 * and its transformations build schemaless results in `new HashMap<>(...)`, which JsonConverter writes in iteration
 * order; reproducing Connect's output byte for byte needs the same bucket layout.
 *
 * The table is simulated as the JDK (8 and later) builds it: power-of-two capacity, load factor 0.75, the hash
 * spread `h ^ (h >>> 16)`, new entries appended to their bucket, order kept when a resize splits a bucket, and a
 * resize instead of a tree when a bucket outgrows 8 entries in a table smaller than 64.
 * Known limit: buckets that do turn into trees (9+ colliding keys in a table of 64 or more) are not modelled.
 *
 * Keys hash like their Java counterparts: strings (String.hashCode), bigint (Long), number (Double), boolean; any
 * other key hashes to 0.
 *
 * Only the presizing of copies differs between JDKs (JDK-8281631, fixed in 19): `new HashMap<>(Map)` asks for
 * `(int) (size / 0.75f + 1)` buckets on JDK 17 and `ceil(size / 0.75)` on JDK 19 and later, and `new
 * HashSet<>(Collection)` for `max((int) (size / .75f) + 1, 16)` and `ceil(max(size, 12) / 0.75)` (measured with
 * OpenJDK 17.0.15 and 25.0.3: a copy of 6 entries has 16 buckets on 17 and 8 on 25, one of 12 has 32 and 16).
 * Which JDK to follow is the caller's choice ({@link JavaHashSizing}): the config/validation vectors were recorded
 * on Java 17, the transformation vectors on JDK 25.
 */
import { javaStringHash } from './java-text.ts';

const DEFAULT_CAPACITY = 16;
const TREEIFY_THRESHOLD = 8;
const MIN_TREEIFY_CAPACITY = 64;

/** Whose rule presizes copies: JDK 17 (`s / 0.75f + 1`) or JDK 19 and later (`ceil(s / 0.75)`). */
export type JavaHashSizing = 'jdk17' | 'jdk19';

/** `HashMap.tableSizeFor`: the smallest power of two >= n (at least 1). */
function tableSizeFor(n: number): number {
  let size = 1;
  while (size < n) size *= 2;
  return size;
}

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

function spread(h: number): number {
  return (h ^ (h >>> 16)) | 0;
}

function sameKey(a: unknown, b: unknown): boolean {
  return typeof a === 'number' && typeof b === 'number' ? Object.is(a, b) : a === b;
}

/** The initial capacity `new HashMap<>(Map m)` presizes to for a map of `size` entries (undefined: none). */
export function javaHashMapCopyCapacity(size: number, sizing: JavaHashSizing = 'jdk17'): number | undefined {
  if (size === 0) return undefined;
  return sizing === 'jdk17' ? Math.floor(Math.fround(Math.fround(size / 0.75) + 1)) : Math.ceil(size / 0.75);
}

/** The initial capacity `new HashSet<>(Collection c)` asks its map for. */
export function javaHashSetCopyCapacity(size: number, sizing: JavaHashSizing = 'jdk17'): number {
  return sizing === 'jdk17'
    ? Math.max(Math.floor(Math.fround(size / 0.75)) + 1, DEFAULT_CAPACITY)
    : Math.ceil(Math.max(size, 12) / 0.75);
}

export interface JavaHashMapOptions {
  /** As in `new HashMap<>(initialCapacity)`; omitted means `new HashMap<>()`. */
  readonly initialCapacity?: number;
}

type Entry<V> = { readonly key: unknown; value: V; readonly hash: number };

/** A simulated `java.util.HashMap`: values, replacement in place, removal, and Java's iteration order. */
export class JavaHashMap<V = unknown> {
  private capacity = 0;
  private threshold: number;
  private count = 0;
  private buckets: Entry<V>[][] = [];

  /** `new HashMap<>()`, or `new HashMap<>(initialCapacity)`. */
  constructor(initialCapacity?: number) {
    this.threshold = initialCapacity === undefined ? 0 : tableSizeFor(initialCapacity);
  }

  /** `new HashMap<>(source)` for a source iterating these entries, presized as `sizing`'s JDK does. */
  static copyOf<V>(entries: readonly (readonly [unknown, V])[], sizing: JavaHashSizing): JavaHashMap<V> {
    const map = new JavaHashMap<V>(javaHashMapCopyCapacity(entries.length, sizing));
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

  /** Keys in `keySet()` order. */
  keys(): unknown[] {
    return this.buckets.flatMap((bucket) => bucket.map((e) => e.key));
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

/** A simulated `java.util.HashMap<String, ?>` that only tracks key order. */
export class JavaHashOrder {
  private readonly map: JavaHashMap<true>;

  constructor(options: JavaHashMapOptions = {}) {
    this.map = new JavaHashMap<true>(options.initialCapacity);
  }

  /** `map.put(key, ...)`: a key already present keeps its place. */
  add(key: string): this {
    this.map.put(key, true);
    return this;
  }

  addAll(keys: Iterable<string>): this {
    for (const key of keys) this.add(key);
    return this;
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  /** The keys as `map.keySet()` iterates them. */
  keys(): string[] {
    return this.map.keys() as string[];
  }
}

/** The order of `map.keySet()` after putting `keys` in order into a `new HashMap<>()` (or with a capacity). */
export function javaHashMapOrder(keys: Iterable<string>, options: JavaHashMapOptions = {}): string[] {
  return new JavaHashOrder(options).addAll(keys).keys();
}

/** The order of `new HashMap<>(source).keySet()` where `source` iterates `keys` in this order. */
export function javaHashMapCopyOrder(keys: readonly string[], sizing: JavaHashSizing = 'jdk17'): string[] {
  const capacity = javaHashMapCopyCapacity(keys.length, sizing);
  return javaHashMapOrder(keys, capacity === undefined ? {} : { initialCapacity: capacity });
}

/** The order `new HashSet<>(collection)` iterates distinct elements in. */
export function javaHashSetOrder<T>(items: readonly T[], sizing: JavaHashSizing): T[] {
  const map = new JavaHashMap<true>(javaHashSetCopyCapacity(items.length, sizing));
  for (const item of items) map.put(item, true);
  return map.keys() as T[];
}
