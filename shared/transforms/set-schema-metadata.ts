/**
 * SetSchemaMetadata$Key / SetSchemaMetadata$Value: sets the name and/or version of the key or value schema (a Struct
 * is rebuilt on the renamed schema). As in Apache 4.1.1 the schema must be a struct: listing the fields of any other
 * schema fails with "Cannot list fields on non-struct type".
 */
import { ConfigDef, ConfigException, type RawConfig } from '../config/config-def.ts';
import { DataException } from '../data/errors.ts';
import { ConnectSchema, type Schema } from '../data/schema.ts';
import { Struct } from '../data/struct.ts';
import { REPLACE_NULL_WITH_DEFAULT_DOC } from './insert-field.ts';
import {
  keyValueTransformations,
  lazyConfigDef,
  type RecordSide,
  TRANSFORMS_PACKAGE,
  type Transformation,
} from './plugin.ts';
import { requireSchema } from './requirements.ts';
import { SimpleConfig } from './simple-config.ts';

export const SET_SCHEMA_METADATA_CLASS = `${TRANSFORMS_PACKAGE}.SetSchemaMetadata`;

const SCHEMA_NAME = 'schema.name';
const SCHEMA_VERSION = 'schema.version';
const REPLACE_NULL_WITH_DEFAULT = 'replace.null.with.default';

export const setSchemaMetadataConfigDef = lazyConfigDef(() =>
  new ConfigDef()
    .define({
      name: SCHEMA_NAME,
      type: 'STRING',
      defaultValue: null,
      importance: 'HIGH',
      documentation: 'Schema name to set.',
    })
    .define({
      name: SCHEMA_VERSION,
      type: 'INT',
      defaultValue: null,
      importance: 'HIGH',
      documentation: 'Schema version to set.',
    })
    .define({
      name: REPLACE_NULL_WITH_DEFAULT,
      type: 'BOOLEAN',
      defaultValue: true,
      importance: 'MEDIUM',
      documentation: REPLACE_NULL_WITH_DEFAULT_DOC,
    }),
);

function createSetSchemaMetadata(side: RecordSide, configs: RawConfig): Transformation {
  const config = new SimpleConfig(setSchemaMetadataConfigDef(), configs);
  const schemaName = config.getString(SCHEMA_NAME);
  const schemaVersion = config.getInt(SCHEMA_VERSION);
  const replaceNullWithDefault = config.getBoolean(REPLACE_NULL_WITH_DEFAULT);
  if (schemaName === null && schemaVersion === null) {
    throw new ConfigException('Neither schema name nor version configured');
  }

  const updateSchemaIn = (keyOrValue: unknown, updatedSchema: Schema): unknown => {
    if (!(keyOrValue instanceof Struct)) return keyOrValue;
    const updated = new Struct(updatedSchema);
    for (const field of updatedSchema.fields ?? []) {
      updated.put(
        field,
        replaceNullWithDefault ? keyOrValue.get(field) : keyOrValue.getWithoutDefault(field.name),
      );
    }
    return updated;
  };

  return {
    apply(record) {
      const value = side.value(record);
      const schema = side.schema(record);
      if (value === null && schema === null) return record;
      const current = requireSchema(schema, 'updating schema metadata');
      if (current.type !== 'STRUCT') throw new DataException('Cannot list fields on non-struct type');
      const name = schemaName ?? current.name;
      const version = schemaVersion ?? current.version;
      const updatedSchema = new ConnectSchema({
        type: current.type,
        optional: current.optional,
        defaultValue: current.defaultValue,
        ...(name === undefined ? {} : { name }),
        ...(version === undefined ? {} : { version }),
        ...(current.doc === undefined ? {} : { doc: current.doc }),
        ...(current.parameters === undefined ? {} : { parameters: current.parameters }),
        fields: current.fields ?? [],
      });
      return side.newRecord(record, updatedSchema, updateSchemaIn(value, updatedSchema));
    },
  };
}

export const [SET_SCHEMA_METADATA_KEY, SET_SCHEMA_METADATA_VALUE] = keyValueTransformations(
  SET_SCHEMA_METADATA_CLASS,
  setSchemaMetadataConfigDef,
  createSetSchemaMetadata,
);
