import { describe, expect, it } from 'vitest';
import { failedTaskCount, LeaseChurn } from '../../../control-plane/scheduler/cluster-metrics.ts';
import { ClusterConfigState } from '../../../shared/cluster/config-state.ts';
import { ClusterStatusState, type Status } from '../../../shared/cluster/status-state.ts';
import type { Lease } from '../../../shared/ports/lease-store.ts';

const status = (state: Status['state']): Status => ({
  state,
  trace: state === 'FAILED' ? 'boom' : null,
  workerId: 'executor-0',
  generation: 1,
  version: null,
});

describe('cluster metrics', () => {
  it('counts FAILED tasks of existing connectors and configured task ids only', () => {
    const config = new ClusterConfigState();
    let offset = 0;
    config.apply({ type: 'connector-config', connector: 'a', config: { x: '1' } }, offset++);
    for (const task of [0, 1])
      config.apply({ type: 'task-config', connector: 'a', task, config: {} }, offset++);
    config.apply({ type: 'commit', connector: 'a', tasks: 2 }, offset++);
    const statuses = new ClusterStatusState();
    statuses.apply({ type: 'task-status', connector: 'a', task: 0, status: status('FAILED') });
    statuses.apply({ type: 'task-status', connector: 'a', task: 1, status: status('RUNNING') });
    statuses.apply({ type: 'task-status', connector: 'a', task: 5, status: status('FAILED') });
    statuses.apply({ type: 'task-status', connector: 'gone', task: 0, status: status('FAILED') });
    expect(failedTaskCount(config, statuses)).toBe(1);
  });

  it('counts the leases that ended between two calls', () => {
    const lease = (executorId: string, epoch: number): Lease => ({
      executorId,
      address: executorId,
      epoch,
      expiresAtMs: 0,
      appliedAssignmentVersion: 0,
      draining: false,
    });
    const churn = new LeaseChurn();
    expect(churn.ended([lease('a', 1), lease('b', 1)])).toBe(0);
    expect(churn.ended([lease('a', 1), lease('b', 2), lease('c', 1)])).toBe(1);
    expect(churn.ended([])).toBe(3);
  });
});
