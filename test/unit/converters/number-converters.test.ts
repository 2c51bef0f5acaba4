/**
 * IntegerConverter, LongConverter, FloatConverter, DoubleConverter, ShortConverter and BooleanConverter against the
 * bytes, read-backs and errors Apache Kafka 4.1.1's classes produced (fixtures/number-converter-vectors.json).
 */
import { describe, expect, it } from 'vitest';
import { BooleanConverter } from '../../../shared/converters/boolean-converter.ts';
import type { Converter } from '../../../shared/converters/converter.ts';
import { ConfigException } from '../../../shared/converters/errors.ts';
import type { HeaderConverter } from '../../../shared/converters/header-converter.ts';
import {
  DoubleConverter,
  FloatConverter,
  IntegerConverter,
  LongConverter,
  ShortConverter,
} from '../../../shared/converters/number-converters.ts';
import { BigDecimal } from '../../../shared/data/big-decimal.ts';
import { DataException } from '../../../shared/data/errors.ts';
import { type Schema, Schemas } from '../../../shared/data/schema.ts';
import { hex } from '../json/vector-support.ts';
import {
  bytesOf,
  expectRecordedConfigure,
  expectRecordedRead,
  expectRecordedWrite,
  fixture,
  type Recorded,
  recorded,
} from './header-support.ts';

const VECTORS = fixture<Record<string, Recorded>>('number-converter-vectors.json');

type Both = Converter & HeaderConverter;

const CONVERTERS: Record<string, () => Both> = {
  Integer: () => new IntegerConverter(),
  Long: () => new LongConverter(),
  Float: () => new FloatConverter(),
  Double: () => new DoubleConverter(),
  Short: () => new ShortConverter(),
  Boolean: () => new BooleanConverter(),
};

function valueConverter(name: string): Both {
  const converter = (CONVERTERS[name] as () => Both)();
  converter.configure({}, false);
  return converter;
}

function headerConverter(name: string): Both {
  const converter = (CONVERTERS[name] as () => Both)();
  converter.configure({ 'converter.type': 'header' });
  return converter;
}

/**
 * The recorder's Java values as JavaScript values: the Java class of a number is carried by its schema (Integer
 * INT32, Short INT16, Byte INT8, Float FLOAT32, Double FLOAT64); a Long is a bigint.
 */
const JAVA_VALUES: readonly (readonly [string, Schema | null, unknown])[] = [
  ['int 0', Schemas.INT32, 0],
  ['int 42', Schemas.INT32, 42],
  ['int -1', Schemas.INT32, -1],
  ['int max', Schemas.INT32, 2147483647],
  ['int min', Schemas.INT32, -2147483648],
  ['long 0', null, 0n],
  ['long 5', null, 5n],
  ['long -2', null, -2n],
  ['long max', null, 2n ** 63n - 1n],
  ['long min', null, -(2n ** 63n)],
  ['short 0', Schemas.INT16, 0],
  ['short -300', Schemas.INT16, -300],
  ['short max', Schemas.INT16, 32767],
  ['short min', Schemas.INT16, -32768],
  ['byte 5', Schemas.INT8, 5],
  ['float 0.1', Schemas.FLOAT32, Math.fround(0.1)],
  ['float -0', Schemas.FLOAT32, -0],
  ['float nan', Schemas.FLOAT32, Number.NaN],
  ['float inf', Schemas.FLOAT32, Number.POSITIVE_INFINITY],
  ['float -inf', Schemas.FLOAT32, Number.NEGATIVE_INFINITY],
  ['float min', Schemas.FLOAT32, 1.401298464324817e-45],
  ['float max', Schemas.FLOAT32, 3.4028234663852886e38],
  ['float 1.5', Schemas.FLOAT32, 1.5],
  ['double 0.1', Schemas.FLOAT64, 0.1],
  ['double -0', Schemas.FLOAT64, -0],
  ['double nan', Schemas.FLOAT64, Number.NaN],
  ['double inf', Schemas.FLOAT64, Number.POSITIVE_INFINITY],
  ['double min', Schemas.FLOAT64, Number.MIN_VALUE],
  ['double max', Schemas.FLOAT64, Number.MAX_VALUE],
  ['double 1e300', Schemas.FLOAT64, 1e300],
  ['double 1.5', Schemas.FLOAT64, 1.5],
  ['boolean true', null, true],
  ['boolean false', null, false],
  ['string', null, 'abc'],
  ['bytes', null, Uint8Array.of(1, 2)],
  ['decimal', null, BigDecimal.parse('1.5')],
  ['null', null, null],
];

/**
 * BooleanConverter checks the schema first, so its cases run without one, where a number's Java class is what
 * javaClassName gives (Integer or Double): the Short, Byte, Float and -0.0 cases cannot be expressed that way.
 */
function booleanCase(label: string): boolean {
  return !/^(short|byte|float) /.test(label) && label !== 'double -0';
}

const NAMES = Object.keys(CONVERTERS);

describe.each(NAMES)('%sConverter', (name) => {
  const writeCases = JAVA_VALUES.filter(([label]) => name !== 'Boolean' || booleanCase(label)).map(
    ([label, schema, value]) => [label, name === 'Boolean' ? null : schema, value] as const,
  );

  it.each(writeCases)('writes %s as Apache does', (label, schema, value) => {
    const v = recorded(VECTORS, `${name} write ${label}`);
    expectRecordedWrite(() => valueConverter(name).fromConnectData('t', schema, value), v);
  });

  it.each([
    ['int 42', Schemas.INT32, 42],
    ['long 5', null, 5n],
    ['boolean true', null, true],
  ] as const)('writes header %s as Apache does', (label, schema, value) => {
    const v = recorded(VECTORS, `${name} header write ${label}`);
    expectRecordedWrite(
      () => headerConverter(name).fromConnectHeader('t', 'h', name === 'Boolean' ? null : schema, value),
      v,
    );
  });

  it.each([
    ['schema INT32 with int 42', Schemas.INT32, 42],
    ['schema STRING with boolean true', Schemas.STRING, true],
    ['schema OPTIONAL_BOOLEAN with null', Schemas.OPTIONAL_BOOLEAN, null],
  ] as const)('writes with %s as Apache does', (label, schema, value) => {
    expectRecordedWrite(
      () => valueConverter(name).fromConnectData('t', schema, value),
      recorded(VECTORS, `${name} write ${label}`),
    );
  });

  const reads = Object.keys(VECTORS)
    .filter((key) => key.startsWith(`${name} read `) && key !== `${name} read null`)
    .map((key) => key.slice(`${name} read `.length));

  it.each(reads)('reads %s as Apache does', (input) => {
    const bytes = bytesOf(input === 'empty' ? '' : input);
    expectRecordedRead(
      () => valueConverter(name).toConnectData('t', bytes),
      recorded(VECTORS, `${name} read ${input}`),
    );
  });

  it('reads null as Apache does, and the same through the header methods', () => {
    expectRecordedRead(
      () => valueConverter(name).toConnectData('t', null),
      recorded(VECTORS, `${name} read null`),
    );
    expectRecordedRead(
      () => headerConverter(name).toConnectHeader('t', 'h', bytesOf('00')),
      recorded(VECTORS, `${name} header read 00`),
    );
  });

  it.each([
    ['no type', {}, undefined],
    ['type foo', { 'converter.type': 'foo' }, undefined],
    ['type HEADER', { 'converter.type': 'HEADER' }, undefined],
    ['type spaced', { 'converter.type': ' key ' }, undefined],
    ['type key 2-arg override', { 'converter.type': 'foo' }, true],
  ] as const)('configure with %s as Apache does', (label, configs, isKey) => {
    const converter = (CONVERTERS[name] as () => Both)();
    expectRecordedConfigure(
      () => (isKey === undefined ? converter.configure(configs) : converter.configure(configs, isKey)),
      recorded(VECTORS, `${name} configure ${label}`),
    );
  });

  it('reports configure errors as ConfigException', () => {
    expect(() => (CONVERTERS[name] as () => Both)().configure({})).toThrow(ConfigException);
  });
});

describe('numbers without a numeric schema', () => {
  it.each([
    ['Integer', 42, '0000002a'],
    ['Integer', -1, 'ffffffff'],
    ['Long', 5, '0000000000000005'],
    ['Long', -2, 'fffffffffffffffe'],
    ['Long', 2 ** 53, '0020000000000000'],
    ['Float', 0.1, '3dcccccd'],
    ['Float', 1, '3f800000'],
    ['Double', 0.1, '3fb999999999999a'],
    ['Double', 2, '4000000000000000'],
    ['Short', -300, 'fed4'],
  ] as const)('%sConverter takes %s when its type holds it', (name, value, expected) => {
    expect(hex(valueConverter(name).fromConnectData('t', null, value) as Uint8Array)).toBe(expected);
  });

  it.each([
    ['Integer', 1.5, 'Failed to serialize to integer (was class java.lang.Double): '],
    ['Integer', 2 ** 40, 'Failed to serialize to integer (was class java.lang.Long): '],
    ['Long', 0.5, 'Failed to serialize to long (was class java.lang.Double): '],
    ['Short', 40000, 'Failed to serialize to short (was class java.lang.Integer): '],
  ] as const)('%sConverter rejects %s like the Java value it stands for', (name, value, message) => {
    const run = () => valueConverter(name).fromConnectData('t', null, value);
    expect(run).toThrow(DataException);
    expect(run).toThrow(message);
  });

  it('a numeric schema makes a number that Java type (an INT64 number is a Long)', () => {
    expect(hex(valueConverter('Long').fromConnectData('t', Schemas.INT64, 7) as Uint8Array)).toBe(
      '0000000000000007',
    );
    expect(() => valueConverter('Integer').fromConnectData('t', Schemas.INT64, 7)).toThrow(
      'Failed to serialize to integer (was class java.lang.Long): ',
    );
  });
});

describe('NaN bits', () => {
  it('DoubleConverter writes every NaN as 7ff8000000000000, as Apache does', () => {
    const converter = valueConverter('Double');
    const nan = converter.toConnectData('t', bytesOf('7ff0000000000001')).value;
    expectRecordedWrite(
      () => converter.fromConnectData('t', null, nan),
      recorded(VECTORS, 'Double roundtrip 7ff0000000000001'),
    );
  });

  it('FloatConverter writes every NaN as 7fc00000 (Apache keeps a read NaN payload: a known difference)', () => {
    const converter = valueConverter('Float');
    expect(recorded(VECTORS, 'Float roundtrip 7fc00001').hex).toBe('7fc00001');
    const nan = converter.toConnectData('t', bytesOf('7fc00001')).value;
    expect(hex(converter.fromConnectData('t', null, nan) as Uint8Array)).toBe('7fc00000');
  });
});
