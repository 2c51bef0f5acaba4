/**
 * The executor's membership helper with fake timers and the in-memory lease store: it heartbeats, reports the
 * applied assignment version, fences itself before its lease can run out, rejoins with a newer epoch and
 * releases its lease on shutdown.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  checkMembershipTiming,
  DEFAULT_MEMBERSHIP_TIMING,
  type FenceEvent,
  Membership,
  type MembershipOptions,
} from '../../../shared/membership/membership.ts';
import { MemoryLeaseStore } from '../../../shared/membership/memory-lease-store.ts';
import { type Lease, LeaseLostError, type LeaseStore } from '../../../shared/ports/lease-store.ts';

const {
  leaseDurationMs: LEASE_MS,
  heartbeatIntervalMs: HEARTBEAT_MS,
  fenceMarginMs: MARGIN_MS,
} = DEFAULT_MEMBERSHIP_TIMING;

/** The memory store behind switches that make renewals fail, hang or report a lost lease. */
class FlakyLeaseStore implements LeaseStore {
  readonly inner = new MemoryLeaseStore();
  renewMode: 'ok' | 'fail' | 'hang' | 'lost' = 'ok';
  renewCalls = 0;
  register = (request: Parameters<LeaseStore['register']>[0]) => this.inner.register(request);
  release = (executorId: string, epoch: number) => this.inner.release(executorId, epoch);
  liveMembers = () => this.inner.liveMembers();
  markDraining = (executorId: string, epoch: number, draining: boolean) =>
    this.inner.markDraining(executorId, epoch, draining);
  renew(request: Parameters<LeaseStore['renew']>[0]): Promise<Lease> {
    this.renewCalls++;
    switch (this.renewMode) {
      case 'ok':
        return this.inner.renew(request);
      case 'fail':
        return Promise.reject(new Error('connection reset'));
      case 'hang':
        return new Promise(() => {});
      case 'lost':
        return Promise.reject(new LeaseLostError(request.executorId, request.epoch, 'it expired'));
    }
  }
}

function membership(store: LeaseStore, overrides: Partial<MembershipOptions> = {}) {
  const fences: { event: FenceEvent; atMs: number }[] = [];
  const joins: Lease[] = [];
  const m = new Membership({
    executorId: 'executor-0',
    address: '127.0.0.1:9000',
    leaseStore: store,
    onFenced: (event) => {
      fences.push({ event, atMs: Date.now() });
    },
    onJoined: (lease) => joins.push(lease),
    ...overrides,
  });
  return { m, fences, joins };
}

describe('Membership', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_800_000_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('registers, then renews every heartbeat interval so the lease stays live', async () => {
    const store = new FlakyLeaseStore();
    const { m, fences, joins } = membership(store);
    const lease = await m.start();
    expect(m.status).toBe('member');
    expect(m.currentLease).toEqual(lease);
    expect(joins).toEqual([lease]);
    expect(await store.liveMembers()).toEqual([lease]);
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS);
    expect(store.renewCalls).toBe(1);
    expect((await store.liveMembers())[0]?.expiresAtMs).toBe(Date.now() + LEASE_MS);
    await vi.advanceTimersByTimeAsync(10 * LEASE_MS);
    expect(store.renewCalls).toBe(1 + Math.floor((10 * LEASE_MS) / HEARTBEAT_MS));
    expect(fences).toEqual([]);
    expect((await store.liveMembers()).map((l) => l.epoch)).toEqual([lease.epoch]);
    await m.stop();
  });

  it('reports the applied assignment version with an immediate renewal', async () => {
    const store = new FlakyLeaseStore();
    const { m } = membership(store);
    await m.start();
    m.reportAppliedVersion(5);
    await vi.advanceTimersByTimeAsync(0);
    expect((await store.liveMembers())[0]?.appliedAssignmentVersion).toBe(5);
    m.reportAppliedVersion(4);
    m.reportAppliedVersion(7);
    await vi.advanceTimersByTimeAsync(0);
    expect((await store.liveMembers())[0]?.appliedAssignmentVersion).toBe(7);
    await m.stop();
  });

  it('fences itself fenceMarginMs before the lease would expire when renewals keep failing', async () => {
    const store = new FlakyLeaseStore();
    const { m, fences } = membership(store, { rejoin: false });
    const lease = await m.start();
    store.renewMode = 'fail';
    const deadline = lease.expiresAtMs - MARGIN_MS;
    await vi.advanceTimersByTimeAsync(deadline - Date.now() - 1);
    expect(fences).toEqual([]);
    expect(m.status).toBe('member');
    await vi.advanceTimersByTimeAsync(1);
    expect(fences).toHaveLength(1);
    expect(fences[0]?.event).toMatchObject({ reason: 'lease-expiring', lease: { epoch: lease.epoch } });
    expect(fences[0]?.atMs).toBeLessThanOrEqual(lease.expiresAtMs - MARGIN_MS);
    expect(store.renewCalls).toBeGreaterThanOrEqual(3);
    // It released what was left of the lease, so the scheduler need not wait for the expiry.
    expect(await store.liveMembers()).toEqual([]);
    expect(m.status).toBe('fenced');
    await vi.advanceTimersByTimeAsync(10 * LEASE_MS);
    expect(fences).toHaveLength(1);
    await m.stop();
  });

  it('fences on time even when a renewal hangs, and the hung call does not block the next lease', async () => {
    const store = new FlakyLeaseStore();
    const { m, fences, joins } = membership(store);
    const lease = await m.start();
    store.renewMode = 'hang';
    await vi.advanceTimersByTimeAsync(LEASE_MS - MARGIN_MS);
    expect(fences.map((f) => f.atMs)).toEqual([lease.expiresAtMs - MARGIN_MS]);
    store.renewMode = 'ok';
    await vi.advanceTimersByTimeAsync(0);
    expect(joins).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(5 * LEASE_MS);
    expect(fences).toHaveLength(1);
    expect((await store.liveMembers()).map((l) => l.epoch)).toEqual([joins[1]?.epoch]);
    await m.stop();
  });

  it('fences at once when the store says the lease is lost, then rejoins with a newer epoch', async () => {
    const store = new FlakyLeaseStore();
    const { m, fences, joins } = membership(store);
    const first = await m.start();
    store.renewMode = 'lost';
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS);
    expect(fences.map((f) => [f.event.reason, f.atMs - first.expiresAtMs + LEASE_MS])).toEqual([
      ['lease-lost', HEARTBEAT_MS],
    ]);
    store.renewMode = 'ok';
    await vi.advanceTimersByTimeAsync(0);
    expect(m.status).toBe('member');
    expect(joins).toHaveLength(2);
    expect(joins[1]?.epoch).toBeGreaterThan(first.epoch);
    expect((await store.liveMembers()).map((l) => l.epoch)).toEqual([joins[1]?.epoch]);
    await m.stop();
  });

  it('after a fence caused by an unreachable store, keeps trying to rejoin until the store answers', async () => {
    const store = new FlakyLeaseStore();
    const register = vi.spyOn(store, 'register');
    const { m, fences, joins } = membership(store);
    await m.start();
    store.renewMode = 'fail';
    register.mockRejectedValue(new Error('connection reset'));
    await vi.advanceTimersByTimeAsync(LEASE_MS);
    expect(fences).toHaveLength(1);
    expect(m.status).toBe('joining');
    register.mockRestore();
    store.renewMode = 'ok';
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS);
    expect(m.status).toBe('member');
    expect(joins).toHaveLength(2);
    await m.stop();
  });

  it('waits for the previous incarnation’s lease to end before it joins', async () => {
    const store = new FlakyLeaseStore();
    const old = await store.register({
      executorId: 'executor-0',
      address: 'old:1',
      leaseDurationMs: LEASE_MS,
    });
    const { m } = membership(store);
    let joined: Lease | undefined;
    void m.start().then((lease) => {
      joined = lease;
    });
    await vi.advanceTimersByTimeAsync(LEASE_MS - 1);
    expect(joined).toBeUndefined();
    expect(m.status).toBe('joining');
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS);
    expect(joined?.epoch).toBeGreaterThan(old.epoch);
    await m.stop();
  });

  it('releases its lease on stop and stops heartbeating', async () => {
    const store = new FlakyLeaseStore();
    const { m, fences } = membership(store);
    await m.start();
    await m.stop();
    expect(m.status).toBe('stopped');
    expect(await store.liveMembers()).toEqual([]);
    const calls = store.renewCalls;
    await vi.advanceTimersByTimeAsync(10 * LEASE_MS);
    expect(store.renewCalls).toBe(calls);
    expect(fences).toEqual([]);
  });

  it('rejects the start when stopped before it could join', async () => {
    const store = new FlakyLeaseStore();
    await store.register({ executorId: 'executor-0', address: 'old:1', leaseDurationMs: LEASE_MS });
    const { m } = membership(store);
    const started = m.start();
    await m.stop();
    await expect(started).rejects.toThrow(/stopped/);
    expect(() => m.start()).toThrow(/already started/);
  });

  it('refuses timings that would fence before the first renewal', () => {
    expect(() => checkMembershipTiming(DEFAULT_MEMBERSHIP_TIMING)).not.toThrow();
    expect(() =>
      checkMembershipTiming({ leaseDurationMs: 10_000, heartbeatIntervalMs: 5_000, fenceMarginMs: 5_000 }),
    ).toThrow(RangeError);
    expect(() =>
      membership(new FlakyLeaseStore(), { leaseDurationMs: 1_000, heartbeatIntervalMs: 0 }),
    ).toThrow(RangeError);
    expect(() => membership(new FlakyLeaseStore(), { fenceMarginMs: -1 })).toThrow(RangeError);
  });

  it('says work may not run the instant its clock passes the fence, before any timer fires (a frozen process)', async () => {
    const store = new FlakyLeaseStore();
    const { m } = membership(store);
    await m.start();
    expect(m.mayRun()).toBe(true);
    // Jump the clock without running timers, as a process resumed after SIGSTOP sees it.
    vi.setSystemTime(Date.now() + LEASE_MS - MARGIN_MS);
    expect(m.mayRun()).toBe(false);
    expect(m.status).toBe('member');
    await m.stop();
    expect(m.mayRun()).toBe(false);
  });
});
