import { describe, expect, it } from 'vitest';
import { SerializationException } from '../../../shared/converters/errors.ts';
import { StringConverter } from '../../../shared/converters/string-converter.ts';
import { BigDecimal } from '../../../shared/data/big-decimal.ts';
import { type Schema, Schemas } from '../../../shared/data/schema.ts';
import { Struct } from '../../../shared/data/struct.ts';
import { describe as describeRead, expectBytes, hex, vector } from '../json/vector-support.ts';
import { CONVERTER_VECTORS } from './converter-vectors.ts';
import { inner, rec } from './fixtures.ts';

function converter(configs: Record<string, string> = {}, isKey = false): StringConverter {
  const c = new StringConverter();
  c.configure(configs, isKey);
  return c;
}

const ENCODINGS = [
  'UTF-8',
  'utf8',
  'UTF-16',
  'UTF-16BE',
  'UTF-16LE',
  'ISO-8859-1',
  'latin1',
  'US-ASCII',
  'ascii',
  'windows-1252',
  'UTF-32',
];
const PROBE_BYTES = Uint8Array.of(0xfe, 0xff, 0, 0x61, 0xc3, 0xa9);

describe('StringConverter encodings (converter.encoding)', () => {
  it.each(ENCODINGS)('%s writes and reads what Apache does', (encoding) => {
    const c = converter({ 'converter.encoding': encoding });
    expectBytes(
      c.fromConnectData('t', Schemas.STRING, 'aé中😀'),
      vector(CONVERTER_VECTORS, `sconv enc ${encoding}`),
    );
    expect(describeRead(c.toConnectData('t', PROBE_BYTES))).toBe(
      vector(CONVERTER_VECTORS, `sconv read ${encoding}`).read,
    );
  });

  it('rejects an unknown encoding like Kafka’s StringSerializer', () => {
    expect(() => converter({ 'converter.encoding': 'bogus' })).toThrow(SerializationException);
    expect(() => converter({ 'converter.encoding': 'bogus' })).toThrow(/^Unsupported encoding bogus/);
  });

  it('lets key.serializer.encoding override converter.encoding for keys only', () => {
    const key = converter({ 'converter.encoding': 'UTF-8', 'key.serializer.encoding': 'UTF-16LE' }, true);
    expectBytes(key.fromConnectData('t', null, 'ab'), vector(CONVERTER_VECTORS, 'sconv key override'));
    expect(describeRead(key.toConnectData('t', Uint8Array.of(0x61, 0x62)))).toBe(
      vector(CONVERTER_VECTORS, 'sconv key override read').read,
    );
    const value = converter({ 'converter.encoding': 'UTF-8', 'key.serializer.encoding': 'UTF-16LE' }, false);
    expectBytes(
      value.fromConnectData('t', null, 'ab'),
      vector(CONVERTER_VECTORS, 'sconv value ignores key override'),
    );
  });

  it('reads malformed UTF-8 with the JDK’s replacement rules', () => {
    const bytes = Uint8Array.of(0x61, 0xff, 0x62, 0xc3, 0x63, 0xe4, 0xb8, 0x64, 0xed, 0xa0, 0x80);
    expect(describeRead(converter().toConnectData('t', bytes))).toBe(
      vector(CONVERTER_VECTORS, 'sconv read invalid utf8').read,
    );
  });
});

describe('StringConverter writes Java’s String.valueOf of the value', () => {
  const cases: [string, Schema | null, unknown][] = [
    ['String:plain', null, 'plain'],
    ['Integer:42', Schemas.INT32, 42],
    ['Long:42', null, 42n],
    ['Double:1.0', Schemas.FLOAT64, 1],
    ['Float:1.0', Schemas.FLOAT32, 1],
    ['Float:0.1', Schemas.FLOAT32, 0.1],
    ['Double:1.0E10', Schemas.FLOAT64, 1e10],
    ['Boolean:true', null, true],
    ['Byte:3', Schemas.INT8, 3],
    ['Short:4', Schemas.INT16, 4],
    ['null', null, null],
    ['ArrayList:[1, a, null, 2.5]', null, [1n, 'a', null, 2.5]],
    [
      'LinkedHashMap:{a=1, b=[x]}',
      null,
      new Map<string, unknown>([
        ['a', 1n],
        ['b', ['x']],
      ]),
    ],
    ['BigDecimal:1.50', null, BigDecimal.parse('1.50')],
    ['BigDecimal:1E+3', null, BigDecimal.parse('1E+3')],
    ['Struct:Struct{a=2.5}', inner, new Struct(inner).put('a', 2.5)],
    ['Struct:Struct{a=2.5,b=false}', inner, new Struct(inner).put('a', 2.5).put('b', false)],
    ['Struct:Struct{id=1,tags=[x]}', rec, new Struct(rec).put('id', 1).put('tags', ['x'])],
    ['Character:c', null, 'c'],
  ];
  it.each(cases)('%s', (name, schema, value) => {
    expectBytes(
      converter().fromConnectData('t', schema, value),
      vector(CONVERTER_VECTORS, `sconv write ${name}`),
    );
  });

  it('reads null bytes and empty bytes', () => {
    expect(describeRead(converter().toConnectData('t', null))).toBe(
      vector(CONVERTER_VECTORS, 'sconv read null').read,
    );
    expect(describeRead(converter().toConnectData('t', new Uint8Array(0)))).toBe(
      vector(CONVERTER_VECTORS, 'sconv read empty').read,
    );
  });

  it('replaces characters the charset cannot hold with "?"', () => {
    const c = converter({ 'converter.encoding': 'ISO-8859-1' });
    expect(hex(c.fromConnectData('t', null, 'a\ud800b') as Uint8Array)).toBe('613f62');
  });
});
