/**
 * The ISO forms of Connect's Values against `new SimpleDateFormat(pattern).parse(text, pos)` and
 * `Values.dateFormatFor(d).format(d)` on JDK 17 in UTC (fixtures/temporal-vectors.json): hand-picked edge cases
 * (lenient roll-over, signs, exponents, blanks, non-ASCII digits, the Julian/Gregorian switch in 1582) and 4,500
 * random mutations of valid texts.
 */
import { describe, expect, it } from 'vitest';
import {
  formatConnectTemporal,
  parseConnectTemporal,
  type TemporalKind,
} from '../../../shared/converters/connect-date-format.ts';
import { fixture } from './header-support.ts';

interface TemporalVectors {
  /** [pattern index (date, time, timestamp), text, epoch millis or null when Java's parse failed]. */
  readonly parse: readonly (readonly [0 | 1 | 2, string, number | null])[];
  /** [epoch millis, formatted text]. */
  readonly format: readonly (readonly [string, string])[];
}

const VECTORS = fixture<TemporalVectors>('temporal-vectors.json');
const KINDS: readonly TemporalKind[] = ['date', 'time', 'timestamp'];
const MAX_DATE_MILLIS = 8.64e15;

describe('parseConnectTemporal', () => {
  const inRange = VECTORS.parse.filter(
    ([, , millis]) => millis === null || Math.abs(millis) <= MAX_DATE_MILLIS,
  );
  const outOfRange = VECTORS.parse.filter(
    ([, , millis]) => millis !== null && Math.abs(millis) > MAX_DATE_MILLIS,
  );

  it('covers thousands of recorded texts, a third of them valid', () => {
    expect(inRange.length).toBeGreaterThan(4500);
    expect(inRange.filter(([, , millis]) => millis !== null).length).toBeGreaterThan(1300);
  });

  it('reads every recorded text as Java does', () => {
    const wrong = inRange
      .map(
        ([kind, text, millis]) =>
          [
            KINDS[kind],
            text,
            millis,
            parseConnectTemporal(text, KINDS[kind] as TemporalKind)?.getTime() ?? null,
          ] as const,
      )
      .filter(([, , expected, actual]) => expected !== actual);
    expect(wrong).toEqual([]);
  });

  it('gives up on instants a JavaScript Date cannot hold (Java overflows or goes far beyond)', () => {
    expect(outOfRange.length).toBeGreaterThan(0);
    for (const [kind, text] of outOfRange) {
      expect(parseConnectTemporal(text, KINDS[kind] as TemporalKind)).toBeUndefined();
    }
  });
});

describe('formatConnectTemporal', () => {
  it.each(VECTORS.format)('%s ms prints as %s', (millis, expected) => {
    expect(formatConnectTemporal(new Date(Number(millis)))).toBe(expected);
  });
});
