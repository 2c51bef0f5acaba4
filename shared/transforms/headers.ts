/**
 * Record headers as Connect's transformations handle them (connect-api `ConnectHeader` / `ConnectHeaders`): an
 * ordered, mutable list of (key, schema, value) entries. `duplicate()` gives an independent copy, which is what a
 * new record made by `newRecord(...)` without explicit headers receives.
 */
import { BigDecimal } from '../data/big-decimal.ts';
import { isPlainObject, schemaEquals, valuesEqual } from '../data/equality.ts';
import { DataException } from '../data/errors.ts';
import { toJavaString } from '../data/java-string.ts';
import {
  DATE_LOGICAL_NAME,
  DECIMAL_LOGICAL_NAME,
  TIME_LOGICAL_NAME,
  TIMESTAMP_LOGICAL_NAME,
} from '../data/logical-names.ts';
import { type Schema, Schemas, schemaToString } from '../data/schema.ts';
import type { SchemaAndValue } from '../data/schema-and-value.ts';
import { Struct } from '../data/struct.ts';
import type { ConnectHeader } from '../plugins/api.ts';

/** One header (connect-api `ConnectHeader`): immutable. */
export class Header implements ConnectHeader {
  readonly key: string;
  readonly value: unknown;
  readonly #schema: Schema | null;

  constructor(key: string, schema: Schema | null, value: unknown) {
    if (key === null || key === undefined) throw new TypeError('Null header keys are not permitted');
    this.key = key;
    this.#schema = schema ?? null;
    this.value = value ?? null;
  }

  /** The schema; for a schemaless Struct value, the struct's own schema. */
  get schema(): Schema | null {
    if (this.#schema === null && this.value instanceof Struct) return this.value.schema;
    return this.#schema;
  }

  /** The same header under another key. */
  rename(key: string): Header {
    return key === this.key ? this : new Header(key, this.#schema, this.value);
  }

  /** The same key with another schema and value. */
  with(schema: Schema | null, value: unknown): Header {
    return new Header(this.key, schema, value);
  }

  equals(other: unknown): boolean {
    if (other === this) return true;
    if (typeof other !== 'object' || other === null) return false;
    const that = other as ConnectHeader;
    return (
      that.key === this.key && schemaEquals(this.schema, that.schema) && valuesEqual(this.value, that.value)
    );
  }

  toString(): string {
    const schema = this.schema;
    return `ConnectHeader(key=${this.key}, value=${toJavaString(this.value, schema ?? undefined)}, schema=${
      schema === null ? 'null' : schemaToString(schema)
    })`;
  }
}

function isInt(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Whether a non-null value is of the Java class `ConnectHeaders.checkSchemaMatches` expects for the schema. */
function fitsHeaderSchema(schema: Schema, value: unknown): boolean {
  switch (schema.type) {
    case 'BYTES':
      return (
        value instanceof Uint8Array || (value instanceof BigDecimal && schema.name === DECIMAL_LOGICAL_NAME)
      );
    case 'STRING':
      return typeof value === 'string';
    case 'BOOLEAN':
      return typeof value === 'boolean';
    case 'INT8':
      return isInt(value, -128, 127);
    case 'INT16':
      return isInt(value, -32768, 32767);
    case 'INT32':
      return (
        isInt(value, -2147483648, 2147483647) ||
        (value instanceof Date && (schema.name === DATE_LOGICAL_NAME || schema.name === TIME_LOGICAL_NAME))
      );
    case 'INT64':
      return (
        typeof value === 'bigint' ||
        Number.isSafeInteger(value) ||
        (value instanceof Date && schema.name === TIMESTAMP_LOGICAL_NAME)
      );
    case 'FLOAT32':
    case 'FLOAT64':
      return typeof value === 'number';
    case 'ARRAY':
      return Array.isArray(value);
    case 'MAP':
      return value instanceof Map || isPlainObject(value);
    case 'STRUCT':
      return value instanceof Struct;
  }
}

/** `ConnectHeaders.checkSchemaMatches`: DataException when the value cannot have the schema. */
export function checkHeaderSchemaMatches(schema: Schema | null, value: unknown): void {
  if (schema === null) return;
  if (value === null || value === undefined) {
    if (!schema.optional) {
      throw new DataException(`A null value requires an optional schema but was ${schemaToString(schema)}`);
    }
    return;
  }
  if (!fitsHeaderSchema(schema, value)) {
    throw new DataException(
      `The value ${toJavaString(value, schema)} is not compatible with the schema ${schemaToString(schema)}`,
    );
  }
}

/** A record's headers (connect-api `ConnectHeaders`). */
export class ConnectHeaders implements Iterable<Header> {
  /** null until the first header is added, as Apache's lazily created list (it shows in toString()). */
  #list: Header[] | null = null;

  /** Empty, or a copy of `original` (the headers themselves are immutable and shared). */
  constructor(original?: Iterable<ConnectHeader> | null) {
    if (original === null || original === undefined) return;
    if (original instanceof ConnectHeaders) {
      if (!original.isEmpty()) this.#list = [...(original.#list as Header[])];
      return;
    }
    this.#list = [];
    for (const header of original) {
      if (header === null || header === undefined) throw new TypeError('Unable to add a null header.');
      this.#list.push(toHeader(header));
    }
  }

  get size(): number {
    return this.#list?.length ?? 0;
  }

  isEmpty(): boolean {
    return this.size === 0;
  }

  clear(): this {
    if (this.#list !== null) this.#list.length = 0;
    return this;
  }

  /** Appends a header as is. */
  add(header: ConnectHeader): this {
    if (header === null || header === undefined) throw new TypeError('Unable to add a null header.');
    this.#list ??= [];
    this.#list.push(toHeader(header));
    return this;
  }

  /** `add(key, SchemaAndValue)`: checks that the value fits the schema first. */
  addSchemaAndValue(key: string, schemaAndValue: SchemaAndValue | null): this {
    if (schemaAndValue !== null) checkHeaderSchemaMatches(schemaAndValue.schema, schemaAndValue.value);
    return this.add(new Header(key, schemaAndValue?.schema ?? null, schemaAndValue?.value ?? null));
  }

  /** `add(key, value, schema)`: checks that the value fits the schema first. */
  addValue(key: string, value: unknown, schema: Schema | null): this {
    return this.addSchemaAndValue(key, { schema, value: value ?? null });
  }

  /** `addString(key, value)`: STRING, or OPTIONAL_STRING for null. */
  addString(key: string, value: string | null): this {
    return this.add(new Header(key, value === null ? Schemas.OPTIONAL_STRING : Schemas.STRING, value));
  }

  /** The last header with this key, or null. */
  lastWithName(key: string): Header | null {
    checkKey(key);
    const list = this.#list ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const header = list[i] as Header;
      if (header.key === key) return header;
    }
    return null;
  }

  /** Every header with this key, in order. */
  allWithName(key: string): Header[] {
    return (this.#list ?? []).filter((h) => h.key === key);
  }

  /** Removes every header with this key. */
  remove(key: string): this {
    checkKey(key);
    if (this.#list !== null) this.#list = this.#list.filter((h) => h.key !== key);
    return this;
  }

  /** Keeps only the last header of each key (or of the given key). */
  retainLatest(key?: string): this {
    if (this.#list === null) return this;
    const seen = new Set<string>();
    const kept: Header[] = [];
    for (let i = this.#list.length - 1; i >= 0; i--) {
      const header = this.#list[i] as Header;
      if ((key === undefined || header.key === key) && seen.has(header.key)) continue;
      seen.add(header.key);
      kept.unshift(header);
    }
    this.#list = kept;
    return this;
  }

  /** Replaces each header (of the given key, or all) by the transform's result; null removes it. */
  apply(transform: (header: Header) => Header | null, key?: string): this {
    if (this.#list === null) return this;
    const next: Header[] = [];
    for (const header of this.#list) {
      if (key !== undefined && header.key !== key) {
        next.push(header);
        continue;
      }
      const updated = transform(header);
      if (updated !== null) next.push(updated);
    }
    this.#list = next;
    return this;
  }

  /** An independent copy (`duplicate()`). */
  duplicate(): ConnectHeaders {
    return new ConnectHeaders(this);
  }

  toArray(): Header[] {
    return [...(this.#list ?? [])];
  }

  [Symbol.iterator](): Iterator<Header> {
    return this.toArray()[Symbol.iterator]();
  }

  equals(other: unknown): boolean {
    if (other === this) return true;
    if (!(other instanceof ConnectHeaders)) return false;
    const mine = this.toArray();
    const theirs = other.toArray();
    return mine.length === theirs.length && mine.every((h, i) => h.equals(theirs[i]));
  }

  toString(): string {
    const list = this.#list === null ? '' : `[${this.#list.map((h) => h.toString()).join(', ')}]`;
    return `ConnectHeaders(headers=${list})`;
  }
}

function checkKey(key: string): void {
  if (key === null || key === undefined) throw new TypeError('Header key cannot be null');
}

function toHeader(header: ConnectHeader): Header {
  return header instanceof Header ? header : new Header(header.key, header.schema, header.value);
}
