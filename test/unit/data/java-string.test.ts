import { describe, expect, it } from 'vitest';
import { BigDecimal } from '../../../shared/data/big-decimal.ts';
import { javaClassName } from '../../../shared/data/java-class.ts';
import { toJavaString } from '../../../shared/data/java-string.ts';
import { Schemas } from '../../../shared/data/schema.ts';
import { vector } from '../json/vector-support.ts';
import { DATA_VECTORS } from './data-vectors.ts';

describe('toJavaString', () => {
  it('prints collections, numbers and dates like Java', () => {
    expect(toJavaString([1n, 'a', null, [2.5], new Date(0)])).toBe(vector(DATA_VECTORS, 'list toString').ok);
    expect(
      toJavaString(
        new Map<string, unknown>([
          ['a', 1n],
          ['b', ['x']],
        ]),
      ),
    ).toBe('{a=1, b=[x]}');
    expect(toJavaString(1, Schemas.FLOAT64)).toBe('1.0');
    expect(toJavaString(0.1, Schemas.FLOAT32)).toBe('0.1');
    expect(toJavaString(1)).toBe('1.0');
    expect(toJavaString(1, Schemas.INT32)).toBe('1');
    expect(toJavaString(1.5)).toBe('1.5');
    expect(toJavaString(12n)).toBe('12');
    expect(toJavaString(BigDecimal.parse('1E+3'))).toBe('1E+3');
    expect(toJavaString(null)).toBe('null');
    expect(toJavaString(Uint8Array.of(1))).toMatch(/^\[B@[0-9a-f]+$/);
  });
});

describe('javaClassName', () => {
  it.each([
    ['x', 'class java.lang.String'],
    [1, 'class java.lang.Integer'],
    [2 ** 40, 'class java.lang.Long'],
    [1.5, 'class java.lang.Double'],
    [1n, 'class java.lang.Long'],
    [true, 'class java.lang.Boolean'],
    [new Uint8Array(0), 'class [B'],
    [[], 'class java.util.ArrayList'],
    [new Map(), 'class java.util.HashMap'],
    [new Date(0), 'class java.util.Date'],
    [BigDecimal.parse('1'), 'class java.math.BigDecimal'],
  ] as const)('%s is %s', (value, expected) => {
    expect(javaClassName(value)).toBe(expected);
  });
});
