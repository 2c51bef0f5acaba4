/**
 * The balancing arithmetic of Apache's IncrementalCooperativeAssignor, applied separately to connectors and to
 * tasks: where new work goes (the least-loaded executors first, round-robin over each load level), what to take
 * away from overloaded executors so that every one ends with ⌊total/N⌋ or ⌊total/N⌋+1, and how long to wait
 * before revoking again right after a revoking round.
 */

export interface BinLoad {
  readonly id: string;
  readonly load: number;
}

/**
 * Spreads `itemCount` new items over `bins`: sorted by (load, id), the lowest load level gets one item each in
 * turn until it reaches the next level, which then joins the round-robin. Returns, for each item in order, the
 * index (into `bins`) of the bin that receives it; empty when there are no bins. O(items + bins log bins).
 */
export function distributeToLeastLoaded(bins: readonly BinLoad[], itemCount: number): number[] {
  const targets: number[] = [];
  if (bins.length === 0 || itemCount === 0) return targets;
  const order = bins
    .map((bin, index) => ({ index, id: bin.id, load: bin.load }))
    .sort((a, b) => a.load - b.load || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const loads = order.map((b) => b.load);
  let upTo = 0;
  while (targets.length < itemCount) {
    const level = loads[0] as number;
    while (upTo < order.length && (loads[upTo] as number) <= level) upTo++;
    for (let k = 0; k < upTo && targets.length < itemCount; k++) {
      targets.push((order[k] as { index: number }).index);
      loads[k] = (loads[k] as number) + 1;
    }
  }
  return targets;
}

/**
 * Which items to revoke so that no bin holds more than its share of `total` items (⌊total/N⌋, plus one for
 * the first ⌊total mod N⌋ bins — in the given order — that hold more than ⌊total/N⌋). Revokes the first items of
 * an overloaded bin's list. Returns null when nothing needs revoking: everyone is within their share (work not
 * yet placed then fills the others), every bin is empty, or `total` is 0.
 */
export function balancingRevocations<T>(bins: readonly (readonly T[])[], total: number): T[][] | null {
  const n = bins.length;
  if (n === 0 || total === 0 || bins.every((items) => items.length === 0)) return null;
  const min = Math.floor(total / n);
  const extras = total % n;
  let atMin = 0;
  let atMinPlusOne = 0;
  for (const items of bins) {
    if (items.length === min) atMin++;
    else if (items.length === min + 1) atMinPlusOne++;
  }
  if (atMinPlusOne === extras && atMin + atMinPlusOne === n) return null;
  let extrasGiven = 0;
  let any = false;
  const revoked = bins.map((items) => {
    if (items.length <= min) return [];
    let allowance = min;
    if (extrasGiven < extras) {
      extrasGiven++;
      allowance = min + 1;
    }
    if (items.length <= allowance) return [];
    any = true;
    return items.slice(0, items.length - allowance);
  });
  return any ? revoked : null;
}

/**
 * Apache's throttle on successive revoking rounds: ExponentialBackoff(initial 1 ms, ×40, max
 * scheduled.rebalance.max.delay.ms, no jitter) for the n-th successive round — 40 ms, 1.6 s, 64 s, … capped at
 * the max delay; 0 when the max delay is 0 (revoke at once).
 */
export function revocationBackoffMs(successiveRounds: number, maxDelayMs: number): number {
  const initial = Math.min(maxDelayMs, 1);
  if (maxDelayMs <= initial) return initial;
  const expMax = Math.log(maxDelayMs / Math.max(initial, 1)) / Math.log(40);
  const exponent = Math.min(successiveRounds, expMax);
  // Rounded, not truncated like Java: 40^log40(max) comes out as max − ε in floating point.
  return Math.min(Math.round(initial * 40 ** exponent), maxDelayMs);
}
