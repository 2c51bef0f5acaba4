import { describe, expect, it } from 'vitest';
import {
  decodeOffsetKey,
  decodeOffsetValue,
  encodeOffsetKey,
  encodeOffsetValue,
  offsetMapsEqual,
  offsetPartitionId,
} from '../../../shared/codecs/offset-records.ts';
import { javaHashMapOrder } from '../../../shared/config/java-hash-order.ts';
import { javaStringHash as javaStringHashCode } from '../../../shared/config/java-text.ts';
import { DataException } from '../../../shared/data/errors.ts';
import { JACKSON_VECTORS } from '../json/jackson-vectors.ts';
import { expectBytes, utf8, vector } from '../json/vector-support.ts';
import { CODEC_VECTORS } from './codec-vectors.ts';

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text);

describe('offsets topic records are written as Apache writes them', () => {
  it('keys', () => {
    expectBytes(
      encodeOffsetKey('file-src', { filename: '/tmp/a.txt' }),
      vector(CODEC_VECTORS, 'offset key single'),
    );
    expectBytes(encodeOffsetKey('c', null), vector(CODEC_VECTORS, 'offset key null partition'));
    expectBytes(encodeOffsetKey('c', {}), vector(CODEC_VECTORS, 'offset key empty partition'));
  });

  it('keys of Java HashMaps, when asked to order them like one', () => {
    const partition = { topic: 'orders', partition: 3, db: 'x' };
    expectBytes(
      encodeOffsetKey('jdbc', partition, { keyOrder: 'java-hashmap' }),
      vector(CODEC_VECTORS, 'offset key hashmap'),
    );
    expect(utf8(encodeOffsetKey('jdbc', partition))).toBe(
      '["jdbc",{"topic":"orders","partition":3,"db":"x"}]',
    );
  });

  it('values, including every primitive type, and tombstones', () => {
    expectBytes(encodeOffsetValue({ position: 30 }), vector(CODEC_VECTORS, 'offset value position'));
    expect(encodeOffsetValue(null)).toBeNull();
    const mixed = encodeOffsetValue({
      i: 1,
      l: 9007199254740993n,
      d: 1.5,
      s: 'x',
      b: true,
      n: null,
      bytes: Uint8Array.of(1),
    });
    expect(utf8(mixed as Uint8Array)).toBe(
      '{"i":1,"l":9007199254740993,"d":1.5,"s":"x","b":true,"n":null,"bytes":"AQ=="}',
    );
  });

  it('rejects non-primitive values like OffsetUtils.validateFormat', () => {
    expect(() => encodeOffsetValue({ nested: { a: 1 } })).toThrow(DataException);
    expect(() => encodeOffsetValue({ list: [1] })).toThrow(
      'Offsets may only contain primitive types as values, but field list contains ARRAY',
    );
  });
});

describe('offsets topic records decode semantically', () => {
  it('reads keys and values Apache wrote', () => {
    expect(decodeOffsetKey(bytes('["file-src",{"filename":"/tmp/a.txt"}]'))).toEqual({
      ok: true,
      value: { connector: 'file-src', partition: { filename: '/tmp/a.txt' } },
    });
    expect(decodeOffsetKey(bytes('["c",null]'))).toEqual({
      ok: true,
      value: { connector: 'c', partition: null },
    });
    expect(decodeOffsetValue(bytes('{"position":30,"d":1.0,"s":"x","b":false,"n":null}'))).toEqual({
      ok: true,
      value: { position: 30n, d: 1, s: 'x', b: false, n: null },
    });
    expect(decodeOffsetValue(null)).toEqual({ ok: true, value: null });
  });

  it('compares partitions and offsets regardless of key order and integer representation', () => {
    const java = decodeOffsetKey(bytes(vector(CODEC_VECTORS, 'offset key hashmap').text as string));
    expect(java.ok).toBe(true);
    if (!java.ok) return;
    const ours = { topic: 'orders', partition: 3, db: 'x' };
    expect(offsetMapsEqual(java.value.partition, ours)).toBe(true);
    expect(offsetPartitionId('jdbc', java.value.partition)).toBe(offsetPartitionId('jdbc', ours));
    expect(offsetMapsEqual({ a: 1.5 }, { a: 1.5 })).toBe(true);
    expect(offsetMapsEqual({ a: 1n }, { a: 1.5 })).toBe(false);
    expect(offsetMapsEqual({ a: 1 }, { b: 1 })).toBe(false);
  });

  it.each([
    ['not JSON', '{"a"'],
    ['not an array', '{"a":1}'],
    ['wrong length', '["a"]'],
    ['connector not a string', '[1,{}]'],
    ['partition not an object', '["a",5]'],
    ['nested partition value', '["a",{"x":{"y":1}}]'],
  ])('rejects a foreign key (%s) without crashing', (_name, text) => {
    expect(decodeOffsetKey(bytes(text))).toMatchObject({ ok: false, error: expect.any(String) });
  });

  it('rejects foreign values without crashing', () => {
    expect(decodeOffsetValue(bytes('[1]'))).toMatchObject({ ok: false });
    expect(decodeOffsetValue(bytes('{"a":[1]}'))).toMatchObject({ ok: false });
    expect(decodeOffsetValue(bytes('{'))).toMatchObject({ ok: false });
  });
});

describe('Java HashMap iteration order', () => {
  it('matches String.hashCode', () => {
    expect(javaStringHashCode('Aa')).toBe(2112);
    expect(javaStringHashCode('BB')).toBe(2112);
    expect(javaStringHashCode('hello')).toBe(99162322);
  });

  it('matches what Java wrote for small and resized maps', () => {
    const small = [
      'topic',
      'partition',
      'offset',
      'filename',
      'a',
      'b',
      'zz',
      'position',
      'key1',
      'Aa',
      'BB',
    ];
    const expectedSmall = JSON.parse(vector(JACKSON_VECTORS, 'hashmap order').text as string) as object;
    expect(javaHashMapOrder(small)).toEqual(Object.keys(expectedSmall));
    const big = Array.from({ length: 40 }, (_, i) => `k${i}`);
    const expectedBig = (vector(JACKSON_VECTORS, 'hashmap order big').text as string)
      .match(/"k\d+"/g)
      ?.map((k) => k.slice(1, -1));
    expect(javaHashMapOrder(big)).toEqual(expectedBig);
  });
});
