/**
 * Executor membership as leases. An executor is a member of the cluster while it holds an unexpired lease on its
 * executor id; each registration gets a new, larger `epoch`, which fences everything the previous incarnation did
 * (its renewals fail, and the scheduler gives its assignment entry to the new epoch only). The lease is the
 * counterpart of Apache's group membership + session timeout; the heartbeat also carries the assignment version
 * the executor has applied, which is how it confirms that revoked work has stopped.
 *
 * Time: expiry instants are computed by the store adapter's clock (ms since the Unix epoch) when a request is
 * made. All processes of a cluster must keep their clocks roughly in sync (NTP; on AWS the Amazon Time Sync
 * Service); an executor stops its work a safety margin before its lease would expire (shared/membership), and
 * that margin must exceed the expected skew.
 */
import { ConflictError } from '../domain/errors.ts';

/** One executor's lease as stored. */
export interface Lease {
  readonly executorId: string;
  /** Where the executor can be reached (host:port); informational, also its worker_id in statuses. */
  readonly address: string;
  /** Strictly increasing per executor id across registrations, also across deletions of expired items. */
  readonly epoch: number;
  /** The lease is live while now < expiresAtMs (and it was not released). */
  readonly expiresAtMs: number;
  /** The latest assignment document version the executor has applied (0 before the first). */
  readonly appliedAssignmentVersion: number;
  /**
   * Set by the scheduler when it scales the fleet in (`markDraining`): the executor is leaving, the assignor gives
   * it no work and revokes what it has. False for a new registration; renewals keep it.
   */
  readonly draining: boolean;
}

export interface RegisterRequest {
  readonly executorId: string;
  readonly address: string;
  /** How long the lease lasts from now unless renewed; a positive integer. */
  readonly leaseDurationMs: number;
}

export interface RenewRequest {
  readonly executorId: string;
  /** The epoch `register` returned; a renewal with any other epoch fails. */
  readonly epoch: number;
  /** The new expiry is now + leaseDurationMs; a positive integer. */
  readonly leaseDurationMs: number;
  /** When given, recorded as the lease's `appliedAssignmentVersion` (it never goes backwards). */
  readonly appliedAssignmentVersion?: number;
}

/** `register` found a live lease on the executor id (another process, or this one's previous incarnation). */
export class LeaseHeldError extends ConflictError {
  readonly executorId: string;
  /** When the live lease expires unless renewed. */
  readonly expiresAtMs: number;
  constructor(executorId: string, expiresAtMs: number) {
    super(`executor ${executorId} already holds a lease until ${new Date(expiresAtMs).toISOString()}`);
    this.executorId = executorId;
    this.expiresAtMs = expiresAtMs;
  }
}

/** `renew` found no live lease of that epoch: it expired, was released, or a newer epoch replaced it. */
export class LeaseLostError extends ConflictError {
  readonly executorId: string;
  readonly epoch: number;
  constructor(executorId: string, epoch: number, why: string) {
    super(`executor ${executorId} no longer holds the lease of epoch ${epoch}: ${why}`);
    this.executorId = executorId;
    this.epoch = epoch;
  }
}

/**
 * Implementations: `DynamoLeaseStore` (one item per executor id, conditional UpdateItem, TTL on an attribute
 * well after expiry), `MemoryLeaseStore` (unit tests).
 */
export interface LeaseStore {
  /**
   * Starts a new lease on `executorId` with an epoch larger than any earlier one for that id.
   *
   * Consistency: one conditional write that succeeds only if the id has no live lease (none stored, expired, or
   * released); of concurrent registrations of one id exactly one succeeds.
   * Idempotency: not idempotent — a second call while the first lease is live throws `LeaseHeldError` (a
   * restarted process therefore waits for its previous lease to expire, or for it to be released).
   * Errors: `LeaseHeldError`; `RangeError` for a non-positive duration; storage failures propagate.
   */
  register(request: RegisterRequest): Promise<Lease>;

  /**
   * Extends the lease of `epoch` to now + leaseDurationMs and records the applied assignment version.
   *
   * Consistency: one conditional write on (epoch matches, not released, not expired) — a stale epoch can never
   * extend a newer lease, and an expired lease cannot be revived (register again instead).
   * Idempotency: repeating a renewal is harmless (it extends again).
   * Errors: `LeaseLostError` when the condition fails; `RangeError` for a bad duration; storage failures
   * propagate (the caller retries while its lease still has time left).
   */
  renew(request: RenewRequest): Promise<Lease>;

  /**
   * Ends the lease of `epoch` now (graceful shutdown, after the executor stopped its work), so the scheduler
   * treats the executor as departed at once instead of after expiry. Resolves `true` if it ended a live lease,
   * `false` if that epoch was not live any more (already released or expired, or a newer epoch holds the id —
   * which is left untouched).
   *
   * Consistency: one conditional write on the epoch. Idempotent.
   * Errors: storage failures propagate.
   */
  release(executorId: string, epoch: number): Promise<boolean>;

  /**
   * Sets (or clears) the lease's `draining` mark for `epoch` — the scheduler's scale-in: a draining executor is
   * given no work and its work is moved to the others, until it is stopped. Resolves the lease as stored after the
   * write, or null when that epoch is not live (expired, released, or a newer epoch holds the id — which is left
   * untouched).
   *
   * Consistency: one conditional write on (epoch matches, not released, not expired); it changes nothing else, so
   * it never races a renewal's expiry or applied version. Idempotent: setting the current value again is harmless.
   * Errors: storage failures propagate.
   */
  markDraining(executorId: string, epoch: number, draining: boolean): Promise<Lease | null>;

  /**
   * The live leases (not expired, not released), sorted by executor id.
   *
   * Consistency: strongly consistent reads; a lease that expires during the call may or may not be listed.
   * Idempotent. Errors: storage failures and unparseable items propagate.
   */
  liveMembers(): Promise<Lease[]>;
}
