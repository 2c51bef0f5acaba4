import { describe, expect, it } from 'vitest';
import { BigDecimal } from '../../../shared/data/big-decimal.ts';
import {
  ConnectDate,
  ConnectTime,
  ConnectTimestamp,
  Decimal,
  LogicalSchemas,
} from '../../../shared/data/logical-types.ts';
import { Schemas } from '../../../shared/data/schema.ts';
import { SchemaBuilder } from '../../../shared/data/schema-builder.ts';
import { expectError, vector } from '../json/vector-support.ts';
import { DATA_VECTORS } from './data-vectors.ts';

describe('Decimal', () => {
  it('is BYTES named org.apache.kafka.connect.data.Decimal, version 1, with a scale parameter', () => {
    expect(Decimal.schema(2)).toMatchObject({
      type: 'BYTES',
      name: 'org.apache.kafka.connect.data.Decimal',
      version: 1,
      parameters: { scale: '2' },
    });
  });

  it('converts unscaled two’s-complement bytes', () => {
    const value = Decimal.toLogical(Decimal.schema(3), Uint8Array.of(0xff, 0x00));
    expect(value.toString()).toBe(vector(DATA_VECTORS, 'decimal from bytes').ok);
    expect([...Decimal.fromLogical(Decimal.schema(2), BigDecimal.parse('12.34'))]).toEqual([0x04, 0xd2]);
    expect([...Decimal.fromLogical(Decimal.schema(0), BigDecimal.parse('128'))]).toEqual([0x00, 0x80]);
    expect([...Decimal.fromLogical(Decimal.schema(0), BigDecimal.parse('-129'))]).toEqual([0xff, 0x7f]);
  });

  it('needs the scale parameter and a matching scale', () => {
    expectError(
      () => Decimal.fromLogical(SchemaBuilder.bytes().parameter('x', '1').build(), BigDecimal.parse('1')),
      vector(DATA_VECTORS, 'decimal scale missing'),
    );
    expect(() => Decimal.fromLogical(Decimal.schema(2), BigDecimal.parse('1.5'))).toThrow(
      'Decimal value has mismatching scale for given Decimal schema. Schema has scale 2, value has scale 1.',
    );
  });
});

describe('Date, Time, Timestamp', () => {
  it('convert days, milliseconds of day and epoch milliseconds', () => {
    expect(ConnectDate.toLogical(LogicalSchemas.DATE, -3).getTime()).toBe(
      Number(vector(DATA_VECTORS, 'date toLogical').ok),
    );
    expect(ConnectDate.fromLogical(LogicalSchemas.DATE, new Date(-86400000 * 3))).toBe(
      Number(vector(DATA_VECTORS, 'date negative').ok),
    );
    expect(ConnectTime.fromLogical(LogicalSchemas.TIME, new Date(3723004))).toBe(3723004);
    expect(ConnectTimestamp.fromLogical(LogicalSchemas.TIMESTAMP, new Date(1700000000123))).toBe(
      1700000000123n,
    );
    expect(ConnectTimestamp.toLogical(LogicalSchemas.TIMESTAMP, 1700000000123n).getTime()).toBe(
      1700000000123,
    );
  });

  it('check the schema and the value range with Apache’s messages', () => {
    expectError(
      () => ConnectDate.fromLogical(Schemas.INT32, new Date(0)),
      vector(DATA_VECTORS, 'date wrong schema'),
    );
    expectError(
      () => ConnectTime.fromLogical(Schemas.INT32, new Date(0)),
      vector(DATA_VECTORS, 'time wrong schema'),
    );
    expectError(
      () => ConnectTime.toLogical(Schemas.INT32, 0),
      vector(DATA_VECTORS, 'time toLogical wrong schema'),
    );
    expectError(
      () => ConnectTimestamp.fromLogical(Schemas.INT64, new Date(0)),
      vector(DATA_VECTORS, 'timestamp wrong schema'),
    );
    expect(() => ConnectDate.fromLogical(LogicalSchemas.DATE, new Date(1000))).toThrow(
      'Kafka Connect Date type should not have any time fields set to non-zero values.',
    );
  });

  it('refuse timestamps a JavaScript Date cannot hold', () => {
    expect(() => ConnectTimestamp.toLogical(LogicalSchemas.TIMESTAMP, 2n ** 62n)).toThrow(
      /outside the range/,
    );
  });
});

describe('BigDecimal', () => {
  it.each([
    ['12.34', 1234n, 2],
    ['-0.05', -5n, 2],
    ['1E+3', 1n, -3],
    ['1.50', 150n, 2],
    ['007', 7n, 0],
    ['.5', 5n, 1],
  ] as const)('parses %s', (text, unscaled, scale) => {
    expect(BigDecimal.parse(text)).toMatchObject({ unscaled, scale });
  });

  it('compares like Java: equals needs the same scale, compareTo does not', () => {
    expect(BigDecimal.parse('1.0').equals(BigDecimal.parse('1.00'))).toBe(false);
    expect(BigDecimal.parse('1.0').compareTo(BigDecimal.parse('1.00'))).toBe(0);
    expect(BigDecimal.parse('1E+3').toPlainString()).toBe('1000');
    expect(BigDecimal.parse('-0.05').toNumber()).toBe(-0.05);
  });

  it('rejects non-numbers', () => {
    expect(() => BigDecimal.parse('abc')).toThrow(SyntaxError);
  });
});
