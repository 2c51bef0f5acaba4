/**
 * The number converters of org.apache.kafka.connect.converters (IntegerConverter, LongConverter, FloatConverter,
 * DoubleConverter, ShortConverter): each value is written with Kafka's serializer for its type (big-endian
 * two's complement / IEEE 754 bits, `null` for null) and read back with the matching deserializer under an optional
 * schema of that type. They are header converters too, with the same bytes.
 *
 * Like Apache's, they ignore the schema and accept only a value of their own Java type. A JavaScript number's Java
 * type is the schema's when there is a numeric schema (INT32 -> Integer, INT64 -> Long, FLOAT32 -> Float, ...);
 * without one a number is accepted by every converter whose type holds it exactly (any number for Float and
 * Double, integers for Long, int/short range for Integer/Short). A bigint is a Long.
 */
import { BigDecimal } from '../data/big-decimal.ts';
import { DataException } from '../data/errors.ts';
import { javaClassName } from '../data/java-class.ts';
import type { Schema, SchemaType } from '../data/schema.ts';
import { Schemas } from '../data/schema.ts';
import type { SchemaAndValue } from '../data/schema-and-value.ts';
import type { Converter } from './converter.ts';
import { type ConverterConfigs, resolveConverterType } from './converter-config.ts';
import { SerializationException } from './errors.ts';
import type { HeaderConverter } from './header-converter.ts';

const NUMBER_CLASS_BY_TYPE: Partial<Record<SchemaType, string>> = {
  INT8: 'java.lang.Byte',
  INT16: 'java.lang.Short',
  INT32: 'java.lang.Integer',
  INT64: 'java.lang.Long',
  FLOAT32: 'java.lang.Float',
  FLOAT64: 'java.lang.Double',
};

const JAVA_NUMBER_CLASSES = new Set([
  ...Object.values(NUMBER_CLASS_BY_TYPE),
  'java.math.BigDecimal',
  'java.math.BigInteger',
]);

/**
 * The Java class a value has for these converters: a number's comes from its numeric schema, a number without one
 * is "untyped" (undefined); anything else is named as javaClassName names it.
 */
function javaClassOf(value: unknown, schema: Schema | null): string | undefined {
  if (typeof value === 'number') {
    const fromSchema = schema === null ? undefined : NUMBER_CLASS_BY_TYPE[schema.type];
    return fromSchema;
  }
  if (value instanceof BigDecimal) return 'java.math.BigDecimal';
  return javaClassName(value).slice('class '.length);
}

function javaModule(className: string): string {
  return className.startsWith('java.') || className.startsWith('[')
    ? 'module java.base of loader \u0027bootstrap\u0027'
    : 'unnamed module of loader \u0027app\u0027';
}

/** The ClassCastException Java raises when the value's class is not the converter's. */
function classCastError(from: string, to: string): Error {
  const target = JAVA_NUMBER_CLASSES.has(from) ? to : 'java.lang.Number';
  const fromModule = javaModule(from);
  const toModule = javaModule(target);
  const where =
    fromModule === toModule
      ? `${from} and ${target} are in ${fromModule}`
      : `${from} is in ${fromModule}; ${target} is in ${toModule}`;
  const error = new Error(`class ${from} cannot be cast to class ${target} (${where})`);
  error.name = 'ClassCastException';
  return error;
}

interface NumberType<T extends number | bigint> {
  /** The display name in messages ("integer", "long", ...). */
  readonly typeName: string;
  readonly javaClass: string;
  readonly schema: Schema;
  /** Bytes a serialized value has. */
  readonly size: number;
  /** The deserializer's name as its size message prints it. */
  readonly deserializerName: string;
  /** The value as this type when an untyped JavaScript number holds one exactly; undefined otherwise. */
  fromUntyped(value: number): T | undefined;
  /** A value of this type (already checked) as the JavaScript value to write. */
  fromTyped(value: number | bigint): T;
  write(view: DataView, value: T): void;
  read(view: DataView): T;
}

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

/** The converter base (Apache's NumberConverter): serializer and deserializer of one Java number type. */
abstract class NumberConverter<T extends number | bigint> implements Converter, HeaderConverter {
  readonly #type: NumberType<T>;

  protected constructor(type: NumberType<T>) {
    this.#type = type;
  }

  /** `configure(configs, isKey)`, or `configure(configs)` with `converter.type` in the configs (ConfigException if bad). */
  configure(configs: ConverterConfigs, isKey?: boolean): void {
    resolveConverterType(configs, isKey);
  }

  /** The serialized value; null for null. DataException when the value is not of this converter's type. */
  fromConnectData(_topic: string, schema: Schema | null, value: unknown): Uint8Array | null {
    if (value === null || value === undefined) return null;
    const type = this.#type;
    const javaClass = javaClassOf(value, schema);
    let typed: T | undefined;
    if (javaClass === type.javaClass) typed = type.fromTyped(value as number | bigint);
    else if (javaClass === undefined) typed = type.fromUntyped(value as number);
    if (typed === undefined) {
      const shown = javaClass ?? javaClassName(value).slice('class '.length);
      throw new DataException(`Failed to serialize to ${type.typeName} (was class ${shown}): `, {
        cause: classCastError(shown, type.javaClass),
      });
    }
    const bytes = new Uint8Array(type.size);
    type.write(new DataView(bytes.buffer), typed);
    return bytes;
  }

  /** The deserialized value under this converter's optional schema; DataException for bytes of the wrong size. */
  toConnectData(_topic: string, value: Uint8Array | null): SchemaAndValue {
    const type = this.#type;
    if (value === null) return { schema: type.schema, value: null };
    if (value.length !== type.size) {
      throw new DataException(`Failed to deserialize ${type.typeName}: `, {
        cause: new SerializationException(
          `Size of data received by ${type.deserializerName} is not ${type.size}`,
        ),
      });
    }
    return {
      schema: type.schema,
      value: type.read(new DataView(value.buffer, value.byteOffset, value.length)),
    };
  }

  fromConnectHeader(
    topic: string,
    _headerKey: string,
    schema: Schema | null,
    value: unknown,
  ): Uint8Array | null {
    return this.fromConnectData(topic, schema, value);
  }

  toConnectHeader(topic: string, _headerKey: string, value: Uint8Array | null): SchemaAndValue {
    return this.toConnectData(topic, value);
  }
}

function toNumber(value: number | bigint): number {
  return typeof value === 'bigint' ? Number(value) : value;
}

const INTEGER: NumberType<number> = {
  typeName: 'integer',
  javaClass: 'java.lang.Integer',
  schema: Schemas.OPTIONAL_INT32,
  size: 4,
  deserializerName: 'IntegerDeserializer',
  fromUntyped: (v) => (Number.isInteger(v) && v >= INT_MIN && v <= INT_MAX ? v : undefined),
  fromTyped: (v) => toNumber(v) | 0,
  write: (view, v) => view.setInt32(0, v),
  read: (view) => view.getInt32(0),
};

/** org.apache.kafka.connect.converters.IntegerConverter: 4 bytes, OPTIONAL_INT32. */
export class IntegerConverter extends NumberConverter<number> {
  constructor() {
    super(INTEGER);
  }
}

const LONG: NumberType<bigint> = {
  typeName: 'long',
  javaClass: 'java.lang.Long',
  schema: Schemas.OPTIONAL_INT64,
  size: 8,
  deserializerName: 'LongDeserializer',
  fromUntyped: (v) => (Number.isInteger(v) ? BigInt.asIntN(64, BigInt(v)) : undefined),
  fromTyped: (v) => BigInt.asIntN(64, typeof v === 'bigint' ? v : BigInt(Math.trunc(v))),
  write: (view, v) => view.setBigInt64(0, v),
  read: (view) => view.getBigInt64(0),
};

/** org.apache.kafka.connect.converters.LongConverter: 8 bytes, OPTIONAL_INT64 (values read back as bigint). */
export class LongConverter extends NumberConverter<bigint> {
  constructor() {
    super(LONG);
  }
}

const FLOAT_NAN_BITS = 0x7fc00000;

const FLOAT: NumberType<number> = {
  typeName: 'float',
  javaClass: 'java.lang.Float',
  schema: Schemas.OPTIONAL_FLOAT32,
  size: 4,
  deserializerName: 'Deserializer',
  fromUntyped: (v) => Math.fround(v),
  fromTyped: (v) => Math.fround(toNumber(v)),
  // Float.floatToRawIntBits: Java's Float.NaN is 0x7fc00000.
  write: (view, v) => (Number.isNaN(v) ? view.setUint32(0, FLOAT_NAN_BITS) : view.setFloat32(0, v)),
  read: (view) => view.getFloat32(0),
};

/** org.apache.kafka.connect.converters.FloatConverter: 4 bytes (IEEE 754 single), OPTIONAL_FLOAT32. */
export class FloatConverter extends NumberConverter<number> {
  constructor() {
    super(FLOAT);
  }
}

const DOUBLE: NumberType<number> = {
  typeName: 'double',
  javaClass: 'java.lang.Double',
  schema: Schemas.OPTIONAL_FLOAT64,
  size: 8,
  deserializerName: 'Deserializer',
  fromUntyped: (v) => v,
  fromTyped: (v) => toNumber(v),
  // Double.doubleToLongBits: every NaN is written as the canonical 0x7ff8000000000000.
  write: (view, v) => (Number.isNaN(v) ? view.setBigUint64(0, 0x7ff8000000000000n) : view.setFloat64(0, v)),
  read: (view) => view.getFloat64(0),
};

/** org.apache.kafka.connect.converters.DoubleConverter: 8 bytes (IEEE 754 double), OPTIONAL_FLOAT64. */
export class DoubleConverter extends NumberConverter<number> {
  constructor() {
    super(DOUBLE);
  }
}

const SHORT: NumberType<number> = {
  typeName: 'short',
  javaClass: 'java.lang.Short',
  schema: Schemas.OPTIONAL_INT16,
  size: 2,
  deserializerName: 'ShortDeserializer',
  fromUntyped: (v) => (Number.isInteger(v) && v >= -32768 && v <= 32767 ? v : undefined),
  fromTyped: (v) => (toNumber(v) << 16) >> 16,
  write: (view, v) => view.setInt16(0, v),
  read: (view) => view.getInt16(0),
};

/** org.apache.kafka.connect.converters.ShortConverter: 2 bytes, OPTIONAL_INT16. */
export class ShortConverter extends NumberConverter<number> {
  constructor() {
    super(SHORT);
  }
}
