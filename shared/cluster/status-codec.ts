/**
 * Keys and JSON values of the status topic, as Apache Connect writes them (KafkaStatusBackingStore).
 * A DESTROYED status is a tombstone. Decoding never throws on a foreign record: it returns `ignored`.
 */
import { z } from 'zod';
import { splitTaskId } from './config-codec.ts';
import type { ConnectorState, Status, StatusLogEvent, TopicStatus } from './status-state.ts';

export const CONNECTOR_STATUS_PREFIX = 'status-connector-';
export const TASK_STATUS_PREFIX = 'status-task-';
export const TOPIC_STATUS_PREFIX = 'status-topic-';
const TOPIC_CONNECTOR_SEPARATOR = ':connector-';

export interface EncodedStatusRecord {
  key: string;
  value: string | null;
}

function statusValue(status: Status | null): string | null {
  return status === null
    ? null
    : JSON.stringify({
        state: status.state,
        trace: status.trace,
        worker_id: status.workerId,
        generation: status.generation,
        version: status.version,
      });
}

export function connectorStatusRecord(connector: string, status: Status | null): EncodedStatusRecord {
  return { key: CONNECTOR_STATUS_PREFIX + connector, value: statusValue(status) };
}

export function taskStatusRecord(connector: string, task: number, status: Status | null): EncodedStatusRecord {
  return { key: `${TASK_STATUS_PREFIX}${connector}-${task}`, value: statusValue(status) };
}

export function topicStatusRecord(topic: TopicStatus, tombstone = false): EncodedStatusRecord {
  return {
    key: `${TOPIC_STATUS_PREFIX}${topic.topic}${TOPIC_CONNECTOR_SEPARATOR}${topic.connector}`,
    value: tombstone
      ? null
      : JSON.stringify({
          topic: {
            name: topic.topic,
            connector: topic.connector,
            task: topic.task,
            discoverTimestamp: topic.discoverTimestamp,
          },
        }),
  };
}

const STATES: readonly string[] = ['UNASSIGNED', 'RUNNING', 'PAUSED', 'FAILED', 'RESTARTING', 'STOPPED'];
const statusSchema = z.object({
  state: z.string().refine((s) => STATES.includes(s)),
  trace: z.string().nullable().optional(),
  worker_id: z.string(),
  generation: z.number().int(),
  version: z.string().nullable().optional(),
});
const topicSchema = z.object({
  topic: z.object({ name: z.string(), connector: z.string(), task: z.number().int(), discoverTimestamp: z.number() }),
});

function parseStatus(json: unknown): Status | undefined {
  const parsed = statusSchema.safeParse(json);
  if (!parsed.success) return undefined;
  return {
    state: parsed.data.state as ConnectorState,
    trace: parsed.data.trace ?? null,
    workerId: parsed.data.worker_id,
    generation: parsed.data.generation,
    version: parsed.data.version ?? null,
  };
}

export function decodeStatusRecord(key: string, value: Buffer | string | null): StatusLogEvent {
  const ignored: StatusLogEvent = { type: 'ignored', key };
  try {
    const json = value === null ? null : (JSON.parse(value.toString()) as unknown);
    if (key.startsWith(CONNECTOR_STATUS_PREFIX)) {
      const connector = key.slice(CONNECTOR_STATUS_PREFIX.length);
      if (json === null) return { type: 'connector-status', connector, status: null };
      const status = parseStatus(json);
      return status ? { type: 'connector-status', connector, status } : ignored;
    }
    if (key.startsWith(TASK_STATUS_PREFIX)) {
      const id = splitTaskId(key.slice(TASK_STATUS_PREFIX.length));
      if (!id) return ignored;
      if (json === null) return { type: 'task-status', ...id, status: null };
      const status = parseStatus(json);
      return status ? { type: 'task-status', ...id, status } : ignored;
    }
    if (key.startsWith(TOPIC_STATUS_PREFIX)) {
      const rest = key.slice(TOPIC_STATUS_PREFIX.length);
      const sep = rest.indexOf(TOPIC_CONNECTOR_SEPARATOR);
      if (sep < 0) return ignored;
      const topic = rest.slice(0, sep);
      const connector = rest.slice(sep + TOPIC_CONNECTOR_SEPARATOR.length);
      if (json === null) return { type: 'topic-status', connector, topic, status: null };
      const parsed = topicSchema.safeParse(json);
      if (!parsed.success) return ignored;
      const { name, task, discoverTimestamp } = parsed.data.topic;
      return { type: 'topic-status', connector, topic, status: { topic: name, connector, task, discoverTimestamp } };
    }
    return ignored;
  } catch {
    return ignored;
  }
}
