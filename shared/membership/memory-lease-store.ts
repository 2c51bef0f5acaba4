/**
 * An in-memory LeaseStore for pure-logic unit tests (one process, no persistence). Same promises as the
 * DynamoDB adapter, checked by the shared contract suite (test/unit/scheduler/contracts/lease-store.contract.ts).
 */
import {
  type Lease,
  LeaseHeldError,
  LeaseLostError,
  type LeaseStore,
  type RegisterRequest,
  type RenewRequest,
} from '../ports/lease-store.ts';
import { checkLeaseDuration, nextEpoch } from './lease-rules.ts';

interface StoredLease {
  lease: Lease;
  released: boolean;
}

export interface MemoryLeaseStoreOptions {
  /** The store's clock (ms since the Unix epoch); Date.now by default. */
  readonly now?: () => number;
}

export class MemoryLeaseStore implements LeaseStore {
  private readonly leases = new Map<string, StoredLease>();
  private readonly now: () => number;

  constructor(options: MemoryLeaseStoreOptions = {}) {
    this.now = options.now ?? Date.now;
  }

  async register(request: RegisterRequest): Promise<Lease> {
    checkLeaseDuration(request.leaseDurationMs);
    const now = this.now();
    const current = this.leases.get(request.executorId);
    if (current && !current.released && current.lease.expiresAtMs > now) {
      throw new LeaseHeldError(request.executorId, current.lease.expiresAtMs);
    }
    const lease: Lease = {
      executorId: request.executorId,
      address: request.address,
      epoch: nextEpoch(current?.lease.epoch, now),
      expiresAtMs: now + request.leaseDurationMs,
      appliedAssignmentVersion: 0,
      draining: false,
    };
    this.leases.set(request.executorId, { lease, released: false });
    return { ...lease };
  }

  async renew(request: RenewRequest): Promise<Lease> {
    checkLeaseDuration(request.leaseDurationMs);
    const now = this.now();
    const current = this.leases.get(request.executorId);
    if (!current) throw new LeaseLostError(request.executorId, request.epoch, 'no lease is stored');
    const { lease, released } = current;
    if (lease.epoch !== request.epoch) {
      throw new LeaseLostError(request.executorId, request.epoch, `epoch ${lease.epoch} holds the id`);
    }
    if (released) throw new LeaseLostError(request.executorId, request.epoch, 'it was released');
    if (lease.expiresAtMs <= now) throw new LeaseLostError(request.executorId, request.epoch, 'it expired');
    const renewed: Lease = {
      ...lease,
      expiresAtMs: now + request.leaseDurationMs,
      appliedAssignmentVersion: Math.max(
        lease.appliedAssignmentVersion,
        request.appliedAssignmentVersion ?? 0,
      ),
    };
    this.leases.set(request.executorId, { lease: renewed, released: false });
    return { ...renewed };
  }

  async release(executorId: string, epoch: number): Promise<boolean> {
    const current = this.leases.get(executorId);
    if (!current || current.lease.epoch !== epoch || current.released) return false;
    const wasLive = current.lease.expiresAtMs > this.now();
    current.released = true;
    return wasLive;
  }

  async markDraining(executorId: string, epoch: number, draining: boolean): Promise<Lease | null> {
    const current = this.leases.get(executorId);
    if (!current || current.lease.epoch !== epoch || current.released) return null;
    if (current.lease.expiresAtMs <= this.now()) return null;
    current.lease = { ...current.lease, draining };
    return { ...current.lease };
  }

  async liveMembers(): Promise<Lease[]> {
    const now = this.now();
    return [...this.leases.values()]
      .filter((s) => !s.released && s.lease.expiresAtMs > now)
      .map((s) => ({ ...s.lease }))
      .sort((a, b) => (a.executorId < b.executorId ? -1 : a.executorId > b.executorId ? 1 : 0));
  }
}
