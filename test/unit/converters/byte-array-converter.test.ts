import { describe, expect, it } from 'vitest';
import { ByteArrayConverter } from '../../../shared/converters/byte-array-converter.ts';
import { Decimal } from '../../../shared/data/logical-types.ts';
import { type Schema, Schemas } from '../../../shared/data/schema.ts';
import { describe as describeRead, expectBytes, expectError, vector } from '../json/vector-support.ts';
import { CONVERTER_VECTORS } from './converter-vectors.ts';
import { rec } from './fixtures.ts';

describe('ByteArrayConverter', () => {
  const converter = new ByteArrayConverter();
  converter.configure({}, false);

  const cases: [string, Schema | null, unknown][] = [
    ['bconv bytes', Schemas.BYTES, Uint8Array.of(1, 2)],
    ['bconv null schema', null, Uint8Array.of(1, 2)],
    ['bconv null', Schemas.OPTIONAL_BYTES, null],
    ['bconv string schema', Schemas.STRING, 'x'],
    ['bconv string value', null, 'x'],
    ['bconv int value', Schemas.BYTES, 5],
    ['bconv decimal schema', Decimal.schema(2), Uint8Array.of(1)],
    ['bconv struct schema', rec, null],
  ];

  it.each(cases)('%s', (name, schema, value) => {
    const expected = vector(CONVERTER_VECTORS, name);
    if (expected.error !== undefined)
      expectError(() => converter.fromConnectData('t', schema, value), expected);
    else expectBytes(converter.fromConnectData('t', schema, value), expected);
  });

  it('passes the very same bytes through', () => {
    const bytes = Buffer.from([1, 2, 3]);
    expect(converter.fromConnectData('t', null, bytes)).toBe(bytes);
  });

  it('reads bytes back as OPTIONAL_BYTES', () => {
    expect(describeRead(converter.toConnectData('t', Uint8Array.of(1, 2, 3)))).toBe(
      vector(CONVERTER_VECTORS, 'bconv read').read,
    );
    expect(describeRead(converter.toConnectData('t', null))).toBe(
      vector(CONVERTER_VECTORS, 'bconv read null').read,
    );
  });
});
