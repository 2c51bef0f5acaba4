/**
 * One writer at a time on the config topic. Apache Connect serializes config writes by sending them all to the
 * group leader; Tributary's writers are many (every control plane serving REST, every executor whose connector
 * publishes task configs), so each write that depends on what the log says ("create only if absent", "publish
 * task configs only while the connector is STARTED with this config") runs under this lock, after reading the log
 * to its end. Without it two control planes could both create one connector, or a runner of a deleted connector
 * could publish task configs after the delete.
 *
 * Implementations: `DynamoConfigWriteLock` (one item in the lease table, taken with a conditional write, released
 * by its holder, and expiring on its own so a crashed holder blocks others for at most its hold time),
 * `ProcessConfigWriteLock` (one process: a queue; unit tests and single-process runs).
 */

export interface ConfigWriteLock {
  /**
   * Runs `critical` while holding the lock and releases it afterwards, whether `critical` resolved or threw.
   *
   * Consistency: no two holders' `critical` sections overlap while each finishes within the lock's hold time
   * (writes of config records take milliseconds; the hold time is seconds).
   * Errors: `critical`'s own error propagates; `ConfigWriteLockTimeoutError` when the lock could not be taken in
   * time; storage failures propagate.
   */
  withLock<T>(critical: () => Promise<T>): Promise<T>;
}

/** The lock stayed taken by others for longer than the caller was willing to wait. */
export class ConfigWriteLockTimeoutError extends Error {
  constructor(waitedMs: number) {
    super(
      `Timed out after ${waitedMs} ms waiting to write to the config topic (another writer holds the lock)`,
    );
    this.name = 'ConfigWriteLockTimeoutError';
  }
}
