/**
 * Cast$Key / Cast$Value: casts fields of a Struct or map (`field:type,...`), or the whole key/value (`type`), to
 * int8/int16/int32/int64/float32/float64/boolean/string, with Java's numeric narrowing, parsing and printing. Logical
 * Date/Time/Timestamp values are cast from their integer encoding, or printed in ISO 8601 when cast to string; bytes
 * cast to string are base64-encoded.
 */
import { javaSplit } from '../codecs/java-split.ts';
import { ConfigDef, ConfigException, type RawConfig } from '../config/config-def.ts';
import { JavaHashMap } from '../config/java-hash-order.ts';
import { javaEqualsIgnoreCase, javaTrim, parseJavaDouble, parseJavaInteger } from '../config/java-text.ts';
import { LambdaValidator } from '../config/validators.ts';
import { DataException } from '../data/errors.ts';
import { DATE_LOGICAL_NAME, TIME_LOGICAL_NAME, TIMESTAMP_LOGICAL_NAME } from '../data/logical-names.ts';
import { ConnectDate, ConnectTime, ConnectTimestamp } from '../data/logical-types.ts';
import { SCHEMA_TYPES, type Schema, type SchemaType, schemaField } from '../data/schema.ts';
import { SchemaBuilder } from '../data/schema-builder.ts';
import { Struct } from '../data/struct.ts';
import { encodeBase64 } from '../json/base64.ts';
import { parseDecimalText } from '../json/decimal-text.ts';
import { decimalToFloat32 } from '../json/float32.ts';
import { REPLACE_NULL_WITH_DEFAULT_DOC } from './insert-field.ts';
import {
  byteValue,
  doubleValue,
  floatValue,
  intValue,
  isJavaNumber,
  type JavaType,
  javaClassString,
  javaTypeOf,
  longValue,
  shortValue,
  TRANSFORMS_HASH_SIZING,
} from './java-values.ts';
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
import { dateFormatFor, javaToString } from './values.ts';

export const CAST_CLASS = `${TRANSFORMS_PACKAGE}.Cast`;

const SPEC = 'spec';
const REPLACE_NULL_WITH_DEFAULT = 'replace.null.with.default';
const PURPOSE = 'cast types';

const INPUT_TYPES: readonly SchemaType[] = [
  'INT8',
  'INT16',
  'INT32',
  'INT64',
  'FLOAT32',
  'FLOAT64',
  'BOOLEAN',
  'STRING',
  'BYTES',
];
const OUTPUT_TYPES: readonly SchemaType[] = INPUT_TYPES.filter((t) => t !== 'BYTES');

/** The key of a whole-value cast (Apache uses a null field name). */
const WHOLE_VALUE: unique symbol = Symbol('whole value');
type CastKey = string | typeof WHOLE_VALUE;

/** Java's `Schema.Type.valueOf(text.trim().toUpperCase(Locale.ROOT))`. */
function schemaTypeOf(text: string): SchemaType {
  const name = javaTrim(text).toUpperCase();
  const type = SCHEMA_TYPES.find((t) => t === name);
  if (type === undefined) {
    // new ConfigException(String, Throwable) binds to (name, value): the cause becomes the "value".
    throw ConfigException.invalid(
      `Invalid type found in casting spec: ${javaTrim(text)}`,
      `java.lang.IllegalArgumentException: No enum constant org.apache.kafka.connect.data.Schema.Type.${name}`,
    );
  }
  return type;
}

function validOutputType(type: SchemaType): SchemaType {
  if (!OUTPUT_TYPES.includes(type)) {
    throw new ConfigException(
      `Cast transformation does not support casting to ${type}; supported types are [${OUTPUT_TYPES.join(', ')}]`,
    );
  }
  return type;
}

/** `parseFieldTypes`: the casts of a spec, in the order of Apache's HashMap. */
function parseFieldTypes(mappings: readonly string[]): JavaHashMap<SchemaType> {
  const casts = new JavaHashMap<SchemaType>();
  let wholeValue = false;
  for (const mapping of mappings) {
    const parts = javaSplit(mapping, ':');
    if (parts.length > 2) {
      throw ConfigException.invalid('renames', mappings, `Invalid rename mapping: ${mapping}`);
    }
    if (parts.length === 1) {
      casts.put(WHOLE_VALUE, validOutputType(schemaTypeOf(parts[0] as string)));
      wholeValue = true;
    } else if (parts.length === 2) {
      casts.put(javaTrim(parts[0] as string), validOutputType(schemaTypeOf(parts[1] as string)));
    } else {
      throw new ArrayIndexOutOfBoundsError('Index 1 out of bounds for length 0');
    }
  }
  if (wholeValue && mappings.length > 1) {
    throw new ConfigException(
      'Cast transformations that specify a type to cast the entire value to may only specify a single cast in their spec',
    );
  }
  return casts;
}

/** java.lang.ArrayIndexOutOfBoundsException (a spec entry that is just ":"). */
class ArrayIndexOutOfBoundsError extends Error {
  override readonly name: string = 'ArrayIndexOutOfBoundsException';
}

export const castConfigDef = lazyConfigDef(() =>
  new ConfigDef()
    .define({
      name: SPEC,
      type: 'LIST',
      validator: LambdaValidator.with(
        (_name, value) => {
          const list = value as readonly string[] | null;
          if (list === null || list.length === 0) {
            throw new ConfigException('Must specify at least one field to cast.');
          }
          parseFieldTypes(list);
        },
        () => 'list of colon-delimited pairs, e.g. <code>foo:bar,abc:xyz</code>',
      ),
      importance: 'HIGH',
      documentation:
        'List of fields and the type to cast them to of the form field1:type,field2:type to cast fields of Maps or Structs. A single type to cast the entire value. Valid types are int8, int16, int32, int64, float32, float64, boolean, and string. Note that binary fields can only be cast to string.',
    })
    .define({
      name: REPLACE_NULL_WITH_DEFAULT,
      type: 'BOOLEAN',
      defaultValue: true,
      importance: 'MEDIUM',
      documentation: REPLACE_NULL_WITH_DEFAULT_DOC,
    }),
);

/** Java's NumberFormatException while parsing a string. */
class NumberFormat extends Error {}

function parseIntegral(text: string, bits: 8 | 16 | 32 | 64): bigint {
  const parsed = parseJavaInteger(text, bits === 8 ? 32 : bits);
  if (parsed === undefined || (bits === 8 && (parsed < -128n || parsed > 127n))) throw new NumberFormat();
  return parsed;
}

function parseFloating(text: string, float: boolean): number {
  const trimmed = javaTrim(text);
  if (float) {
    const plain = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[fFdD]?$/.test(trimmed)
      ? parseDecimalText(trimmed.replace(/[fFdD]$/, ''))
      : undefined;
    if (plain !== undefined) return decimalToFloat32(plain);
  }
  const parsed = parseJavaDouble(text);
  if (parsed === undefined) throw new NumberFormat();
  return float ? Math.fround(parsed) : parsed;
}

/** A cast result: integers are numbers with a schema, bigints without (as JSON integers read back). */
function integralResult(value: number, schemaless: boolean): number | bigint {
  return schemaless ? BigInt(value) : value;
}

function castTo(value: unknown, type: JavaType, target: SchemaType, schemaless: boolean): unknown {
  const unexpected = () =>
    new DataException(`Unexpected type in Cast transformation: ${javaClassString(type)}`);
  const number = isJavaNumber(type);
  switch (target) {
    case 'INT8':
      if (number) return integralResult(byteValue(value, type), schemaless);
      if (type === 'Boolean') return integralResult(value ? 1 : 0, schemaless);
      if (type === 'String') return integralResult(Number(parseIntegral(value as string, 8)), schemaless);
      throw unexpected();
    case 'INT16':
      if (number) return integralResult(shortValue(value, type), schemaless);
      if (type === 'Boolean') return integralResult(value ? 1 : 0, schemaless);
      if (type === 'String') return integralResult(Number(parseIntegral(value as string, 16)), schemaless);
      throw unexpected();
    case 'INT32':
      if (number) return integralResult(intValue(value, type), schemaless);
      if (type === 'Boolean') return integralResult(value ? 1 : 0, schemaless);
      if (type === 'String') return integralResult(Number(parseIntegral(value as string, 32)), schemaless);
      throw unexpected();
    case 'INT64':
      if (number) return longValue(value, type);
      if (type === 'Boolean') return value ? 1n : 0n;
      if (type === 'String') return parseIntegral(value as string, 64);
      throw unexpected();
    case 'FLOAT32':
      if (number) return floatValue(value, type);
      if (type === 'Boolean') return value ? 1 : 0;
      if (type === 'String') return parseFloating(value as string, true);
      throw unexpected();
    case 'FLOAT64':
      if (number) return doubleValue(value, type);
      if (type === 'Boolean') return value ? 1 : 0;
      if (type === 'String') return parseFloating(value as string, false);
      throw unexpected();
    case 'BOOLEAN':
      if (number) return longValue(value, type) !== 0n;
      if (type === 'Boolean') return value;
      if (type === 'String') return javaEqualsIgnoreCase(value as string, 'true');
      throw unexpected();
    case 'STRING':
      if (type === 'Date') {
        const date = value as Date;
        return dateFormatFor(date).format(date.getTime());
      }
      if (type === 'byte[]') return encodeBase64(value as Uint8Array);
      return javaToString(value, type);
    default:
      throw new DataException(`${target} is not supported in the Cast transformation.`);
  }
}

/** `encodeLogicalType`: Date/Time/Timestamp values as their integer encoding. */
function encodeLogical(schema: Schema, value: unknown): { value: unknown; type: JavaType } | null {
  switch (schema.name) {
    case DATE_LOGICAL_NAME:
      return { value: ConnectDate.fromLogical(schema, value as Date), type: 'Integer' };
    case TIME_LOGICAL_NAME:
      return { value: ConnectTime.fromLogical(schema, value as Date), type: 'Integer' };
    case TIMESTAMP_LOGICAL_NAME:
      return { value: ConnectTimestamp.fromLogical(schema, value as Date), type: 'Long' };
    default:
      return null;
  }
}

/** `castValueToType(schema, value, targetType)`. */
function castValueToType(schema: Schema | null, value: unknown, target: SchemaType): unknown {
  if (value === null || value === undefined) return null;
  let type = javaTypeOf(value, schema);
  const inferred = schema === null ? inferredSchemaType(type) : schema.type;
  if (inferred === null) {
    throw new DataException(
      `Cast transformation was passed a value of type ${javaClassString(type)} which is not supported by Connect's data API`,
    );
  }
  if (!INPUT_TYPES.includes(inferred)) {
    throw new DataException(
      `Cast transformation does not support casting from ${inferred}; supported types are [${INPUT_TYPES.join(', ')}]`,
    );
  }
  let current: unknown = value;
  if (schema !== null && schema.name !== undefined && target !== 'STRING') {
    const encoded = encodeLogical(schema, value);
    if (encoded !== null) {
      current = encoded.value;
      type = encoded.type;
    }
  }
  try {
    return castTo(current, type, target, schema === null);
  } catch (e) {
    if (e instanceof NumberFormat) {
      throw new DataException(
        `Value (${javaToString(current, type)}) was out of range for requested data type`,
      );
    }
    throw e;
  }
}

/** `ConnectSchema.schemaType(value.getClass())`. */
function inferredSchemaType(type: JavaType): SchemaType | null {
  switch (type) {
    case 'Byte':
      return 'INT8';
    case 'Short':
      return 'INT16';
    case 'Integer':
      return 'INT32';
    case 'Long':
      return 'INT64';
    case 'Float':
      return 'FLOAT32';
    case 'Double':
      return 'FLOAT64';
    case 'Boolean':
      return 'BOOLEAN';
    case 'String':
      return 'STRING';
    case 'byte[]':
      return 'BYTES';
    case 'List':
      return 'ARRAY';
    case 'Map':
      return 'MAP';
    case 'Struct':
      return 'STRUCT';
    default:
      return null;
  }
}

function builderFor(type: SchemaType): SchemaBuilder {
  if (!OUTPUT_TYPES.includes(type))
    throw new DataException(`Unexpected type in Cast transformation: ${type}`);
  return new SchemaBuilder(type);
}

function createCast(side: RecordSide, configs: RawConfig): Transformation {
  const config = new SimpleConfig(castConfigDef(), configs);
  const castMap = parseFieldTypes(config.getList(SPEC));
  const casts = castMap.entries() as [CastKey, SchemaType][];
  const wholeValueType = castMap.get(WHOLE_VALUE) ?? null;
  const replaceNullWithDefault = config.getBoolean(REPLACE_NULL_WITH_DEFAULT);
  const cache = new SchemaCache();

  const buildSchema = (valueSchema: Schema): Schema => {
    let builder: SchemaBuilder;
    if (wholeValueType !== null) {
      builder = copySchemaBasics(valueSchema, builderFor(wholeValueType));
    } else {
      builder = copySchemaBasics(valueSchema, SchemaBuilder.struct());
      for (const field of structFields(valueSchema)) {
        const target = castMap.get(field.name);
        if (target === undefined) {
          builder.field(field.name, field.schema);
          continue;
        }
        const fieldBuilder = builderFor(target);
        if (field.schema.optional) fieldBuilder.optional();
        if (field.schema.defaultValue !== undefined && field.schema.defaultValue !== null) {
          fieldBuilder.defaultValue(
            castValueToType(field.schema, field.schema.defaultValue, fieldBuilder.type),
          );
        }
        builder.field(field.name, fieldBuilder.build());
      }
    }
    if (valueSchema.optional) builder.optional();
    if (valueSchema.defaultValue !== undefined && valueSchema.defaultValue !== null) {
      builder.defaultValue(castValueToType(valueSchema, valueSchema.defaultValue, builder.type));
    }
    return builder.build();
  };

  return {
    apply(record) {
      const value = side.value(record);
      if (value === null) return record;
      const schema = side.schema(record);
      if (schema === null) {
        if (wholeValueType !== null)
          return side.newRecord(record, null, castValueToType(null, value, wholeValueType));
        const map = requireMap(value, PURPOSE);
        const updated = JavaHashMap.copyOf(entriesOf(map), TRANSFORMS_HASH_SIZING);
        for (const [field, target] of casts) {
          updated.put(field, castValueToType(null, mapGet(map, field), target));
        }
        return side.newRecord(record, null, updated.toMap());
      }
      const updatedSchema = cache.getOrBuild(schema, () => buildSchema(schema));
      if (wholeValueType !== null) {
        return side.newRecord(record, updatedSchema, castValueToType(schema, value, wholeValueType));
      }
      const struct = requireStruct(value, PURPOSE, schema);
      const updated = new Struct(updatedSchema);
      for (const field of struct.schema.fields ?? []) {
        const original = replaceNullWithDefault ? struct.get(field) : struct.getWithoutDefault(field.name);
        const target = castMap.get(field.name);
        const cast = target !== undefined ? castValueToType(field.schema, original, target) : original;
        updated.put(schemaField(updatedSchema, field.name) ?? field.name, cast);
      }
      return side.newRecord(record, updatedSchema, updated);
    },
  };
}

export const [CAST_KEY, CAST_VALUE] = keyValueTransformations(CAST_CLASS, castConfigDef, createCast);
