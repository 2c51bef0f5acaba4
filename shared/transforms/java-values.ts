/**
 * The Java objects Connect values stand for, as Apache's transformations see them (`value.getClass()`,
 * `instanceof Number`, `Number.byteValue()`...).
 *
 * With a schema the Java class follows the schema (INT8 is a Byte, Decimal a BigDecimal, ...). Without one it follows
 * the converters' convention for schemaless data: a bigint is a Long, a number a Double (as JsonConverter reads JSON
 * integers and decimals back), a Map or plain object a HashMap, an array an ArrayList.
 */
import type { JavaHashSizing } from '../config/java-hash-order.ts';
import { BigDecimal } from '../data/big-decimal.ts';
import { isPlainObject } from '../data/equality.ts';
import {
  DATE_LOGICAL_NAME,
  DECIMAL_LOGICAL_NAME,
  TIME_LOGICAL_NAME,
  TIMESTAMP_LOGICAL_NAME,
} from '../data/logical-names.ts';
import type { Schema, SchemaType } from '../data/schema.ts';
import { Struct } from '../data/struct.ts';
import { bigintToFloat32, decimalToFloat32 } from '../json/float32.ts';

export type JavaType =
  | 'Byte'
  | 'Short'
  | 'Integer'
  | 'Long'
  | 'Float'
  | 'Double'
  | 'BigInteger'
  | 'BigDecimal'
  | 'Boolean'
  | 'String'
  | 'byte[]'
  | 'Date'
  | 'List'
  | 'Map'
  | 'Struct'
  | 'Object';

const BINARY_NAMES: Record<JavaType, string> = {
  Byte: 'java.lang.Byte',
  Short: 'java.lang.Short',
  Integer: 'java.lang.Integer',
  Long: 'java.lang.Long',
  Float: 'java.lang.Float',
  Double: 'java.lang.Double',
  BigInteger: 'java.math.BigInteger',
  BigDecimal: 'java.math.BigDecimal',
  Boolean: 'java.lang.Boolean',
  String: 'java.lang.String',
  'byte[]': '[B',
  Date: 'java.util.Date',
  List: 'java.util.ArrayList',
  Map: 'java.util.HashMap',
  Struct: 'org.apache.kafka.connect.data.Struct',
  Object: 'java.lang.Object',
};

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/** The Java type of a value without a schema (never called with null). */
export function inferJavaType(value: unknown): JavaType {
  switch (typeof value) {
    case 'string':
      return 'String';
    case 'boolean':
      return 'Boolean';
    case 'bigint':
      return value >= LONG_MIN && value <= LONG_MAX ? 'Long' : 'BigInteger';
    case 'number':
      return 'Double';
    case 'object':
      if (value instanceof Uint8Array) return 'byte[]';
      if (Array.isArray(value)) return 'List';
      if (value instanceof Map || isPlainObject(value)) return 'Map';
      if (value instanceof Struct) return 'Struct';
      if (value instanceof BigDecimal) return 'BigDecimal';
      if (value instanceof Date) return 'Date';
      return 'Object';
    default:
      return 'Object';
  }
}

const TYPE_OF_SCHEMA: Record<SchemaType, JavaType> = {
  INT8: 'Byte',
  INT16: 'Short',
  INT32: 'Integer',
  INT64: 'Long',
  FLOAT32: 'Float',
  FLOAT64: 'Double',
  BOOLEAN: 'Boolean',
  STRING: 'String',
  BYTES: 'byte[]',
  ARRAY: 'List',
  MAP: 'Map',
  STRUCT: 'Struct',
};

/** The Java type of a non-null value, from its schema when there is one. */
export function javaTypeOf(value: unknown, schema: Schema | null | undefined): JavaType {
  if (schema === null || schema === undefined) return inferJavaType(value);
  switch (schema.name) {
    case DECIMAL_LOGICAL_NAME:
      if (value instanceof BigDecimal) return 'BigDecimal';
      break;
    case DATE_LOGICAL_NAME:
    case TIME_LOGICAL_NAME:
    case TIMESTAMP_LOGICAL_NAME:
      if (value instanceof Date) return 'Date';
      break;
  }
  const type = TYPE_OF_SCHEMA[schema.type];
  // A value that does not fit its schema is described by what it is.
  return type === inferJavaType(value) || fitsNumeric(type, value) ? type : inferJavaType(value);
}

function fitsNumeric(type: JavaType, value: unknown): boolean {
  switch (type) {
    case 'Byte':
    case 'Short':
    case 'Integer':
      return typeof value === 'number';
    case 'Long':
      return typeof value === 'bigint' || typeof value === 'number';
    case 'Float':
      return typeof value === 'number';
    default:
      return false;
  }
}

/** `value.getClass().getName()`: "java.lang.Long", "[B". */
export function javaBinaryName(type: JavaType): string {
  return BINARY_NAMES[type];
}

/** `String.valueOf(value.getClass())`: "class java.lang.Long". */
export function javaClassString(type: JavaType): string {
  return `class ${BINARY_NAMES[type]}`;
}

/** `nullSafeClassName(value)` of Apache's Requirements: the binary name, or "null". */
export function nullSafeClassName(value: unknown, schema?: Schema | null): string {
  return value === null || value === undefined ? 'null' : javaBinaryName(javaTypeOf(value, schema));
}

export function isJavaNumber(type: JavaType): boolean {
  return (
    type === 'Byte' ||
    type === 'Short' ||
    type === 'Integer' ||
    type === 'Long' ||
    type === 'Float' ||
    type === 'Double' ||
    type === 'BigInteger' ||
    type === 'BigDecimal'
  );
}

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;

/** Java's (int) cast of a double: NaN is 0, out-of-range values saturate. */
export function doubleToInt(d: number): number {
  if (Number.isNaN(d)) return 0;
  if (d >= INT_MAX) return INT_MAX;
  if (d <= INT_MIN) return INT_MIN;
  return Math.trunc(d);
}

/** Java's (long) cast of a double: NaN is 0, out-of-range values saturate. */
export function doubleToLong(d: number): bigint {
  if (Number.isNaN(d)) return 0n;
  if (d >= 2 ** 63) return LONG_MAX;
  if (d <= -(2 ** 63)) return LONG_MIN;
  return BigInt(Math.trunc(d));
}

function integralOf(value: unknown, type: JavaType): bigint {
  if (type === 'BigDecimal') {
    const d = value as BigDecimal;
    if (d.scale <= 0) return d.unscaled * 10n ** BigInt(-d.scale);
    return d.unscaled / 10n ** BigInt(d.scale);
  }
  return typeof value === 'bigint' ? value : BigInt(value as number);
}

function isFloating(type: JavaType): boolean {
  return type === 'Float' || type === 'Double';
}

/** `Number.longValue()`. */
export function longValue(value: unknown, type: JavaType): bigint {
  if (isFloating(type)) return doubleToLong(value as number);
  return BigInt.asIntN(64, integralOf(value, type));
}

/** `Number.intValue()`. */
export function intValue(value: unknown, type: JavaType): number {
  if (isFloating(type)) return doubleToInt(value as number);
  return Number(BigInt.asIntN(32, integralOf(value, type)));
}

/** `Number.shortValue()`. */
export function shortValue(value: unknown, type: JavaType): number {
  return (intValue(value, type) << 16) >> 16;
}

/** `Number.byteValue()`. */
export function byteValue(value: unknown, type: JavaType): number {
  return (intValue(value, type) << 24) >> 24;
}

/** `Number.doubleValue()`. */
export function doubleValue(value: unknown, type: JavaType): number {
  if (type === 'BigDecimal') return (value as BigDecimal).toNumber();
  return Number(value);
}

/** `Number.floatValue()`. */
export function floatValue(value: unknown, type: JavaType): number {
  if (type === 'BigDecimal') return decimalToFloat32(value as BigDecimal);
  if (typeof value === 'bigint') return bigintToFloat32(value);
  return Math.fround(value as number);
}

/**
 * How `new HashMap<>(map)` / `new HashSet<>(collection)` presize in the transformations: as JDK 19 and later do
 * (the transformation vectors were recorded on JDK 25; see shared/config/java-hash-order.ts).
 */
export const TRANSFORMS_HASH_SIZING: JavaHashSizing = 'jdk19';
