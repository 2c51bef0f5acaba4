import { describe, expect, it } from 'vitest';
import {
  commitKey,
  connectorKey,
  loggerClusterKey,
  parseConfigKey,
  restartKey,
  SESSION_KEY_KEY,
  targetStateKey,
  taskCountKey,
  taskKey,
} from '../../../shared/codecs/config-keys.ts';

describe('config topic keys', () => {
  it('are built like Apache’s', () => {
    expect(connectorKey('my-conn')).toBe('connector-my-conn');
    expect(targetStateKey('my-conn')).toBe('target-state-my-conn');
    expect(taskKey('my-conn', 3)).toBe('task-my-conn-3');
    expect(commitKey('my-conn')).toBe('commit-my-conn');
    expect(taskCountKey('my-conn')).toBe('tasks-fencing-my-conn');
    expect(restartKey('my-conn')).toBe('restart-connector-my-conn');
    expect(loggerClusterKey('org.apache')).toBe('logger-cluster-org.apache');
    expect(SESSION_KEY_KEY).toBe('session-key');
  });

  it.each([
    ['connector-my-conn', { type: 'connector', connector: 'my-conn' }],
    ['connector-', { type: 'connector', connector: '' }],
    ['target-state-a-b', { type: 'target-state', connector: 'a-b' }],
    ['task-my-conn-12', { type: 'task', connector: 'my-conn', task: 12 }],
    ['task-a--1', { type: 'task', connector: 'a-', task: 1 }],
    ['task-a-1-', { type: 'task', connector: 'a', task: 1 }],
    ['task-a-+1', { type: 'task', connector: 'a', task: 1 }],
    ['task--0', { type: 'task', connector: '', task: 0 }],
    ['commit-my-conn', { type: 'commit', connector: 'my-conn' }],
    ['restart-connector-x', { type: 'restart', connector: 'x' }],
    ['tasks-fencing-x', { type: 'task-count', connector: 'x' }],
    ['session-key', { type: 'session-key' }],
    ['logger-cluster-org.apache.kafka', { type: 'logger-level', namespace: 'org.apache.kafka' }],
  ] as const)('%s', (key, expected) => {
    expect(parseConfigKey(key)).toEqual(expected);
  });

  it.each(['task-x', 'task-a-b', 'task-a-99999999999', 'task-', 'something-else', 'session-key-2'])(
    '%s is not understood',
    (key) => {
      expect(parseConfigKey(key)).toMatchObject({ type: 'unknown', key });
    },
  );
});
