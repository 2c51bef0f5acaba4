/**
 * The config topic's records as ConfigLogEvents: keys and values are encoded and decoded by shared/codecs
 * (Apache's exact bytes); this module maps them to and from the events ClusterConfigState applies.
 * Decoding never throws on a foreign or garbled record: it returns `ignored`.
 */
import {
  commitKey,
  connectorKey,
  decodeConnectorConfig,
  decodeLoggerLevel,
  decodeRestartRequest,
  decodeTargetState,
  decodeTaskCommit,
  decodeTaskConfig,
  encodeConnectorConfig,
  encodeLoggerLevel,
  encodeRestartRequest,
  encodeTargetState,
  encodeTaskCommit,
  encodeTaskConfig,
  loggerClusterKey,
  parseConfigKey,
  restartKey,
  targetStateKey,
  taskKey,
} from '../codecs/index.ts';
import type { ConfigLogEvent, ConnectorConfig, TargetState } from './config-state.ts';

/**
 * Tributary's own record asking the owner of one task to restart it (Apache does this with an RPC to the owner;
 * Apache workers reading the topic log the unknown key and skip it).
 */
export const TASK_RESTART_PREFIX = 'tributary-restart-task-';

export interface EncodedRecord {
  key: string;
  value: Uint8Array | null;
}

export function connectorConfigRecord(connector: string, config: ConnectorConfig | null): EncodedRecord {
  return { key: connectorKey(connector), value: config === null ? null : encodeConnectorConfig(config) };
}

export function targetStateRecord(connector: string, state: TargetState | null): EncodedRecord {
  return { key: targetStateKey(connector), value: state === null ? null : encodeTargetState(state) };
}

export function taskConfigRecord(connector: string, task: number, config: ConnectorConfig): EncodedRecord {
  return { key: taskKey(connector, task), value: encodeTaskConfig(config) };
}

export function commitRecord(connector: string, tasks: number): EncodedRecord {
  return { key: commitKey(connector), value: encodeTaskCommit(tasks) };
}

export function restartRequestRecord(
  connector: string,
  includeTasks: boolean,
  onlyFailed: boolean,
): EncodedRecord {
  return { key: restartKey(connector), value: encodeRestartRequest({ includeTasks, onlyFailed }) };
}

/** `logger-cluster-<namespace>`: a log level every worker of the cluster applies (KIP-976). */
export function loggerLevelRecord(namespace: string, level: string): EncodedRecord {
  return { key: loggerClusterKey(namespace), value: encodeLoggerLevel(level) };
}

export function taskRestartRecord(connector: string, task: number): EncodedRecord {
  return {
    key: `${TASK_RESTART_PREFIX}${connector}-${task}`,
    value: new TextEncoder().encode(JSON.stringify({ requested: Date.now() })),
  };
}

/** Splits `<name>-<n>`: the last segment is the task number, the rest (hyphens included) the connector name. */
function splitTaskId(rest: string): { connector: string; task: number } | null {
  const dash = rest.lastIndexOf('-');
  if (dash <= 0 || !/^\d+$/.test(rest.slice(dash + 1))) return null;
  return { connector: rest.slice(0, dash), task: Number(rest.slice(dash + 1)) };
}

export function decodeConfigRecord(key: string, value: Uint8Array | null): ConfigLogEvent {
  const ignored: ConfigLogEvent = { type: 'ignored', key };
  if (key.startsWith(TASK_RESTART_PREFIX)) {
    const id = splitTaskId(key.slice(TASK_RESTART_PREFIX.length));
    return id && value !== null ? { type: 'task-restart-request', ...id } : ignored;
  }
  const parsed = parseConfigKey(key);
  switch (parsed.type) {
    case 'connector': {
      const config = decodeConnectorConfig(value);
      return config.ok
        ? { type: 'connector-config', connector: parsed.connector, config: config.value }
        : ignored;
    }
    case 'target-state': {
      const state = decodeTargetState(value);
      return state.ok ? { type: 'target-state', connector: parsed.connector, state: state.value } : ignored;
    }
    case 'task': {
      const config = decodeTaskConfig(value);
      return config.ok
        ? { type: 'task-config', connector: parsed.connector, task: parsed.task, config: config.value }
        : ignored;
    }
    case 'commit': {
      const tasks = decodeTaskCommit(value);
      return tasks.ok ? { type: 'commit', connector: parsed.connector, tasks: tasks.value } : ignored;
    }
    case 'restart': {
      const request = decodeRestartRequest(value);
      return request.ok
        ? {
            type: 'restart-request',
            connector: parsed.connector,
            includeTasks: request.value.includeTasks,
            onlyFailed: request.value.onlyFailed,
          }
        : ignored;
    }
    case 'logger-level': {
      const level = decodeLoggerLevel(value);
      return level.ok ? { type: 'logger-level', namespace: parsed.namespace, level: level.value } : ignored;
    }
    case 'task-count':
    case 'session-key':
    case 'unknown':
      return ignored;
    default:
      return parsed satisfies never;
  }
}
