/**
 * Keys and JSON values of the config topic, byte for byte as Apache Connect writes them (KafkaConfigBackingStore:
 * JsonConverter with schemas.enable=false over its record Structs — every field present, field order as in the
 * Struct schema, compact JSON). Decoding never throws on a foreign record: it returns `ignored`.
 */
import { z } from 'zod';
import type { ConfigLogEvent, ConnectorConfig, TargetState } from './config-state.ts';

export const CONNECTOR_PREFIX = 'connector-';
export const TARGET_STATE_PREFIX = 'target-state-';
export const TASK_PREFIX = 'task-';
export const COMMIT_PREFIX = 'commit-';
export const RESTART_PREFIX = 'restart-connector-';
/** Tributary's own record asking the owner of one task to restart it (Apache does this by an RPC to the owner;
 * Apache workers reading this topic log the unknown key and skip it). */
export const TASK_RESTART_PREFIX = 'tributary-restart-task-';

export interface EncodedRecord {
  key: string;
  value: string | null;
}

export function connectorConfigRecord(connector: string, config: ConnectorConfig | null): EncodedRecord {
  return { key: CONNECTOR_PREFIX + connector, value: config === null ? null : JSON.stringify({ properties: config }) };
}

/** The legacy `state` field says PAUSED for STOPPED, so workers that predate STOPPED keep the connector idle. */
export function targetStateRecord(connector: string, state: TargetState | null): EncodedRecord {
  return {
    key: TARGET_STATE_PREFIX + connector,
    value: state === null ? null : JSON.stringify({ state: state === 'STOPPED' ? 'PAUSED' : state, 'state.v2': state }),
  };
}

export function taskConfigRecord(connector: string, task: number, config: ConnectorConfig): EncodedRecord {
  return { key: `${TASK_PREFIX}${connector}-${task}`, value: JSON.stringify({ properties: config }) };
}

export function commitRecord(connector: string, tasks: number): EncodedRecord {
  return { key: COMMIT_PREFIX + connector, value: JSON.stringify({ tasks }) };
}

export function restartRequestRecord(connector: string, includeTasks: boolean, onlyFailed: boolean): EncodedRecord {
  return {
    key: RESTART_PREFIX + connector,
    value: JSON.stringify({ 'include-tasks': includeTasks, 'only-failed': onlyFailed }),
  };
}

export function taskRestartRecord(connector: string, task: number): EncodedRecord {
  return { key: `${TASK_RESTART_PREFIX}${connector}-${task}`, value: JSON.stringify({ requested: Date.now() }) };
}

const properties = z.object({ properties: z.record(z.string(), z.string()) });
const targetState = z.object({ state: z.string().optional(), 'state.v2': z.unknown().optional() });
const commit = z.object({ tasks: z.number().int().min(0) });
const restart = z.object({ 'include-tasks': z.unknown().optional(), 'only-failed': z.unknown().optional() });
const TARGET_STATES: readonly string[] = ['STARTED', 'PAUSED', 'STOPPED'];

/** Splits `<name>-<n>`: the last segment is the task number, the rest (hyphens included) the connector name. */
export function splitTaskId(rest: string): { connector: string; task: number } | null {
  const dash = rest.lastIndexOf('-');
  if (dash <= 0) return null;
  const taskText = rest.slice(dash + 1);
  if (!/^\d+$/.test(taskText)) return null;
  return { connector: rest.slice(0, dash), task: Number(taskText) };
}

export function decodeConfigRecord(key: string, value: Buffer | string | null): ConfigLogEvent {
  const ignored: ConfigLogEvent = { type: 'ignored', key };
  try {
    const json = value === null ? null : (JSON.parse(value.toString()) as unknown);
    // Apache's own order of checks: restart-connector- before connector- is unnecessary (different prefixes).
    if (key.startsWith(CONNECTOR_PREFIX)) {
      const connector = key.slice(CONNECTOR_PREFIX.length);
      if (json === null) return { type: 'connector-config', connector, config: null };
      const parsed = properties.safeParse(json);
      return parsed.success ? { type: 'connector-config', connector, config: parsed.data.properties } : ignored;
    }
    if (key.startsWith(TARGET_STATE_PREFIX)) {
      const connector = key.slice(TARGET_STATE_PREFIX.length);
      if (json === null) return { type: 'target-state', connector, state: null };
      const parsed = targetState.safeParse(json);
      if (!parsed.success) return ignored;
      const v2 = parsed.data['state.v2'];
      const state = typeof v2 === 'string' ? v2 : parsed.data.state;
      return state !== undefined && TARGET_STATES.includes(state)
        ? { type: 'target-state', connector, state: state as TargetState }
        : ignored;
    }
    if (key.startsWith(TASK_PREFIX)) {
      const id = splitTaskId(key.slice(TASK_PREFIX.length));
      if (!id) return ignored;
      if (json === null) return { type: 'task-config', ...id, config: null };
      const parsed = properties.safeParse(json);
      return parsed.success ? { type: 'task-config', ...id, config: parsed.data.properties } : ignored;
    }
    if (key.startsWith(COMMIT_PREFIX)) {
      const parsed = commit.safeParse(json);
      return parsed.success
        ? { type: 'commit', connector: key.slice(COMMIT_PREFIX.length), tasks: parsed.data.tasks }
        : ignored;
    }
    if (key.startsWith(RESTART_PREFIX)) {
      const parsed = restart.safeParse(json);
      if (!parsed.success) return ignored;
      return {
        type: 'restart-request',
        connector: key.slice(RESTART_PREFIX.length),
        includeTasks: parsed.data['include-tasks'] === true,
        onlyFailed: parsed.data['only-failed'] === true,
      };
    }
    if (key.startsWith(TASK_RESTART_PREFIX)) {
      const id = splitTaskId(key.slice(TASK_RESTART_PREFIX.length));
      return id && json !== null ? { type: 'task-restart-request', ...id } : ignored;
    }
    return ignored;
  } catch {
    return ignored;
  }
}
