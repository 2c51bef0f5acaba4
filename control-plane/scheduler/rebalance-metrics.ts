/**
 * Connect's worker rebalance metrics for a Tributary cluster, read from the membership stores: a rebalance is in
 * progress while the assignment document's version has not been applied by every executor it names (the revoked
 * work is still stopping, or the new work is still starting), or while the live members and the document disagree
 * (an executor joined or left and no round has run yet). Apache's group `connect-worker-rebalance-metrics` has
 * the same meaning per worker; here it is one cluster-wide view, plus Apache's `connect-worker-metrics`
 * connector and task counts per executor.
 *
 * Timing is observed, not stored: a rebalance is timed from the first observation of it in progress (a scheduler
 * round or a scrape of this process) to the first observation of it complete. The scheduler service observes after
 * every round and executors report applied versions at once, so durations are accurate to a round or a scrape.
 */
import { connectMetricName } from '../../shared/metrics/connect-names.ts';
import { MetricsRegistry } from '../../shared/metrics/registry.ts';
import type { AssignmentDocument, AssignmentStore } from '../../shared/ports/assignment-store.ts';
import type { Lease, LeaseStore } from '../../shared/ports/lease-store.ts';

export interface RebalanceSnapshot {
  /** The assignment document's version: Connect's rebalance epoch (generation). */
  readonly version: number;
  readonly rebalancing: boolean;
  /** Per live or assigned executor: what the document gives it and whether it applied this version. */
  readonly members: ReadonlyArray<{
    readonly executorId: string;
    readonly connectors: number;
    readonly tasks: number;
    readonly applied: boolean;
  }>;
}

/** Whether `document` is still being carried out by the executors holding `leases` (the live members). */
export function rebalanceSnapshot(
  document: AssignmentDocument | null,
  leases: readonly Lease[],
): RebalanceSnapshot {
  const version = document?.version ?? 0;
  const live = new Map(leases.map((lease) => [lease.executorId, lease]));
  const members = (document?.members ?? []).map((member) => {
    const lease = live.get(member.executorId);
    return {
      executorId: member.executorId,
      connectors: member.connectors.length,
      tasks: member.tasks.length,
      applied:
        lease !== undefined && lease.epoch === member.epoch && lease.appliedAssignmentVersion >= version,
    };
  });
  const assigned = new Set((document?.members ?? []).map((m) => `${m.executorId}@${m.epoch}`));
  const unscheduledJoin = leases.some((lease) => !assigned.has(`${lease.executorId}@${lease.epoch}`));
  return { version, rebalancing: unscheduledJoin || members.some((m) => !m.applied), members };
}

/**
 * Whether a scheduling round is due from what an executor sees on its heartbeat: a live executor the assignment
 * does not name (it joined or registered again), an assigned executor without a live lease (it left, or its lease
 * expired), or held work whose delay is over.
 */
export function roundDue(
  document: AssignmentDocument | null,
  leases: readonly Lease[],
  nowMs: number,
): boolean {
  const live = new Set(leases.map((lease) => `${lease.executorId}@${lease.epoch}`));
  const assigned = new Set((document?.members ?? []).map((m) => `${m.executorId}@${m.epoch}`));
  if (live.size !== assigned.size || [...live].some((member) => !assigned.has(member))) return true;
  const heldUntil = document?.scheduledRebalanceAtMs ?? null;
  return heldUntil !== null && heldUntil <= nowMs;
}

/** How many executors watch the lease table on every heartbeat (see `watchesMembership`). */
export const MEMBERSHIP_WATCHERS = 2;

/**
 * Whether the executor `executorId` (lease `epoch`) should read the live leases on this heartbeat to see whether a
 * round is due. Not all of them do — each read is a scan of the lease table, so N executors scanning every
 * heartbeat would cost N scans per interval. As Apache's group has one leader, the first `watchers` members of
 * the assignment (by executor id) watch; one is a standby in case the first is the one that left. An executor the
 * assignment does not name yet (it just joined) always looks, so its arrival starts a round; the control plane's
 * timer (or the scheduler Lambda's schedule) covers the rest.
 */
export function watchesMembership(
  document: AssignmentDocument | null,
  executorId: string,
  epoch: number,
  watchers = MEMBERSHIP_WATCHERS,
): boolean {
  const members = document?.members ?? [];
  const index = members.findIndex((member) => member.executorId === executorId);
  if (index < 0 || members[index]?.epoch !== epoch) return true;
  return index < watchers;
}

/**
 * Whether `connector`'s work (the connector and its tasks) is still moving: some executor holding part of it has
 * not applied the current assignment version, has no live lease any more, or must still give part of it up (a
 * pending revocation). Work of a connector nobody holds, or held for a departed executor during the scheduled
 * rebalance delay, is not moving. This is what restarts answer 409 for, as Apache's herder does while a
 * rebalance is expected; other connectors' restarts are not held up.
 */
export function connectorInFlux(
  document: AssignmentDocument | null,
  leases: readonly Lease[],
  connector: string,
): boolean {
  if (!document) return false;
  const live = new Map(leases.map((lease) => [lease.executorId, lease]));
  return document.members.some((member) => {
    const holds =
      member.connectors.includes(connector) || member.tasks.some((task) => task.connector === connector);
    const revoking =
      member.revoked.connectors.includes(connector) ||
      member.revoked.tasks.some((task) => task.connector === connector);
    if (revoking) return true;
    if (!holds) return false;
    const lease = live.get(member.executorId);
    return !lease || lease.epoch !== member.epoch || lease.appliedAssignmentVersion < document.version;
  });
}

export async function readRebalanceSnapshot(stores: {
  readonly leaseStore: LeaseStore;
  readonly assignmentStore: AssignmentStore;
}): Promise<RebalanceSnapshot> {
  const [document, leases] = await Promise.all([
    stores.assignmentStore.read(),
    stores.leaseStore.liveMembers(),
  ]);
  return rebalanceSnapshot(document, leases);
}

const REBALANCE_GROUP = 'connect-worker-rebalance-metrics';
const WORKER_GROUP = 'connect-worker-metrics';

/** Tracks rebalances as they are observed and keeps the Prometheus metrics of them. */
export class RebalanceMetrics {
  readonly registry: MetricsRegistry;
  private readonly now: () => number;
  private openSince: number | null = null;
  private completed = 0;
  private totalTimeMs = 0;
  private maxTimeMs = 0;
  private lastCompletedAt: number | null = null;
  private readonly completedTotal;
  private readonly rebalancing;
  private readonly epoch;
  private readonly sinceLast;
  private readonly avgTime;
  private readonly maxTime;
  private readonly connectorCount;
  private readonly taskCount;

  constructor(options: { registry?: MetricsRegistry; now?: () => number } = {}) {
    this.registry = options.registry ?? new MetricsRegistry();
    this.now = options.now ?? Date.now;
    const r = this.registry;
    this.completedTotal = r.gauge({
      name: connectMetricName(REBALANCE_GROUP, 'completed-rebalances-total'),
      help: 'The total number of rebalances completed by the cluster.',
    });
    this.rebalancing = r.gauge({
      name: connectMetricName(REBALANCE_GROUP, 'rebalancing'),
      help: 'Whether the cluster is rebalancing (1) or not (0).',
    });
    this.epoch = r.gauge({
      name: connectMetricName(REBALANCE_GROUP, 'epoch'),
      help: 'The current epoch (assignment version) of the cluster.',
    });
    this.sinceLast = r.gauge({
      name: connectMetricName(REBALANCE_GROUP, 'time-since-last-rebalance-ms'),
      help: 'The time in milliseconds since the last completed rebalance (-1 before the first).',
    });
    this.avgTime = r.gauge({
      name: connectMetricName(REBALANCE_GROUP, 'rebalance-avg-time-ms'),
      help: 'The average time in milliseconds spent by the cluster on rebalancing.',
    });
    this.maxTime = r.gauge({
      name: connectMetricName(REBALANCE_GROUP, 'rebalance-max-time-ms'),
      help: 'The maximum time in milliseconds spent by the cluster on rebalancing.',
    });
    this.connectorCount = r.gauge({
      name: connectMetricName(WORKER_GROUP, 'connector-count'),
      help: 'The number of connectors assigned to the executor.',
      labelNames: ['executor'],
    });
    this.taskCount = r.gauge({
      name: connectMetricName(WORKER_GROUP, 'task-count'),
      help: 'The number of tasks assigned to the executor.',
      labelNames: ['executor'],
    });
    this.sinceLast.track({}, () => (this.lastCompletedAt === null ? -1 : this.now() - this.lastCompletedAt));
  }

  /** Records what `snapshot` shows at this instant. */
  observe(snapshot: RebalanceSnapshot): void {
    const now = this.now();
    if (snapshot.rebalancing && this.openSince === null) this.openSince = now;
    if (!snapshot.rebalancing && this.openSince !== null) {
      const took = now - this.openSince;
      this.openSince = null;
      this.completed++;
      this.totalTimeMs += took;
      this.maxTimeMs = Math.max(this.maxTimeMs, took);
      this.lastCompletedAt = now;
    }
    this.completedTotal.set({}, this.completed);
    this.rebalancing.set({}, snapshot.rebalancing ? 1 : 0);
    this.epoch.set({}, snapshot.version);
    this.avgTime.set({}, this.completed === 0 ? 0 : this.totalTimeMs / this.completed);
    this.maxTime.set({}, this.maxTimeMs);
    this.connectorCount.removeMatching({});
    this.taskCount.removeMatching({});
    for (const member of snapshot.members) {
      this.connectorCount.set({ executor: member.executorId }, member.connectors);
      this.taskCount.set({ executor: member.executorId }, member.tasks);
    }
  }

  render(): string {
    return this.registry.render();
  }
}
