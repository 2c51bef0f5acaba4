import { describe, expect, it } from 'vitest';
import { ProcessConfigWriteLock } from '../../../shared/cluster/process-config-write-lock.ts';

describe('ProcessConfigWriteLock', () => {
  it('runs critical sections one at a time, in call order, past failures', async () => {
    const lock = new ProcessConfigWriteLock();
    const events: string[] = [];
    const section = (name: string, fail = false) =>
      lock.withLock(async () => {
        events.push(`${name}:in`);
        await new Promise((resolve) => setImmediate(resolve));
        events.push(`${name}:out`);
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([section('a'), section('b', true), section('c')]);
    expect(events).toEqual(['a:in', 'a:out', 'b:in', 'b:out', 'c:in', 'c:out']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
