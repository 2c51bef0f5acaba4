/**
 * Connect's built-in logical types: Decimal (BYTES holding a two's-complement unscaled value, `scale` parameter;
 * value BigDecimal), Date (INT32 days since the epoch), Time (INT32 milliseconds since midnight) and Timestamp
 * (INT64 milliseconds since the epoch), all UTC and all valued as JavaScript Date.
 */
import { BigDecimal } from './big-decimal.ts';
import { DataException } from './errors.ts';
import { parseJavaInt } from './java-parse.ts';
import {
  DATE_LOGICAL_NAME,
  DECIMAL_LOGICAL_NAME,
  TIME_LOGICAL_NAME,
  TIMESTAMP_LOGICAL_NAME,
} from './logical-names.ts';
import type { Schema } from './schema.ts';
import { SchemaBuilder } from './schema-builder.ts';

const MILLIS_PER_DAY = 24 * 60 * 60 * 1000;
const MAX_DATE_MILLIS = 8.64e15;

function toJsDate(millis: number, what: string): Date {
  if (!(Math.abs(millis) <= MAX_DATE_MILLIS)) {
    throw new DataException(`${what} value ${millis} ms is outside the range of a JavaScript Date`);
  }
  return new Date(millis);
}

function millisOf(value: Date, what: string): number {
  const millis = value.getTime();
  if (Number.isNaN(millis)) throw new DataException(`Invalid ${what}: the Date holds no time (NaN)`);
  return millis;
}

export const Decimal = Object.freeze({
  LOGICAL_NAME: DECIMAL_LOGICAL_NAME,
  SCALE_FIELD: 'scale',

  /** A BYTES builder named as Decimal, version 1, with the scale parameter. */
  builder(scale: number): SchemaBuilder {
    return SchemaBuilder.bytes().name(DECIMAL_LOGICAL_NAME).parameter('scale', String(scale)).version(1);
  },

  schema(scale: number): Schema {
    return Decimal.builder(scale).build();
  },

  /** The schema's scale parameter, with Apache's errors when it is missing or not an int. */
  scale(schema: Schema): number {
    const text = schema.parameters?.scale;
    if (text === undefined) throw new DataException('Invalid Decimal schema: scale parameter not found.');
    const scale = parseJavaInt(text);
    if (scale === undefined) throw new DataException('Invalid scale parameter found in Decimal schema: ');
    return scale;
  },

  /** The value's unscaled bytes; its scale must equal the schema's. */
  fromLogical(schema: Schema, value: BigDecimal): Uint8Array {
    const schemaScale = Decimal.scale(schema);
    if (value.scale !== schemaScale) {
      throw new DataException(
        `Decimal value has mismatching scale for given Decimal schema. Schema has scale ${schemaScale}, value has scale ${value.scale}.`,
      );
    }
    return value.unscaledBytes();
  },

  /** The decimal for unscaled two's-complement bytes at the schema's scale. */
  toLogical(schema: Schema, value: Uint8Array): BigDecimal {
    const scale = Decimal.scale(schema);
    if (value.length === 0) throw new DataException('Zero length BigInteger');
    return BigDecimal.fromUnscaledBytes(value, scale);
  },
});

export const ConnectDate = Object.freeze({
  LOGICAL_NAME: DATE_LOGICAL_NAME,

  builder(): SchemaBuilder {
    return SchemaBuilder.int32().name(DATE_LOGICAL_NAME).version(1);
  },

  /** Days since the epoch; the date must be at midnight UTC. */
  fromLogical(schema: Schema, value: Date): number {
    if (schema.name !== DATE_LOGICAL_NAME) {
      throw new DataException('Requested conversion of Date object but the schema does not match.');
    }
    const millis = millisOf(value, 'Date');
    if (millis % MILLIS_PER_DAY !== 0) {
      throw new DataException(
        'Kafka Connect Date type should not have any time fields set to non-zero values.',
      );
    }
    return Math.trunc(millis / MILLIS_PER_DAY) | 0;
  },

  toLogical(schema: Schema, days: number): Date {
    if (schema.name !== DATE_LOGICAL_NAME) {
      throw new DataException('Requested conversion of Date object but the schema does not match.');
    }
    return toJsDate(days * MILLIS_PER_DAY, 'Date');
  },
});

export const ConnectTime = Object.freeze({
  LOGICAL_NAME: TIME_LOGICAL_NAME,

  builder(): SchemaBuilder {
    return SchemaBuilder.int32().name(TIME_LOGICAL_NAME).version(1);
  },

  /** Milliseconds since midnight; the date must be within the first day of the epoch. */
  fromLogical(schema: Schema, value: Date): number {
    if (schema.name !== TIME_LOGICAL_NAME) {
      throw new DataException('Requested conversion of Time object but the schema does not match.');
    }
    const millis = millisOf(value, 'Time');
    if (millis < 0 || millis > MILLIS_PER_DAY) {
      throw new DataException(
        'Kafka Connect Time type should not have any date fields set to non-zero values.',
      );
    }
    return millis;
  },

  toLogical(schema: Schema, millis: number): Date {
    if (schema.name !== TIME_LOGICAL_NAME) {
      throw new DataException('Requested conversion of Date object but the schema does not match.');
    }
    if (millis < 0 || millis > MILLIS_PER_DAY) {
      throw new DataException(
        'Time values must use number of milliseconds greater than 0 and less than 86400000',
      );
    }
    return new Date(millis);
  },
});

export const ConnectTimestamp = Object.freeze({
  LOGICAL_NAME: TIMESTAMP_LOGICAL_NAME,

  builder(): SchemaBuilder {
    return SchemaBuilder.int64().name(TIMESTAMP_LOGICAL_NAME).version(1);
  },

  /** Milliseconds since the epoch. */
  fromLogical(schema: Schema, value: Date): bigint {
    if (schema.name !== TIMESTAMP_LOGICAL_NAME) {
      throw new DataException('Requested conversion of Timestamp object but the schema does not match.');
    }
    return BigInt(millisOf(value, 'Timestamp'));
  },

  toLogical(schema: Schema, millis: bigint | number): Date {
    if (schema.name !== TIMESTAMP_LOGICAL_NAME) {
      throw new DataException('Requested conversion of Timestamp object but the schema does not match.');
    }
    return toJsDate(Number(millis), 'Timestamp');
  },
});

/** Date.SCHEMA, Time.SCHEMA, Timestamp.SCHEMA. */
export const LogicalSchemas = Object.freeze({
  DATE: ConnectDate.builder().build(),
  TIME: ConnectTime.builder().build(),
  TIMESTAMP: ConnectTimestamp.builder().build(),
});
