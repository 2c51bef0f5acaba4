/**
 * Equality of schemas and Connect values with Java's semantics (ConnectSchema.equals, Objects.deepEquals):
 * structural, parameter maps compared without regard to order, doubles compared like Double.equals (NaN equals
 * NaN, 0.0 differs from -0.0), bytes by content, BigDecimal by value and scale.
 */
import type { Field, Schema } from './schema.ts';

/** Java ConnectSchema.equals: same type, optionality, default, name, version, doc, parameters and children. */
export function schemaEquals(a: Schema | null | undefined, b: Schema | null | undefined): boolean {
  if (a === b) return true;
  if (a === null || a === undefined || b === null || b === undefined) return false;
  return (
    a.type === b.type &&
    a.optional === b.optional &&
    a.version === b.version &&
    a.name === b.name &&
    a.doc === b.doc &&
    valuesEqual(a.defaultValue, b.defaultValue) &&
    fieldsEqual(a.fields, b.fields) &&
    schemaEquals(a.keySchema, b.keySchema) &&
    schemaEquals(a.valueSchema, b.valueSchema) &&
    recordsEqual(a.parameters, b.parameters)
  );
}

function fieldsEqual(a: readonly Field[] | undefined, b: readonly Field[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const fa = a[i] as Field;
    const fb = b[i] as Field;
    if (fa.index !== fb.index || fa.name !== fb.name || !schemaEquals(fa.schema, fb.schema)) return false;
  }
  return true;
}

function recordsEqual(
  a: Readonly<Record<string, string>> | undefined,
  b: Readonly<Record<string, string>> | undefined,
): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}

/** True for objects created by `{...}` or Object.create(null): accepted wherever a Connect MAP is. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Entries of a Connect map value: a Map or a plain object. */
export function mapEntries(
  value: ReadonlyMap<unknown, unknown> | Record<string, unknown>,
): [unknown, unknown][] {
  return value instanceof Map ? [...value] : Object.entries(value);
}

/** Java Objects.deepEquals for Connect values. */
export function valuesEqual(a: unknown, b: unknown): boolean {
  if (a === b) return typeof a !== 'number' || Object.is(a, b);
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    return a instanceof Uint8Array && b instanceof Uint8Array && Buffer.from(a).equals(b);
  }
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime());
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => valuesEqual(item, b[i]));
  }
  const aIsMap = a instanceof Map || isPlainObject(a);
  const bIsMap = b instanceof Map || isPlainObject(b);
  if (aIsMap || bIsMap) {
    if (!aIsMap || !bIsMap) return false;
    const bMap = b instanceof Map ? b : new Map(Object.entries(b));
    const aEntries = mapEntries(a as Map<unknown, unknown>);
    if (aEntries.length !== bMap.size) return false;
    return aEntries.every(([key, value]) => bMap.has(key) && valuesEqual(value, bMap.get(key)));
  }
  const equals = (a as { equals?: unknown }).equals;
  if (typeof equals === 'function') return Boolean(equals.call(a, b));
  return false;
}
