/** Rules every LeaseStore adapter applies the same way. */

/** Lease durations are positive integers of milliseconds (at most a day: longer is a configuration mistake). */
export function checkLeaseDuration(leaseDurationMs: number): void {
  if (!Number.isInteger(leaseDurationMs) || leaseDurationMs <= 0 || leaseDurationMs > 86_400_000) {
    throw new RangeError(`leaseDurationMs must be an integer in 1..86400000, got ${leaseDurationMs}`);
  }
}

/**
 * The epoch of a new registration: one more than the stored one, and never below the current time in ms, so
 * epochs keep growing even after an expired lease item was deleted (DynamoDB TTL) and the id starts afresh.
 */
export function nextEpoch(previousEpoch: number | undefined, nowMs: number): number {
  return Math.max((previousEpoch ?? 0) + 1, Math.floor(nowMs));
}
