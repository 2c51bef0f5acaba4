/**
 * The Java class a JavaScript value stands for in Connect, named the way Apache's error messages print
 * `value.getClass()` ("class java.lang.String").
 */
import { BigDecimal } from './big-decimal.ts';
import { isPlainObject } from './equality.ts';

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/** "class java.lang.Integer", "class [B", ... for a Connect value (never called with null). */
export function javaClassName(value: unknown): string {
  return `class ${javaTypeName(value)}`;
}

function javaTypeName(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return 'java.lang.String';
    case 'boolean':
      return 'java.lang.Boolean';
    case 'bigint':
      return value >= LONG_MIN && value <= LONG_MAX ? 'java.lang.Long' : 'java.math.BigInteger';
    case 'number':
      if (!Number.isInteger(value)) return 'java.lang.Double';
      if (value >= INT_MIN && value <= INT_MAX) return 'java.lang.Integer';
      return Number.isSafeInteger(value) ? 'java.lang.Long' : 'java.lang.Double';
    case 'undefined':
      return 'null';
    case 'function':
      return 'java.lang.Object';
    case 'symbol':
      return 'java.lang.Object';
    case 'object':
      break;
  }
  if (value === null) return 'null';
  if (value instanceof Uint8Array) return '[B';
  if (Array.isArray(value)) return 'java.util.ArrayList';
  if (value instanceof Map || isPlainObject(value)) return 'java.util.HashMap';
  if (value instanceof BigDecimal) return 'java.math.BigDecimal';
  if (value instanceof Date) return 'java.util.Date';
  const ctor = (value as { constructor?: { name?: string } }).constructor?.name;
  if (ctor === 'Struct') return 'org.apache.kafka.connect.data.Struct';
  return ctor ?? 'java.lang.Object';
}
