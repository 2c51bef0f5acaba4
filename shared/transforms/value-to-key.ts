/**
 * ValueToKey: replaces the record key with a Struct (or, without a value schema, a map) of the listed value fields.
 */
import { ConfigDef, type RawConfig } from '../config/config-def.ts';
import { JavaHashMap } from '../config/java-hash-order.ts';
import { DataException } from '../data/errors.ts';
import { schemaField } from '../data/schema.ts';
import { SchemaBuilder } from '../data/schema-builder.ts';
import { Struct } from '../data/struct.ts';
import { REPLACE_NULL_WITH_DEFAULT_DOC } from './insert-field.ts';
import { NonEmptyListValidator } from './non-empty-list-validator.ts';
import { lazyConfigDef, TRANSFORMS_PACKAGE, type Transformation, transformation } from './plugin.ts';
import { mapGet, requireMap, requireStruct } from './requirements.ts';
import { SchemaCache } from './schema-util.ts';
import { SimpleConfig } from './simple-config.ts';

export const VALUE_TO_KEY_CLASS = `${TRANSFORMS_PACKAGE}.ValueToKey`;

const FIELDS = 'fields';
const REPLACE_NULL_WITH_DEFAULT = 'replace.null.with.default';
const PURPOSE = 'copying fields from value to key';

export const valueToKeyConfigDef = lazyConfigDef(() =>
  new ConfigDef()
    .define({
      name: FIELDS,
      type: 'LIST',
      validator: new NonEmptyListValidator(),
      importance: 'HIGH',
      documentation: 'Field names on the record value to extract as the record key.',
    })
    .define({
      name: REPLACE_NULL_WITH_DEFAULT,
      type: 'BOOLEAN',
      defaultValue: true,
      importance: 'MEDIUM',
      documentation: REPLACE_NULL_WITH_DEFAULT_DOC,
    }),
);

function createValueToKey(configs: RawConfig): Transformation {
  const config = new SimpleConfig(valueToKeyConfigDef(), configs);
  const fields = config.getList(FIELDS);
  const replaceNullWithDefault = config.getBoolean(REPLACE_NULL_WITH_DEFAULT);
  const cache = new SchemaCache();

  return {
    apply(record) {
      if (record.valueSchema === null) {
        const value = requireMap(record.value, PURPOSE);
        const key = new JavaHashMap(fields.length);
        for (const field of fields) key.put(field, mapGet(value, field));
        return record.newRecord(
          record.topic,
          record.kafkaPartition,
          null,
          key.toMap(),
          record.valueSchema,
          record.value,
          record.timestamp,
        );
      }
      const value = requireStruct(record.value, PURPOSE, record.valueSchema);
      const keySchema = cache.getOrBuild(value.schema, () => {
        const builder = SchemaBuilder.struct();
        for (const field of fields) {
          const fromValue = schemaField(value.schema, field);
          if (fromValue === undefined) throw new DataException(`Field does not exist: ${field}`);
          builder.field(field, fromValue.schema);
        }
        return builder.build();
      });
      const key = new Struct(keySchema);
      for (const field of fields) {
        key.put(field, replaceNullWithDefault ? value.get(field) : value.getWithoutDefault(field));
      }
      return record.newRecord(
        record.topic,
        record.kafkaPartition,
        keySchema,
        key,
        value.schema,
        value,
        record.timestamp,
      );
    },
  };
}

export const VALUE_TO_KEY = transformation(VALUE_TO_KEY_CLASS, valueToKeyConfigDef, createValueToKey);
