/**
 * The values behind the deployed cluster's CloudWatch metrics (shared/runtime/cloud-metrics.ts), computed from
 * what the scheduler reads anyway: statuses of configured tasks, and the members of consecutive assignments.
 */
import type { ClusterConfigState } from '../../shared/cluster/config-state.ts';
import type { ClusterStatusState } from '../../shared/cluster/status-state.ts';
import type { Lease } from '../../shared/ports/lease-store.ts';

/** Tasks of existing connectors whose latest status is FAILED (Apache's connector-failed-task-count, summed). */
export function failedTaskCount(config: ClusterConfigState, statuses: ClusterStatusState): number {
  let failed = 0;
  for (const connector of config.connectors()) {
    const configured = config.taskConfigs(connector).length;
    for (const { task, status } of statuses.tasks(connector)) {
      if (task < configured && status.state === 'FAILED') failed++;
    }
  }
  return failed;
}

/** Tracks executor leases between publications: how many that were live last time are live no more. */
export class LeaseChurn {
  private previous: Set<string> | null = null;

  /** Leases (id and epoch) that ended since the previous call; 0 on the first call. */
  ended(live: readonly Lease[]): number {
    const current = new Set(live.map((lease) => `${lease.executorId}@${lease.epoch}`));
    const ended = this.previous === null ? 0 : [...this.previous].filter((key) => !current.has(key)).length;
    this.previous = current;
    return ended;
  }
}
