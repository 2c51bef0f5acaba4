/** The balancing arithmetic borrowed from Apache's IncrementalCooperativeAssignor. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  balancingRevocations,
  distributeToLeastLoaded,
  revocationBackoffMs,
} from '../../../control-plane/scheduler/balance.ts';

describe('distributeToLeastLoaded', () => {
  it('fills the lowest load level round-robin (ties by id) before the next level joins', () => {
    const bins = [
      { id: 'b', load: 2 },
      { id: 'c', load: 0 },
      { id: 'a', load: 0 },
    ];
    // a and c (load 0) alternate up to b's level 2; then a, c, b take turns.
    expect(distributeToLeastLoaded(bins, 7)).toEqual([2, 1, 2, 1, 2, 1, 0]);
  });

  it('places nothing without bins or items', () => {
    expect(distributeToLeastLoaded([], 3)).toEqual([]);
    expect(distributeToLeastLoaded([{ id: 'a', load: 0 }], 0)).toEqual([]);
  });

  it('never widens the gap between the most and the least loaded bin beyond what it was or one', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { minLength: 1, maxLength: 12 }), fc.nat(200), (loads, count) => {
        const bins = loads.map((load, i) => ({ id: `b${String(i).padStart(2, '0')}`, load }));
        const after = [...loads];
        for (const target of distributeToLeastLoaded(bins, count))
          after[target] = (after[target] as number) + 1;
        const gap = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
        expect(gap(after)).toBeLessThanOrEqual(Math.max(gap(loads), 1));
        expect(after.reduce((a, b) => a + b, 0)).toBe(loads.reduce((a, b) => a + b, 0) + count);
      }),
    );
  });
});

describe('balancingRevocations', () => {
  it('trims overloaded bins to ⌊total/N⌋, the first ⌊total mod N⌋ of them to one more', () => {
    // 10 items, 4 bins (one new): shares 3, 3, 2, 2.
    expect(
      balancingRevocations([['a1', 'a2', 'a3', 'a4'], ['b1', 'b2', 'b3'], ['c1', 'c2', 'c3'], []], 10),
    ).toEqual([['a1'], [], ['c1'], []]);
  });

  it('revokes nothing when the loads, plus unplaced work, are already within the shares', () => {
    expect(balancingRevocations([['a1', 'a2'], ['b1']], 3)).toBeNull();
    expect(balancingRevocations([['a1'], []], 3)).toBeNull();
    expect(balancingRevocations([[], []], 3)).toBeNull();
    expect(balancingRevocations([['a1']], 0)).toBeNull();
    expect(balancingRevocations([], 4)).toBeNull();
  });
});

describe('revocationBackoffMs', () => {
  it('grows 40 ms, 1.6 s, 64 s, then the max delay (Apache ExponentialBackoff(1, 40, max, 0))', () => {
    expect([1, 2, 3, 4, 10].map((n) => revocationBackoffMs(n, 300_000))).toEqual([
      40, 1_600, 64_000, 300_000, 300_000,
    ]);
    expect([1, 2].map((n) => revocationBackoffMs(n, 1_000))).toEqual([40, 1_000]);
  });

  it('is 0 with a max delay of 0, and the max delay itself when that is 1 ms', () => {
    expect(revocationBackoffMs(3, 0)).toBe(0);
    expect(revocationBackoffMs(3, 1)).toBe(1);
  });
});
