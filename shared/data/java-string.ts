/**
 * Java's String.valueOf / toString for Connect values, as StringConverter and FileStreamSinkTask print them.
 * Numbers follow the schema when there is one (INT32 1 prints "1", FLOAT64 1 prints "1.0", FLOAT32 0.1 prints
 * "0.1"); without one a number is a Double ("1.0") and a bigint a Long ("1"), matching what schemaless JSON reads
 * back as.
 */

import { javaDoubleToString, javaFloatToString } from '../json/java-number-format.ts';
import { isPlainObject, mapEntries } from './equality.ts';
import type { Schema } from './schema.ts';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function two(n: number): string {
  return n.toString().padStart(2, '0');
}

/** java.util.Date.toString() in a UTC JVM: "Thu Jan 01 00:00:00 UTC 1970". */
export function javaDateToString(date: Date): string {
  return (
    `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${two(date.getUTCDate())} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} UTC ${date.getUTCFullYear()}`
  );
}

/** Java's Arrays.hashCode(byte[]) as unsigned hex: stands in for the identity hash in "[B@1b6d3586". */
function bytesHash(bytes: Uint8Array): string {
  let h = 1;
  for (const b of bytes) h = (Math.imul(31, h) + ((b << 24) >> 24)) | 0;
  return (h >>> 0).toString(16);
}

function numberToString(value: number, schema: Schema | undefined): string {
  switch (schema?.type) {
    case 'FLOAT32':
      return javaFloatToString(value);
    case 'FLOAT64':
      return javaDoubleToString(value);
    case 'INT8':
    case 'INT16':
    case 'INT32':
    case 'INT64':
      return Number.isInteger(value) ? String(value) : javaDoubleToString(value);
    default:
      return javaDoubleToString(value); // without a schema a number is a Double, as JsonConverter reads it
  }
}

/** String.valueOf(value) as Java would print the corresponding Java object. */
export function toJavaString(value: unknown, schema?: Schema): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
      return value;
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'number':
      return numberToString(value, schema);
    case 'object':
      break;
    default:
      return String(value);
  }
  if (value instanceof Uint8Array) return `[B@${bytesHash(value)}`;
  if (value instanceof Date) return javaDateToString(value);
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === value ? '(this Collection)' : toJavaString(item, schema?.valueSchema))).join(', ')}]`;
  }
  if (value instanceof Map || isPlainObject(value)) {
    const parts = mapEntries(value as Map<unknown, unknown>).map(
      ([k, v]) =>
        `${k === value ? '(this Map)' : toJavaString(k, schema?.keySchema)}=${v === value ? '(this Map)' : toJavaString(v, schema?.valueSchema)}`,
    );
    return `{${parts.join(', ')}}`;
  }
  return String(value);
}
