import { describe, expect, it } from 'vitest';
import { ENVELOPE_ERROR, JsonConverter } from '../../../shared/converters/json-converter.ts';
import { DataException } from '../../../shared/data/errors.ts';
import { JsonParseError } from '../../../shared/json/parse.ts';
import { JACKSON_VECTORS } from '../json/jackson-vectors.ts';
import { describe as describeRead, expectError, type Vector, vector } from '../json/vector-support.ts';
import { CONVERTER_VECTORS } from './converter-vectors.ts';

const encoder = new TextEncoder();

function quotedInputs(vectors: Readonly<Record<string, Vector>>, prefix: string): [string, Vector][] {
  return Object.entries(vectors)
    .filter(([name]) => name.startsWith(`${prefix} "`))
    .map(([name, v]) => [JSON.parse(name.slice(prefix.length + 1)) as string, v]);
}

function checkRead(converter: JsonConverter, input: Uint8Array | null, expected: Vector): void {
  if (expected.error !== undefined) {
    const error = expectError(() => converter.toConnectData('t', input), expected);
    if (expected.cause?.startsWith('JsonParseException') || expected.cause?.includes('StreamConstraints')) {
      expect(error.cause).toBeInstanceOf(JsonParseError);
    }
    return;
  }
  expect(describeRead(converter.toConnectData('t', input))).toBe(expected.read);
}

describe('JsonConverter reads envelopes as Apache does (schemas.enable=true)', () => {
  const converter = new JsonConverter();
  it.each(quotedInputs(CONVERTER_VECTORS, 'jread'))('%s', (input, expected) => {
    checkRead(converter, encoder.encode(input), expected);
  });

  it('reads null bytes as a null schema and value', () => {
    checkRead(converter, null, vector(CONVERTER_VECTORS, 'jread null bytes'));
  });

  it('uses the envelope message Apache uses', () => {
    expect(() => converter.toConnectData('t', encoder.encode('{"payload":1}'))).toThrow(ENVELOPE_ERROR);
  });

  it('honours replace.null.with.default=false when reading', () => {
    const noReplace = new JsonConverter({ 'replace.null.with.default': 'false' });
    checkRead(
      noReplace,
      encoder.encode('{"schema":{"type":"int32","optional":true,"default":5},"payload":null}'),
      vector(CONVERTER_VECTORS, 'jread noreplace default'),
    );
    checkRead(
      noReplace,
      encoder.encode('{"schema":{"type":"int32","optional":false,"default":5},"payload":null}'),
      vector(CONVERTER_VECTORS, 'jread noreplace required default'),
    );
  });

  it('caches schemas without changing results', () => {
    const input = encoder.encode('{"schema":{"type":"array","items":{"type":"int32"}},"payload":[1,2]}');
    const first = converter.toConnectData('t', input);
    const second = converter.toConnectData('t', input);
    expect(second.schema).toBe(first.schema);
    expect(describeRead(second)).toBe(describeRead(first));
  });
});

describe('JsonConverter reads plain JSON as Apache does (schemas.enable=false)', () => {
  const converter = new JsonConverter({ 'schemas.enable': 'false' });

  it.each(quotedInputs(JACKSON_VECTORS, 'read'))('%j', (input, expected) => {
    if (expected.error !== undefined) {
      expect(expected.message).toBe(
        'Converting byte[] to Kafka Connect data failed due to serialization error: ',
      );
    }
    checkRead(converter, encoder.encode(input), expected);
  });

  it.each([
    ['read bom', Uint8Array.of(0xef, 0xbb, 0xbf, ...encoder.encode('{"a":1}'))],
    ['read utf16le', Buffer.from('{"a":"é"}', 'utf16le')],
    ['read utf16be', Buffer.from('{"a":"é"}', 'utf16le').swap16()],
    ['read utf16 bom', Uint8Array.of(0xfe, 0xff, 0, 0x5b, 0, 0x31, 0, 0x5d)],
    ['read utf32be', Uint8Array.of(0, 0, 0, 0x5b, 0, 0, 0, 0x31, 0, 0, 0, 0x5d)],
    ['read utf16le short', Uint8Array.of(0x31, 0)],
    ['read invalid utf8', Uint8Array.of(0x22, 0xff, 0x22)],
    ['read invalid utf8 cont', Uint8Array.of(0x22, 0xc3, 0x22)],
    ['read cesu surrogate', Uint8Array.of(0x22, 0xed, 0xa0, 0x80, 0x22)],
    ['read overlong', Uint8Array.of(0x22, 0xc0, 0xaf, 0x22)],
    ['read nul byte', Uint8Array.of(0x31, 0)],
    ['read null bytes', null],
  ] as const)('%s', (name, input) => {
    checkRead(converter, input, vector(JACKSON_VECTORS, name));
  });

  it('limits nesting depth and number length like Jackson', () => {
    const deep = (n: number) => encoder.encode(`${'['.repeat(n)}${']'.repeat(n)}`);
    expect(() => converter.toConnectData('t', deep(1000))).not.toThrow();
    expect(() => converter.toConnectData('t', deep(1001))).toThrow(DataException);
    expect(converter.toConnectData('t', encoder.encode('1'.repeat(1000))).value).toBe(8198552921648689607n);
    expect(() => converter.toConnectData('t', encoder.encode('1'.repeat(1001)))).toThrow(DataException);
  });

  it('reads an envelope-looking object as a plain map', () => {
    checkRead(
      converter,
      encoder.encode('{"schema":{"type":"int32"},"payload":1}'),
      vector(CONVERTER_VECTORS, 'jread schemaless envelope-like'),
    );
  });
});
