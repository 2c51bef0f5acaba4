/**
 * Record keys of the config topic (KafkaConfigBackingStore) and their classification. Keys are plain UTF-8
 * strings; connector names may contain '-', and a task key's task number is its last '-' segment.
 */
import { parseJavaInt } from '../data/java-parse.ts';
import { javaSplit } from './java-split.ts';

export const CONNECTOR_PREFIX = 'connector-';
export const TARGET_STATE_PREFIX = 'target-state-';
export const TASK_PREFIX = 'task-';
export const COMMIT_TASKS_PREFIX = 'commit-';
export const TASK_COUNT_RECORD_PREFIX = 'tasks-fencing-';
export const RESTART_PREFIX = 'restart-connector-';
export const LOGGER_CLUSTER_PREFIX = 'logger-cluster-';
export const SESSION_KEY_KEY = 'session-key';

export const connectorKey = (connector: string): string => CONNECTOR_PREFIX + connector;
export const targetStateKey = (connector: string): string => TARGET_STATE_PREFIX + connector;
export const taskKey = (connector: string, task: number): string => `${TASK_PREFIX}${connector}-${task}`;
export const commitKey = (connector: string): string => COMMIT_TASKS_PREFIX + connector;
export const taskCountKey = (connector: string): string => TASK_COUNT_RECORD_PREFIX + connector;
export const restartKey = (connector: string): string => RESTART_PREFIX + connector;
export const loggerClusterKey = (namespace: string): string => LOGGER_CLUSTER_PREFIX + namespace;

export type ConfigKey =
  | { readonly type: 'connector'; readonly connector: string }
  | { readonly type: 'target-state'; readonly connector: string }
  | { readonly type: 'task'; readonly connector: string; readonly task: number }
  | { readonly type: 'commit'; readonly connector: string }
  | { readonly type: 'restart'; readonly connector: string }
  | { readonly type: 'task-count'; readonly connector: string }
  | { readonly type: 'session-key' }
  | { readonly type: 'logger-level'; readonly namespace: string }
  | { readonly type: 'unknown'; readonly key: string; readonly reason: string };

/**
 * Classifies a config-topic key the way Apache's reader does, prefixes checked in its order. `task-` keys split on
 * every '-' (trailing empty segments dropped, like Java's String.split): the last segment is the task number
 * (Integer.parseInt), the ones between the prefix and it are the connector name.
 */
export function parseConfigKey(key: string): ConfigKey {
  if (key.startsWith(TARGET_STATE_PREFIX)) {
    return { type: 'target-state', connector: key.slice(TARGET_STATE_PREFIX.length) };
  }
  if (key.startsWith(CONNECTOR_PREFIX))
    return { type: 'connector', connector: key.slice(CONNECTOR_PREFIX.length) };
  if (key.startsWith(TASK_PREFIX)) {
    const parts = javaSplit(key, '-');
    const task = parts.length < 3 ? undefined : parseJavaInt(parts[parts.length - 1] as string);
    if (task === undefined) {
      return { type: 'unknown', key, reason: `${key} couldn't be parsed as a task config key` };
    }
    return { type: 'task', connector: parts.slice(1, -1).join('-'), task };
  }
  if (key.startsWith(COMMIT_TASKS_PREFIX))
    return { type: 'commit', connector: key.slice(COMMIT_TASKS_PREFIX.length) };
  if (key.startsWith(RESTART_PREFIX)) return { type: 'restart', connector: key.slice(RESTART_PREFIX.length) };
  if (key.startsWith(TASK_COUNT_RECORD_PREFIX)) {
    return { type: 'task-count', connector: key.slice(TASK_COUNT_RECORD_PREFIX.length) };
  }
  if (key === SESSION_KEY_KEY) return { type: 'session-key' };
  if (key.startsWith(LOGGER_CLUSTER_PREFIX)) {
    return { type: 'logger-level', namespace: key.slice(LOGGER_CLUSTER_PREFIX.length) };
  }
  return { type: 'unknown', key, reason: `Discarding config update record with invalid key: ${key}` };
}
