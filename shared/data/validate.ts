/**
 * Checking a value against a schema (ConnectSchema.validateValue), with Apache's DataException messages.
 */
import { BigDecimal } from './big-decimal.ts';
import { isPlainObject, mapEntries, schemaEquals } from './equality.ts';
import { DataException } from './errors.ts';
import { javaClassName } from './java-class.ts';
import {
  DATE_LOGICAL_NAME,
  DECIMAL_LOGICAL_NAME,
  TIME_LOGICAL_NAME,
  TIMESTAMP_LOGICAL_NAME,
} from './logical-names.ts';
import type { Schema } from './schema.ts';
import { Struct } from './struct.ts';

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

function isIntBetween(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Whether the value has the JavaScript representation the schema's type (or logical type) calls for. */
export function hasSchemaType(schema: Schema, value: unknown): boolean {
  switch (schema.name) {
    case DECIMAL_LOGICAL_NAME:
      return value instanceof BigDecimal;
    case DATE_LOGICAL_NAME:
    case TIME_LOGICAL_NAME:
    case TIMESTAMP_LOGICAL_NAME:
      return value instanceof Date;
  }
  switch (schema.type) {
    case 'INT8':
      return isIntBetween(value, -128, 127);
    case 'INT16':
      return isIntBetween(value, -32768, 32767);
    case 'INT32':
      return isIntBetween(value, -2147483648, 2147483647);
    case 'INT64':
      return typeof value === 'bigint' ? value >= LONG_MIN && value <= LONG_MAX : Number.isSafeInteger(value);
    case 'FLOAT32':
    case 'FLOAT64':
      return typeof value === 'number';
    case 'BOOLEAN':
      return typeof value === 'boolean';
    case 'STRING':
      return typeof value === 'string';
    case 'BYTES':
      return value instanceof Uint8Array;
    case 'ARRAY':
      return Array.isArray(value);
    case 'MAP':
      return value instanceof Map || isPlainObject(value);
    case 'STRUCT':
      return value instanceof Struct;
  }
}

/**
 * Throws DataException unless the value is valid for the schema (ConnectSchema.validateValue). `field` names the
 * struct field being checked, for the message.
 */
export function validateValue(schema: Schema, value: unknown, field?: string): void {
  validateAt(schema, value, field === undefined ? 'value' : `field: "${field}"`);
}

function validateAt(schema: Schema, value: unknown, location: string): void {
  if (value === null || value === undefined) {
    if (!schema.optional) {
      throw new DataException(
        `Invalid value: null used for required ${location}, schema type: ${schema.type}`,
      );
    }
    return;
  }
  if (!hasSchemaType(schema, value)) {
    const name = schema.name !== undefined ? ` "${schema.name}"` : '';
    throw new DataException(
      `Invalid Java object for schema${name} with type ${schema.type}: ${javaClassName(value)} for ${location}`,
    );
  }
  switch (schema.type) {
    case 'STRUCT': {
      const struct = value as Struct;
      if (!schemaEquals(struct.schema, schema)) throw new DataException('Struct schemas do not match.');
      struct.validate();
      return;
    }
    case 'ARRAY': {
      const entryLocation = `element of array ${location}`;
      const elementSchema = requireSchema(schema.valueSchema, entryLocation);
      for (const entry of value as unknown[]) validateAt(elementSchema, entry, entryLocation);
      return;
    }
    case 'MAP': {
      const keyLocation = `key of map ${location}`;
      const valueLocation = `value of map ${location}`;
      const keySchema = requireSchema(schema.keySchema, keyLocation);
      const valueSchema = requireSchema(schema.valueSchema, valueLocation);
      for (const [k, v] of mapEntries(value as Map<unknown, unknown>)) {
        validateAt(keySchema, k, keyLocation);
        validateAt(valueSchema, v, valueLocation);
      }
      return;
    }
    default:
      return;
  }
}

function requireSchema(schema: Schema | undefined, location: string): Schema {
  if (schema === undefined) throw new DataException(`No schema defined for ${location}`);
  return schema;
}
