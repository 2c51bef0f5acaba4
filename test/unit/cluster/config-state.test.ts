import { describe, expect, it } from 'vitest';
import { ClusterConfigState, type ConfigLogEvent } from '../../../shared/cluster/config-state.ts';

function replay(events: ConfigLogEvent[]): ClusterConfigState {
  const state = new ClusterConfigState();
  for (const [i, e] of events.entries()) state.apply(e, i);
  return state;
}

describe('ClusterConfigState (Apache reconstruction rules)', () => {
  const config = { 'connector.class': 'FileStreamSink', name: 'c' };

  it('treats a connector without a target-state record as STARTED', () => {
    const state = replay([{ type: 'connector-config', connector: 'c', config }]);
    expect(state.connectors()).toEqual(['c']);
    expect(state.targetState('c')).toBe('STARTED');
    expect(state.offset).toBe(1);
  });

  it('gives a connector deleted and created again with the same config a new incarnation', () => {
    const state = replay([
      { type: 'connector-config', connector: 'c', config },
      { type: 'connector-config', connector: 'c', config: { ...config, x: '1' } },
    ]);
    expect(state.incarnation('c')).toBe(0);
    state.apply({ type: 'connector-config', connector: 'c', config: null }, 2);
    expect(state.incarnation('c')).toBeUndefined();
    state.apply({ type: 'connector-config', connector: 'c', config }, 3);
    expect(state.incarnation('c')).toBe(3);
  });

  it('keeps task configs invisible until their commit', () => {
    const state = replay([
      { type: 'connector-config', connector: 'c', config },
      { type: 'task-config', connector: 'c', task: 0, config: { t: '0' } },
      { type: 'task-config', connector: 'c', task: 1, config: { t: '1' } },
    ]);
    expect(state.taskConfigs('c')).toEqual([]);
    state.apply({ type: 'commit', connector: 'c', tasks: 2 }, 3);
    expect(state.taskConfigs('c')).toEqual([{ t: '0' }, { t: '1' }]);
    expect(state.taskCount('c')).toBe(2);
  });

  it('marks a connector inconsistent when a commit finds task configs missing', () => {
    const state = replay([
      { type: 'connector-config', connector: 'c', config },
      { type: 'task-config', connector: 'c', task: 1, config: { t: '1' } },
      { type: 'commit', connector: 'c', tasks: 2 },
    ]);
    expect(state.isInconsistent('c')).toBe(true);
    expect(state.taskConfigs('c')).toEqual([]);
    expect(state.taskCount('c')).toBe(2);
  });

  it('ignores a commit for a connector that has no config', () => {
    const state = replay([{ type: 'commit', connector: 'ghost', tasks: 1 }]);
    expect(state.connectors()).toEqual([]);
    expect(state.taskCount('ghost')).toBe(0);
  });

  it('drops tasks and target state when the connector is deleted', () => {
    const state = replay([
      { type: 'connector-config', connector: 'c', config },
      { type: 'target-state', connector: 'c', state: 'PAUSED' },
      { type: 'task-config', connector: 'c', task: 0, config: { t: '0' } },
      { type: 'commit', connector: 'c', tasks: 1 },
      { type: 'connector-config', connector: 'c', config: null },
    ]);
    expect(state.contains('c')).toBe(false);
    expect(state.taskConfigs('c')).toEqual([]);
    expect(state.targetState('c')).toBe('STARTED');
  });

  it('replaces configs and target states with the latest record', () => {
    const state = replay([
      { type: 'connector-config', connector: 'c', config },
      { type: 'connector-config', connector: 'c', config: { ...config, 'tasks.max': '3' } },
      { type: 'target-state', connector: 'c', state: 'PAUSED' },
      { type: 'target-state', connector: 'c', state: 'STARTED' },
    ]);
    expect(state.connectorConfig('c')?.['tasks.max']).toBe('3');
    expect(state.targetState('c')).toBe('STARTED');
  });
});
