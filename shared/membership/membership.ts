/**
 * An executor's membership in the cluster: it registers a lease, renews it every heartbeat (carrying the
 * assignment version it has applied), and fences itself — invokes `onFenced` so the executor stops all its work —
 * when it could not renew and the lease is about to run out, so a task never runs on two executors at once.
 * After fencing it releases what is left of the lease and registers again (a new epoch); on shutdown it releases
 * the lease so the scheduler sees the departure at once.
 *
 * Timeline of one lease (defaults): renewals every 3 s; each success moves the expiry to 20 s after the renewal
 * was sent; if none succeeds, `onFenced` runs 7 s before that expiry (after ~13 s: four failed attempts). The
 * margin must cover stopping all work (Apache's task.shutdown.graceful.timeout.ms is 5 s) plus clock skew
 * between executors and the scheduler.
 */
import type { Logger } from '../logging/logger.ts';
import { type Lease, LeaseHeldError, LeaseLostError, type LeaseStore } from '../ports/lease-store.ts';
import { delay } from '../util/wait.ts';

export interface MembershipTiming {
  /** How long each registration or renewal keeps the lease alive. */
  readonly leaseDurationMs: number;
  /** Time between renewals (and between registration attempts while joining). */
  readonly heartbeatIntervalMs: number;
  /** Fence this long before the lease would expire when no renewal succeeded. */
  readonly fenceMarginMs: number;
}

export const DEFAULT_MEMBERSHIP_TIMING: MembershipTiming = Object.freeze({
  leaseDurationMs: 20_000,
  heartbeatIntervalMs: 3_000,
  fenceMarginMs: 7_000,
});

export type FenceReason =
  /** No renewal succeeded and the lease is within the fence margin of expiring. */
  | 'lease-expiring'
  /** The store says the lease is gone (expired, released, or a newer epoch holds the id). */
  | 'lease-lost';

export interface FenceEvent {
  readonly reason: FenceReason;
  /** The lease that can no longer be trusted. */
  readonly lease: Lease;
  readonly error?: unknown;
}

export interface MembershipOptions extends Partial<MembershipTiming> {
  readonly executorId: string;
  /** host:port the executor is reached at (its worker_id). */
  readonly address: string;
  readonly leaseStore: LeaseStore;
  /** Stop all work now. Awaited before the lease is released and membership is re-acquired. */
  readonly onFenced: (event: FenceEvent) => void | Promise<void>;
  /** Called after each successful registration (the first one and every rejoin), with the new epoch. */
  readonly onJoined?: (lease: Lease) => void;
  /** Register again after fencing (default true). */
  readonly rejoin?: boolean;
  readonly logger?: Logger;
  /** The clock the fence deadline is computed with (ms); Date.now by default. */
  readonly now?: () => number;
}

export type MembershipState = 'idle' | 'joining' | 'member' | 'fenced' | 'stopped';

/** Checks the timing; throws RangeError when a lease could run out before the first renewal is even tried. */
export function checkMembershipTiming(timing: MembershipTiming): void {
  const { leaseDurationMs, heartbeatIntervalMs, fenceMarginMs } = timing;
  for (const [name, value] of Object.entries(timing)) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer`);
  }
  if (leaseDurationMs <= 0 || heartbeatIntervalMs <= 0) {
    throw new RangeError('leaseDurationMs and heartbeatIntervalMs must be positive');
  }
  if (heartbeatIntervalMs >= leaseDurationMs - fenceMarginMs) {
    throw new RangeError(
      `heartbeatIntervalMs (${heartbeatIntervalMs}) must be less than leaseDurationMs - fenceMarginMs ` +
        `(${leaseDurationMs - fenceMarginMs}), or the lease would be fenced before its first renewal`,
    );
  }
}

export class Membership {
  private readonly options: MembershipOptions;
  private readonly timing: MembershipTiming;
  private readonly now: () => number;
  private state: MembershipState = 'idle';
  private lease: Lease | null = null;
  /** Bumped on every fence and stop; async results of an older incarnation are ignored. */
  private incarnation = 0;
  private appliedVersion = 0;
  private heartbeatTimer: ReturnType<typeof setInterval> | undefined;
  private fenceTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the fence is due (the last vouched-for expiry minus the margin), by this process's clock. */
  private fenceAtMs = 0;
  /** The renewal in flight, if any, and the incarnation it belongs to (a hung one must not block a rejoin). */
  private renewing: { incarnation: number; done: Promise<void> } | null = null;
  private renewAgain = false;
  private readonly stopSignal = new AbortController();
  private firstJoin: { resolve: (lease: Lease) => void; reject: (err: unknown) => void } | undefined;
  private fencing: Promise<void> | null = null;

  constructor(options: MembershipOptions) {
    this.options = options;
    this.timing = {
      leaseDurationMs: options.leaseDurationMs ?? DEFAULT_MEMBERSHIP_TIMING.leaseDurationMs,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? DEFAULT_MEMBERSHIP_TIMING.heartbeatIntervalMs,
      fenceMarginMs: options.fenceMarginMs ?? DEFAULT_MEMBERSHIP_TIMING.fenceMarginMs,
    };
    checkMembershipTiming(this.timing);
    this.now = options.now ?? Date.now;
  }

  /** The current state; work may run only while it is 'member'. */
  get status(): MembershipState {
    return this.state;
  }

  /** The lease held now (null unless 'member'). Its epoch selects this executor's assignment entry. */
  get currentLease(): Lease | null {
    return this.state === 'member' ? this.lease : null;
  }

  /**
   * Whether work may run at this instant: a member whose fence is not yet due by this process's clock. Unlike the
   * fence timer, which fires only when the event loop gets to it, this is exact at the moment of the call — a
   * process that was frozen (SIGSTOP, a long GC pause, a partitioned VM) past its fence sees `false` the instant
   * it resumes, before any timer runs. Task loops check it before each write.
   */
  mayRun(): boolean {
    return this.state === 'member' && this.now() < this.fenceAtMs;
  }

  /**
   * Registers, retrying every heartbeat interval while the id's previous lease is still live or the store fails;
   * resolves with the first lease. Rejects if `stop` is called first.
   */
  start(): Promise<Lease> {
    if (this.state !== 'idle') throw new Error(`membership already started (${this.state})`);
    const joined = new Promise<Lease>((resolve, reject) => {
      this.firstJoin = { resolve, reject };
    });
    this.state = 'joining';
    void this.join(this.incarnation);
    return joined;
  }

  /**
   * Records that the executor applied assignment `version` (it stopped everything revoked from it) and sends it
   * with a renewal right away. Versions only go up.
   */
  reportAppliedVersion(version: number): void {
    if (version <= this.appliedVersion) return;
    this.appliedVersion = version;
    this.renew();
  }

  /** Stops heartbeating and releases the lease. Call after the executor stopped its work. */
  async stop(): Promise<void> {
    if (this.state === 'stopped') return;
    const wasHolding = this.state === 'member' || this.state === 'fenced';
    this.state = 'stopped';
    this.incarnation++;
    this.clearTimers();
    this.stopSignal.abort(new Error('membership stopped'));
    this.firstJoin?.reject(new Error('membership stopped before it joined'));
    this.firstJoin = undefined;
    await this.fencing;
    const lease = this.lease;
    if (lease && wasHolding) {
      try {
        await this.options.leaseStore.release(lease.executorId, lease.epoch);
      } catch (err) {
        this.options.logger?.warn('could not release the lease; it will expire', { err, epoch: lease.epoch });
      }
    }
  }

  private async join(incarnation: number): Promise<void> {
    const { leaseStore, executorId, address, logger } = this.options;
    while (this.state === 'joining' && incarnation === this.incarnation) {
      try {
        const lease = await leaseStore.register({
          executorId,
          address,
          leaseDurationMs: this.timing.leaseDurationMs,
        });
        if (this.state !== 'joining' || incarnation !== this.incarnation) {
          await leaseStore.release(lease.executorId, lease.epoch).catch(() => undefined);
          return;
        }
        this.becomeMember(lease);
        return;
      } catch (err) {
        if (err instanceof LeaseHeldError) {
          logger?.info('waiting for the previous lease of this executor id to end', {
            expiresAtMs: err.expiresAtMs,
          });
        } else {
          logger?.warn('lease registration failed; retrying', { err });
        }
      }
      try {
        await delay(this.timing.heartbeatIntervalMs, this.stopSignal.signal);
      } catch {
        return;
      }
    }
  }

  private becomeMember(lease: Lease): void {
    this.lease = lease;
    this.appliedVersion = 0;
    this.renewAgain = false;
    this.state = 'member';
    this.options.logger?.info('joined the cluster', { epoch: lease.epoch, expiresAtMs: lease.expiresAtMs });
    this.armFence(lease.expiresAtMs);
    this.heartbeatTimer = setInterval(() => this.renew(), this.timing.heartbeatIntervalMs);
    this.options.onJoined?.(lease);
    this.firstJoin?.resolve(lease);
    this.firstJoin = undefined;
  }

  private renew(): void {
    if (this.state !== 'member' || !this.lease) return;
    if (this.renewing?.incarnation === this.incarnation) {
      this.renewAgain = true;
      return;
    }
    const incarnation = this.incarnation;
    const lease = this.lease;
    const sentAtMs = this.now();
    const done: Promise<void> = this.options.leaseStore
      .renew({
        executorId: lease.executorId,
        epoch: lease.epoch,
        leaseDurationMs: this.timing.leaseDurationMs,
        appliedAssignmentVersion: this.appliedVersion,
      })
      .then(
        (renewed) => {
          if (incarnation !== this.incarnation) return;
          this.lease = renewed;
          // Never trust an expiry later than what this process itself can vouch for.
          this.armFence(Math.min(renewed.expiresAtMs, sentAtMs + this.timing.leaseDurationMs));
        },
        (err: unknown) => {
          if (incarnation !== this.incarnation) return;
          if (err instanceof LeaseLostError) this.fence('lease-lost', err);
          else this.options.logger?.warn('lease renewal failed; retrying', { err, epoch: lease.epoch });
        },
      )
      .finally(() => {
        if (this.renewing?.done !== done) return;
        this.renewing = null;
        if (this.renewAgain) {
          this.renewAgain = false;
          this.renew();
        }
      });
    this.renewing = { incarnation, done };
  }

  private armFence(expiresAtMs: number): void {
    if (this.fenceTimer) clearTimeout(this.fenceTimer);
    this.fenceAtMs = expiresAtMs - this.timing.fenceMarginMs;
    const waitMs = Math.max(0, this.fenceAtMs - this.now());
    this.fenceTimer = setTimeout(() => this.fence('lease-expiring'), waitMs);
  }

  private fence(reason: FenceReason, error?: unknown): void {
    const lease = this.lease;
    if (this.state !== 'member' || !lease) return;
    this.state = 'fenced';
    this.incarnation++;
    this.clearTimers();
    const { logger, leaseStore, onFenced } = this.options;
    logger?.warn('fencing: stopping all work', {
      reason,
      epoch: lease.epoch,
      ...(error ? { err: error } : {}),
    });
    this.fencing = (async () => {
      try {
        await onFenced({ reason, lease, ...(error === undefined ? {} : { error }) });
      } catch (err) {
        logger?.error('stopping work after fencing failed', { err });
      }
      try {
        await leaseStore.release(lease.executorId, lease.epoch);
      } catch (err) {
        logger?.warn('could not release the fenced lease; it will expire', { err, epoch: lease.epoch });
      }
      if (this.state === 'fenced' && this.options.rejoin !== false) {
        this.state = 'joining';
        void this.join(this.incarnation);
      }
    })().finally(() => {
      this.fencing = null;
    });
  }

  private clearTimers(): void {
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    if (this.fenceTimer) clearTimeout(this.fenceTimer);
    this.heartbeatTimer = undefined;
    this.fenceTimer = undefined;
  }
}
