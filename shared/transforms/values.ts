/**
 * The parts of connect-api's `Values` utility the transformations use. `parseString` (InsertHeader reads
 * `value.literal` with it) and `new BigDecimal(text)` are the converters' implementation (shared/converters/values.ts,
 * which SimpleHeaderConverter uses too); here are only the transformation-side helpers that print Java values by
 * their Java type: `dateFormatFor` and `javaToString`.
 */

import { parseJavaBigDecimalValue } from '../converters/values.ts';
import type { BigDecimal } from '../data/big-decimal.ts';
import { toJavaString } from '../data/java-string.ts';
import { javaDoubleToString, javaFloatToString } from '../json/java-number-format.ts';
import type { JavaType } from './java-values.ts';
import { SimpleDateFormat } from './simple-date-format.ts';

export { parseString } from '../converters/values.ts';

const MILLIS_PER_DAY = 86_400_000;
const ISO_8601_DATE_FORMAT_PATTERN = 'yyyy-MM-dd';
const ISO_8601_TIME_FORMAT_PATTERN = "HH:mm:ss.SSS'Z'";
const ISO_8601_TIMESTAMP_FORMAT_PATTERN = `${ISO_8601_DATE_FORMAT_PATTERN}'T'${ISO_8601_TIME_FORMAT_PATTERN}`;

/** `new BigDecimal(text)`: decimal text with any decimal digits; undefined where Java throws. */
export function parseJavaBigDecimal(text: string): BigDecimal | undefined {
  return parseJavaBigDecimalValue(text);
}

/** `Values.dateFormatFor(date)`: time-only before the second day, date-only at midnight, else a timestamp. */
export function dateFormatFor(date: Date): SimpleDateFormat {
  const millis = date.getTime();
  if (millis < MILLIS_PER_DAY) return new SimpleDateFormat(ISO_8601_TIME_FORMAT_PATTERN);
  if (millis % MILLIS_PER_DAY === 0) return new SimpleDateFormat(ISO_8601_DATE_FORMAT_PATTERN);
  return new SimpleDateFormat(ISO_8601_TIMESTAMP_FORMAT_PATTERN);
}

/** Java's `toString()` of a value of the given Java type. */
export function javaToString(value: unknown, type: JavaType): string {
  switch (type) {
    case 'Float':
      return javaFloatToString(value as number);
    case 'Double':
      return javaDoubleToString(value as number);
    case 'Byte':
    case 'Short':
    case 'Integer':
    case 'Long':
    case 'BigInteger':
      return String(value);
    default:
      return toJavaString(value);
  }
}
