/**
 * Values of the status topic, encoded exactly as KafkaStatusBackingStore 4.1 writes them and decoded with its
 * reader's rules. Connector/task status: {"state","trace","worker_id","generation","version"}; topic status:
 * {"topic":{"name","connector","task","discoverTimestamp"}}. A null record value is a tombstone (DESTROYED).
 */
import { z } from 'zod';
import { Schemas } from '../data/schema.ts';
import { SchemaBuilder } from '../data/schema-builder.ts';
import { Struct } from '../data/struct.ts';
import { type DecodeResult, decoded, describeIssues, rejected } from './decode-result.ts';
import { isJsonObject, readInternalJson, writeInternalJson } from './internal-json.ts';

/** AbstractStatus.State. DESTROYED is never written (a tombstone is), but Apache's reader accepts it. */
export type StatusState =
  | 'UNASSIGNED'
  | 'RUNNING'
  | 'PAUSED'
  | 'FAILED'
  | 'DESTROYED'
  | 'RESTARTING'
  | 'STOPPED';
export const STATUS_STATES: readonly StatusState[] = [
  'UNASSIGNED',
  'RUNNING',
  'PAUSED',
  'FAILED',
  'DESTROYED',
  'RESTARTING',
  'STOPPED',
];

/** A connector's or task's status record. */
export interface StatusRecord {
  readonly state: StatusState;
  /** Stack trace of a FAILED connector/task, else null. */
  readonly trace: string | null;
  /** The writer's advertised REST host:port. */
  readonly workerId: string;
  readonly generation: number;
  /** The connector/task plugin version (KIP-891), or null. */
  readonly version: string | null;
}

/** A topic a connector's task used. */
export interface TopicStatusRecord {
  readonly topic: string;
  readonly connector: string;
  readonly task: number;
  /** Epoch milliseconds. */
  readonly discoverTimestamp: number;
}

/** Apache's status record schemas. */
export const StatusRecordSchemas = Object.freeze({
  STATUS_SCHEMA_V0: SchemaBuilder.struct()
    .field('state', Schemas.STRING)
    .field('trace', SchemaBuilder.string().optional().build())
    .field('worker_id', Schemas.STRING)
    .field('generation', Schemas.INT32)
    .field('version', Schemas.OPTIONAL_STRING)
    .build(),
  TOPIC_STATUS_VALUE_SCHEMA_V0: SchemaBuilder.struct()
    .field('name', Schemas.STRING)
    .field('connector', Schemas.STRING)
    .field('task', Schemas.INT32)
    .field('discoverTimestamp', Schemas.INT64)
    .build(),
});
const TOPIC_STATUS_SCHEMA_V0 = SchemaBuilder.map(
  Schemas.STRING,
  StatusRecordSchemas.TOPIC_STATUS_VALUE_SCHEMA_V0,
).build();

/** A `status-connector-<name>` / `status-task-<name>-<n>` value. */
export function encodeStatus(status: StatusRecord): Uint8Array {
  const struct = new Struct(StatusRecordSchemas.STATUS_SCHEMA_V0)
    .put('state', status.state)
    .put('trace', status.trace)
    .put('worker_id', status.workerId)
    .put('generation', status.generation)
    .put('version', status.version);
  return writeInternalJson(StatusRecordSchemas.STATUS_SCHEMA_V0, struct);
}

/** A `status-topic-<topic>:connector-<name>` value. */
export function encodeTopicStatus(status: TopicStatusRecord): Uint8Array {
  const struct = new Struct(StatusRecordSchemas.TOPIC_STATUS_VALUE_SCHEMA_V0)
    .put('name', status.topic)
    .put('connector', status.connector)
    .put('task', status.task)
    .put('discoverTimestamp', BigInt(status.discoverTimestamp));
  return writeInternalJson(TOPIC_STATUS_SCHEMA_V0, new Map([['topic', struct]]));
}

const optionalString = z
  .string()
  .nullable()
  .optional()
  .transform((v) => v ?? null);

const statusShape = z.object({
  state: z.enum(STATUS_STATES as [StatusState, ...StatusState[]]),
  trace: optionalString,
  worker_id: z.string(),
  generation: z.bigint(),
  version: optionalString,
});

function readValue(bytes: Uint8Array): DecodeResult<Record<string, unknown>> {
  const read = readInternalJson(bytes);
  if (!read.ok) return read;
  if (!isJsonObject(read.value)) return rejected('status value is not a JSON object');
  return decoded(read.value);
}

/** Decodes a connector/task status value; null (a tombstone) means the status was removed. */
export function decodeStatus(bytes: Uint8Array | null): DecodeResult<StatusRecord | null> {
  if (bytes === null) return decoded(null);
  const read = readValue(bytes);
  if (!read.ok) return read;
  const parsed = statusShape.safeParse(read.value);
  if (!parsed.success) return rejected(`invalid status: ${describeIssues(parsed.error)}`);
  const { state, trace, worker_id: workerId, generation, version } = parsed.data;
  return decoded({ state, trace, workerId, generation: Number(BigInt.asIntN(32, generation)), version });
}

const topicStatusShape = z.object({
  topic: z.object({
    name: z.string(),
    connector: z.string(),
    task: z.bigint(),
    discoverTimestamp: z.bigint(),
  }),
});

/** Decodes a topic status value; null (a tombstone) means the topic was reset. */
export function decodeTopicStatus(bytes: Uint8Array | null): DecodeResult<TopicStatusRecord | null> {
  if (bytes === null) return decoded(null);
  const read = readValue(bytes);
  if (!read.ok) return read;
  const parsed = topicStatusShape.safeParse(read.value);
  if (!parsed.success) return rejected(`invalid topic status: ${describeIssues(parsed.error)}`);
  const { name, connector, task, discoverTimestamp } = parsed.data.topic;
  return decoded({
    topic: name,
    connector,
    task: Number(BigInt.asIntN(32, task)),
    discoverTimestamp: Number(BigInt.asIntN(64, discoverTimestamp)),
  });
}
