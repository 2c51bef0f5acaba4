/**
 * The checks Apache's transformations make on their input (connect-transforms `Requirements`), with its messages.
 */
import { isPlainObject, mapEntries } from '../data/equality.ts';
import { DataException } from '../data/errors.ts';
import type { Schema } from '../data/schema.ts';
import { Struct } from '../data/struct.ts';
import { nullSafeClassName } from './java-values.ts';
import { type ConnectRecord, SinkConnectRecord } from './record.ts';

/** A schemaless map value: a Map or a plain object (what Java sees as a `java.util.Map`). */
export type MapValue = ReadonlyMap<unknown, unknown> | Readonly<Record<string, unknown>>;

export function isMapValue(value: unknown): value is MapValue {
  return value instanceof Map || isPlainObject(value);
}

/** The entries of a map value, in its iteration order. */
export function entriesOf(value: MapValue): [unknown, unknown][] {
  return mapEntries(value as Map<unknown, unknown>);
}

/** `map.get(key)`: undefined keys read as null. */
export function mapGet(value: MapValue, key: unknown): unknown {
  if (value instanceof Map) return value.get(key) ?? null;
  if (typeof key !== 'string' || !Object.hasOwn(value, key)) return null;
  return (value as Record<string, unknown>)[key] ?? null;
}

export function requireSchema(schema: Schema | null, purpose: string): Schema {
  if (schema === null) throw new DataException(`Schema required for [${purpose}]`);
  return schema;
}

export function requireMap(value: unknown, purpose: string): MapValue {
  if (!isMapValue(value)) {
    throw new DataException(
      `Only Map objects supported in absence of schema for [${purpose}], found: ${nullSafeClassName(value)}`,
    );
  }
  return value;
}

export function requireMapOrNull(value: unknown, purpose: string): MapValue | null {
  return value === null || value === undefined ? null : requireMap(value, purpose);
}

/** `schema` describes the value (for the class name in the message); a Struct needs none. */
export function requireStruct(value: unknown, purpose: string, schema?: Schema | null): Struct {
  if (!(value instanceof Struct)) {
    throw new DataException(
      `Only Struct objects supported for [${purpose}], found: ${nullSafeClassName(value, schema)}`,
    );
  }
  return value;
}

export function requireStructOrNull(value: unknown, purpose: string, schema?: Schema | null): Struct | null {
  return value === null || value === undefined ? null : requireStruct(value, purpose, schema);
}

export function requireSinkRecord(record: ConnectRecord, purpose: string): SinkConnectRecord {
  if (!(record instanceof SinkConnectRecord)) {
    throw new DataException(`Only SinkRecord supported for [${purpose}], found: ${record.javaClassName}`);
  }
  return record;
}
