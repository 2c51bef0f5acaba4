/**
 * Flatten$Key / Flatten$Value: flattens nested Structs (or maps) into one level, joining field names with
 * `delimiter`. Arrays are kept as they are; a nested field is optional when any ancestor is, and inherits defaults
 * from ancestors' default Structs. Schemaless results keep the input's field order.
 */
import { ConfigDef, type RawConfig } from '../config/config-def.ts';
import { DataException } from '../data/errors.ts';
import type { Schema } from '../data/schema.ts';
import { SchemaBuilder } from '../data/schema-builder.ts';
import { Struct } from '../data/struct.ts';
import { javaClassString, javaTypeOf } from './java-values.ts';
import {
  keyValueTransformations,
  lazyConfigDef,
  type RecordSide,
  TRANSFORMS_PACKAGE,
  type Transformation,
} from './plugin.ts';
import { entriesOf, type MapValue, requireMap, requireStructOrNull } from './requirements.ts';
import { copySchemaBasics, SchemaCache, structFields } from './schema-util.ts';
import { SimpleConfig } from './simple-config.ts';

export const FLATTEN_CLASS = `${TRANSFORMS_PACKAGE}.Flatten`;

const PURPOSE = 'flattening';

export const flattenConfigDef = lazyConfigDef(() =>
  new ConfigDef().define({
    name: 'delimiter',
    type: 'STRING',
    defaultValue: '.',
    importance: 'MEDIUM',
    documentation:
      'Delimiter to insert between field names from the input record when generating field names for the output record',
  }),
);

const KEPT_TYPES = new Set([
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
]);

function createFlatten(side: RecordSide, configs: RawConfig): Transformation {
  const delimiter = new SimpleConfig(flattenConfigDef(), configs).getString('delimiter') as string;
  const cache = new SchemaCache();
  const fieldName = (prefix: string, name: string) =>
    prefix.length === 0 ? name : prefix + delimiter + name;

  const flattenMap = (original: MapValue, prefix: string, out: Map<unknown, unknown>): void => {
    for (const [key, value] of entriesOf(original)) {
      const name = fieldName(prefix, String(key));
      if (value === null || value === undefined) {
        out.set(name, null);
        continue;
      }
      const type = javaTypeOf(value, null);
      switch (type) {
        case 'Byte':
        case 'Short':
        case 'Integer':
        case 'Long':
        case 'Float':
        case 'Double':
        case 'Boolean':
        case 'String':
        case 'byte[]':
        case 'List':
          out.set(name, value);
          break;
        case 'Map':
          flattenMap(requireMap(value, PURPOSE), name, out);
          break;
        case 'Struct':
          throw new DataException(
            `Flatten transformation does not support ${javaClassString(type)} for record without schemas (for field ${name}).`,
          );
        default:
          throw new DataException(
            `Flatten transformation was passed a value of type ${javaClassString(type)} which is not supported by Connect's data API`,
          );
      }
    }
  };

  const convertFieldSchema = (orig: Schema, optional: boolean, defaultValue: unknown): Schema => {
    const builder = copySchemaBasics(orig);
    if (optional) builder.optional();
    if (defaultValue !== null && defaultValue !== undefined) builder.defaultValue(defaultValue);
    return builder.build();
  };

  const buildUpdatedSchema = (
    schema: Schema,
    prefix: string,
    builder: SchemaBuilder,
    optional: boolean,
    defaultFromParent: Struct | null,
  ): void => {
    for (const field of structFields(schema)) {
      const name = fieldName(prefix, field.name);
      const fieldOptional = optional || field.schema.optional;
      let fieldDefault: unknown = null;
      if (field.schema.defaultValue !== undefined && field.schema.defaultValue !== null) {
        fieldDefault = field.schema.defaultValue;
      } else if (defaultFromParent !== null) {
        fieldDefault = defaultFromParent.get(field);
      }
      if (KEPT_TYPES.has(field.schema.type)) {
        builder.field(name, convertFieldSchema(field.schema, fieldOptional, fieldDefault));
      } else if (field.schema.type === 'STRUCT') {
        buildUpdatedSchema(
          field.schema,
          name,
          builder,
          fieldOptional,
          (fieldDefault as Struct | null) ?? null,
        );
      } else {
        throw new DataException(
          `Flatten transformation does not support ${field.schema.type} for record with schemas (for field ${name}).`,
        );
      }
    }
  };

  const flattenStruct = (record: Struct | null, prefix: string, out: Struct): void => {
    if (record === null) return;
    for (const field of record.schema.fields ?? []) {
      const name = fieldName(prefix, field.name);
      if (KEPT_TYPES.has(field.schema.type)) out.put(name, record.get(field));
      else if (field.schema.type === 'STRUCT') flattenStruct(record.getStruct(field.name), name, out);
      else {
        throw new DataException(
          `Flatten transformation does not support ${field.schema.type} for record with schemas (for field ${name}).`,
        );
      }
    }
  };

  return {
    apply(record) {
      const value = side.value(record);
      if (value === null) return record;
      const schema = side.schema(record);
      if (schema === null) {
        const out = new Map<unknown, unknown>();
        flattenMap(requireMap(value, PURPOSE), '', out);
        return side.newRecord(record, null, out);
      }
      const struct = requireStructOrNull(value, PURPOSE, schema);
      const updatedSchema = cache.getOrBuild(schema, () => {
        const builder = copySchemaBasics(schema, SchemaBuilder.struct());
        const defaultValue = (schema.defaultValue as Struct | undefined) ?? null;
        buildUpdatedSchema(schema, '', builder, schema.optional, defaultValue);
        return builder.build();
      });
      if (struct === null) return side.newRecord(record, updatedSchema, null);
      const updated = new Struct(updatedSchema);
      flattenStruct(struct, '', updated);
      return side.newRecord(record, updatedSchema, updated);
    },
  };
}

export const [FLATTEN_KEY, FLATTEN_VALUE] = keyValueTransformations(
  FLATTEN_CLASS,
  flattenConfigDef,
  createFlatten,
);
