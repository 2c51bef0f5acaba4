/**
 * The behaviour every LeaseStore adapter promises (shared/ports/lease-store.ts). The unit project runs it
 * against MemoryLeaseStore, the integration project against DynamoLeaseStore on DynamoDB Local. Time is a
 * manual clock handed to the adapter, so expiry is tested without waiting.
 */
import { describe, expect, it } from 'vitest';
import { LeaseHeldError, LeaseLostError, type LeaseStore } from '../../../../shared/ports/lease-store.ts';

export interface ManualClock {
  now(): number;
  advance(ms: number): void;
}

export function manualClock(startMs = Math.floor(Date.now() / 1000) * 1000): ManualClock {
  let time = startMs;
  return {
    now: () => time,
    advance: (ms) => {
      time += ms;
    },
  };
}

/** Makes a store on a fresh, empty backing table that reads time from `now`. */
export type LeaseStoreFactory = (now: () => number) => Promise<LeaseStore>;

const LEASE_MS = 10_000;

export function leaseStoreContract(makeStore: LeaseStoreFactory): void {
  const setup = async () => {
    const clock = manualClock();
    const store = await makeStore(clock.now);
    return { clock, store };
  };

  describe('LeaseStore contract', () => {
    it('registers a lease that expires leaseDurationMs from now and lists it as live', async () => {
      const { clock, store } = await setup();
      const lease = await store.register({
        executorId: 'e-1',
        address: '10.0.0.1:8083',
        leaseDurationMs: LEASE_MS,
      });
      expect(lease).toEqual({
        executorId: 'e-1',
        address: '10.0.0.1:8083',
        epoch: expect.any(Number),
        expiresAtMs: clock.now() + LEASE_MS,
        appliedAssignmentVersion: 0,
        draining: false,
      });
      expect(await store.liveMembers()).toEqual([lease]);
    });

    it('refuses a second registration while the lease is live', async () => {
      const { clock, store } = await setup();
      const lease = await store.register({ executorId: 'e-1', address: 'a:1', leaseDurationMs: LEASE_MS });
      clock.advance(LEASE_MS - 1);
      const second = store.register({ executorId: 'e-1', address: 'a:2', leaseDurationMs: LEASE_MS });
      await expect(second).rejects.toBeInstanceOf(LeaseHeldError);
      await expect(second).rejects.toMatchObject({ executorId: 'e-1', expiresAtMs: lease.expiresAtMs });
      expect(await store.liveMembers()).toEqual([lease]);
    });

    it('lets exactly one of concurrent registrations of one id win', async () => {
      const { store } = await setup();
      const attempts = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          store.register({ executorId: 'e-1', address: `a:${i}`, leaseDurationMs: LEASE_MS }),
        ),
      );
      const won = attempts.filter((a) => a.status === 'fulfilled');
      expect(won).toHaveLength(1);
      for (const lost of attempts.filter((a) => a.status === 'rejected')) {
        expect(lost.reason).toBeInstanceOf(LeaseHeldError);
      }
      expect(await store.liveMembers()).toEqual([(won[0] as PromiseFulfilledResult<unknown>).value]);
    });

    it('renews: moves the expiry to now + duration and records the applied assignment version', async () => {
      const { clock, store } = await setup();
      const lease = await store.register({ executorId: 'e-1', address: 'a:1', leaseDurationMs: LEASE_MS });
      clock.advance(4_000);
      const renewed = await store.renew({
        executorId: 'e-1',
        epoch: lease.epoch,
        leaseDurationMs: LEASE_MS,
        appliedAssignmentVersion: 7,
      });
      expect(renewed).toEqual({ ...lease, expiresAtMs: clock.now() + LEASE_MS, appliedAssignmentVersion: 7 });
      clock.advance(4_000);
      const again = await store.renew({ executorId: 'e-1', epoch: lease.epoch, leaseDurationMs: LEASE_MS });
      expect(again.appliedAssignmentVersion).toBe(7);
      clock.advance(LEASE_MS - 1);
      expect(await store.liveMembers()).toEqual([{ ...again }]);
    });

    it('does not renew a stale epoch, and leaves the current lease untouched', async () => {
      const { clock, store } = await setup();
      const first = await store.register({ executorId: 'e-1', address: 'a:1', leaseDurationMs: LEASE_MS });
      clock.advance(LEASE_MS);
      const second = await store.register({ executorId: 'e-1', address: 'a:2', leaseDurationMs: LEASE_MS });
      expect(second.epoch).toBeGreaterThan(first.epoch);
      const stale = store.renew({ executorId: 'e-1', epoch: first.epoch, leaseDurationMs: 60_000 });
      await expect(stale).rejects.toBeInstanceOf(LeaseLostError);
      await expect(stale).rejects.toMatchObject({ executorId: 'e-1', epoch: first.epoch });
      expect(await store.liveMembers()).toEqual([second]);
    });

    it('does not revive an expired lease: renew fails and the member is no longer live', async () => {
      const { clock, store } = await setup();
      const lease = await store.register({ executorId: 'e-1', address: 'a:1', leaseDurationMs: LEASE_MS });
      clock.advance(LEASE_MS);
      expect(await store.liveMembers()).toEqual([]);
      await expect(
        store.renew({ executorId: 'e-1', epoch: lease.epoch, leaseDurationMs: LEASE_MS }),
      ).rejects.toBeInstanceOf(LeaseLostError);
      expect(await store.liveMembers()).toEqual([]);
    });

    it('fails to renew an id that never registered', async () => {
      const { store } = await setup();
      await expect(
        store.renew({ executorId: 'nobody', epoch: 1, leaseDurationMs: LEASE_MS }),
      ).rejects.toBeInstanceOf(LeaseLostError);
      expect(await store.liveMembers()).toEqual([]);
    });

    it('releases: the member leaves at once, release is idempotent, and the id can register a newer epoch', async () => {
      const { store } = await setup();
      const lease = await store.register({ executorId: 'e-1', address: 'a:1', leaseDurationMs: LEASE_MS });
      expect(await store.release('e-1', lease.epoch)).toBe(true);
      expect(await store.liveMembers()).toEqual([]);
      expect(await store.release('e-1', lease.epoch)).toBe(false);
      await expect(
        store.renew({ executorId: 'e-1', epoch: lease.epoch, leaseDurationMs: LEASE_MS }),
      ).rejects.toBeInstanceOf(LeaseLostError);
      const next = await store.register({ executorId: 'e-1', address: 'a:1', leaseDurationMs: LEASE_MS });
      expect(next.epoch).toBeGreaterThan(lease.epoch);
    });

    it('ignores a release of a stale epoch (the newer lease stays live)', async () => {
      const { clock, store } = await setup();
      const first = await store.register({ executorId: 'e-1', address: 'a:1', leaseDurationMs: LEASE_MS });
      clock.advance(LEASE_MS + 1);
      const second = await store.register({ executorId: 'e-1', address: 'a:1', leaseDurationMs: LEASE_MS });
      expect(await store.release('e-1', first.epoch)).toBe(false);
      expect(await store.liveMembers()).toEqual([second]);
      expect(await store.release('nobody', 1)).toBe(false);
    });

    it('keeps epochs increasing over many registrations of one id', async () => {
      const { clock, store } = await setup();
      let previous = 0;
      for (let i = 0; i < 5; i++) {
        const lease = await store.register({ executorId: 'e-1', address: 'a:1', leaseDurationMs: LEASE_MS });
        expect(lease.epoch).toBeGreaterThan(previous);
        previous = lease.epoch;
        if (i % 2 === 0) await store.release('e-1', lease.epoch);
        else clock.advance(LEASE_MS);
      }
    });

    it('lists only live leases, sorted by executor id', async () => {
      const { clock, store } = await setup();
      const c = await store.register({ executorId: 'c', address: 'c:1', leaseDurationMs: LEASE_MS });
      const a = await store.register({ executorId: 'a', address: 'a:1', leaseDurationMs: LEASE_MS });
      const short = await store.register({ executorId: 'b', address: 'b:1', leaseDurationMs: 1_000 });
      const d = await store.register({ executorId: 'd', address: 'd:1', leaseDurationMs: LEASE_MS });
      expect((await store.liveMembers()).map((l) => l.executorId)).toEqual(['a', 'b', 'c', 'd']);
      await store.release('d', d.epoch);
      clock.advance(1_000);
      expect(await store.liveMembers()).toEqual([a, c]);
      expect(short.expiresAtMs).toBe(clock.now());
    });

    it('rejects durations that are not positive integers', async () => {
      const { store } = await setup();
      for (const leaseDurationMs of [0, -5, 1.5, Number.NaN]) {
        await expect(
          store.register({ executorId: 'e-1', address: 'a:1', leaseDurationMs }),
        ).rejects.toBeInstanceOf(RangeError);
      }
      expect(await store.liveMembers()).toEqual([]);
    });
    it('marks a live lease draining and back, keeping the mark across renewals and nothing else changed', async () => {
      const { clock, store } = await setup();
      const lease = await store.register({ executorId: 'e-1', address: 'a:1', leaseDurationMs: LEASE_MS });
      const other = await store.register({ executorId: 'e-2', address: 'a:2', leaseDurationMs: LEASE_MS });
      clock.advance(1_000);
      const marked = await store.markDraining('e-1', lease.epoch, true);
      expect(marked).toEqual({ ...lease, draining: true });
      expect(await store.liveMembers()).toEqual([{ ...lease, draining: true }, other]);
      // Idempotent.
      expect(await store.markDraining('e-1', lease.epoch, true)).toEqual({ ...lease, draining: true });
      clock.advance(1_000);
      const renewed = await store.renew({
        executorId: 'e-1',
        epoch: lease.epoch,
        leaseDurationMs: LEASE_MS,
        appliedAssignmentVersion: 4,
      });
      expect(renewed).toEqual({
        ...lease,
        expiresAtMs: clock.now() + LEASE_MS,
        appliedAssignmentVersion: 4,
        draining: true,
      });
      const back = await store.markDraining('e-1', lease.epoch, false);
      expect(back).toEqual({ ...renewed, draining: false });
      expect(await store.liveMembers()).toEqual([back, other]);
    });

    it('does not mark a stale, expired, released or unknown lease, and a new registration starts not draining', async () => {
      const { clock, store } = await setup();
      const first = await store.register({ executorId: 'e-1', address: 'a:1', leaseDurationMs: LEASE_MS });
      await store.markDraining('e-1', first.epoch, true);
      clock.advance(LEASE_MS);
      expect(await store.markDraining('e-1', first.epoch, false)).toBeNull();
      const second = await store.register({ executorId: 'e-1', address: 'a:2', leaseDurationMs: LEASE_MS });
      expect(second.draining).toBe(false);
      expect(await store.markDraining('e-1', first.epoch, true)).toBeNull();
      expect(await store.liveMembers()).toEqual([second]);
      expect(await store.release('e-1', second.epoch)).toBe(true);
      expect(await store.markDraining('e-1', second.epoch, true)).toBeNull();
      expect(await store.markDraining('nobody', 1, true)).toBeNull();
      expect(await store.liveMembers()).toEqual([]);
      const third = await store.register({ executorId: 'e-1', address: 'a:3', leaseDurationMs: LEASE_MS });
      expect(third.draining).toBe(false);
    });
  });
}
