/**
 * Values of the config topic, encoded exactly as KafkaConfigBackingStore writes them (Structs of its record
 * schemas through JsonConverter with schemas.enable=false) and decoded with its reader's tolerance. A record value
 * of null is a tombstone; decoders return value null for it (and for the JSON literal null, which Apache's reader
 * treats the same way).
 */
import { z } from 'zod';
import { Schemas } from '../data/schema.ts';
import { SchemaBuilder } from '../data/schema-builder.ts';
import { Struct } from '../data/struct.ts';
import { type DecodeResult, decoded, describeIssues, rejected } from './decode-result.ts';
import { isJsonObject, readInternalJson, writeInternalJson } from './internal-json.ts';

export type TargetState = 'STARTED' | 'PAUSED' | 'STOPPED';
export const TARGET_STATES: readonly TargetState[] = ['STARTED', 'PAUSED', 'STOPPED'];

/** A connector's or task's configuration: string keys and values, in insertion order. */
export type ConfigProperties = Readonly<Record<string, string>>;

export interface SessionKey {
  /** The raw key bytes. */
  readonly key: Uint8Array;
  readonly algorithm: string;
  /** Epoch milliseconds. */
  readonly creationTimestamp: number;
}

export interface RestartRequest {
  readonly includeTasks: boolean;
  readonly onlyFailed: boolean;
}

/** Apache's record schemas (KafkaConfigBackingStore.CONNECTOR_CONFIGURATION_V0 and friends). */
export const ConfigRecordSchemas = Object.freeze({
  CONNECTOR_CONFIGURATION_V0: SchemaBuilder.struct()
    .field('properties', SchemaBuilder.map(Schemas.STRING, Schemas.OPTIONAL_STRING).build())
    .build(),
  CONNECTOR_TASKS_COMMIT_V0: SchemaBuilder.struct().field('tasks', Schemas.INT32).build(),
  TARGET_STATE_V1: SchemaBuilder.struct()
    .field('state', Schemas.STRING)
    .field('state.v2', Schemas.OPTIONAL_STRING)
    .build(),
  TASK_COUNT_RECORD_V0: SchemaBuilder.struct().field('task-count', Schemas.INT32).build(),
  SESSION_KEY_V0: SchemaBuilder.struct()
    .field('key', Schemas.STRING)
    .field('algorithm', Schemas.STRING)
    .field('creation-timestamp', Schemas.INT64)
    .build(),
  RESTART_REQUEST_V0: SchemaBuilder.struct()
    .field('include-tasks', Schemas.BOOLEAN)
    .field('only-failed', Schemas.BOOLEAN)
    .build(),
  LOGGER_LEVEL_V0: SchemaBuilder.struct().field('level', Schemas.STRING).build(),
});
const S = ConfigRecordSchemas;

function entriesOf(properties: ConfigProperties | ReadonlyMap<string, string>): Map<string, string> {
  return properties instanceof Map ? new Map(properties) : new Map(Object.entries(properties));
}

/** `connector-<name>` value: {"properties":{...}} with the config's keys in insertion order. */
export function encodeConnectorConfig(
  properties: ConfigProperties | ReadonlyMap<string, string>,
): Uint8Array {
  const struct = new Struct(S.CONNECTOR_CONFIGURATION_V0).put('properties', entriesOf(properties));
  return writeInternalJson(S.CONNECTOR_CONFIGURATION_V0, struct);
}

/** `task-<name>-<n>` value: {"properties":{...}}. */
export function encodeTaskConfig(properties: ConfigProperties | ReadonlyMap<string, string>): Uint8Array {
  return encodeConnectorConfig(properties);
}

/** `target-state-<name>` value: {"state":..,"state.v2":..}; the legacy `state` says PAUSED for STOPPED. */
export function encodeTargetState(state: TargetState): Uint8Array {
  const struct = new Struct(S.TARGET_STATE_V1)
    .put('state', state === 'STOPPED' ? 'PAUSED' : state)
    .put('state.v2', state);
  return writeInternalJson(S.TARGET_STATE_V1, struct);
}

/** `commit-<name>` value: {"tasks":N}. */
export function encodeTaskCommit(tasks: number): Uint8Array {
  return writeInternalJson(
    S.CONNECTOR_TASKS_COMMIT_V0,
    new Struct(S.CONNECTOR_TASKS_COMMIT_V0).put('tasks', tasks),
  );
}

/** `tasks-fencing-<name>` value: {"task-count":N}. */
export function encodeTaskCount(taskCount: number): Uint8Array {
  const struct = new Struct(S.TASK_COUNT_RECORD_V0).put('task-count', taskCount);
  return writeInternalJson(S.TASK_COUNT_RECORD_V0, struct);
}

/** `session-key` value: {"key":"<base64>","algorithm":..,"creation-timestamp":ms}. */
export function encodeSessionKey(sessionKey: SessionKey): Uint8Array {
  const struct = new Struct(S.SESSION_KEY_V0)
    .put('key', Buffer.from(sessionKey.key).toString('base64'))
    .put('algorithm', sessionKey.algorithm)
    .put('creation-timestamp', BigInt(sessionKey.creationTimestamp));
  return writeInternalJson(S.SESSION_KEY_V0, struct);
}

/** `restart-connector-<name>` value: {"include-tasks":..,"only-failed":..}. */
export function encodeRestartRequest(request: RestartRequest): Uint8Array {
  const struct = new Struct(S.RESTART_REQUEST_V0)
    .put('include-tasks', request.includeTasks)
    .put('only-failed', request.onlyFailed);
  return writeInternalJson(S.RESTART_REQUEST_V0, struct);
}

/** `logger-cluster-<namespace>` value: {"level":..}. */
export function encodeLoggerLevel(level: string): Uint8Array {
  return writeInternalJson(S.LOGGER_LEVEL_V0, new Struct(S.LOGGER_LEVEL_V0).put('level', level));
}

/** Reads the value as a JSON object (null for a tombstone or JSON null). */
function readObject(bytes: Uint8Array | null): DecodeResult<Record<string, unknown> | null> {
  if (bytes === null) return decoded(null);
  const read = readInternalJson(bytes);
  if (!read.ok) return read;
  if (read.value === null) return decoded(null);
  if (!isJsonObject(read.value)) return rejected(`expected a JSON object, got ${describeKind(read.value)}`);
  return decoded(read.value);
}

function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'bigint') return 'an integer';
  return `a ${typeof value}`;
}

function decodeProperties(bytes: Uint8Array | null): DecodeResult<ConfigProperties | null> {
  const read = readObject(bytes);
  if (!read.ok || read.value === null) return read as DecodeResult<null>;
  const properties = read.value.properties;
  if (!isJsonObject(properties)) {
    return rejected(`'properties' field should be a Map but is ${describeKind(properties)}`);
  }
  const entries: [string, string][] = [];
  for (const [key, value] of Object.entries(properties)) {
    if (value === null) continue; // only a Java writer can produce it; a null-valued property is dropped
    if (typeof value !== 'string') {
      return rejected(`property '${key}' should be a string but is ${describeKind(value)}`);
    }
    entries.push([key, value]);
  }
  return decoded(Object.fromEntries(entries));
}

/** Decodes a `connector-<name>` value; null means the connector was deleted. */
export function decodeConnectorConfig(bytes: Uint8Array | null): DecodeResult<ConfigProperties | null> {
  return decodeProperties(bytes);
}

/** Decodes a `task-<name>-<n>` value; null (which Apache ignores for tasks) is returned as null. */
export function decodeTaskConfig(bytes: Uint8Array | null): DecodeResult<ConfigProperties | null> {
  return decodeProperties(bytes);
}

/**
 * Decodes a `target-state-<name>` value: `state.v2` when it is a string, otherwise the legacy `state`; null
 * means the target state was removed.
 */
export function decodeTargetState(bytes: Uint8Array | null): DecodeResult<TargetState | null> {
  const read = readObject(bytes);
  if (!read.ok || read.value === null) return read as DecodeResult<null>;
  const v2 = read.value['state.v2'];
  const state = typeof v2 === 'string' ? v2 : read.value.state;
  if (typeof state !== 'string')
    return rejected(`'state' field should be a String but is ${describeKind(state)}`);
  if (!(TARGET_STATES as readonly string[]).includes(state))
    return rejected(`Invalid target state: ${state}`);
  return decoded(state as TargetState);
}

/** Java's intValue(Object) in the config store: an integer, truncated to 32 bits. */
function intField(record: Record<string, unknown>, name: string): DecodeResult<number> {
  const value = record[name];
  if (typeof value !== 'bigint') {
    return rejected(
      `'${name}': Expected integer value to be either Integer or Long, got ${describeKind(value)}`,
    );
  }
  return decoded(Number(BigInt.asIntN(32, value)));
}

/** Decodes a `commit-<name>` value to its task count. */
export function decodeTaskCommit(bytes: Uint8Array | null): DecodeResult<number> {
  const read = readObject(bytes);
  if (!read.ok) return read;
  if (read.value === null) return rejected('expected a JSON object, got null');
  return intField(read.value, 'tasks');
}

/** Decodes a `tasks-fencing-<name>` value to its task count. */
export function decodeTaskCount(bytes: Uint8Array | null): DecodeResult<number> {
  const read = readObject(bytes);
  if (!read.ok) return read;
  if (read.value === null) return rejected('expected a JSON object, got null');
  return intField(read.value, 'task-count');
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const sessionKeyShape = z.object({
  key: z
    .string()
    .refine((s) => BASE64.test(s) && s.replace(/=+$/, '').length % 4 !== 1, { message: 'not valid base64' }),
  algorithm: z.string(),
  'creation-timestamp': z
    .bigint()
    .refine((v) => v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER), {
      message: 'out of range',
    }),
});

/** Decodes the `session-key` value. */
export function decodeSessionKey(bytes: Uint8Array | null): DecodeResult<SessionKey> {
  const read = readObject(bytes);
  if (!read.ok) return read;
  if (read.value === null) return rejected('session key is unexpectedly null');
  const parsed = sessionKeyShape.safeParse(read.value);
  if (!parsed.success) return rejected(`invalid session key: ${describeIssues(parsed.error)}`);
  return decoded({
    key: new Uint8Array(Buffer.from(parsed.data.key, 'base64')),
    algorithm: parsed.data.algorithm,
    creationTimestamp: Number(parsed.data['creation-timestamp']),
  });
}

/** Decodes a `restart-connector-<name>` value; a field that is not a boolean reads as false, as in Apache. */
export function decodeRestartRequest(bytes: Uint8Array | null): DecodeResult<RestartRequest> {
  const read = readObject(bytes);
  if (!read.ok) return read;
  if (read.value === null) return rejected('expected a JSON object, got null');
  const includeTasks = read.value['include-tasks'];
  const onlyFailed = read.value['only-failed'];
  return decoded({
    includeTasks: typeof includeTasks === 'boolean' ? includeTasks : false,
    onlyFailed: typeof onlyFailed === 'boolean' ? onlyFailed : false,
  });
}

/** Decodes a `logger-cluster-<namespace>` value to its level. */
export function decodeLoggerLevel(bytes: Uint8Array | null): DecodeResult<string> {
  const read = readObject(bytes);
  if (!read.ok) return read;
  if (read.value === null) return rejected('logging level is unexpectedly null');
  const level = read.value.level;
  if (typeof level !== 'string')
    return rejected(`'level' field should be a String but is ${describeKind(level)}`);
  return decoded(level);
}
