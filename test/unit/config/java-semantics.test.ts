import { describe, expect, it } from 'vitest';
import {
  type JavaHashSizing,
  javaHashMapCopyCapacity,
  javaHashMapCopyOrder,
  javaHashMapOrder,
  javaHashSetCopyCapacity,
} from '../../../shared/config/java-hash-order.ts';
import { checkJavaRegex, compileJavaRegexFullMatch } from '../../../shared/config/java-regex.ts';
import {
  formatJavaDouble,
  javaStringHash,
  javaTrim,
  parseJavaInteger,
} from '../../../shared/config/java-text.ts';
import {
  ComparableVersion,
  VersionRange,
  versionRequirement,
} from '../../../shared/config/plugin-version.ts';
import { fixture } from './apache-fixtures.ts';

interface HashVector {
  readonly keys: string[];
  readonly hashCodes: number[];
  readonly putOrder: string[];
  readonly copyOrder: string[];
}

describe('Java HashMap iteration order, compared with Java 17', () => {
  const vectors = fixture<HashVector[]>('hashmap-order.json');
  it.each(vectors.map((v, i) => [`${i}: ${v.keys.length} keys`, v] as const))('%s', (_label, v) => {
    expect(v.keys.map(javaStringHash)).toEqual(v.hashCodes);
    expect(javaHashMapOrder(v.keys)).toEqual(v.putOrder);
    expect(javaHashMapCopyOrder(v.keys)).toEqual(v.copyOrder);
  });
});

describe('HashMap / HashSet copy presizing per JDK (JDK-8281631), measured on OpenJDK 17.0.15 and 25.0.3', () => {
  // [first size, table length from that size on], read by reflection from `new HashMap<>(linkedHashMapOfSize)`
  // and `new HashSet<>(itsKeySet)` for sizes 1 to 100.
  const measured: Record<JavaHashSizing, { copy: number[][]; set: number[][] }> = {
    jdk17: {
      copy: [
        [1, 2],
        [2, 4],
        [3, 8],
        [6, 16],
        [12, 32],
        [24, 64],
        [48, 128],
        [96, 256],
      ],
      set: [
        [1, 16],
        [12, 32],
        [24, 64],
        [48, 128],
        [96, 256],
      ],
    },
    jdk19: {
      copy: [
        [1, 2],
        [2, 4],
        [4, 8],
        [7, 16],
        [13, 32],
        [25, 64],
        [49, 128],
        [97, 256],
      ],
      set: [
        [1, 16],
        [13, 32],
        [25, 64],
        [49, 128],
        [97, 256],
      ],
    },
  };
  const tableSizeFor = (n: number): number => 2 ** Math.ceil(Math.log2(Math.max(n, 1)));
  const expand = (runs: number[][]): number[] =>
    Array.from(
      { length: 100 },
      (_, i) => (runs.findLast(([from]) => (from as number) <= i + 1) as number[])[1] as number,
    );
  it.each(['jdk17', 'jdk19'] as const)('%s', (sizing) => {
    const sizes = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(sizes.map((s) => tableSizeFor(javaHashMapCopyCapacity(s, sizing) as number))).toEqual(
      expand(measured[sizing].copy),
    );
    expect(sizes.map((s) => tableSizeFor(javaHashSetCopyCapacity(s, sizing)))).toEqual(
      expand(measured[sizing].set),
    );
  });
});

describe('Pattern.compile error messages, compared with Java 17', () => {
  // Errors Java reports that the checker does not model (documented as a known difference).
  const unmodelled = new Set([
    '\\p{Foo}',
    '\\k<x>',
    '(?<1a>x)',
    '\\E',
    'a{99999999999}',
    '\\x',
    '\\xZZ',
    '\\u12',
    '\\c',
  ]);
  const vectors = fixture<{ pattern: string; error: string | null }[]>('regex-errors.json');
  it.each(
    vectors.filter((v) => !unmodelled.has(v.pattern)).map((v) => [JSON.stringify(v.pattern), v] as const),
  )('%s', (_label, v) => {
    expect(checkJavaRegex(v.pattern)).toBe(v.error);
  });

  it('matches whole strings only', () => {
    expect(compileJavaRegexFullMatch('dl.*')?.test('dlq')).toBe(true);
    expect(compileJavaRegexFullMatch('dl')?.test('dlq')).toBe(false);
  });
});

describe('Java text conventions', () => {
  it('trims only chars <= U+0020, as String.trim() does', () => {
    expect(javaTrim('\u0001 a \t\n')).toBe('a');
    expect(javaTrim('\u00a0a\u00a0')).toBe('\u00a0a\u00a0');
  });

  it('parses integers with Java ranges and Unicode digits', () => {
    expect(parseJavaInteger('-2147483648', 32)).toBe(-2147483648n);
    expect(parseJavaInteger('2147483648', 32)).toBeUndefined();
    expect(parseJavaInteger('\u0661\u0662', 32)).toBe(12n);
    expect(parseJavaInteger('+', 32)).toBeUndefined();
  });

  it('prints doubles as Double.toString does', () => {
    expect(formatJavaDouble(2000)).toBe('2000.0');
    expect(formatJavaDouble(1e7)).toBe('1.0E7');
    expect(formatJavaDouble(0.0001)).toBe('1.0E-4');
    expect(formatJavaDouble(Number.MIN_VALUE)).toBe('4.9E-324');
  });
});

describe('plugin version requirements (Maven version ranges)', () => {
  it('reads a bare version as an exact requirement', () => {
    expect(versionRequirement('9.9.9')?.toString()).toBe('[9.9.9,9.9.9]');
    expect(versionRequirement('latest')).toBeNull();
    expect(versionRequirement(null)).toBeNull();
  });

  it('reports malformed specs with Maven messages', () => {
    expect(() => versionRequirement('[1.0')).toThrow('Unbounded range: [1.0');
    expect(() => versionRequirement('(1.0)')).toThrow('Single version must be surrounded by []: (1.0)');
    expect(() => versionRequirement('[2.0,1.0]')).toThrow('Range defies version ordering: [2.0,1.0]');
    expect(() => versionRequirement('[1.0,2.0),[1.5,3.0)')).toThrow('Ranges overlap: [1.0,2.0),[1.5,3.0)');
    expect(() => versionRequirement('[1.0,2.0),3.0')).toThrow(
      'Only fully-qualified sets allowed in multiple set scenario: [1.0,2.0),3.0',
    );
  });

  it('matches versions as Maven orders them', () => {
    const range = VersionRange.fromSpec('[4.0,5.0)');
    expect(range.containsVersion('4.1.1')).toBe(true);
    expect(range.containsVersion('5.0.0')).toBe(false);
    expect(range.containsVersion('5.0-rc1')).toBe(true);
    const cmp = (a: string, b: string) => new ComparableVersion(a).compareTo(new ComparableVersion(b));
    expect(cmp('1.0', '1')).toBe(0);
    expect(cmp('1.9', '1.10')).toBe(-1);
    expect(cmp('1-rc1', '1')).toBe(-1);
    expect(cmp('1-sp', '1')).toBe(1);
    expect(cmp('1.0-alpha1', '1.0-beta1')).toBe(-1);
    expect(cmp('1-SNAPSHOT', '1')).toBe(-1);
  });
});
