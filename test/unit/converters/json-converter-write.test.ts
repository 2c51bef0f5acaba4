import { describe, expect, it } from 'vitest';
import { JsonConverter } from '../../../shared/converters/json-converter.ts';
import { BigDecimal } from '../../../shared/data/big-decimal.ts';
import { Schemas } from '../../../shared/data/schema.ts';
import { Struct } from '../../../shared/data/struct.ts';
import { describe as describeRead, expectBytes, expectError, utf8, vector } from '../json/vector-support.ts';
import { CONVERTER_VECTORS } from './converter-vectors.ts';
import { NO_REPLACE_CASES, NUMERIC_CASES, r1, rec, WRITE_CASES, type WriteCase } from './fixtures.ts';

function checkWrite(converter: JsonConverter, [name, schema, value]: WriteCase): void {
  const expected = vector(CONVERTER_VECTORS, name);
  if (expected.error !== undefined) {
    expectError(() => converter.fromConnectData('t', schema, value), expected);
    return;
  }
  const bytes = converter.fromConnectData('t', schema, value);
  expectBytes(bytes, expected);
  const readBack = CONVERTER_VECTORS[`${name} <read>`];
  if (readBack?.read !== undefined)
    expect(describeRead(converter.toConnectData('t', bytes))).toBe(readBack.read);
}

describe('JsonConverter writes what Apache writes (schemas.enable=true)', () => {
  const converter = new JsonConverter();
  converter.configure({}, false);
  it.each(WRITE_CASES)('%s', (...testCase) => checkWrite(converter, testCase));
});

describe('JsonConverter with decimal.format=NUMERIC', () => {
  const converter = new JsonConverter({ 'decimal.format': 'numeric' });
  it.each(NUMERIC_CASES)('%s', (...testCase) => checkWrite(converter, testCase));
});

describe('JsonConverter with replace.null.with.default=false', () => {
  const converter = new JsonConverter({ 'replace.null.with.default': 'false' });
  it.each(NO_REPLACE_CASES)('%s', (...testCase) => checkWrite(converter, testCase));
});

describe('JsonConverter with schemas.enable=false', () => {
  it('writes the bare payload', () => {
    checkWrite(new JsonConverter({ 'schemas.enable': 'false' }), ['struct rec schemaless', rec, r1]);
    checkWrite(new JsonConverter({ 'schemas.enable': 'false', 'decimal.format': 'NUMERIC' }), [
      'struct rec schemaless numeric',
      rec,
      r1,
    ]);
  });

  it('round-trips schemaless JSON, wrapping integers beyond a long as Apache does', () => {
    const converter = new JsonConverter({ 'schemas.enable': 'false' });
    const text = '{"price":10.0,"qty":3,"ratio":0.25,"big":12345678901234567890,"tags":["a",1.0E10,null]}';
    const read = converter.toConnectData('t', new TextEncoder().encode(text));
    expect(utf8(converter.fromConnectData('t', read.schema, read.value) as Uint8Array)).toBe(
      '{"price":10.0,"qty":3,"ratio":0.25,"big":-6101065172474983726,"tags":["a",1.0E10,null]}',
    );
  });

  it('writes a null value with a schema as the JSON null literal, not a tombstone', () => {
    const converter = new JsonConverter({ 'schemas.enable': 'false' });
    expect(utf8(converter.fromConnectData('t', Schemas.OPTIONAL_INT32, null) as Uint8Array)).toBe('null');
    expect(converter.fromConnectData('t', null, null)).toBeNull();
  });

  it('infers types of schemaless values like Java: bigint is a Long, number a Double', () => {
    const converter = new JsonConverter({ 'schemas.enable': 'false' });
    const write = (value: unknown) => utf8(converter.fromConnectData('t', null, value) as Uint8Array);
    expect(write(5n)).toBe('5');
    expect(write(5)).toBe('5.0');
    expect(write(9007199254740993n)).toBe('9007199254740993');
    expect(write(1.5)).toBe('1.5');
    expect(write(-0)).toBe('-0.0');
    expect(write(1e300)).toBe('1.0E300');
    expect(write({ b: 1n, a: [true, null] })).toBe('{"b":1,"a":[true,null]}');
    const intKeys = new Map<unknown, unknown>([
      [1n, 'a'],
      [2n, null],
    ]);
    expect(write(intKeys)).toBe('[[1,"a"],[2,null]]');
    const mixedKeys = new Map<unknown, unknown>([
      ['a', 1n],
      [2n, 3n],
    ]);
    expect(write(mixedKeys)).toBe('[["a",1],[2,3]]');
    expect(write(Uint8Array.of(0, 1, 2, 255, 0xfb, 0xff))).toBe('"AAEC//v/"');
  });

  it('round-trips schemaless JSON exactly, integral doubles included', () => {
    const converter = new JsonConverter({ 'schemas.enable': 'false' });
    const text = '{"price":10.0,"qty":3,"ratio":0.25,"tags":["a",1.0E10,null,-7]}';
    const read = converter.toConnectData('t', new TextEncoder().encode(text));
    expect(utf8(converter.fromConnectData('t', read.schema, read.value) as Uint8Array)).toBe(text);
  });

  it('rejects values that have no Connect type, with Apache’s messages', () => {
    const converter = new JsonConverter({ 'schemas.enable': 'false' });
    expect(() => converter.fromConnectData('t', null, new Date(0))).toThrow(
      'Java class class java.util.Date does not have corresponding schema type.',
    );
    expect(() => converter.fromConnectData('t', null, BigDecimal.parse('1.5'))).toThrow(
      'Java class class java.math.BigDecimal does not have corresponding schema type.',
    );
    expect(() => converter.fromConnectData('t', null, new Struct(rec))).toThrow('Mismatching schema.');
  });
});

describe('JsonConverter schema JSON', () => {
  it('appends "field" after each struct field’s schema attributes', () => {
    const json = new JsonConverter().asJsonSchema(rec);
    const fields = json.entries.find(([name]) => name === 'fields')?.[1];
    expect(fields?.kind).toBe('array');
    if (fields?.kind !== 'array') return;
    for (const field of fields.items) {
      if (field.kind !== 'object') throw new Error('field schema is not an object');
      expect(field.entries.at(-1)?.[0]).toBe('field');
    }
  });
});
