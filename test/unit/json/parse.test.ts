import { describe, expect, it } from 'vitest';
import { readJacksonTree } from '../../../shared/json/jackson-read.ts';
import { JsonParseError, parseJsonNode } from '../../../shared/json/parse.ts';
import { writeJsonNode } from '../../../shared/json/write.ts';
import { JACKSON_VECTORS } from './jackson-vectors.ts';

const encoder = new TextEncoder();

/** Inputs Apache's JsonDeserializer was given ("read <quoted input>"), and whether it accepted them. */
const readCases = Object.entries(JACKSON_VECTORS)
  .filter(([name]) => name.startsWith('read "'))
  .map(([name, v]) => [JSON.parse(name.slice('read '.length)) as string, v.error === undefined] as const);

describe('parseJsonNode', () => {
  it('keeps integers apart from floats, at full precision', () => {
    expect(parseJsonNode('12345678901234567890')).toEqual({ kind: 'int', value: 12345678901234567890n });
    expect(parseJsonNode('1.0')).toEqual({ kind: 'float', value: 1, text: '1.0' });
    expect(parseJsonNode('-0')).toEqual({ kind: 'int', value: 0n });
    expect(parseJsonNode('1e2')).toEqual({ kind: 'float', value: 100, text: '1e2' });
    expect(parseJsonNode('3.141592653589793238462643383279')).toMatchObject({
      kind: 'float',
      text: '3.141592653589793238462643383279',
    });
  });

  it('parses every JSON kind and keeps object entry order', () => {
    const node = parseJsonNode(' {"b": [true, false, null, "x\\u00e9\\n"], "a": {"c": -1.5e-3}} ');
    expect(writeJsonNode(node)).toBe('{"b":[true,false,null,"xé\\n"],"a":{"c":-0.0015}}');
  });

  it('lets a repeated name keep its first position and its last value, as Jackson does', () => {
    expect(writeJsonNode(parseJsonNode('{"a":1,"b":2,"a":3}'))).toBe('{"a":3,"b":2}');
  });

  it('accepts leading zeros, as Connect configures Jackson', () => {
    expect(parseJsonNode('007')).toEqual({ kind: 'int', value: 7n });
    expect(parseJsonNode('-00.5')).toMatchObject({ kind: 'float', value: -0.5 });
  });

  it('reads \\u escapes, including lone surrogates', () => {
    expect(parseJsonNode('"\\ud83d\\ude00"')).toEqual({ kind: 'string', value: '😀' });
    expect(parseJsonNode('"\\ud800"')).toEqual({ kind: 'string', value: '\ud800' });
  });

  it('decodes UTF-8 leniently like Jackson (overlong forms and encoded surrogates are accepted)', () => {
    expect(parseJsonNode(Uint8Array.of(0x22, 0xc0, 0xaf, 0x22))).toEqual({ kind: 'string', value: '/' });
    expect(parseJsonNode(Uint8Array.of(0x22, 0xed, 0xa0, 0x80, 0x22))).toEqual({
      kind: 'string',
      value: '\ud800',
    });
    expect(parseJsonNode(Uint8Array.of(0x22, 0xf0, 0x9f, 0x98, 0x80, 0x22))).toEqual({
      kind: 'string',
      value: '😀',
    });
  });

  it.each([
    ['', 'No content'],
    ['{"a":1} x', 'expected end of input'],
    ['[1,]', 'expected a value'],
    ['{"a":1,}', 'was expecting double-quote to start field name'],
    ["{'a':1}", 'was expecting double-quote to start field name'],
    ['{"a" 1}', 'was expecting a colon'],
    ['[1 2]', 'was expecting comma to separate Array entries'],
    ['{"a":1 "b":2}', 'was expecting comma to separate Object entries'],
    ['NaN', "Unrecognized token 'NaN'"],
    ['truex', "Unrecognized token 'truex'"],
    ['+1', 'expected a valid value'],
    ['[1.]', 'Decimal point not followed by a digit'],
    ['1e', 'Unexpected end-of-input in a number'],
    ['1e+x', 'Exponent indicator not followed by a digit'],
    ['[-a]', 'expected digit (0-9) to follow minus sign'],
    ['"a\tb"', 'Illegal unquoted character'],
    ['"\\x"', 'Unrecognized character escape'],
    ['"\\u12"', 'expected a hex-digit'],
    ['"abc', 'Unexpected end-of-input in a string value'],
    ['[', 'expected a value'],
    ['{"a":[1}', 'was expecting comma to separate Array entries'],
    ['\u000b1', 'Illegal character'],
    ['123abc', 'Expected space separating root-level values'],
  ])('rejects %j with a clear error', (input, message) => {
    expect(() => parseJsonNode(input)).toThrow(JsonParseError);
    expect(() => parseJsonNode(input)).toThrow(message);
  });

  it('reports line and column', () => {
    try {
      parseJsonNode('{\n  "a": tru\n}');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(JsonParseError);
      expect((error as JsonParseError).line).toBe(2);
      expect((error as JsonParseError).column).toBe(8);
    }
  });

  it('rejects invalid UTF-8', () => {
    expect(() => parseJsonNode(Uint8Array.of(0x22, 0xff, 0x22))).toThrow('Invalid UTF-8 start byte 0xff');
    expect(() => parseJsonNode(Uint8Array.of(0x22, 0xc3, 0x22))).toThrow('Invalid UTF-8 middle byte 0x22');
  });

  it('limits nesting to 1000 levels and numbers to 1000 digits (Jackson StreamReadConstraints)', () => {
    expect(() => parseJsonNode(`${'['.repeat(1000)}${']'.repeat(1000)}`)).not.toThrow();
    expect(() => parseJsonNode(`${'['.repeat(1001)}${']'.repeat(1001)}`)).toThrow('nesting depth (1001)');
    expect(() => parseJsonNode(`${'{"a":'.repeat(1001)}1${'}'.repeat(1001)}`)).toThrow(
      'nesting depth (1001)',
    );
    expect(parseJsonNode('1'.repeat(1000))).toMatchObject({ kind: 'int' });
    expect(() => parseJsonNode('1'.repeat(1001))).toThrow('Number value length (1001)');
  });
});

describe('readJacksonTree accepts and rejects exactly what Connect’s JsonDeserializer does', () => {
  it.each(readCases)('%j accepted: %s', (input, accepted) => {
    const read = () => readJacksonTree(encoder.encode(input));
    if (accepted) expect(read).not.toThrow();
    else expect(read).toThrow(JsonParseError);
  });

  it('returns undefined (Jackson MissingNode) for empty or blank input', () => {
    expect(readJacksonTree(new Uint8Array(0))).toBeUndefined();
    expect(readJacksonTree(encoder.encode(' \n\t '))).toBeUndefined();
  });

  it('ignores content after the first value', () => {
    expect(writeJsonNode(readJacksonTree(encoder.encode('{"a":1} trailing')) as never)).toBe('{"a":1}');
    expect(writeJsonNode(readJacksonTree(encoder.encode('[1]]')) as never)).toBe('[1]');
    expect(writeJsonNode(readJacksonTree(encoder.encode('[1,2]//x')) as never)).toBe('[1,2]');
  });

  it('detects the encoding from a BOM or zero bytes', () => {
    const utf16le = Buffer.from('{"a":"é"}', 'utf16le');
    const utf16be = Buffer.from(utf16le).swap16();
    expect(
      writeJsonNode(readJacksonTree(Uint8Array.of(0xef, 0xbb, 0xbf, ...encoder.encode('{"a":1}'))) as never),
    ).toBe('{"a":1}');
    expect(writeJsonNode(readJacksonTree(utf16le) as never)).toBe('{"a":"é"}');
    expect(writeJsonNode(readJacksonTree(utf16be) as never)).toBe('{"a":"é"}');
    expect(
      writeJsonNode(readJacksonTree(Uint8Array.of(0xfe, 0xff, 0, 0x5b, 0, 0x31, 0, 0x5d)) as never),
    ).toBe('[1]');
    expect(
      writeJsonNode(readJacksonTree(Uint8Array.of(0, 0, 0, 0x5b, 0, 0, 0, 0x31, 0, 0, 0, 0x5d)) as never),
    ).toBe('[1]');
    // "1\0" looks like UTF-16LE to Jackson, so it reads as 1.
    expect(writeJsonNode(readJacksonTree(Uint8Array.of(0x31, 0)) as never)).toBe('1');
  });
});
