/**
 * The config write lock on a real DynamoDB Local: holders on independent clients (as separate processes would be)
 * never overlap, a holder that died without releasing blocks others only until its hold time ends, a waiter gives
 * up with a clear error, and an error inside the critical section still releases the lock.
 */
import { describe, expect, it } from 'vitest';
import { createDynamoClient } from '../../../shared/adapters/dynamodb/client.ts';
import { DynamoConfigWriteLock } from '../../../shared/adapters/dynamodb/dynamo-config-write-lock.ts';
import { ConfigWriteLockTimeoutError } from '../../../shared/ports/config-write-lock.ts';
import { useDynamoDb } from '../../support/dynamodb.ts';

const dynamo = useDynamoDb();

describe('DynamoConfigWriteLock', () => {
  it('never lets two holders on different clients overlap, and every one gets its turn', async () => {
    const names = await dynamo.freshTables();
    const clients = Array.from({ length: 6 }, () => createDynamoClient({ endpoint: dynamo.endpoint() }));
    try {
      let inside = 0;
      let maxInside = 0;
      const order: number[] = [];
      await Promise.all(
        clients.flatMap((client, c) => {
          const lock = new DynamoConfigWriteLock({ client, tableName: names.leases });
          return Array.from({ length: 4 }, (_, k) =>
            lock.withLock(async () => {
              inside++;
              maxInside = Math.max(maxInside, inside);
              await new Promise((resolve) => setImmediate(resolve));
              order.push(c * 10 + k);
              inside--;
            }),
          );
        }),
      );
      expect(maxInside).toBe(1);
      expect(order).toHaveLength(24);
    } finally {
      for (const client of clients) client.destroy();
    }
  });

  it('is free again after a failed critical section', async () => {
    const names = await dynamo.freshTables();
    const lock = new DynamoConfigWriteLock({
      client: dynamo.client(),
      tableName: names.leases,
      waitMs: 2_000,
    });
    await expect(lock.withLock(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(lock.withLock(async () => 'second')).resolves.toBe('second');
  });

  it('waits out a holder that never released, and times out while it still holds', async () => {
    const names = await dynamo.freshTables();
    let clock = Date.now();
    const now = () => clock;
    const crashedClient = createDynamoClient({ endpoint: dynamo.endpoint() });
    const crashed = new DynamoConfigWriteLock({
      client: crashedClient,
      tableName: names.leases,
      holdMs: 60_000,
      now,
    });
    // Take the lock and never release it: the holder "dies" inside its critical section.
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => {
      entered = resolve;
    });
    void crashed.withLock(() => {
      entered();
      return new Promise(() => undefined);
    });
    await inside;
    const waiter = new DynamoConfigWriteLock({
      client: dynamo.client(),
      tableName: names.leases,
      waitMs: 300,
    });
    await expect(waiter.withLock(async () => 'never')).rejects.toBeInstanceOf(ConfigWriteLockTimeoutError);
    // Past the dead holder's hold time the lock is taken over.
    clock += 61_000;
    const later = new DynamoConfigWriteLock({
      client: dynamo.client(),
      tableName: names.leases,
      waitMs: 2_000,
      now: () => clock,
    });
    await expect(later.withLock(async () => 'taken over')).resolves.toBe('taken over');
    crashedClient.destroy();
  });
});
