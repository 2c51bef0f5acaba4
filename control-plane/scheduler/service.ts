/**
 * The scheduler as a running service: runs a scheduling round (control-plane/scheduler/reconcile.ts) after each
 * config change it sees on the config log (the nudge after a herder write), on a timer (about one lease length,
 * so departed executors are noticed), and at the time a round asked to run again (held work due, a throttled
 * revocation allowed). When the assignment was computed from a newer configuration than this process has read,
 * it reads the config topic further and runs again. For work held for a departed executor during
 * scheduled.rebalance.max.delay.ms it writes UNASSIGNED statuses (the executor is gone and cannot), with the
 * assignment version as the generation.
 *
 * Rounds never overlap within one service; several services (control planes, a Lambda) may run at once — every
 * round is a compare-and-set on the assignment's version.
 */
import type { ConfigLog } from '../../shared/cluster/config-log.ts';
import type { StatusLog } from '../../shared/cluster/status-log.ts';
import type { Logger } from '../../shared/logging/logger.ts';
import type { AssignmentDocument, AssignmentStore } from '../../shared/ports/assignment-store.ts';
import type { LeaseStore } from '../../shared/ports/lease-store.ts';
import { configSnapshotOf } from './config-snapshot.ts';
import { leftBehindStatuses, statusesWithoutWork } from './deleted-statuses.ts';
import { type RebalanceMetrics, readRebalanceSnapshot } from './rebalance-metrics.ts';
import { runSchedulerRound, type SchedulerRoundOutcome } from './reconcile.ts';
import { taskKey } from './work-sets.ts';

export interface SchedulerServiceOptions {
  readonly configLog: ConfigLog;
  /** Where UNASSIGNED statuses of held work are written; none are written without it. */
  readonly statusLog?: StatusLog;
  readonly leaseStore: LeaseStore;
  readonly assignmentStore: AssignmentStore;
  /** scheduled.rebalance.max.delay.ms. */
  readonly maxDelayMs: number;
  /** Time between timer rounds (about the lease length). */
  readonly periodMs: number;
  readonly logger: Logger;
  /** Observes the cluster's rebalance progress after every round (rebalance metrics). */
  readonly rebalanceMetrics?: RebalanceMetrics;
  /**
   * Tombstone the statuses of deleted connectors and removed tasks after rounds (deleted-statuses.ts), as Apache's
   * leader does after each rebalance. Needs a `statusLog` that follows the status topic.
   */
  readonly cleanUpDeletedStatuses?: boolean;
  /** How soon to look again when left-behind statuses may still be written by an executor (default 1000 ms). */
  readonly statusCleanupRetryMs?: number;
  /** Delay before a nudged round, so a burst of config records becomes one round (default 50 ms). */
  readonly nudgeDelayMs?: number;
  readonly now?: () => number;
}

export class SchedulerService {
  private readonly options: SchedulerServiceOptions;
  private running: Promise<SchedulerRoundOutcome | null> | null = null;
  private again = false;
  private periodic: ReturnType<typeof setInterval> | undefined;
  private nudgeTimer: ReturnType<typeof setTimeout> | undefined;
  private dueTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private started = false;
  /** Held work whose UNASSIGNED status was written, keyed by item, valued by the lost lease it was held for. */
  private readonly unassignedWritten = new Map<string, string>();

  constructor(options: SchedulerServiceOptions) {
    this.options = options;
  }

  /** Subscribes to config changes, starts the timer and runs a first round. */
  start(): Promise<SchedulerRoundOutcome | null> {
    if (!this.started) {
      this.started = true;
      this.options.configLog.onEvent(() => this.nudge());
      this.periodic = setInterval(() => void this.runRound(), this.options.periodMs);
      this.periodic.unref?.();
    }
    return this.runRound();
  }

  /** Asks for a round soon (coalesced with other nudges). */
  nudge(): void {
    if (this.stopped || !this.started || this.nudgeTimer) return;
    this.nudgeTimer = setTimeout(() => {
      this.nudgeTimer = undefined;
      void this.runRound();
    }, this.options.nudgeDelayMs ?? 50);
  }

  /**
   * Runs one round now, or right after the one in progress; resolves with its outcome (null when it failed or
   * the service is stopped). Errors are logged, never thrown.
   */
  runRound(): Promise<SchedulerRoundOutcome | null> {
    if (this.stopped) return Promise.resolve(null);
    if (this.running) {
      this.again = true;
      return this.running.then(() => this.running ?? this.runRound());
    }
    const round = this.round().finally(() => {
      this.running = null;
      if (this.again && !this.stopped) {
        this.again = false;
        void this.runRound();
      }
    });
    this.running = round;
    return round;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of [this.nudgeTimer, this.dueTimer]) if (timer) clearTimeout(timer);
    if (this.periodic) clearInterval(this.periodic);
    await this.running;
  }

  private async round(): Promise<SchedulerRoundOutcome | null> {
    const { configLog, leaseStore, assignmentStore, logger } = this.options;
    try {
      const deps = { leaseStore, assignmentStore, ...(this.options.now ? { now: this.options.now } : {}) };
      const roundOptions = { maxDelayMs: this.options.maxDelayMs };
      let outcome = await runSchedulerRound(deps, configSnapshotOf(configLog.state), roundOptions);
      if (outcome.configBehind) {
        await configLog.readToEnd();
        outcome = await runSchedulerRound(deps, configSnapshotOf(configLog.state), roundOptions);
      }
      if (outcome.written) {
        logger.info('assignment written', {
          version: outcome.document.version,
          changes: outcome.changes.map((c) => ({
            executor: c.executorId,
            epoch: c.epoch,
            assigned: c.assigned.connectors.length + c.assigned.tasks.length,
            revoked: c.revoked.connectors.length + c.revoked.tasks.length,
          })),
        });
      }
      await this.writeHeldStatuses(outcome);
      if (this.options.rebalanceMetrics) {
        this.options.rebalanceMetrics.observe(await readRebalanceSnapshot({ leaseStore, assignmentStore }));
      }
      let nextRunAtMs = outcome.nextRunAtMs;
      if (this.options.cleanUpDeletedStatuses && (await this.tombstoneLeftBehindStatuses(outcome.document))) {
        const retryAt = (this.options.now ?? Date.now)() + (this.options.statusCleanupRetryMs ?? 1000);
        nextRunAtMs = nextRunAtMs === null ? retryAt : Math.min(nextRunAtMs, retryAt);
      }
      this.scheduleDue(nextRunAtMs);
      return outcome;
    } catch (err) {
      logger.warn('scheduling round failed; retrying on the next trigger', { err });
      return null;
    }
  }

  /**
   * Tombstones the statuses no configured work owns and no executor can still write; true when some may still be
   * written and the check should run again soon.
   */
  private async tombstoneLeftBehindStatuses(document: AssignmentDocument): Promise<boolean> {
    const { statusLog, configLog, leaseStore, logger } = this.options;
    if (!statusLog) return false;
    // Statuses first, then the config: every status read was written by an executor that had read the config it
    // acted on, so a connector created (or recreated, or given more tasks) meanwhile is seen as configured.
    await statusLog.readToEnd();
    // Usually nothing is left behind: then neither the config read nor the lease scan is needed.
    const suspects = statusesWithoutWork(configLog.state, statusLog.state);
    if (suspects.connectors.length === 0 && suspects.tasks.length === 0) return false;
    await configLog.readToEnd();
    // Leases after the document, so every applied version seen is at least as new as the document's view.
    const leases = await leaseStore.liveMembers();
    const left = leftBehindStatuses({ config: configLog.state, status: statusLog.state, document, leases });
    if (left.connectors.length > 0 || left.tasks.length > 0) {
      logger.info('removing statuses of deleted connectors and tasks', {
        connectors: left.connectors,
        tasks: left.tasks.map((t) => `${t.connector}-${t.task}`),
      });
      await Promise.all([
        ...left.connectors.map((c) => statusLog.putConnectorStatus(c, null)),
        ...left.tasks.map((t) => statusLog.putTaskStatus(t.connector, t.task, null)),
      ]);
    }
    return left.waiting;
  }

  private scheduleDue(atMs: number | null): void {
    if (this.dueTimer) clearTimeout(this.dueTimer);
    this.dueTimer = undefined;
    if (atMs === null || this.stopped) return;
    const now = (this.options.now ?? Date.now)();
    // A little after the due time, so the round sees it as due.
    this.dueTimer = setTimeout(() => void this.runRound(), Math.max(0, atMs - now) + 20);
  }

  private async writeHeldStatuses(outcome: SchedulerRoundOutcome): Promise<void> {
    const statusLog = this.options.statusLog;
    const held = outcome.status.held;
    const heldKeys = new Set<string>([
      ...held.connectors.map((c) => `connector:${c}`),
      ...held.tasks.map((t) => `task:${taskKey(t)}`),
    ]);
    for (const key of [...this.unassignedWritten.keys()]) {
      if (!heldKeys.has(key)) this.unassignedWritten.delete(key);
    }
    if (!statusLog || heldKeys.size === 0) return;
    const document: AssignmentDocument = outcome.document;
    const writes: Promise<void>[] = [];
    for (const group of document.lost) {
      const marker = `${group.executorId}@${group.epoch}`;
      const status = {
        state: 'UNASSIGNED' as const,
        trace: null,
        workerId: group.executorId,
        generation: document.version,
        version: null,
      };
      for (const connector of group.connectors) {
        const key = `connector:${connector}`;
        if (!heldKeys.has(key) || this.unassignedWritten.get(key) === marker) continue;
        this.unassignedWritten.set(key, marker);
        writes.push(statusLog.putConnectorStatus(connector, status));
      }
      for (const task of group.tasks) {
        const key = `task:${taskKey(task)}`;
        if (!heldKeys.has(key) || this.unassignedWritten.get(key) === marker) continue;
        this.unassignedWritten.set(key, marker);
        writes.push(statusLog.putTaskStatus(task.connector, task.task, status));
      }
    }
    const results = await Promise.allSettled(writes);
    for (const result of results) {
      if (result.status === 'rejected') {
        this.options.logger.warn('could not write an UNASSIGNED status', { err: result.reason });
        this.unassignedWritten.clear();
      }
    }
  }
}
