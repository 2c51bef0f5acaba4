/**
 * Connect schemas <-> the JSON schema objects JsonConverter puts in its envelope (JsonConverter.asJsonSchema /
 * asConnectSchema). Written key order: "type", then "items" | "keys","values" | "fields", then "optional",
 * "name", "version", "doc", "parameters", "default"; a struct field is its schema object plus a trailing "field".
 */
import { DataException } from '../data/errors.ts';
import type { Schema } from '../data/schema.ts';
import { schemaFields } from '../data/schema.ts';
import { SchemaBuilder } from '../data/schema-builder.ts';
import { isIntegralNode, jacksonIntValue } from '../json/jackson-values.ts';
import { JSON_NULL, type JsonNode, type JsonObject, jsonField } from '../json/node.ts';
import type { JsonConverterConfig } from './json-converter-config.ts';
import { convertToConnect, convertToJson } from './json-data.ts';

const TYPE_NAMES: Readonly<Record<Schema['type'], string>> = {
  BOOLEAN: 'boolean',
  INT8: 'int8',
  INT16: 'int16',
  INT32: 'int32',
  INT64: 'int64',
  FLOAT32: 'float',
  FLOAT64: 'double',
  BYTES: 'bytes',
  STRING: 'string',
  ARRAY: 'array',
  MAP: 'map',
  STRUCT: 'struct',
};

const str = (value: string): JsonNode => ({ kind: 'string', value });

/** The JSON schema object for a Connect schema (JsonConverter.asJsonSchema). */
export function schemaToJson(schema: Schema, config: JsonConverterConfig): JsonObject {
  const entries: [string, JsonNode][] = [['type', str(TYPE_NAMES[schema.type])]];
  const child = (s: Schema | undefined): JsonNode => (s === undefined ? JSON_NULL : schemaToJson(s, config));
  switch (schema.type) {
    case 'ARRAY':
      entries.push(['items', child(schema.valueSchema)]);
      break;
    case 'MAP':
      entries.push(['keys', child(schema.keySchema)], ['values', child(schema.valueSchema)]);
      break;
    case 'STRUCT':
      entries.push([
        'fields',
        {
          kind: 'array',
          items: schemaFields(schema).map((field) => {
            const fieldEntries = schemaToJson(field.schema, config).entries.filter(
              ([name]) => name !== 'field',
            );
            return { kind: 'object', entries: [...fieldEntries, ['field', str(field.name)]] };
          }),
        },
      ]);
      break;
    default:
      break;
  }
  entries.push(['optional', { kind: 'boolean', value: schema.optional }]);
  if (schema.name !== undefined) entries.push(['name', str(schema.name)]);
  if (schema.version !== undefined) entries.push(['version', { kind: 'int', value: BigInt(schema.version) }]);
  if (schema.doc !== undefined) entries.push(['doc', str(schema.doc)]);
  if (schema.parameters !== undefined) {
    entries.push([
      'parameters',
      { kind: 'object', entries: Object.entries(schema.parameters).map(([k, v]) => [k, str(v)]) },
    ]);
  }
  if (schema.defaultValue !== undefined && schema.defaultValue !== null) {
    entries.push(['default', convertToJson(schema, schema.defaultValue, config)]);
  }
  return { kind: 'object', entries };
}

function builderForType(node: JsonNode, typeName: string, config: JsonConverterConfig): SchemaBuilder {
  switch (typeName) {
    case 'boolean':
      return SchemaBuilder.bool();
    case 'int8':
      return SchemaBuilder.int8();
    case 'int16':
      return SchemaBuilder.int16();
    case 'int32':
      return SchemaBuilder.int32();
    case 'int64':
      return SchemaBuilder.int64();
    case 'float':
      return SchemaBuilder.float32();
    case 'double':
      return SchemaBuilder.float64();
    case 'bytes':
      return SchemaBuilder.bytes();
    case 'string':
      return SchemaBuilder.string();
    case 'array': {
      const items = jsonField(node, 'items');
      if (items === undefined || items.kind === 'null') {
        throw new DataException('Array schema did not specify the element type');
      }
      return SchemaBuilder.array(jsonToSchema(items, config) as Schema);
    }
    case 'map': {
      const keys = jsonField(node, 'keys');
      if (keys === undefined) throw new DataException('Map schema did not specify the key type');
      const values = jsonField(node, 'values');
      if (values === undefined) throw new DataException('Map schema did not specify the value type');
      return SchemaBuilder.map(jsonToSchema(keys, config) as Schema, jsonToSchema(values, config) as Schema);
    }
    case 'struct': {
      const builder = SchemaBuilder.struct();
      const fields = jsonField(node, 'fields');
      if (fields === undefined || fields.kind !== 'array') {
        throw new DataException('Struct schema\'s "fields" argument is not an array.');
      }
      for (const field of fields.items) {
        const fieldName = jsonField(field, 'field');
        if (fieldName === undefined || fieldName.kind !== 'string') {
          throw new DataException("Struct schema's field name not specified properly");
        }
        builder.field(fieldName.value, jsonToSchema(field, config) as Schema);
      }
      return builder;
    }
    default:
      throw new DataException(`Unknown schema type: ${typeName}`);
  }
}

/**
 * The Connect schema described by a JSON schema object (JsonConverter.asConnectSchema); null for JSON null.
 * Throws DataException (or SchemaBuilderException) with Apache's messages for a malformed schema.
 */
export function jsonToSchema(node: JsonNode, config: JsonConverterConfig): Schema | null {
  if (node.kind === 'null') return null;
  const typeNode = jsonField(node, 'type');
  if (typeNode === undefined || typeNode.kind !== 'string')
    throw new DataException("Schema must contain 'type' field");
  const builder = builderForType(node, typeNode.value, config);

  const optional = jsonField(node, 'optional');
  if (optional !== undefined && optional.kind === 'boolean' && optional.value) builder.optional();
  else builder.required();

  const name = jsonField(node, 'name');
  if (name !== undefined && name.kind === 'string') builder.name(name.value);

  const version = jsonField(node, 'version');
  if (version !== undefined && isIntegralNode(version)) builder.version(jacksonIntValue(version));

  const doc = jsonField(node, 'doc');
  if (doc !== undefined && doc.kind === 'string') builder.doc(doc.value);

  const parameters = jsonField(node, 'parameters');
  if (parameters !== undefined && parameters.kind === 'object') {
    for (const [key, value] of parameters.entries) {
      if (value.kind !== 'string') throw new DataException('Schema parameters must have string values.');
      builder.parameter(key, value.value);
    }
  }

  const defaultNode = jsonField(node, 'default');
  if (defaultNode !== undefined) {
    builder.defaultValue(convertToConnect(builder.build(), defaultNode, config));
  }
  return builder.build();
}
