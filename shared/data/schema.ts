/**
 * Connect schemas (org.apache.kafka.connect.data.Schema / ConnectSchema / Field): the type, optionality, default,
 * name, version, doc and parameters of a value, plus element, key/value and field schemas for containers.
 *
 * Values by type: INT8/INT16/INT32 number, INT64 bigint (number accepted on input), FLOAT32/FLOAT64 number,
 * BOOLEAN boolean, STRING string, BYTES Uint8Array, ARRAY unknown[], MAP Map (plain objects accepted on input),
 * STRUCT Struct; logical types: Decimal BigDecimal, Date/Time/Timestamp JavaScript Date.
 */

export type SchemaType =
  | 'INT8'
  | 'INT16'
  | 'INT32'
  | 'INT64'
  | 'FLOAT32'
  | 'FLOAT64'
  | 'BOOLEAN'
  | 'STRING'
  | 'BYTES'
  | 'ARRAY'
  | 'MAP'
  | 'STRUCT';

/** Every schema type, in Apache's declaration order. */
export const SCHEMA_TYPES: readonly SchemaType[] = [
  'INT8',
  'INT16',
  'INT32',
  'INT64',
  'FLOAT32',
  'FLOAT64',
  'BOOLEAN',
  'STRING',
  'BYTES',
  'ARRAY',
  'MAP',
  'STRUCT',
];

/** True for every type but ARRAY, MAP and STRUCT (Schema.Type.isPrimitive()). */
export function isPrimitiveType(type: SchemaType): boolean {
  return type !== 'ARRAY' && type !== 'MAP' && type !== 'STRUCT';
}

/** A struct field: its name, position and schema. */
export interface Field {
  readonly name: string;
  readonly index: number;
  readonly schema: Schema;
}

export interface Schema {
  readonly type: SchemaType;
  readonly optional: boolean;
  readonly defaultValue?: unknown;
  readonly name?: string;
  readonly version?: number;
  readonly doc?: string;
  readonly parameters?: Readonly<Record<string, string>>;
  /** MAP only. */
  readonly keySchema?: Schema;
  /** ARRAY and MAP only. */
  readonly valueSchema?: Schema;
  /** STRUCT only, in field order. */
  readonly fields?: readonly Field[];
}

/** What a ConnectSchema is made of; everything but `type` may be left out. */
export interface SchemaInit {
  readonly type: SchemaType;
  readonly optional?: boolean;
  readonly defaultValue?: unknown;
  readonly name?: string;
  readonly version?: number;
  readonly doc?: string;
  readonly parameters?: Readonly<Record<string, string>>;
  readonly fields?: readonly Field[];
  readonly keySchema?: Schema;
  readonly valueSchema?: Schema;
}

const fieldIndexes = new WeakMap<Schema, Map<string, Field>>();

/** An immutable schema (ConnectSchema). Usually built with SchemaBuilder. */
export class ConnectSchema implements Schema {
  readonly type: SchemaType;
  readonly optional: boolean;
  readonly defaultValue?: unknown;
  readonly name?: string;
  readonly version?: number;
  readonly doc?: string;
  readonly parameters?: Readonly<Record<string, string>>;
  readonly keySchema?: Schema;
  readonly valueSchema?: Schema;
  readonly fields?: readonly Field[];

  constructor(init: SchemaInit) {
    this.type = init.type;
    this.optional = init.optional ?? false;
    if (init.defaultValue !== undefined && init.defaultValue !== null) this.defaultValue = init.defaultValue;
    if (init.name !== undefined) this.name = init.name;
    if (init.version !== undefined) this.version = init.version;
    if (init.doc !== undefined) this.doc = init.doc;
    if (init.parameters !== undefined) this.parameters = Object.freeze({ ...init.parameters });
    if (init.keySchema !== undefined) this.keySchema = init.keySchema;
    if (init.valueSchema !== undefined) this.valueSchema = init.valueSchema;
    if (this.type === 'STRUCT') this.fields = Object.freeze([...(init.fields ?? [])]);
    Object.freeze(this);
  }

  /** Java's toString: "Schema{name:TYPE}" or "Schema{TYPE}". */
  toString(): string {
    return schemaToString(this);
  }
}

/** Java's Schema toString: "Schema{name:TYPE}" or "Schema{TYPE}". */
export function schemaToString(schema: Schema): string {
  return schema.name !== undefined ? `Schema{${schema.name}:${schema.type}}` : `Schema{${schema.type}}`;
}

/** The field of a struct schema with this name, or undefined (also for non-struct schemas). */
export function schemaField(schema: Schema, name: string): Field | undefined {
  if (schema.type !== 'STRUCT' || schema.fields === undefined) return undefined;
  let index = fieldIndexes.get(schema);
  if (index === undefined) {
    index = new Map(schema.fields.map((field) => [field.name, field]));
    if (Object.isFrozen(schema)) fieldIndexes.set(schema, index);
  }
  return index.get(name);
}

/** The fields of a struct schema ([] for non-structs). */
export function schemaFields(schema: Schema): readonly Field[] {
  return schema.fields ?? [];
}

function primitive(type: SchemaType, optional: boolean): ConnectSchema {
  return new ConnectSchema({ type, optional });
}

/** The predefined primitive schemas (Schema.INT32_SCHEMA etc.). */
export const Schemas = Object.freeze({
  INT8: primitive('INT8', false),
  INT16: primitive('INT16', false),
  INT32: primitive('INT32', false),
  INT64: primitive('INT64', false),
  FLOAT32: primitive('FLOAT32', false),
  FLOAT64: primitive('FLOAT64', false),
  BOOLEAN: primitive('BOOLEAN', false),
  STRING: primitive('STRING', false),
  BYTES: primitive('BYTES', false),
  OPTIONAL_INT8: primitive('INT8', true),
  OPTIONAL_INT16: primitive('INT16', true),
  OPTIONAL_INT32: primitive('INT32', true),
  OPTIONAL_INT64: primitive('INT64', true),
  OPTIONAL_FLOAT32: primitive('FLOAT32', true),
  OPTIONAL_FLOAT64: primitive('FLOAT64', true),
  OPTIONAL_BOOLEAN: primitive('BOOLEAN', true),
  OPTIONAL_STRING: primitive('STRING', true),
  OPTIONAL_BYTES: primitive('BYTES', true),
});
