import { describe, expect, it } from 'vitest';
import { CAST_VALUE } from '../../../shared/transforms/cast.ts';
import { SimpleDateFormat } from '../../../shared/transforms/simple-date-format.ts';
import { parseString } from '../../../shared/transforms/values.ts';
import { buildRecord } from './harness.ts';

describe('Values.parseString details not visible through JsonConverter', () => {
  it('reads "{}" as a map with neither key nor value schema (Apache\'s JsonConverter then fails to write it)', () => {
    const parsed = parseString('{}');
    expect(parsed.schema?.type).toBe('MAP');
    expect(parsed.schema?.keySchema).toBeUndefined();
    expect(parsed.schema?.valueSchema).toBeUndefined();
    expect(parsed.value).toEqual(new Map());
  });

  it('keeps one entry for map keys Java finds equal (Dates by instant), the first key with the last value', () => {
    const parsed = parseString('{"2020-01-01":1,"2020-01-01":2,"2020-01-02":3}');
    expect(parsed.value).toEqual(
      new Map([
        [new Date(Date.UTC(2020, 0, 1)), 2],
        [new Date(Date.UTC(2020, 0, 2)), 3],
      ]),
    );
  });

  it('reads null text and the literal null as no schema and no value', () => {
    expect(parseString(null)).toEqual({ schema: null, value: null });
    expect(parseString('null')).toEqual({ schema: null, value: null });
  });
});

describe('known differences', () => {
  it('keeps a schemaless float32 cast as a number (Java keeps a Float, which JsonConverter prints shorter)', () => {
    const cast = CAST_VALUE.create({ spec: 'float32' });
    const out = cast.apply(buildRecord({ value: '{"schema":null,"payload":0.1}' }, false));
    // Java: Float 0.1f, written as 0.1. Here: the same float as a double, written as 0.10000000149011612.
    expect(out?.value).toBe(Math.fround(0.1));
  });

  it('takes two-digit years relative to the current date, as SimpleDateFormat does', () => {
    const now = Date.UTC(2025, 5, 1);
    const format = new SimpleDateFormat('yy', now);
    expect(format.parse('46')?.millis).toBe(Date.UTC(1946, 0, 1));
    expect(format.parse('44')?.millis).toBe(Date.UTC(2044, 0, 1));
  });
});
