/** A ConfigWriteLock for one process: critical sections run one after another, in call order. */
import type { ConfigWriteLock } from '../ports/config-write-lock.ts';

export class ProcessConfigWriteLock implements ConfigWriteLock {
  private tail: Promise<unknown> = Promise.resolve();

  withLock<T>(critical: () => Promise<T>): Promise<T> {
    const run = this.tail.then(critical, critical);
    this.tail = run.catch(() => undefined);
    return run;
  }
}
