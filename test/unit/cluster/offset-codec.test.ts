import { describe, expect, it } from 'vitest';
import {
  decodeOffsetRecord,
  encodeOffsetKey,
  encodeOffsetValue,
  partitionIdentity,
} from '../../../shared/cluster/offset-codec.ts';

const text = (bytes: Uint8Array | null) => (bytes === null ? null : Buffer.from(bytes).toString('utf8'));

describe('offsets topic records', () => {
  it('writes the key as ["<connector>",{partition}] and the value as the offset map, compact', () => {
    expect(text(encodeOffsetKey('file-src', { filename: '/tmp/a.txt' }))).toBe(
      '["file-src",{"filename":"/tmp/a.txt"}]',
    );
    expect(text(encodeOffsetValue({ position: 30 }))).toBe('{"position":30}');
    expect(text(encodeOffsetValue(null))).toBeNull();
  });

  it('keeps longs beyond 2^53 exact both ways', () => {
    const big = 9007199254740993n;
    expect(text(encodeOffsetValue({ position: big }))).toBe('{"position":9007199254740993}');
    const decoded = decodeOffsetRecord(
      Buffer.from('["c",{"p":1}]'),
      Buffer.from('{"position":9007199254740993}'),
    );
    expect(decoded?.offset?.position).toBe(big);
  });

  it('writes primitives of every kind', () => {
    expect(text(encodeOffsetValue({ s: 'x', b: true, n: null, f: 1.5, i: -3 }))).toBe(
      '{"s":"x","b":true,"n":null,"f":1.5,"i":-3}',
    );
  });

  it('reads a tombstone as a reset', () => {
    expect(decodeOffsetRecord(Buffer.from('["c",{"filename":"f"}]'), null)).toEqual({
      connector: 'c',
      partition: { filename: 'f' },
      offset: null,
    });
  });

  it('ignores records that are not source offsets', () => {
    expect(decodeOffsetRecord(null, Buffer.from('{}'))).toBeUndefined();
    expect(decodeOffsetRecord(Buffer.from('{"a":1}'), Buffer.from('{}'))).toBeUndefined();
    expect(decodeOffsetRecord(Buffer.from('["c",{"nested":{"x":1}}]'), Buffer.from('{}'))).toBeUndefined();
    expect(decodeOffsetRecord(Buffer.from('["c",{}]'), Buffer.from('not json'))).toBeUndefined();
  });

  it('identifies partitions regardless of key order (Java maps written by other workers)', () => {
    expect(partitionIdentity({ a: 1, b: 'x' })).toBe(partitionIdentity({ b: 'x', a: 1 }));
  });
});
