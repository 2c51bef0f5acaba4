/**
 * Which statuses the scheduler tombstones after a round (Apache's leader: updateDeletedConnectorStatus and
 * updateDeletedTaskStatus): those of connectors without a config and of task ids beyond the committed count — but
 * only once no live executor can still write them.
 */
import { describe, expect, it } from 'vitest';
import { leftBehindStatuses } from '../../../control-plane/scheduler/deleted-statuses.ts';
import { ClusterConfigState, type ConfigLogEvent } from '../../../shared/cluster/config-state.ts';
import { ClusterStatusState, type Status } from '../../../shared/cluster/status-state.ts';
import {
  type AssignmentDocument,
  EMPTY_ASSIGNMENT,
  type MemberAssignment,
} from '../../../shared/ports/assignment-store.ts';
import { liveLease, memberAssignment } from '../../support/assignments.ts';

const connectorConfig = { 'connector.class': 'FileStreamSink', name: 'x' };

function configOf(events: ConfigLogEvent[]): ClusterConfigState {
  const state = new ClusterConfigState();
  for (const [i, e] of events.entries()) state.apply(e, i);
  return state;
}

/** A connector with `tasks` committed task configs. */
function configured(connector: string, tasks: number): ConfigLogEvent[] {
  return [
    { type: 'connector-config', connector, config: { ...connectorConfig, name: connector } },
    ...Array.from(
      { length: tasks },
      (_, task): ConfigLogEvent => ({
        type: 'task-config',
        connector,
        task,
        config: { task: String(task) },
      }),
    ),
    { type: 'commit', connector, tasks },
  ];
}

const unassigned: Status = {
  state: 'UNASSIGNED',
  trace: null,
  workerId: 'executor-0',
  generation: 3,
  version: null,
};

function statusOf(entries: Array<{ connector: string; tasks: number[]; withConnector?: boolean }>) {
  const state = new ClusterStatusState();
  for (const { connector, tasks, withConnector = true } of entries) {
    if (withConnector) state.apply({ type: 'connector-status', connector, status: unassigned });
    for (const task of tasks) state.apply({ type: 'task-status', connector, task, status: unassigned });
  }
  return state;
}

function documentOf(members: MemberAssignment[], version = 5): AssignmentDocument {
  return { ...EMPTY_ASSIGNMENT, version, configOffset: 100, members };
}

describe('leftBehindStatuses', () => {
  it('finds nothing when every status belongs to configured work', () => {
    const left = leftBehindStatuses({
      config: configOf(configured('a', 2)),
      status: statusOf([{ connector: 'a', tasks: [0, 1] }]),
      document: documentOf([memberAssignment('executor-0', 1, { connectors: ['a'] })]),
      leases: [liveLease('executor-0', 1, 4)],
    });
    expect(left).toEqual({ connectors: [], tasks: [], waiting: false });
  });

  it('removes a deleted connector and all its tasks once every executor applied the assignment', () => {
    const config = configOf([
      ...configured('a', 2),
      { type: 'connector-config', connector: 'a', config: null },
    ]);
    const left = leftBehindStatuses({
      config,
      status: statusOf([{ connector: 'a', tasks: [0, 1] }]),
      document: documentOf([memberAssignment('executor-0', 1), memberAssignment('executor-1', 2)]),
      leases: [liveLease('executor-0', 1, 5), liveLease('executor-1', 2, 5)],
    });
    expect(left).toEqual({
      connectors: ['a'],
      tasks: [
        { connector: 'a', task: 0 },
        { connector: 'a', task: 1 },
      ],
      waiting: false,
    });
  });

  it('waits while a live executor has not applied the current version (it may still write UNASSIGNED)', () => {
    const config = configOf([
      ...configured('a', 1),
      { type: 'connector-config', connector: 'a', config: null },
    ]);
    const left = leftBehindStatuses({
      config,
      status: statusOf([{ connector: 'a', tasks: [0] }]),
      document: documentOf([memberAssignment('executor-0', 1), memberAssignment('executor-1', 2)]),
      leases: [liveLease('executor-0', 1, 5), liveLease('executor-1', 2, 4)],
    });
    expect(left).toEqual({ connectors: [], tasks: [], waiting: true });
  });

  it('does not wait for executors that are gone or run a newer lease epoch', () => {
    const config = configOf([{ type: 'connector-config', connector: 'a', config: null }]);
    const left = leftBehindStatuses({
      config,
      status: statusOf([{ connector: 'a', tasks: [] }]),
      document: documentOf([memberAssignment('executor-0', 1), memberAssignment('executor-1', 2)]),
      leases: [liveLease('executor-1', 3, 0)],
    });
    expect(left).toEqual({ connectors: ['a'], tasks: [], waiting: false });
  });

  it('keeps work the assignment still names (owned or being revoked) and waits for it', () => {
    const config = configOf([
      ...configured('a', 1),
      { type: 'connector-config', connector: 'a', config: null },
      { type: 'connector-config', connector: 'b', config: null },
    ]);
    const left = leftBehindStatuses({
      config,
      status: statusOf([
        { connector: 'a', tasks: [0] },
        { connector: 'b', tasks: [] },
      ]),
      document: documentOf([
        memberAssignment('executor-0', 1, { revoked: { tasks: [{ connector: 'a', task: 0 }] } }),
      ]),
      leases: [liveLease('executor-0', 1, 5)],
    });
    expect(left).toEqual({ connectors: ['a', 'b'], tasks: [], waiting: true });
  });

  it('removes task statuses beyond the committed count of a connector that shrank or stopped', () => {
    const config = configOf([...configured('a', 3), ...configured('a', 1).slice(1)]);
    const left = leftBehindStatuses({
      config,
      status: statusOf([{ connector: 'a', tasks: [0, 1, 2] }]),
      document: documentOf([
        memberAssignment('executor-0', 1, { connectors: ['a'], tasks: [{ connector: 'a', task: 0 }] }),
      ]),
      leases: [liveLease('executor-0', 1, 5)],
    });
    expect(left).toEqual({
      connectors: [],
      tasks: [
        { connector: 'a', task: 1 },
        { connector: 'a', task: 2 },
      ],
      waiting: false,
    });
  });

  it('leaves the tasks of an inconsistent connector alone (its task count is being written)', () => {
    const config = configOf([
      ...configured('a', 1),
      { type: 'task-config', connector: 'a', task: 1, config: { task: '1' } },
      { type: 'commit', connector: 'a', tasks: 3 },
    ]);
    expect(config.isInconsistent('a')).toBe(true);
    const left = leftBehindStatuses({
      config,
      status: statusOf([{ connector: 'a', tasks: [0, 1, 2] }]),
      document: documentOf([memberAssignment('executor-0', 1, { connectors: ['a'] })]),
      leases: [liveLease('executor-0', 1, 5)],
    });
    expect(left).toEqual({ connectors: [], tasks: [], waiting: false });
  });

  it('removes task statuses of a connector that has no connector status and no config', () => {
    const left = leftBehindStatuses({
      config: configOf([]),
      status: statusOf([{ connector: 'orphan', tasks: [4], withConnector: false }]),
      document: null,
      leases: [],
    });
    expect(left).toEqual({ connectors: [], tasks: [{ connector: 'orphan', task: 4 }], waiting: false });
  });
});
