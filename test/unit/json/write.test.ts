import { describe, expect, it } from 'vitest';
import {
  JSON_NULL,
  type JsonNode,
  jsonArray,
  jsonBinary,
  jsonBoolean,
  jsonDecimal,
  jsonDouble,
  jsonFloat32,
  jsonInt,
  jsonObject,
  jsonString,
} from '../../../shared/json/node.ts';
import { quoteJsonString, writeJsonNode, writeJsonNodeUtf8 } from '../../../shared/json/write.ts';
import { JACKSON_VECTORS } from './jackson-vectors.ts';
import { expectBytes, vector } from './vector-support.ts';

let controls = '';
for (let c = 0; c < 0x20; c++) controls += String.fromCharCode(c);
controls += '\u007f"\\/ é中\u2028\u2029\ud83d\ude00<>&\'';

describe('writeJsonNode matches Jackson byte for byte', () => {
  const cases: [string, JsonNode][] = [
    ['string controls', jsonString(controls)],
    ['string lone high', jsonString('a\ud800b')],
    ['string lone low', jsonString('a\udc00')],
    ['string empty', jsonString('')],
    [
      'map key escapes',
      jsonObject([
        ['k"\n\u0001é\ud83d\ude00', jsonString('v')],
        ['', jsonInt(1)],
      ]),
    ],
    ['bytes', jsonBinary(Uint8Array.of(0, 1, 2, 255, 0xfb, 0xff))],
    ['bytes empty', jsonBinary(new Uint8Array(0))],
    ['bytes buffer', jsonBinary(Uint8Array.of(1, 2, 3))],
    ['bool', jsonBoolean(true)],
    [
      'list mixed',
      jsonArray([
        jsonInt(1),
        jsonInt(2n),
        jsonDouble(1.5),
        jsonFloat32(1.5),
        jsonString('s'),
        JSON_NULL,
        jsonBoolean(true),
        jsonArray([]),
        jsonObject([]),
      ]),
    ],
    [
      'map string keys',
      jsonObject([
        ['b', jsonInt(1)],
        ['a', jsonArray([jsonString('x')])],
        ['c', JSON_NULL],
      ]),
    ],
    [
      'map int keys',
      jsonArray([jsonArray([jsonInt(1), jsonString('a')]), jsonArray([jsonInt(2), JSON_NULL])]),
    ],
    ['map empty', jsonObject([])],
    ['nested map in list', jsonArray([jsonObject([['a', jsonObject([['b', jsonDouble(1)]])]])])],
  ];

  it.each(cases)('%s', (name, node) => {
    expectBytes(writeJsonNodeUtf8(node), vector(JACKSON_VECTORS, name));
  });

  it('writes every surrogate as an upper-case \\u escape, so the UTF-8 output is always valid', () => {
    expect(quoteJsonString('\ud83d\ude00')).toBe('"\\uD83D\\uDE00"');
    expect(new Uint8Array(writeJsonNodeUtf8(jsonString('\udfff')))).toEqual(
      new TextEncoder().encode('"\\uDFFF"'),
    );
  });

  it('writes exact decimals like BigDecimal.toString', () => {
    expect(writeJsonNode(jsonDecimal(1234n, 2))).toBe('12.34');
    expect(writeJsonNode(jsonDecimal(1n, -3))).toBe('1E+3');
  });

  it('keeps object entry order and lets a repeated name keep its first position', () => {
    const node = jsonObject([
      ['z', jsonInt(1)],
      ['a', jsonInt(2)],
      ['z', jsonInt(3)],
    ]);
    expect(writeJsonNode(node)).toBe('{"z":3,"a":2}');
  });

  it('writes compact output without any whitespace', () => {
    const node = jsonObject([['a', jsonArray([jsonInt(1), jsonObject([['b', JSON_NULL]])])]]);
    expect(writeJsonNode(node)).toBe('{"a":[1,{"b":null}]}');
  });
});
