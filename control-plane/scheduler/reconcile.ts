/**
 * One scheduling round against the stores: read the assignment, then the live leases, compute the next
 * assignment and write it with a compare-and-set; when another scheduler wrote first, read again and recompute.
 * Safe to run from several places at once (a timer, after each config write, an executor that noticed an
 * expired lease): every round is idempotent and a write only lands on the version it was computed from.
 */
import { ConflictError } from '../../shared/domain/errors.ts';
import type { AssignmentStore } from '../../shared/ports/assignment-store.ts';
import type { LeaseStore } from '../../shared/ports/lease-store.ts';
import { assign, DEFAULT_SCHEDULED_REBALANCE_MAX_DELAY_MS, type SchedulerResult } from './assign.ts';
import type { ConfigSnapshot } from './config-snapshot.ts';

export interface SchedulerRoundDeps {
  readonly leaseStore: LeaseStore;
  readonly assignmentStore: AssignmentStore;
  /** The scheduler's clock (ms since the Unix epoch); Date.now by default. */
  readonly now?: () => number;
}

export interface SchedulerRoundOptions {
  /** scheduled.rebalance.max.delay.ms; Apache's default 300000. */
  readonly maxDelayMs?: number;
  /** Compare-and-set attempts before giving up with a ConflictError (default 5). */
  readonly maxAttempts?: number;
}

export interface SchedulerRoundOutcome extends SchedulerResult {
  /** Whether this round wrote `document` (false when nothing changed or the config was behind). */
  readonly written: boolean;
  readonly attempts: number;
}

/**
 * Runs one round for the configuration `config`. Throws ConflictError when other schedulers won every attempt,
 * and propagates store errors; the caller logs and retries on its next trigger.
 */
export async function runSchedulerRound(
  deps: SchedulerRoundDeps,
  config: ConfigSnapshot,
  options: SchedulerRoundOptions = {},
): Promise<SchedulerRoundOutcome> {
  const now = deps.now ?? Date.now;
  const maxAttempts = options.maxAttempts ?? 5;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const previous = await deps.assignmentStore.read();
    // Leases after the document: every epoch in the document is then at most as new as the leases seen.
    const members = await deps.leaseStore.liveMembers();
    const result = assign({
      config,
      members,
      previous,
      nowMs: now(),
      maxDelayMs: options.maxDelayMs ?? DEFAULT_SCHEDULED_REBALANCE_MAX_DELAY_MS,
    });
    if (!result.changed) return { ...result, written: false, attempts: attempt };
    if (await deps.assignmentStore.write(result.document))
      return { ...result, written: true, attempts: attempt };
  }
  throw new ConflictError(`the assignment changed under every one of ${maxAttempts} attempts to write it`);
}
