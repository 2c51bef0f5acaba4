/**
 * HeaderFrom$Key / HeaderFrom$Value: copies (`operation=copy`) or moves (`move`) the listed fields of the key or
 * value into headers, pairing `fields` with `headers` by position. Moving rebuilds the Struct without those fields
 * (schema cached) or removes them from the map.
 */
import { ConfigDef, ConfigException, type RawConfig } from '../config/config-def.ts';
import { JavaHashMap } from '../config/java-hash-order.ts';
import { ValidString } from '../config/validators.ts';
import { type Schema, schemaField } from '../data/schema.ts';
import { SchemaBuilder } from '../data/schema-builder.ts';
import { Struct } from '../data/struct.ts';
import { NullPointerException } from './errors.ts';
import { REPLACE_NULL_WITH_DEFAULT_DOC } from './insert-field.ts';
import { TRANSFORMS_HASH_SIZING } from './java-values.ts';
import { NonEmptyListValidator } from './non-empty-list-validator.ts';
import {
  keyValueTransformations,
  lazyConfigDef,
  type RecordSide,
  TRANSFORMS_PACKAGE,
  type Transformation,
} from './plugin.ts';
import { entriesOf, mapGet, requireMap, requireStruct } from './requirements.ts';
import { copySchemaBasics, SchemaCache, structFields } from './schema-util.ts';
import { SimpleConfig } from './simple-config.ts';

export const HEADER_FROM_CLASS = `${TRANSFORMS_PACKAGE}.HeaderFrom`;

const FIELDS = 'fields';
const HEADERS = 'headers';
const OPERATION = 'operation';
const REPLACE_NULL_WITH_DEFAULT = 'replace.null.with.default';

export const headerFromConfigDef = lazyConfigDef(() =>
  new ConfigDef()
    .define({
      name: FIELDS,
      type: 'LIST',
      validator: new NonEmptyListValidator(),
      importance: 'HIGH',
      documentation: 'Field names in the record whose values are to be copied or moved to headers.',
    })
    .define({
      name: HEADERS,
      type: 'LIST',
      validator: new NonEmptyListValidator(),
      importance: 'HIGH',
      documentation:
        'Header names, in the same order as the field names listed in the fields configuration property.',
    })
    .define({
      name: OPERATION,
      type: 'STRING',
      validator: ValidString.in('move', 'copy'),
      importance: 'HIGH',
      documentation:
        'Either <code>move</code> if the fields are to be moved to the headers (removed from the key/value), or <code>copy</code> if the fields are to be copied to the headers (retained in the key/value).',
    })
    .define({
      name: REPLACE_NULL_WITH_DEFAULT,
      type: 'BOOLEAN',
      defaultValue: true,
      importance: 'MEDIUM',
      documentation: REPLACE_NULL_WITH_DEFAULT_DOC,
    }),
);

function createHeaderFrom(side: RecordSide, configs: RawConfig): Transformation {
  const config = new SimpleConfig(headerFromConfigDef(), configs);
  const fields = config.getList(FIELDS);
  const headers = config.getList(HEADERS);
  if (headers.length !== fields.length) {
    throw new ConfigException(
      `'${FIELDS}' config must have the same number of elements as '${HEADERS}' config.`,
    );
  }
  const operation = config.getString(OPERATION) as 'move' | 'copy';
  const replaceNullWithDefault = config.getBoolean(REPLACE_NULL_WITH_DEFAULT);
  const purpose = `header ${operation}`;
  const cache = new SchemaCache();

  const fieldValue = (value: Struct, name: string) =>
    replaceNullWithDefault ? value.get(name) : value.getWithoutDefault(name);

  const moveSchema = (schema: Schema): Schema =>
    cache.getOrBuild(schema, () => {
      const builder = copySchemaBasics(schema, SchemaBuilder.struct());
      for (const field of structFields(schema)) {
        if (!fields.includes(field.name)) builder.field(field.name, field.schema);
      }
      return builder.build();
    });

  return {
    apply(record) {
      const schema = side.schema(record);
      const updatedHeaders = record.headers.duplicate();
      if (schema === null) {
        const value = requireMap(side.value(record), purpose);
        const updated = JavaHashMap.copyOf(entriesOf(value), TRANSFORMS_HASH_SIZING);
        fields.forEach((field, i) => {
          const found = mapGet(value, field);
          if (operation === 'move') updated.remove(field);
          updatedHeaders.addValue(headers[i] as string, found, null);
        });
        return side.newRecord(record, null, updated.toMap(), updatedHeaders);
      }
      const value = requireStruct(side.value(record), purpose, schema);
      let updatedSchema = schema;
      let updatedValue = value;
      if (operation === 'move') {
        updatedSchema = moveSchema(schema);
        updatedValue = new Struct(updatedSchema);
        for (const field of updatedSchema.fields ?? [])
          updatedValue.put(field, fieldValue(value, field.name));
      }
      fields.forEach((field, i) => {
        const found = schemaField(value.schema, field) !== undefined ? fieldValue(value, field) : null;
        const fieldSchema = schemaField(schema, field)?.schema;
        if (fieldSchema === undefined) {
          throw new NullPointerException(
            'Cannot invoke "org.apache.kafka.connect.data.Field.schema()" because the return value of "org.apache.kafka.connect.data.Schema.field(String)" is null',
          );
        }
        updatedHeaders.addValue(headers[i] as string, found, fieldSchema);
      });
      return side.newRecord(record, updatedSchema, updatedValue, updatedHeaders);
    },
  };
}

export const [HEADER_FROM_KEY, HEADER_FROM_VALUE] = keyValueTransformations(
  HEADER_FROM_CLASS,
  headerFromConfigDef,
  createHeaderFrom,
);
