/**
 * A structured record (org.apache.kafka.connect.data.Struct): one value per field of a STRUCT schema, checked on
 * every put. INT64 values are stored as bigint (a number is accepted and converted).
 */
import { schemaEquals, valuesEqual } from './equality.ts';
import { DataException } from './errors.ts';
import { toJavaString } from './java-string.ts';
import {
  type Field,
  type Schema,
  type SchemaType,
  schemaField,
  schemaFields,
  schemaToString,
} from './schema.ts';
import { validateValue } from './validate.ts';

export class Struct {
  readonly schema: Schema;
  readonly #values: unknown[];

  /** An empty struct of the schema; throws DataException for a non-STRUCT schema. */
  constructor(schema: Schema) {
    if (schema.type !== 'STRUCT') throw new DataException(`Not a struct schema: ${schemaToString(schema)}`);
    this.schema = schema;
    this.#values = new Array<unknown>(schemaFields(schema).length).fill(null);
  }

  /** The field's value, or the field schema's default when the value is null. */
  get(field: string | Field): unknown {
    const f = typeof field === 'string' ? this.lookupField(field) : field;
    const value = this.#values[f.index] ?? null;
    if (value === null && f.schema.defaultValue !== undefined && f.schema.defaultValue !== null) {
      return f.schema.defaultValue;
    }
    return value;
  }

  /** The field's value as put, without falling back to the default. */
  getWithoutDefault(fieldName: string): unknown {
    return this.#values[this.lookupField(fieldName).index] ?? null;
  }

  getInt8(fieldName: string): number | null {
    return this.getCheckType(fieldName, 'INT8') as number | null;
  }

  getInt16(fieldName: string): number | null {
    return this.getCheckType(fieldName, 'INT16') as number | null;
  }

  getInt32(fieldName: string): number | null {
    return this.getCheckType(fieldName, 'INT32') as number | null;
  }

  getInt64(fieldName: string): bigint | null {
    return this.getCheckType(fieldName, 'INT64') as bigint | null;
  }

  getFloat32(fieldName: string): number | null {
    return this.getCheckType(fieldName, 'FLOAT32') as number | null;
  }

  getFloat64(fieldName: string): number | null {
    return this.getCheckType(fieldName, 'FLOAT64') as number | null;
  }

  getBoolean(fieldName: string): boolean | null {
    return this.getCheckType(fieldName, 'BOOLEAN') as boolean | null;
  }

  getString(fieldName: string): string | null {
    return this.getCheckType(fieldName, 'STRING') as string | null;
  }

  getBytes(fieldName: string): Uint8Array | null {
    return this.getCheckType(fieldName, 'BYTES') as Uint8Array | null;
  }

  getArray<T = unknown>(fieldName: string): T[] | null {
    return this.getCheckType(fieldName, 'ARRAY') as T[] | null;
  }

  getMap<K = unknown, V = unknown>(fieldName: string): Map<K, V> | null {
    return this.getCheckType(fieldName, 'MAP') as Map<K, V> | null;
  }

  getStruct(fieldName: string): Struct | null {
    return this.getCheckType(fieldName, 'STRUCT') as Struct | null;
  }

  /** Sets a field after checking the value against the field's schema (DataException if it does not fit). */
  put(field: string | Field, value: unknown): this {
    const f = typeof field === 'string' ? this.lookupField(field) : field;
    if (f === null || f === undefined) throw new DataException('field cannot be null.');
    validateValue(f.schema, value, f.name);
    this.#values[f.index] = normalize(f.schema, value);
    return this;
  }

  /** Throws DataException unless every required field without a default has a valid value. */
  validate(): void {
    for (const field of schemaFields(this.schema)) {
      const value = this.#values[field.index] ?? null;
      const hasDefault = field.schema.defaultValue !== undefined && field.schema.defaultValue !== null;
      if (value === null && (field.schema.optional || hasDefault)) continue;
      validateValue(field.schema, value, field.name);
    }
  }

  /** Same schema and equal values (Java Struct.equals). */
  equals(other: unknown): boolean {
    if (this === other) return true;
    if (!(other instanceof Struct) || !schemaEquals(this.schema, other.schema)) return false;
    const mine = this.#values;
    const theirs = other.#values;
    return mine.length === theirs.length && mine.every((value, i) => valuesEqual(value, theirs[i]));
  }

  /** Java's toString: "Struct{a=1,b=x}" listing the non-null values. */
  toString(): string {
    const parts: string[] = [];
    schemaFields(this.schema).forEach((field, i) => {
      const value = this.#values[i] ?? null;
      if (value !== null) parts.push(`${field.name}=${toJavaString(value, field.schema)}`);
    });
    return `Struct{${parts.join(',')}}`;
  }

  private lookupField(fieldName: string): Field {
    const field = schemaField(this.schema, fieldName);
    if (field === undefined) throw new DataException(`${fieldName} is not a valid field name`);
    return field;
  }

  private getCheckType(fieldName: string, type: SchemaType): unknown {
    const field = this.lookupField(fieldName);
    if (field.schema.type !== type) throw new DataException(`Field '${fieldName}' is not of type ${type}`);
    return this.#values[field.index] ?? null;
  }
}

function normalize(schema: Schema, value: unknown): unknown {
  if (value === undefined) return null;
  if (schema.type === 'INT64' && typeof value === 'number') return BigInt(value);
  return value;
}
