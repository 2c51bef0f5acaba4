/** Schemas and values mirroring the ones the Apache recording program used, by vector name. */
import { BigDecimal } from '../../../shared/data/big-decimal.ts';
import { ConnectDate, ConnectTime, ConnectTimestamp, Decimal } from '../../../shared/data/logical-types.ts';
import { type Schema, Schemas } from '../../../shared/data/schema.ts';
import { SchemaBuilder } from '../../../shared/data/schema-builder.ts';
import { Struct } from '../../../shared/data/struct.ts';

export const inner = SchemaBuilder.struct()
  .name('com.example.Inner')
  .field('a', Schemas.FLOAT64)
  .field('b', SchemaBuilder.bool().optional().defaultValue(true).build())
  .optional()
  .build();

export const dec2 = Decimal.schema(2);

export const rec = SchemaBuilder.struct()
  .name('com.example.Rec')
  .version(2)
  .doc('A record')
  .field('id', Schemas.INT32)
  .field('name', Schemas.OPTIONAL_STRING)
  .field('tags', SchemaBuilder.array(Schemas.STRING).build())
  .field('inner', inner)
  .field('amount', dec2)
  .field('day', ConnectDate.builder().build())
  .field('tod', ConnectTime.builder().build())
  .field('ts', ConnectTimestamp.builder().build())
  .field('attrs', SchemaBuilder.map(Schemas.STRING, Schemas.INT64).optional().build())
  .field('f32', Schemas.FLOAT32)
  .field('raw', Schemas.OPTIONAL_BYTES)
  .build();

export const r1 = new Struct(rec)
  .put('id', 1)
  .put('name', null)
  .put('tags', ['x', 'y'])
  .put('inner', new Struct(inner).put('a', 2.5))
  .put('amount', BigDecimal.parse('12.34'))
  .put('day', new Date(19000 * 86400000))
  .put('tod', new Date(3723004))
  .put('ts', new Date(1700000000123))
  .put('attrs', new Map([['n', 5n]]))
  .put('f32', 0.1)
  .put('raw', Uint8Array.of(9));

export const r2 = new Struct(rec)
  .put('id', 2)
  .put('tags', [])
  .put('amount', BigDecimal.parse('-0.05'))
  .put('day', new Date(0))
  .put('tod', new Date(0))
  .put('ts', new Date(-1))
  .put('f32', 1.5);

export const intDefault = SchemaBuilder.int32().defaultValue(7).build();
export const optionalIntDefault = SchemaBuilder.int32().optional().defaultValue(7).build();
export const stringMeta = SchemaBuilder.string()
  .name('com.x.Name')
  .version(3)
  .doc('a "doc"')
  .parameter('p1', 'v1')
  .parameter('a', 'b')
  .defaultValue('dflt')
  .build();
export const int32Array = SchemaBuilder.array(Schemas.INT32).build();
export const optionalStringArray = SchemaBuilder.array(Schemas.OPTIONAL_STRING).optional().build();
export const stringIntMap = SchemaBuilder.map(Schemas.STRING, Schemas.INT32).build();
export const intStringMap = SchemaBuilder.map(Schemas.INT32, Schemas.OPTIONAL_STRING).build();

/** [vector name, schema, value] for writes that use the converter's default-config variant named. */
export type WriteCase = readonly [name: string, schema: Schema | null, value: unknown];

export const WRITE_CASES: readonly WriteCase[] = [
  ['int8', Schemas.INT8, 5],
  ['int16', Schemas.INT16, -300],
  ['int32', Schemas.INT32, 42],
  ['int64 max', Schemas.INT64, 9223372036854775807n],
  ['int64 2^53+1', Schemas.INT64, 9007199254740993n],
  ['int64 min', Schemas.INT64, -9223372036854775808n],
  ['float32 0.1', Schemas.FLOAT32, 0.1],
  ['float32 1.0', Schemas.FLOAT32, 1],
  ['float32 1e10', Schemas.FLOAT32, 1e10],
  ['float32 nan', Schemas.FLOAT32, Number.NaN],
  ['float64 1.0', Schemas.FLOAT64, 1],
  ['float64 0.1', Schemas.FLOAT64, 0.1],
  ['float64 1e10', Schemas.FLOAT64, 1e10],
  ['float64 1e-7', Schemas.FLOAT64, 1e-7],
  ['float64 nan', Schemas.FLOAT64, Number.NaN],
  ['float64 -inf', Schemas.FLOAT64, Number.NEGATIVE_INFINITY],
  ['float64 -0', Schemas.FLOAT64, -0],
  ['boolean', Schemas.BOOLEAN, true],
  ['string', Schemas.STRING, 'héllo "w"\n😀'],
  ['bytes', Schemas.BYTES, Uint8Array.of(0, 1, 2, 255)],
  ['bytes empty', Schemas.BYTES, new Uint8Array(0)],
  ['optional int32 null', Schemas.OPTIONAL_INT32, null],
  ['optional string null', Schemas.OPTIONAL_STRING, null],
  ['required int32 null', Schemas.INT32, null],
  ['null schema null value', null, null],
  [
    'null schema value',
    null,
    new Map<string, unknown>([
      ['a', 1n],
      ['b', [1.5, 'x']],
    ]),
  ],
  ['null schema string', null, 'x'],
  ['int32 default null', intDefault, null],
  ['optional int32 default null', optionalIntDefault, null],
  ['optional int32 default value', optionalIntDefault, 3],
  ['string meta', stringMeta, 'v'],
  ['string meta null', stringMeta, null],
  ['string empty params', SchemaBuilder.string().parameters({}).build(), 'v'],
  ['array int32', int32Array, [1, 2, 3]],
  ['array empty', int32Array, []],
  ['array optional strings', optionalStringArray, ['a', null, 'c']],
  ['array required elem null', int32Array, [1, null]],
  ['array default', SchemaBuilder.array(Schemas.INT32).defaultValue([9, 8]).build(), null],
  [
    'map string keys',
    stringIntMap,
    new Map([
      ['b', 2],
      ['a', 1],
    ]),
  ],
  [
    'map int keys',
    intStringMap,
    new Map([
      [2, 'b'],
      [1, null],
    ]),
  ],
  [
    'map default',
    SchemaBuilder.map(Schemas.STRING, Schemas.STRING)
      .defaultValue(new Map([['k', 'v']]))
      .build(),
    null,
  ],
  ['struct rec', rec, r1],
  ['struct rec nulls', rec, r2],
  ['struct mismatch', rec, new Struct(inner).put('a', 1)],
  ['struct missing required', rec, new Struct(rec).put('id', 3)],
  ['int32 wrong type', Schemas.INT32, 'x'],
  ['int32 given long', Schemas.INT32, 5n],
  ['string given int', Schemas.STRING, 5],
  ['bytes given string', Schemas.BYTES, 'x'],
  ['array given string', int32Array, 'x'],
  ['struct given map', rec, new Map()],
  ['decimal mismatch scale', dec2, BigDecimal.parse('1.5')],
  ['decimal wrong type', dec2, 1.5],
  ['date wrong type', ConnectDate.builder().build(), 5],
  ['date with time', ConnectDate.builder().build(), new Date(1000)],
  ['time out of range', ConnectTime.builder().build(), new Date(86400001)],
  ['decimal 0', dec2, new BigDecimal(0n, 2)],
  ['decimal 128', Decimal.schema(0), BigDecimal.parse('128')],
  ['decimal -128', Decimal.schema(0), BigDecimal.parse('-128')],
  ['decimal -129', Decimal.schema(0), BigDecimal.parse('-129')],
  ['decimal 255', Decimal.schema(0), BigDecimal.parse('255')],
  ...(
    [
      ['12.34', 2],
      ['-0.05', 2],
      ['0.00', 2],
      ['123456789012345678901234567890.12', 2],
      ['1E+3', -3],
      ['0.0000000001', 10],
      ['-1.5E-10', 11],
      ['100', 0],
      ['5E+2', -2],
    ] as const
  ).map(
    ([text, scale]) => [`decimal base64 ${text}`, Decimal.schema(scale), BigDecimal.parse(text)] as const,
  ),
  ['date default', ConnectDate.builder().defaultValue(new Date(86400000)).build(), null],
  ['decimal default', Decimal.builder(2).optional().defaultValue(BigDecimal.parse('1.00')).build(), null],
  ['float64 default', SchemaBuilder.float64().defaultValue(1).build(), null],
  ['bytes default', SchemaBuilder.bytes().defaultValue(Uint8Array.of(1, 2)).build(), null],
  [
    'timestamp no version',
    SchemaBuilder.int64().name('org.apache.kafka.connect.data.Timestamp').build(),
    new Date(5),
  ],
];

/** Writes recorded with decimal.format=NUMERIC. */
export const NUMERIC_CASES: readonly WriteCase[] = [
  ['struct rec numeric', rec, r1],
  ...(
    [
      ['12.34', 2],
      ['-0.05', 2],
      ['0.00', 2],
      ['123456789012345678901234567890.12', 2],
      ['1E+3', -3],
      ['0.0000000001', 10],
      ['-1.5E-10', 11],
      ['100', 0],
      ['5E+2', -2],
    ] as const
  ).map(
    ([text, scale]) => [`decimal numeric ${text}`, Decimal.schema(scale), BigDecimal.parse(text)] as const,
  ),
];

/** Writes recorded with replace.null.with.default=false. */
export const NO_REPLACE_CASES: readonly WriteCase[] = [
  ['int32 default null noreplace', intDefault, null],
  ['optional int32 default null noreplace', optionalIntDefault, null],
  ['struct rec noreplace', rec, r1],
];
