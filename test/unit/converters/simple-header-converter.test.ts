/**
 * SimpleHeaderConverter (Values.parseString / Values.convertToString) against what Apache Kafka 4.1.1's
 * SimpleHeaderConverter read from, and wrote for, the same inputs (fixtures/header-converter-vectors.json): every
 * header text is read (schema and value compared) and written back (text compared).
 */
import { describe, expect, it } from 'vitest';
import { SimpleHeaderConverter } from '../../../shared/converters/simple-header-converter.ts';
import { parseString } from '../../../shared/converters/values.ts';
import { convertToString } from '../../../shared/converters/values-string.ts';
import { BigDecimal } from '../../../shared/data/big-decimal.ts';
import { DataException } from '../../../shared/data/errors.ts';
import { Decimal, LogicalSchemas } from '../../../shared/data/logical-types.ts';
import { type Schema, Schemas } from '../../../shared/data/schema.ts';
import { SchemaBuilder } from '../../../shared/data/schema-builder.ts';
import { Struct } from '../../../shared/data/struct.ts';
import { createLogger } from '../../../shared/logging/logger.ts';
import {
  bytesOf,
  describeRead,
  expectedRead,
  expectRecordedWrite,
  fixture,
  type Recorded,
  recorded,
} from './header-support.ts';

const VECTORS = fixture<Record<string, Recorded>>('header-converter-vectors.json');

const quiet = createLogger({}, { write: () => {} });
const converter = new SimpleHeaderConverter(quiet);
converter.configure({});

const utf8 = new TextEncoder();
const text = (bytes: Uint8Array | null) => (bytes === null ? null : Buffer.from(bytes).toString('utf8'));

/**
 * Known differences: a FLOAT32 value that ends up in an array or map whose element schema is not FLOAT32 (none in
 * common, or FLOAT64) is a plain number here and prints as a Double; Apache keeps the Float and prints "0.1".
 */
const WRITE_BACK_DIFFERS: Readonly<Record<string, string>> = {
  '[0.1, "a"]': '[0.10000000149011612,"a"]',
  '[1e30, true]': '[1.0000000150474662E30,true]',
  '{"a":0.1, "b":"c"}': '{"a":0.10000000149011612,"b":"c"}',
  '[[0.1],[1e39]]': '[[0.10000000149011612],[1.0E39]]',
};
const READ_DIFFERS: Readonly<Record<string, string>> = {
  '[[0.1],[1e39]]': 'S(ARRAY items=S(ARRAY items=S(FLOAT64))) = [[f64:0.10000000149011612],[f64:1.0E39]]',
};

const PARSE_CASES = Object.keys(VECTORS)
  .filter((key) => key.startsWith('parse "'))
  .map((key) => [JSON.parse(key.slice('parse '.length)) as string, key] as const);

describe('SimpleHeaderConverter reads header text as Apache does', () => {
  it('has a broad recorded set', () => {
    expect(PARSE_CASES.length).toBeGreaterThan(300);
  });

  it.each(PARSE_CASES)('%j', (input, key) => {
    const v = recorded(VECTORS, key);
    const read = converter.toConnectHeader('t', 'h', utf8.encode(input));
    expect(describeRead(read)).toBe(READ_DIFFERS[input] ?? expectedRead(v));
    const written = text(converter.fromConnectHeader('t', 'h', read.schema, read.value));
    if (v['write error'] !== undefined) {
      // Apache's parse of "null" is a null SchemaAndValue; here {null, null}, which writes nothing.
      expect(written).toBeNull();
    } else {
      expect(written).toBe(WRITE_BACK_DIFFERS[input] ?? v.text);
    }
  });

  it.each(['fffe41', 'c3', 'eda080', 'f09f9880', '00'])('bytes %s (UTF-8 decoded like Java)', (hexText) => {
    const v = recorded(VECTORS, `parse bytes ${hexText}`);
    expect(describeRead(converter.toConnectHeader('t', 'h', bytesOf(hexText)))).toBe(expectedRead(v));
  });

  it('keeps the bytes (BYTES schema) and logs a warning when parsing fails outright, as Apache does', () => {
    const lines: string[] = [];
    const logged = new SimpleHeaderConverter(createLogger({}, { write: (line) => lines.push(line) }));
    // Nesting this deep overflows the parser's stack here as in the JVM (StackOverflowError, caught likewise).
    const deep = utf8.encode(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const read = logged.toConnectHeader('topic-a', 'h1', deep);
    expect(read.schema).toBe(Schemas.BYTES);
    expect(read.value).toBe(deep);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toMatchObject({
      level: 'WARN',
      topic: 'topic-a',
      header: 'h1',
    });
  });

  it('null bytes', () => {
    expect(describeRead(converter.toConnectHeader('t', 'h', null))).toBe(
      expectedRead(recorded(VECTORS, 'parse null')),
    );
  });
});

const dateSchema = LogicalSchemas.DATE;
const inner = SchemaBuilder.struct().field('x', Schemas.FLOAT64).build();
const structSchema = SchemaBuilder.struct()
  .field('id', Schemas.INT32)
  .field('name', Schemas.STRING)
  .field('opt', SchemaBuilder.string().optional().defaultValue('dflt').build())
  .field('none', Schemas.OPTIONAL_STRING)
  .field('in', inner)
  .field('tags', SchemaBuilder.array(Schemas.STRING).build())
  .build();
const struct = new Struct(structSchema)
  .put('id', 7)
  .put('name', 'n"m')
  .put('in', new Struct(inner).put('x', 2.5))
  .put('tags', ['t1']);
const day = (days: number) => new Date(days * 86_400_000);

const WRITE_CASES: readonly (readonly [string, Schema | null, unknown])[] = [
  ['null null', null, null],
  ['string', Schemas.STRING, 'hello'],
  ['string empty', Schemas.STRING, ''],
  ['string quotes', Schemas.STRING, 'a"b\\c'],
  ['string null schema', null, 'x y'],
  ['optional string null', Schemas.OPTIONAL_STRING, null],
  ['int8', Schemas.INT8, -5],
  ['int16', Schemas.INT16, 300],
  ['int32', Schemas.INT32, 42],
  ['int64', Schemas.INT64, 1n << 40n],
  ['int64 max', Schemas.INT64, 2n ** 63n - 1n],
  ['float32 0.1', Schemas.FLOAT32, Math.fround(0.1)],
  ['float32 1e10', Schemas.FLOAT32, Math.fround(1e10)],
  ['float32 1', Schemas.FLOAT32, 1],
  ['float32 nan', Schemas.FLOAT32, Number.NaN],
  ['float64 0.1', Schemas.FLOAT64, 0.1],
  ['float64 1e-7', Schemas.FLOAT64, 1e-7],
  ['float64 100', Schemas.FLOAT64, 100],
  ['float64 -0', Schemas.FLOAT64, -0],
  ['float64 inf', Schemas.FLOAT64, Number.POSITIVE_INFINITY],
  ['int null schema', null, 5n],
  ['long null schema', null, 5n],
  ['double null schema', null, 1.5],
  ['boolean', Schemas.BOOLEAN, true],
  ['bytes', Schemas.BYTES, Uint8Array.of(0, 1, 2, 0xff)],
  ['bytes empty', Schemas.BYTES, new Uint8Array(0)],
  ['decimal 12.34', Decimal.schema(2), BigDecimal.parse('12.34')],
  ['decimal 1E+3', Decimal.schema(-3), BigDecimal.parse('1E+3')],
  ['decimal 0.000001', Decimal.schema(6), BigDecimal.parse('0.000001')],
  ['decimal 1E-7', Decimal.schema(7), BigDecimal.parse('1E-7')],
  ['date', dateSchema, day(19724)],
  ['date epoch', dateSchema, day(0)],
  ['time', LogicalSchemas.TIME, new Date(45296789)],
  ['time midnight', LogicalSchemas.TIME, new Date(0)],
  ['timestamp', LogicalSchemas.TIMESTAMP, new Date(1704198896789)],
  ['timestamp midnight', LogicalSchemas.TIMESTAMP, new Date(1704153600000)],
  ['timestamp 1 day', LogicalSchemas.TIMESTAMP, new Date(86400000)],
  ['timestamp just under a day', LogicalSchemas.TIMESTAMP, new Date(86399999)],
  ['timestamp negative', LogicalSchemas.TIMESTAMP, new Date(-1)],
  ['timestamp negative day', LogicalSchemas.TIMESTAMP, new Date(-86400000)],
  ['timestamp 1900', LogicalSchemas.TIMESTAMP, new Date(-2208988800000 + 3723004)],
  ['timestamp year 10000', LogicalSchemas.TIMESTAMP, new Date(253402300800000 + 1000)],
  ['array strings', SchemaBuilder.array(Schemas.STRING).build(), ['a', 'b"c', 'd\\e', '']],
  ['array ints', SchemaBuilder.array(Schemas.INT32).build(), [1, 2, 3]],
  ['array floats', SchemaBuilder.array(Schemas.FLOAT32).build(), [Math.fround(0.1), 1]],
  ['array with null', SchemaBuilder.array(Schemas.OPTIONAL_INT32).build(), [1, null]],
  ['array empty', SchemaBuilder.array(Schemas.INT32).build(), []],
  ['array nested', SchemaBuilder.array(SchemaBuilder.array(Schemas.INT32).build()).build(), [[1, 2], [3]]],
  ['array bytes', SchemaBuilder.array(Schemas.BYTES).build(), [Uint8Array.of(0, 1), Uint8Array.of(0xfb)]],
  ['array dates', SchemaBuilder.array(dateSchema).build(), [day(19724), new Date(1704198896789)]],
  ['array booleans', SchemaBuilder.array(Schemas.BOOLEAN).build(), [true, false]],
  [
    'array decimals',
    SchemaBuilder.array(Decimal.schema(1)).build(),
    [BigDecimal.parse('1.5'), BigDecimal.parse('-2.0')],
  ],
  [
    'map string int',
    SchemaBuilder.map(Schemas.STRING, Schemas.INT32).build(),
    new Map([
      ['a', 1],
      ['b', 2],
    ]),
  ],
  [
    'map int string',
    SchemaBuilder.map(Schemas.INT32, Schemas.STRING).build(),
    new Map([
      [1, 'x'],
      [300, 'y"z'],
    ]),
  ],
  [
    'map nested',
    SchemaBuilder.map(Schemas.STRING, SchemaBuilder.array(Schemas.INT64).optional().build()).build(),
    new Map<string, unknown>([
      ['n', null],
      ['l', [1n, 2n]],
    ]),
  ],
  ['map empty', SchemaBuilder.map(Schemas.STRING, Schemas.INT32).build(), new Map()],
  ['struct', structSchema, struct],
  ['struct null schema', null, struct],
  ['double 2 null schema', null, 2],
  ['list null schema', null, [1n, 'a', 2.5, true, null]],
];

describe('SimpleHeaderConverter writes header values as Apache does', () => {
  it.each(WRITE_CASES)('%s', (name, schema, value) => {
    expectRecordedWrite(
      () => converter.fromConnectHeader('t', 'h', schema, value),
      recorded(VECTORS, `write ${name}`),
    );
  });

  it('prints a number without a schema as a Double, a bigint as a Long (as StringConverter does)', () => {
    expect(text(converter.fromConnectHeader('t', 'h', null, 5))).toBe('5.0');
    expect(text(converter.fromConnectHeader('t', 'h', null, 5n))).toBe('5');
    expect(text(converter.fromConnectHeader('t', 'h', Schemas.INT32, 5))).toBe('5');
  });

  it('accepts plain objects as maps', () => {
    expect(text(converter.fromConnectHeader('t', 'h', null, { a: 1n, b: 'x' }))).toBe('{"a":1,"b":"x"}');
  });

  it('rejects values Values cannot print, with Apache’s message', () => {
    const run = () => converter.fromConnectHeader('t', 'h', null, Symbol('s'));
    expect(run).toThrow(DataException);
    expect(run).toThrow('Failed to serialize unexpected value type java.lang.Object: ');
  });
});

describe('Values', () => {
  it('parseString gives STRING "" for empty text and {null, null} for the null literal', () => {
    expect(parseString('')).toEqual({ schema: Schemas.STRING, value: '' });
    expect(parseString('null')).toEqual({ schema: null, value: null });
  });

  it('convertToString gives null for null', () => {
    expect(convertToString(Schemas.STRING, null)).toBeNull();
  });

  it('keeps map insertion order and the last value of a repeated key', () => {
    const parsed = parseString('{"b":1,"a":2,"b":3}');
    expect([...(parsed.value as Map<string, number>)]).toEqual([
      ['b', 3],
      ['a', 2],
    ]);
  });

  it('reads out-of-range dates it cannot hold as text (Apache holds any long millis)', () => {
    expect(parseString('2024-1-\u221e1')).toEqual({ schema: Schemas.STRING, value: '2024-1-\u221e1' });
  });
});
