/**
 * Connect values <-> JSON nodes, JsonConverter's convertToJson / convertToConnect: every schema type, logical
 * types (Decimal as base64 or a number, Date/Time/Timestamp as integers), defaults for nulls, string-keyed maps
 * as objects and other maps as arrays of [key, value] pairs, and type inference for schemaless data.
 */
import { BigDecimal } from '../data/big-decimal.ts';
import { isPlainObject, mapEntries, schemaEquals } from '../data/equality.ts';
import { DataException } from '../data/errors.ts';
import { javaClassName } from '../data/java-class.ts';
import {
  DATE_LOGICAL_NAME,
  DECIMAL_LOGICAL_NAME,
  TIME_LOGICAL_NAME,
  TIMESTAMP_LOGICAL_NAME,
} from '../data/logical-names.ts';
import { ConnectDate, ConnectTime, ConnectTimestamp, Decimal } from '../data/logical-types.ts';
import type { Schema, SchemaType } from '../data/schema.ts';
import { schemaFields } from '../data/schema.ts';
import { Struct } from '../data/struct.ts';
import {
  isIntegralNode,
  isIntNode,
  isNumberNode,
  jacksonAsText,
  jacksonBinaryValue,
  jacksonBooleanValue,
  jacksonDecimalValue,
  jacksonDoubleValue,
  jacksonElements,
  jacksonFloatValue,
  jacksonIntValue,
  jacksonLongValue,
  jacksonSize,
  jacksonTextValue,
} from '../json/jackson-values.ts';
import { JSON_NULL, type JsonNode, jsonNodeType } from '../json/node.ts';
import type { JsonConverterConfig } from './json-converter-config.ts';

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

function hasDefault(schema: Schema): boolean {
  return schema.defaultValue !== undefined && schema.defaultValue !== null;
}

function isIntBetween(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** The schema type Java would infer from the value's class (ConnectSchema.schemaType), or undefined. */
function inferType(value: unknown): SchemaType | undefined {
  switch (typeof value) {
    case 'string':
      return 'STRING';
    case 'boolean':
      return 'BOOLEAN';
    case 'bigint':
      return value >= LONG_MIN && value <= LONG_MAX ? 'INT64' : undefined;
    case 'number':
      return 'FLOAT64'; // schemaless integers are bigint (INT64), as JSON integers read back
    case 'object':
      if (value instanceof Uint8Array) return 'BYTES';
      if (Array.isArray(value)) return 'ARRAY';
      if (value instanceof Map || isPlainObject(value)) return 'MAP';
      if (value instanceof Struct) return 'STRUCT';
      return undefined;
    default:
      return undefined;
  }
}

function logicalToJson(schema: Schema, value: unknown, config: JsonConverterConfig): JsonNode | undefined {
  switch (schema.name) {
    case DECIMAL_LOGICAL_NAME:
      if (!(value instanceof BigDecimal)) {
        throw new DataException(
          `Invalid type for Decimal, expected BigDecimal but was ${javaClassName(value)}`,
        );
      }
      return config.decimalFormat === 'NUMERIC'
        ? { kind: 'decimal', unscaled: value.unscaled, scale: value.scale }
        : { kind: 'binary', value: Decimal.fromLogical(schema, value) };
    case DATE_LOGICAL_NAME:
      if (!(value instanceof Date)) {
        throw new DataException(`Invalid type for Date, expected Date but was ${javaClassName(value)}`);
      }
      return { kind: 'int', value: BigInt(ConnectDate.fromLogical(schema, value)) };
    case TIME_LOGICAL_NAME:
      if (!(value instanceof Date)) {
        throw new DataException(`Invalid type for Time, expected Date but was ${javaClassName(value)}`);
      }
      return { kind: 'int', value: BigInt(ConnectTime.fromLogical(schema, value)) };
    case TIMESTAMP_LOGICAL_NAME:
      if (!(value instanceof Date)) {
        throw new DataException(`Invalid type for Timestamp, expected Date but was ${javaClassName(value)}`);
      }
      return { kind: 'int', value: ConnectTimestamp.fromLogical(schema, value) };
    default:
      return undefined;
  }
}

/**
 * A Connect value as a JSON node (JsonConverter.convertToJson). With a schema the value must have the schema's
 * representation; without one its type is inferred as Java infers it from the value's class: bigint is a Long
 * (INT64) and number a Double (FLOAT64, so 1 is written 1.0), which makes schemaless JSON round-trip exactly.
 */
export function convertToJson(schema: Schema | null, value: unknown, config: JsonConverterConfig): JsonNode {
  if (value === null || value === undefined) {
    if (schema === null) return JSON_NULL;
    if (hasDefault(schema) && config.replaceNullWithDefault)
      return convertToJson(schema, schema.defaultValue, config);
    if (schema.optional) return JSON_NULL;
    throw new DataException(
      'Conversion error: null value for field that is required and has no default value',
    );
  }
  if (schema !== null && schema.name !== undefined) {
    const logical = logicalToJson(schema, value, config);
    if (logical !== undefined) return logical;
  }
  const type = schema === null ? inferType(value) : schema.type;
  if (type === undefined) {
    throw new DataException(`Java class ${javaClassName(value)} does not have corresponding schema type.`);
  }
  const invalid = (): DataException =>
    new DataException(
      `Invalid type for ${schema === null ? 'unknown schema' : schema.type}: ${javaClassName(value)}`,
    );
  switch (type) {
    case 'INT8':
      if (!isIntBetween(value, -128, 127)) throw invalid();
      return { kind: 'int', value: BigInt(value) };
    case 'INT16':
      if (!isIntBetween(value, -32768, 32767)) throw invalid();
      return { kind: 'int', value: BigInt(value) };
    case 'INT32':
      if (!isIntBetween(value, -2147483648, 2147483647)) throw invalid();
      return { kind: 'int', value: BigInt(value) };
    case 'INT64':
      if (typeof value === 'bigint' && value >= LONG_MIN && value <= LONG_MAX) return { kind: 'int', value };
      if (typeof value === 'number' && Number.isSafeInteger(value))
        return { kind: 'int', value: BigInt(value) };
      throw invalid();
    case 'FLOAT32':
      if (typeof value !== 'number') throw invalid();
      return { kind: 'float', value: Math.fround(value), float32: true };
    case 'FLOAT64':
      if (typeof value !== 'number') throw invalid();
      return { kind: 'float', value };
    case 'BOOLEAN':
      if (typeof value !== 'boolean') throw invalid();
      return { kind: 'boolean', value };
    case 'STRING':
      if (typeof value !== 'string') throw invalid();
      return { kind: 'string', value };
    case 'BYTES':
      if (!(value instanceof Uint8Array)) {
        throw new DataException(`Invalid type for bytes type: ${javaClassName(value)}`);
      }
      return { kind: 'binary', value };
    case 'ARRAY': {
      if (!Array.isArray(value)) throw invalid();
      const elementSchema = schema?.valueSchema ?? null;
      return {
        kind: 'array',
        items: value.map((item: unknown) => convertToJson(elementSchema, item, config)),
      };
    }
    case 'MAP':
      if (!(value instanceof Map) && !isPlainObject(value)) throw invalid();
      return mapToJson(schema, value, config);
    case 'STRUCT': {
      if (!(value instanceof Struct)) throw invalid();
      if (schema === null || !schemaEquals(value.schema, schema))
        throw new DataException('Mismatching schema.');
      const fields = new Map<string, JsonNode>();
      for (const field of schemaFields(schema)) {
        fields.set(field.name, convertToJson(field.schema, value.getWithoutDefault(field.name), config));
      }
      return { kind: 'object', entries: [...fields] };
    }
  }
}

function mapToJson(
  schema: Schema | null,
  value: ReadonlyMap<unknown, unknown> | Record<string, unknown>,
  config: JsonConverterConfig,
): JsonNode {
  const entries = mapEntries(value as Map<unknown, unknown>);
  const objectMode =
    schema === null ? entries.every(([key]) => typeof key === 'string') : schema.keySchema?.type === 'STRING';
  const keySchema = schema?.keySchema ?? null;
  const valueSchema = schema?.valueSchema ?? null;
  if (objectMode) {
    const fields = new Map<string, JsonNode>();
    for (const [key, item] of entries) {
      const keyNode = convertToJson(keySchema, key, config);
      fields.set(jacksonAsText(keyNode), convertToJson(valueSchema, item, config));
    }
    return { kind: 'object', entries: [...fields] };
  }
  return {
    kind: 'array',
    items: entries.map(([key, item]) => ({
      kind: 'array',
      items: [convertToJson(keySchema, key, config), convertToJson(valueSchema, item, config)],
    })),
  };
}

function logicalToConnect(schema: Schema, node: JsonNode): { value: unknown } | undefined {
  switch (schema.name) {
    case DECIMAL_LOGICAL_NAME: {
      if (isNumberNode(node)) {
        const { unscaled, scale } = jacksonDecimalValue(node);
        return { value: new BigDecimal(unscaled, scale) };
      }
      if (node.kind === 'binary' || node.kind === 'string') {
        try {
          return { value: Decimal.toLogical(schema, jacksonBinaryValue(node) as Uint8Array) };
        } catch (error) {
          throw new DataException('Invalid bytes for Decimal field', { cause: error });
        }
      }
      throw new DataException(
        `Invalid type for Decimal, underlying representation should be numeric or bytes but was ${jsonNodeType(node)}`,
      );
    }
    case DATE_LOGICAL_NAME:
      if (!isIntNode(node)) {
        throw new DataException(
          `Invalid type for Date, underlying representation should be integer but was ${jsonNodeType(node)}`,
        );
      }
      return { value: ConnectDate.toLogical(schema, jacksonIntValue(node)) };
    case TIME_LOGICAL_NAME:
      if (!isIntNode(node)) {
        throw new DataException(
          `Invalid type for Time, underlying representation should be integer but was ${jsonNodeType(node)}`,
        );
      }
      return { value: ConnectTime.toLogical(schema, jacksonIntValue(node)) };
    case TIMESTAMP_LOGICAL_NAME:
      if (!isIntegralNode(node)) {
        throw new DataException(
          `Invalid type for Timestamp, underlying representation should be integral but was ${jsonNodeType(node)}`,
        );
      }
      return { value: ConnectTimestamp.toLogical(schema, jacksonLongValue(node)) };
    default:
      return undefined;
  }
}

function inferNodeType(node: JsonNode): SchemaType | undefined {
  switch (node.kind) {
    case 'boolean':
      return 'BOOLEAN';
    case 'int':
      return 'INT64';
    case 'float':
    case 'decimal':
      return 'FLOAT64';
    case 'array':
      return 'ARRAY';
    case 'object':
      return 'MAP';
    case 'string':
      return 'STRING';
    default:
      return undefined;
  }
}

/**
 * A JSON node as a Connect value for the schema (JsonConverter.convertToConnect); `node` undefined is a missing
 * field. Without a schema, integers become INT64 (bigint), other numbers FLOAT64, objects MAP (Map).
 */
export function convertToConnect(
  schema: Schema | null,
  node: JsonNode | undefined,
  config: JsonConverterConfig,
): unknown {
  let type: SchemaType;
  if (schema !== null) {
    type = schema.type;
    if (node === undefined || node.kind === 'null') {
      if (hasDefault(schema) && config.replaceNullWithDefault) return schema.defaultValue;
      if (schema.optional) return null;
      throw new DataException(`Invalid null value for required ${type} field`);
    }
  } else {
    if (node === undefined || node.kind === 'null') return null;
    const inferred = inferNodeType(node);
    if (inferred === undefined) throw new DataException('Unknown schema type: null');
    type = inferred;
  }
  if (schema !== null && schema.name !== undefined) {
    const logical = logicalToConnect(schema, node);
    if (logical !== undefined) return logical.value;
  }
  switch (type) {
    case 'BOOLEAN':
      return jacksonBooleanValue(node);
    case 'INT8':
      return (jacksonIntValue(node) << 24) >> 24;
    case 'INT16':
      return (jacksonIntValue(node) << 16) >> 16;
    case 'INT32':
      return jacksonIntValue(node);
    case 'INT64':
      return jacksonLongValue(node);
    case 'FLOAT32':
      return jacksonFloatValue(node);
    case 'FLOAT64':
      return jacksonDoubleValue(node);
    case 'BYTES':
      try {
        return jacksonBinaryValue(node);
      } catch (error) {
        throw new DataException('Invalid bytes field', { cause: error });
      }
    case 'STRING':
      return jacksonTextValue(node);
    case 'ARRAY': {
      const elementSchema = schema?.valueSchema ?? null;
      return jacksonElements(node).map((item) => convertToConnect(elementSchema, item, config));
    }
    case 'MAP':
      return mapToConnect(schema, node, config);
    case 'STRUCT': {
      if (node.kind !== 'object') {
        throw new DataException(`Structs should be encoded as JSON objects, but found ${jsonNodeType(node)}`);
      }
      const struct = new Struct(schema as Schema);
      const values = new Map(node.entries);
      for (const field of schemaFields(schema as Schema)) {
        struct.put(field, convertToConnect(field.schema, values.get(field.name), config));
      }
      return struct;
    }
  }
}

function mapToConnect(
  schema: Schema | null,
  node: JsonNode,
  config: JsonConverterConfig,
): Map<unknown, unknown> {
  const keySchema = schema?.keySchema ?? null;
  const valueSchema = schema?.valueSchema ?? null;
  const result = new Map<unknown, unknown>();
  if (schema === null || keySchema?.type === 'STRING') {
    if (node.kind !== 'object') {
      throw new DataException(
        `Maps with string fields should be encoded as JSON objects, but found ${jsonNodeType(node)}`,
      );
    }
    for (const [key, item] of node.entries) result.set(key, convertToConnect(valueSchema, item, config));
    return result;
  }
  if (node.kind !== 'array') {
    throw new DataException(
      `Maps with non-string fields should be encoded as JSON array of tuples, but found ${jsonNodeType(node)}`,
    );
  }
  for (const entry of node.items) {
    if (entry.kind !== 'array') {
      throw new DataException(`Found invalid map entry instead of array tuple: ${jsonNodeType(entry)}`);
    }
    if (jacksonSize(entry) !== 2) {
      throw new DataException(`Found invalid map entry, expected length 2 but found :${jacksonSize(entry)}`);
    }
    result.set(
      convertToConnect(keySchema, entry.items[0], config),
      convertToConnect(valueSchema, entry.items[1], config),
    );
  }
  return result;
}
