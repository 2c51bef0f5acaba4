/**
 * InsertField$Key / InsertField$Value: adds fields holding the record's topic, partition, offset (sink records),
 * timestamp, or a static string. Struct values get a new schema (cached per input schema); schemaless values must be
 * maps; null values pass through unchanged.
 */
import { ConfigDef, ConfigException, type RawConfig } from '../config/config-def.ts';
import { JavaHashMap } from '../config/java-hash-order.ts';
import { javaStringHash } from '../config/java-text.ts';
import { ConnectTimestamp, LogicalSchemas } from '../data/logical-types.ts';
import { type Field, type Schema, Schemas } from '../data/schema.ts';
import { SchemaBuilder } from '../data/schema-builder.ts';
import { Struct } from '../data/struct.ts';
import { TRANSFORMS_HASH_SIZING } from './java-values.ts';
import {
  keyValueTransformations,
  lazyConfigDef,
  type RecordSide,
  TRANSFORMS_PACKAGE,
  type Transformation,
} from './plugin.ts';
import type { ConnectRecord } from './record.ts';
import { entriesOf, requireMap, requireSinkRecord, requireStruct } from './requirements.ts';
import { copySchemaBasics, SchemaCache } from './schema-util.ts';
import { SimpleConfig } from './simple-config.ts';

export const INSERT_FIELD_CLASS = `${TRANSFORMS_PACKAGE}.InsertField`;

const TOPIC_FIELD = 'topic.field';
const PARTITION_FIELD = 'partition.field';
const OFFSET_FIELD = 'offset.field';
const TIMESTAMP_FIELD = 'timestamp.field';
const STATIC_FIELD = 'static.field';
const STATIC_VALUE = 'static.value';
const REPLACE_NULL_WITH_DEFAULT = 'replace.null.with.default';

const OPTIONALITY_DOC =
  'Suffix with <code>!</code> to make this a required field, or <code>?</code> to keep it optional (the default).';
export const REPLACE_NULL_WITH_DEFAULT_DOC =
  'Whether to replace fields that have a default value and that are null to the default value. When set to true, the default value is used, otherwise null is used.';

const PURPOSE = 'field insertion';

export const insertFieldConfigDef = lazyConfigDef(() =>
  new ConfigDef()
    .define({
      name: TOPIC_FIELD,
      type: 'STRING',
      defaultValue: null,
      importance: 'MEDIUM',
      documentation: `Field name for Kafka topic. ${OPTIONALITY_DOC}`,
    })
    .define({
      name: PARTITION_FIELD,
      type: 'STRING',
      defaultValue: null,
      importance: 'MEDIUM',
      documentation: `Field name for Kafka partition. ${OPTIONALITY_DOC}`,
    })
    .define({
      name: OFFSET_FIELD,
      type: 'STRING',
      defaultValue: null,
      importance: 'MEDIUM',
      documentation: `Field name for Kafka offset - only applicable to sink connectors.<br/>${OPTIONALITY_DOC}`,
    })
    .define({
      name: TIMESTAMP_FIELD,
      type: 'STRING',
      defaultValue: null,
      importance: 'MEDIUM',
      documentation: `Field name for record timestamp. ${OPTIONALITY_DOC}`,
    })
    .define({
      name: STATIC_FIELD,
      type: 'STRING',
      defaultValue: null,
      importance: 'MEDIUM',
      documentation: `Field name for static data field. ${OPTIONALITY_DOC}`,
    })
    .define({
      name: STATIC_VALUE,
      type: 'STRING',
      defaultValue: null,
      importance: 'MEDIUM',
      documentation: 'Static field value, if field name configured.',
    })
    .define({
      name: REPLACE_NULL_WITH_DEFAULT,
      type: 'BOOLEAN',
      defaultValue: true,
      importance: 'MEDIUM',
      documentation: REPLACE_NULL_WITH_DEFAULT_DOC,
    }),
);

interface InsertionSpec {
  readonly name: string;
  readonly optional: boolean;
}

function parseSpec(spec: string | null): InsertionSpec | null {
  if (spec === null) return null;
  if (spec.endsWith('?')) return { name: spec.slice(0, -1), optional: true };
  if (spec.endsWith('!')) return { name: spec.slice(0, -1), optional: false };
  return { name: spec, optional: true };
}

/** Java prints the spec object with its identity hash; ours is derived from the field name. */
function specToString(spec: InsertionSpec): string {
  return `${INSERT_FIELD_CLASS}$InsertionSpec@${(javaStringHash(spec.name) >>> 0).toString(16)}`;
}

const OPTIONAL_TIMESTAMP_SCHEMA = ConnectTimestamp.builder().optional().build();

function createInsertField(side: RecordSide, configs: RawConfig): Transformation {
  const config = new SimpleConfig(insertFieldConfigDef(), configs);
  const topicField = parseSpec(config.getString(TOPIC_FIELD));
  const partitionField = parseSpec(config.getString(PARTITION_FIELD));
  const offsetField = parseSpec(config.getString(OFFSET_FIELD));
  const timestampField = parseSpec(config.getString(TIMESTAMP_FIELD));
  const staticField = parseSpec(config.getString(STATIC_FIELD));
  const staticValue = config.getString(STATIC_VALUE);
  const replaceNullWithDefault = config.getBoolean(REPLACE_NULL_WITH_DEFAULT);

  if (
    topicField === null &&
    partitionField === null &&
    offsetField === null &&
    timestampField === null &&
    staticField === null
  ) {
    throw new ConfigException('No field insertion configured');
  }
  if (staticField !== null && staticValue === null) {
    throw ConfigException.invalid(
      STATIC_VALUE,
      null,
      `No value specified for static field: ${specToString(staticField)}`,
    );
  }

  const cache = new SchemaCache();

  const makeUpdatedSchema = (schema: Schema): Schema => {
    const builder = copySchemaBasics(schema, SchemaBuilder.struct());
    for (const field of schema.fields ?? []) builder.field(field.name, field.schema);
    if (topicField !== null) {
      builder.field(topicField.name, topicField.optional ? Schemas.OPTIONAL_STRING : Schemas.STRING);
    }
    if (partitionField !== null) {
      builder.field(partitionField.name, partitionField.optional ? Schemas.OPTIONAL_INT32 : Schemas.INT32);
    }
    if (offsetField !== null) {
      builder.field(offsetField.name, offsetField.optional ? Schemas.OPTIONAL_INT64 : Schemas.INT64);
    }
    if (timestampField !== null) {
      builder.field(
        timestampField.name,
        timestampField.optional ? OPTIONAL_TIMESTAMP_SCHEMA : LogicalSchemas.TIMESTAMP,
      );
    }
    if (staticField !== null) {
      builder.field(staticField.name, staticField.optional ? Schemas.OPTIONAL_STRING : Schemas.STRING);
    }
    return builder.build();
  };

  const fieldValue = (value: Struct, field: Field): unknown =>
    replaceNullWithDefault ? value.get(field) : value.getWithoutDefault(field.name);

  const applySchemaless = (record: ConnectRecord): ConnectRecord => {
    const value = requireMap(side.value(record), PURPOSE);
    const updated = JavaHashMap.copyOf(entriesOf(value), TRANSFORMS_HASH_SIZING);
    if (topicField !== null) updated.put(topicField.name, record.topic);
    if (partitionField !== null && record.kafkaPartition !== null) {
      updated.put(partitionField.name, BigInt(record.kafkaPartition));
    }
    if (offsetField !== null) {
      updated.put(offsetField.name, BigInt(requireSinkRecord(record, PURPOSE).kafkaOffset));
    }
    if (timestampField !== null && record.timestamp !== null) {
      updated.put(timestampField.name, BigInt(record.timestamp));
    }
    if (staticField !== null && staticValue !== null) updated.put(staticField.name, staticValue);
    return side.newRecord(record, null, updated.toMap());
  };

  const applyWithSchema = (record: ConnectRecord): ConnectRecord => {
    const value = requireStruct(side.value(record), PURPOSE, side.schema(record));
    const updatedSchema = cache.getOrBuild(value.schema, () => makeUpdatedSchema(value.schema));
    const updated = new Struct(updatedSchema);
    for (const field of value.schema.fields ?? []) updated.put(field.name, fieldValue(value, field));
    if (topicField !== null) updated.put(topicField.name, record.topic);
    if (partitionField !== null && record.kafkaPartition !== null) {
      updated.put(partitionField.name, record.kafkaPartition);
    }
    if (offsetField !== null) {
      updated.put(offsetField.name, BigInt(requireSinkRecord(record, PURPOSE).kafkaOffset));
    }
    if (timestampField !== null && record.timestamp !== null) {
      updated.put(timestampField.name, new Date(record.timestamp));
    }
    if (staticField !== null && staticValue !== null) updated.put(staticField.name, staticValue);
    return side.newRecord(record, updatedSchema, updated);
  };

  return {
    apply(record) {
      if (side.value(record) === null) return record;
      if (side.schema(record) === null) return applySchemaless(record);
      return applyWithSchema(record);
    },
  };
}

export const [INSERT_FIELD_KEY, INSERT_FIELD_VALUE] = keyValueTransformations(
  INSERT_FIELD_CLASS,
  insertFieldConfigDef,
  createInsertField,
);
