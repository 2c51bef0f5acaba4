/**
 * TimestampConverter$Key / TimestampConverter$Value: converts a timestamp (the whole key/value, or the field named by
 * `field`) between Unix time (`unix`, in `unix.precision`), formatted strings (`string`, with the SimpleDateFormat
 * `format`, UTC) and the Connect Date, Time and Timestamp logical types.
 */
import { ConfigDef, ConfigException, type RawConfig } from '../config/config-def.ts';
import { isBlank } from '../config/connector-config.ts';
import { JavaHashMap } from '../config/java-hash-order.ts';
import { ValidString } from '../config/validators.ts';
import { ConnectException, DataException } from '../data/errors.ts';
import { DATE_LOGICAL_NAME, TIME_LOGICAL_NAME, TIMESTAMP_LOGICAL_NAME } from '../data/logical-names.ts';
import { ConnectDate, ConnectTime, ConnectTimestamp, LogicalSchemas } from '../data/logical-types.ts';
import { ConnectSchema, type Schema, Schemas, schemaToString } from '../data/schema.ts';
import { SchemaBuilder } from '../data/schema-builder.ts';
import { Struct } from '../data/struct.ts';
import { IllegalArgumentException, NullPointerException } from './errors.ts';
import { REPLACE_NULL_WITH_DEFAULT_DOC } from './insert-field.ts';
import { javaClassString, javaTypeOf, TRANSFORMS_HASH_SIZING } from './java-values.ts';
import {
  keyValueTransformations,
  lazyConfigDef,
  type RecordSide,
  TRANSFORMS_PACKAGE,
  type Transformation,
} from './plugin.ts';
import { entriesOf, mapGet, requireMap, requireStructOrNull } from './requirements.ts';
import { copySchemaBasics, SchemaCache, structFields } from './schema-util.ts';
import { SimpleConfig } from './simple-config.ts';
import { SimpleDateFormat } from './simple-date-format.ts';

export const TIMESTAMP_CONVERTER_CLASS = `${TRANSFORMS_PACKAGE}.TimestampConverter`;

const FIELD = 'field';
const TARGET_TYPE = 'target.type';
const FORMAT = 'format';
const UNIX_PRECISION = 'unix.precision';
const REPLACE_NULL_WITH_DEFAULT = 'replace.null.with.default';
const PURPOSE = 'converting timestamp formats';

type TimestampKind = 'string' | 'unix' | 'Date' | 'Time' | 'Timestamp';
type Precision = 'nanoseconds' | 'microseconds' | 'milliseconds' | 'seconds';

const MILLIS_PER_DAY = 86_400_000n;
const LONG_MAX = 2n ** 63n - 1n;
const LONG_MIN = -(2n ** 63n);

export const timestampConverterConfigDef = lazyConfigDef(() =>
  new ConfigDef()
    .define({
      name: FIELD,
      type: 'STRING',
      defaultValue: '',
      importance: 'HIGH',
      documentation: 'The field containing the timestamp, or empty if the entire value is a timestamp',
    })
    .define({
      name: TARGET_TYPE,
      type: 'STRING',
      validator: ValidString.in('string', 'unix', 'Date', 'Time', 'Timestamp'),
      importance: 'HIGH',
      documentation: 'The desired timestamp representation: string, unix, Date, Time, or Timestamp',
    })
    .define({
      name: FORMAT,
      type: 'STRING',
      defaultValue: '',
      importance: 'MEDIUM',
      documentation:
        'A SimpleDateFormat-compatible format for the timestamp. Used to generate the output when type=string or used to parse the input if the input is a string.',
    })
    .define({
      name: UNIX_PRECISION,
      type: 'STRING',
      defaultValue: 'milliseconds',
      validator: ValidString.in('nanoseconds', 'microseconds', 'milliseconds', 'seconds'),
      importance: 'LOW',
      documentation:
        'The desired Unix precision for the timestamp: seconds, milliseconds, microseconds, or nanoseconds. Used to generate the output when type=unix or used to parse the input if the input is a Long.Note: This SMT will cause precision loss during conversions from, and to, values with sub-millisecond components.',
    })
    .define({
      name: REPLACE_NULL_WITH_DEFAULT,
      type: 'BOOLEAN',
      defaultValue: true,
      importance: 'MEDIUM',
      documentation: REPLACE_NULL_WITH_DEFAULT_DOC,
    }),
);

const OPTIONAL_DATE = ConnectDate.builder().optional().build();
const OPTIONAL_TIME = ConnectTime.builder().optional().build();
const OPTIONAL_TIMESTAMP = ConnectTimestamp.builder().optional().build();

function typeSchema(kind: TimestampKind, optional: boolean): Schema {
  switch (kind) {
    case 'string':
      return optional ? Schemas.OPTIONAL_STRING : Schemas.STRING;
    case 'unix':
      return optional ? Schemas.OPTIONAL_INT64 : Schemas.INT64;
    case 'Date':
      return optional ? OPTIONAL_DATE : LogicalSchemas.DATE;
    case 'Time':
      return optional ? OPTIONAL_TIME : LogicalSchemas.TIME;
    case 'Timestamp':
      return optional ? OPTIONAL_TIMESTAMP : LogicalSchemas.TIMESTAMP;
  }
}

function saturatingMultiply(value: bigint, factor: bigint): bigint {
  const product = value * factor;
  if (product > LONG_MAX) return LONG_MAX;
  if (product < LONG_MIN) return LONG_MIN;
  return product;
}

/** The timestamp kind a schema stands for. */
function kindFromSchema(schema: Schema): TimestampKind {
  if (schema.name === TIMESTAMP_LOGICAL_NAME) return 'Timestamp';
  if (schema.name === DATE_LOGICAL_NAME) return 'Date';
  if (schema.name === TIME_LOGICAL_NAME) return 'Time';
  if (schema.type === 'STRING') return 'string';
  if (schema.type === 'INT64') return 'unix';
  throw new ConnectException(
    `Schema ${schemaToString(schema)} does not correspond to a known timestamp type format`,
  );
}

function createTimestampConverter(side: RecordSide, configs: RawConfig): Transformation {
  const config = new SimpleConfig(timestampConverterConfigDef(), configs);
  const field = config.getString(FIELD) as string;
  const type = config.getString(TARGET_TYPE) as TimestampKind;
  const formatPattern = config.getString(FORMAT) as string;
  const precision = config.getString(UNIX_PRECISION) as Precision;
  const replaceNullWithDefault = config.getBoolean(REPLACE_NULL_WITH_DEFAULT);
  const cache = new SchemaCache();

  if (type === 'string' && isBlank(formatPattern)) {
    throw new ConfigException(
      'TimestampConverter requires format option to be specified when using string timestamps',
    );
  }
  let format: SimpleDateFormat | null = null;
  if (!isBlank(formatPattern)) {
    try {
      format = new SimpleDateFormat(formatPattern);
    } catch (e) {
      if (!(e instanceof IllegalArgumentException)) throw e;
      // new ConfigException(String, Throwable) binds to (name, value): the cause becomes the "value".
      throw ConfigException.invalid(
        `TimestampConverter requires a SimpleDateFormat-compatible pattern for string timestamps: ${formatPattern}`,
        `java.lang.IllegalArgumentException: ${e.message}`,
      );
    }
  }

  const toRaw = (kind: TimestampKind, orig: unknown): Date => {
    const javaType = javaTypeOf(orig, null);
    switch (kind) {
      case 'string': {
        if (typeof orig !== 'string') {
          throw new DataException(
            `Expected string timestamp to be a String, but found ${javaClassString(javaType)}`,
          );
        }
        if (format === null) {
          throw new NullPointerException(
            'Cannot invoke "java.text.SimpleDateFormat.parse(String)" because "config.format" is null',
          );
        }
        const parsed = format.parse(orig, 0);
        if (parsed === null || parsed.next === 0) {
          throw new DataException(
            `Could not parse timestamp: value (${orig}) does not match pattern (${format.toPattern()})`,
          );
        }
        return new Date(parsed.millis);
      }
      case 'unix': {
        if (typeof orig !== 'bigint') {
          throw new DataException(
            `Expected Unix timestamp to be a Long, but found ${javaClassString(javaType)}`,
          );
        }
        let millis: bigint;
        if (precision === 'seconds') millis = saturatingMultiply(orig, 1000n);
        else if (precision === 'microseconds') millis = orig / 1000n;
        else if (precision === 'nanoseconds') millis = orig / 1_000_000n;
        else millis = orig;
        return ConnectTimestamp.toLogical(LogicalSchemas.TIMESTAMP, millis);
      }
      default:
        if (!(orig instanceof Date)) {
          throw new DataException(
            `Expected ${kind} to be a java.util.Date, but found ${javaClassString(javaType)}`,
          );
        }
        return orig;
    }
  };

  const toType = (orig: Date): unknown => {
    switch (type) {
      case 'string':
        return (format as SimpleDateFormat).format(orig.getTime());
      case 'unix': {
        const millis = ConnectTimestamp.fromLogical(LogicalSchemas.TIMESTAMP, orig);
        if (precision === 'seconds') return millis / 1000n;
        if (precision === 'microseconds') return saturatingMultiply(millis, 1000n);
        if (precision === 'nanoseconds') return saturatingMultiply(millis, 1_000_000n);
        return millis;
      }
      case 'Date': {
        const millis = BigInt(orig.getTime());
        const day = millis >= 0n ? millis / MILLIS_PER_DAY : -((-millis - 1n) / MILLIS_PER_DAY) - 1n;
        return new Date(Number(day * MILLIS_PER_DAY));
      }
      case 'Time': {
        const millis = orig.getTime();
        return new Date(((millis % 86_400_000) + 86_400_000) % 86_400_000);
      }
      case 'Timestamp':
        return orig;
    }
  };

  const inferKind = (timestamp: unknown): TimestampKind => {
    if (timestamp instanceof Date) return 'Timestamp';
    if (typeof timestamp === 'bigint') return 'unix';
    if (typeof timestamp === 'string') return 'string';
    throw new DataException(
      `TimestampConverter does not support ${javaClassString(javaTypeOf(timestamp, null))} objects as timestamps`,
    );
  };

  const convert = (timestamp: unknown, kind: TimestampKind | null): unknown => {
    if (timestamp === null || timestamp === undefined) return null;
    return toType(toRaw(kind ?? inferKind(timestamp), timestamp));
  };

  const fieldValue = (value: Struct, name: string): unknown =>
    replaceNullWithDefault ? value.get(name) : value.getWithoutDefault(name);

  const applyToStruct = (value: Struct | null, updatedSchema: Schema): Struct | null => {
    if (value === null) return null;
    const updated = new Struct(updatedSchema);
    for (const f of structFields(value.schema)) {
      const v =
        f.name === field
          ? convert(fieldValue(value, f.name), kindFromSchema(f.schema))
          : fieldValue(value, f.name);
      updated.put(f.name, v);
    }
    return updated;
  };

  const buildSchema = (schema: Schema): Schema => {
    const builder = copySchemaBasics(schema, SchemaBuilder.struct());
    for (const f of structFields(schema)) {
      builder.field(f.name, f.name === field ? typeSchema(type, f.schema.optional) : f.schema);
    }
    if (schema.optional) builder.optional();
    const withoutDefault = builder.build();
    if (schema.defaultValue === undefined || schema.defaultValue === null) return withoutDefault;
    // Apache converts the default into a Struct of the builder itself and sets it as the builder's default, which
    // its validation accepts (the struct's schema is the builder); ours would not, so the schema is made directly.
    const updatedDefault = applyToStruct(schema.defaultValue as Struct, withoutDefault);
    return new ConnectSchema({ ...withoutDefault, defaultValue: updatedDefault });
  };

  return {
    apply(record) {
      const schema = side.schema(record);
      if (schema === null) {
        const raw = side.value(record);
        if (raw === null || field.length === 0) return side.newRecord(record, null, convert(raw, null));
        const value = requireMap(raw, PURPOSE);
        const updated = JavaHashMap.copyOf(entriesOf(value), TRANSFORMS_HASH_SIZING);
        updated.put(field, convert(mapGet(value, field), null));
        return side.newRecord(record, null, updated.toMap());
      }
      if (field.length === 0) {
        const value = side.value(record);
        const updatedSchema = typeSchema(type, schema.optional);
        return side.newRecord(record, updatedSchema, convert(value, kindFromSchema(schema)));
      }
      const value = requireStructOrNull(side.value(record), PURPOSE, schema);
      const updatedSchema = cache.getOrBuild(schema, () => buildSchema(schema));
      return side.newRecord(record, updatedSchema, applyToStruct(value, updatedSchema));
    },
  };
}

export const [TIMESTAMP_CONVERTER_KEY, TIMESTAMP_CONVERTER_VALUE] = keyValueTransformations(
  TIMESTAMP_CONVERTER_CLASS,
  timestampConverterConfigDef,
  createTimestampConverter,
);
