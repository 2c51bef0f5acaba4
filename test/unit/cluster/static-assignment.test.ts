import { describe, expect, it } from 'vitest';
import { ClusterConfigState } from '../../../shared/cluster/config-state.ts';
import { staticAssignment } from '../../../shared/cluster/static-assignment.ts';

function stateWith(connectors: Record<string, number>): ClusterConfigState {
  const state = new ClusterConfigState();
  let offset = 0;
  for (const [name, tasks] of Object.entries(connectors)) {
    state.apply({ type: 'connector-config', connector: name, config: { name } }, offset++);
    for (let t = 0; t < tasks; t++)
      state.apply({ type: 'task-config', connector: name, task: t, config: {} }, offset++);
    state.apply({ type: 'commit', connector: name, tasks }, offset++);
  }
  return state;
}

describe('staticAssignment', () => {
  it('gives every connector and task exactly one owner', () => {
    const state = stateWith({ a: 3, b: 1, 'c-d': 4, e: 0 });
    const count = 3;
    const owners = Array.from({ length: count }, (_, i) => staticAssignment(state, i, count));
    const connectors = owners.flatMap((o) => o.connectors).sort();
    const tasks = owners.flatMap((o) => o.tasks.map((t) => `${t.connector}/${t.task}`)).sort();
    expect(connectors).toEqual(['a', 'b', 'c-d', 'e']);
    expect(tasks).toEqual(['a/0', 'a/1', 'a/2', 'b/0', 'c-d/0', 'c-d/1', 'c-d/2', 'c-d/3']);
  });

  it('spreads the tasks of one connector over the executors', () => {
    const state = stateWith({ wide: 4 });
    const perExecutor = [0, 1].map((i) => staticAssignment(state, i, 2).tasks.length);
    expect(perExecutor).toEqual([2, 2]);
  });

  it('does not move existing work when another connector is created', () => {
    const before = stateWith({ a: 2, b: 2 });
    const after = stateWith({ a: 2, b: 2, zzz: 3 });
    for (let i = 0; i < 3; i++) {
      const was = staticAssignment(before, i, 3);
      const now = staticAssignment(after, i, 3);
      expect(now.connectors.filter((c) => c !== 'zzz')).toEqual(was.connectors);
      expect(now.tasks.filter((t) => t.connector !== 'zzz')).toEqual(was.tasks);
    }
  });

  it('rejects an index outside the executor count', () => {
    expect(() => staticAssignment(new ClusterConfigState(), 2, 2)).toThrow(/outside/);
    expect(() => staticAssignment(new ClusterConfigState(), 0, 0)).toThrow(/at least 1/);
  });
});
