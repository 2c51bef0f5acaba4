/**
 * Statuses left behind by deleted work, which the scheduler tombstones as Apache's leader does after each
 * rebalance (DistributedHerder's updateDeletedConnectorStatus / updateDeletedTaskStatus): the status of every
 * connector that no longer has a config, and of every task id beyond its connector's committed task count.
 *
 * Usually the executor that ran a deleted connector tombstones its statuses itself. Nobody does when nobody ran
 * it at that moment — its work was being moved, held for a departed executor, or it never started (an unknown
 * class) — so without this its last status (UNASSIGNED, FAILED) would stay forever.
 *
 * A status is only judged left behind once no live executor can still write it: the work appears nowhere in the
 * assignment (not owned, not being revoked) and every live member has applied the current assignment version (it
 * has stopped what the document no longer gives it, final statuses written). Otherwise the answer is "wait", and
 * the caller asks again a little later — Apache waits for the rebalance to complete for the same reason.
 */
import type { ClusterConfigState } from '../../shared/cluster/config-state.ts';
import type { ClusterStatusState } from '../../shared/cluster/status-state.ts';
import type { AssignmentDocument, TaskId } from '../../shared/ports/assignment-store.ts';
import type { Lease } from '../../shared/ports/lease-store.ts';
import { sortedConnectors, sortedTasks, taskKey, WorkSet } from './work-sets.ts';

export interface LeftBehindStatuses {
  /** Connectors whose connector status should be tombstoned (they have no config). */
  readonly connectors: readonly string[];
  /** Tasks whose status should be tombstoned (their connector is gone or has fewer tasks). */
  readonly tasks: readonly TaskId[];
  /** True when some statuses look left behind but an executor may still write them: ask again later. */
  readonly waiting: boolean;
}

export interface LeftBehindInput {
  readonly config: ClusterConfigState;
  readonly status: ClusterStatusState;
  readonly document: AssignmentDocument | null;
  readonly leases: readonly Lease[];
}

/**
 * The statuses that belong to no configured work — connectors without a config, task ids beyond the committed
 * count — whether or not an executor may still write them (pure).
 */
export function statusesWithoutWork(
  config: ClusterConfigState,
  status: ClusterStatusState,
): { connectors: string[]; tasks: TaskId[] } {
  const connectors: string[] = [];
  const tasks: TaskId[] = [];
  for (const connector of status.connectors()) {
    const configured = config.contains(connector);
    if (!configured && status.connector(connector)) connectors.push(connector);
    // The task configs of an inconsistent connector are being written: its task count is not known yet.
    if (configured && config.isInconsistent(connector)) continue;
    const count = configured ? config.taskConfigs(connector).length : 0;
    for (const { task } of status.tasks(connector)) {
      if (task >= count) tasks.push({ connector, task });
    }
  }
  return { connectors, tasks };
}

/** Which statuses belong to no configured work and can be tombstoned now (pure). */
export function leftBehindStatuses(input: LeftBehindInput): LeftBehindStatuses {
  const { document } = input;
  const { connectors: candidateConnectors, tasks: candidateTasks } = statusesWithoutWork(
    input.config,
    input.status,
  );
  if (candidateConnectors.length === 0 && candidateTasks.length === 0) {
    return { connectors: [], tasks: [], waiting: false };
  }
  if (!settled(document, input.leases)) return { connectors: [], tasks: [], waiting: true };
  const held = new WorkSet();
  for (const member of document?.members ?? []) {
    held.addAll(member);
    held.addAll(member.revoked);
  }
  const connectors = candidateConnectors.filter((c) => !held.hasConnector(c));
  const tasks = candidateTasks.filter((t) => !held.hasTask(taskKey(t)));
  return {
    connectors: sortedConnectors(connectors),
    tasks: sortedTasks(tasks),
    waiting: connectors.length < candidateConnectors.length || tasks.length < candidateTasks.length,
  };
}

/** Every live executor named in the document runs the document's epoch and has applied its version. */
function settled(document: AssignmentDocument | null, leases: readonly Lease[]): boolean {
  if (!document) return true;
  const live = new Map(leases.map((lease) => [lease.executorId, lease]));
  return document.members.every((member) => {
    const lease = live.get(member.executorId);
    // A member without a live lease is gone: it writes nothing more.
    if (!lease) return true;
    return lease.epoch !== member.epoch || lease.appliedAssignmentVersion >= document.version;
  });
}
