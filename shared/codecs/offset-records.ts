/**
 * Records of the offsets topic, as Apache's OffsetStorageWriter writes them: key `["<connector>",{partition}]`,
 * value the offset object, both schemaless JSON (JsonConverter, schemas.enable=false); a null value (tombstone)
 * deletes the partition's offset. Partition and offset values are primitives: strings, numbers, booleans, null
 * (bytes are written as base64 strings). An integral number is written as an integer (Java Long), any other
 * number as a double. Read back, integers are bigint and other numbers are number, as Java reads them as Long and
 * Double; compare with offsetMapsEqual / offsetPartitionId rather than by bytes.
 */

import { javaHashMapOrder } from '../config/java-hash-order.ts';
import { DataException } from '../data/errors.ts';
import { type DecodeResult, decoded, rejected } from './decode-result.ts';
import { isJsonObject, readInternalJson, writeInternalJson } from './internal-json.ts';

export type OffsetValue = string | number | bigint | boolean | null;
export type OffsetMap = Readonly<Record<string, OffsetValue>>;

export interface OffsetKey {
  readonly connector: string;
  /** The source partition; null when the key's partition element is null. */
  readonly partition: OffsetMap | null;
}

export interface OffsetEncodeOptions {
  /**
   * 'insertion' (default) writes map keys in the object's order; 'java-hashmap' in the order a Java HashMap would
   * iterate them, which is what a Java connector building its maps with HashMap writes.
   */
  readonly keyOrder?: 'insertion' | 'java-hashmap';
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'ARRAY';
  if (typeof value === 'object' && value !== null && !(value instanceof Uint8Array)) return 'MAP';
  return typeof value;
}

function isPrimitive(value: unknown): boolean {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'bigint' ||
    typeof value === 'boolean' ||
    value instanceof Uint8Array
  );
}

/** Validates like OffsetUtils.validateFormat and orders the entries for writing. */
function orderedMap(
  map: Readonly<Record<string, unknown>>,
  options: OffsetEncodeOptions,
): Map<string, unknown> {
  const keys = Object.keys(map);
  const ordered = options.keyOrder === 'java-hashmap' ? javaHashMapOrder(keys) : keys;
  const out = new Map<string, unknown>();
  for (const key of ordered) {
    const value = map[key];
    if (!isPrimitive(value)) {
      throw new DataException(
        `Offsets may only contain primitive types as values, but field ${key} contains ${typeName(value)}`,
      );
    }
    // Connectors keep positions as Java ints/longs: an integral number is written as an integer, not 30.0.
    out.set(
      key,
      typeof value === 'number' && Number.isSafeInteger(value) && !Object.is(value, -0)
        ? BigInt(value)
        : value,
    );
  }
  return out;
}

/** The offsets-topic key for a connector's source partition: ["<connector>",{partition}]. */
export function encodeOffsetKey(
  connector: string,
  partition: Readonly<Record<string, unknown>> | null,
  options: OffsetEncodeOptions = {},
): Uint8Array {
  return writeInternalJson(null, [connector, partition === null ? null : orderedMap(partition, options)]);
}

/** The offsets-topic value for an offset; null (a tombstone) for null. */
export function encodeOffsetValue(
  offset: Readonly<Record<string, unknown>> | null,
  options: OffsetEncodeOptions = {},
): Uint8Array | null {
  if (offset === null) return null;
  return writeInternalJson(null, orderedMap(offset, options));
}

function toOffsetMap(value: Record<string, unknown>, what: string): DecodeResult<OffsetMap> {
  for (const [key, item] of Object.entries(value)) {
    if (!isPrimitive(item)) {
      return rejected(
        `${what} may only contain primitive types as values, but field ${key} contains ${typeName(item)}`,
      );
    }
  }
  return decoded(value as OffsetMap);
}

/** Decodes an offsets-topic key (Apache's processPartitionKey rules). */
export function decodeOffsetKey(bytes: Uint8Array | null): DecodeResult<OffsetKey> {
  if (bytes === null) return rejected('offset partition key is null');
  const read = readInternalJson(bytes);
  if (!read.ok) return rejected(`offset partition key with unknown serialization: ${read.error}`);
  const key = read.value;
  if (!Array.isArray(key)) return rejected('offset partition key is not a JSON array');
  if (key.length !== 2) return rejected(`offset partition key has ${key.length} elements instead of 2`);
  const [connector, partition] = key as [unknown, unknown];
  if (typeof connector !== 'string')
    return rejected('first element of the offset partition key is not a string');
  if (partition === null) return decoded({ connector, partition: null });
  if (!isJsonObject(partition))
    return rejected('second element of the offset partition key is not an object');
  const map = toOffsetMap(partition, 'Partitions');
  return map.ok ? decoded({ connector, partition: map.value }) : map;
}

/** Decodes an offsets-topic value; null for a tombstone (or the JSON literal null). */
export function decodeOffsetValue(bytes: Uint8Array | null): DecodeResult<OffsetMap | null> {
  if (bytes === null) return decoded(null);
  const read = readInternalJson(bytes);
  if (!read.ok) return read;
  if (read.value === null) return decoded(null);
  if (!isJsonObject(read.value)) return rejected('Offsets must be specified as a Map');
  return toOffsetMap(read.value, 'Offsets');
}

function valuesEqual(a: OffsetValue, b: OffsetValue): boolean {
  if ((typeof a === 'bigint' || typeof a === 'number') && (typeof b === 'bigint' || typeof b === 'number')) {
    if (typeof a === 'number' && !Number.isInteger(a)) return a === b;
    if (typeof b === 'number' && !Number.isInteger(b)) return false;
    return BigInt(a) === BigInt(b);
  }
  return a === b;
}

/** Semantic equality of partitions/offsets: same keys in any order, 30n equal to 30. */
export function offsetMapsEqual(a: OffsetMap | null, b: OffsetMap | null): boolean {
  if (a === null || b === null) return a === b;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && valuesEqual(a[key] ?? null, b[key] ?? null));
}

function canonicalValue(value: OffsetValue): string {
  if (typeof value === 'bigint') return `i${value}`;
  if (typeof value === 'number') return Number.isInteger(value) ? `i${BigInt(value)}` : `f${value}`;
  return JSON.stringify(value);
}

/** A string identifying (connector, partition) regardless of key order and integer representation. */
export function offsetPartitionId(connector: string, partition: OffsetMap | null): string {
  if (partition === null) return JSON.stringify([connector, null]);
  const entries = Object.keys(partition)
    .sort()
    .map((key) => [key, canonicalValue(partition[key] ?? null)]);
  return JSON.stringify([connector, entries]);
}
