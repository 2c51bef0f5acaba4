import { describe, expect, it } from 'vitest';
import {
  javaBigDecimalToString,
  javaDoubleToString,
  javaFloatToString,
} from '../../../shared/json/java-number-format.ts';
import { jsonDouble, jsonFloat32, jsonInt } from '../../../shared/json/node.ts';
import { writeJsonNode } from '../../../shared/json/write.ts';
import { JACKSON_VECTORS } from './jackson-vectors.ts';
import { JDK_NUMBER_SAMPLES } from './jdk-number-samples.ts';

function doubleFromBits(bits: bigint): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigInt64(0, bits);
  return view.getFloat64(0);
}

function floatFromBits(bits: number): number {
  const view = new DataView(new ArrayBuffer(4));
  view.setInt32(0, bits);
  return view.getFloat32(0);
}

const doubleCases = Object.entries(JACKSON_VECTORS)
  .filter(([name]) => name.startsWith('double '))
  .map(([name, v]) => [BigInt(name.slice('double '.length)), v.text as string] as const);
const floatCases = Object.entries(JACKSON_VECTORS)
  .filter(([name]) => name.startsWith('float '))
  .map(([name, v]) => [Number(name.slice('float '.length)), v.text as string] as const);

describe('doubles as Jackson writes them (Java Double.toString)', () => {
  it.each(doubleCases)('bits %s -> %s', (bits, expected) => {
    expect(writeJsonNode(jsonDouble(doubleFromBits(bits)))).toBe(expected);
  });

  it('covers the classic cases', () => {
    expect(javaDoubleToString(1)).toBe('1.0');
    expect(javaDoubleToString(0.1)).toBe('0.1');
    expect(javaDoubleToString(1e10)).toBe('1.0E10');
    expect(javaDoubleToString(1e-7)).toBe('1.0E-7');
    expect(javaDoubleToString(1.2e-5)).toBe('1.2E-5');
    expect(javaDoubleToString(9999999)).toBe('9999999.0');
    expect(javaDoubleToString(1e7)).toBe('1.0E7');
    expect(javaDoubleToString(0.001)).toBe('0.001');
    expect(javaDoubleToString(1e-4)).toBe('1.0E-4');
    expect(javaDoubleToString(-0)).toBe('-0.0');
    expect(javaDoubleToString(Number.MIN_VALUE)).toBe('4.9E-324');
    expect(javaDoubleToString(1e23)).toBe('1.0E23');
    expect(javaDoubleToString(Number.NaN)).toBe('NaN');
    expect(javaDoubleToString(Number.NEGATIVE_INFINITY)).toBe('-Infinity');
  });

  it('quotes non-finite values, as Jackson does by default', () => {
    expect(writeJsonNode(jsonDouble(Number.NaN))).toBe('"NaN"');
    expect(writeJsonNode(jsonDouble(Number.POSITIVE_INFINITY))).toBe('"Infinity"');
  });
});

describe('floats as Jackson writes them (Java Float.toString)', () => {
  it.each(floatCases)('bits %s -> %s', (bits, expected) => {
    expect(writeJsonNode(jsonFloat32(floatFromBits(bits)))).toBe(expected);
  });

  it('rounds the double to float first', () => {
    expect(javaFloatToString(0.1)).toBe('0.1');
    expect(javaFloatToString(1.1)).toBe('1.1');
    expect(javaFloatToString(16777217)).toBe('1.6777216E7');
    expect(javaFloatToString(1.4e-45)).toBe('1.4E-45');
  });
});

describe('sampled doubles and floats match the JDK exactly', () => {
  it.each(JDK_NUMBER_SAMPLES)('%s %s -> %s', (kind, bitsHex, expected) => {
    const text =
      kind === 'd'
        ? javaDoubleToString(doubleFromBits(BigInt.asIntN(64, BigInt(`0x${bitsHex}`))))
        : javaFloatToString(floatFromBits(Number.parseInt(bitsHex, 16) | 0));
    expect(text).toBe(expected);
  });
});

describe('integers', () => {
  it.each([
    ['long 9223372036854775807', 9223372036854775807n],
    ['long -9223372036854775808', -9223372036854775808n],
    ['long 9007199254740993', 9007199254740993n],
    ['long 0', 0n],
    ['int 5', 5n],
    ['byte -5', -5n],
  ] as const)('%s', (name, value) => {
    expect(writeJsonNode(jsonInt(value))).toBe(JACKSON_VECTORS[name]?.text);
  });
});

describe('BigDecimal.toString', () => {
  it.each([
    [1234n, 2, '12.34'],
    [-5n, 2, '-0.05'],
    [0n, 2, '0.00'],
    [12345678901234567890123456789012n, 2, '123456789012345678901234567890.12'],
    [1n, -3, '1E+3'],
    [1n, 10, '1E-10'],
    [-15n, 11, '-1.5E-10'],
    [100n, 0, '100'],
    [5n, -2, '5E+2'],
    [1n, 6, '0.000001'],
    [1n, 7, '1E-7'],
    [123n, 8, '0.00000123'],
    [123n, 9, '1.23E-7'],
  ] as const)('%s scale %s -> %s', (unscaled, scale, expected) => {
    expect(javaBigDecimalToString(unscaled, scale)).toBe(expected);
  });
});
