/**
 * The status topic's records as StatusLogEvents, over shared/codecs' exact encoding (Apache 4.1's
 * {"state","trace","worker_id","generation","version"}). DESTROYED is a tombstone. Decoding never throws.
 */
import {
  connectorStatusKey,
  decodeStatus,
  decodeTopicStatus,
  encodeStatus,
  encodeTopicStatus,
  parseStatusKey,
  taskStatusKey,
  topicStatusKey,
} from '../codecs/index.ts';
import type { ConnectorState, Status, StatusLogEvent, TopicStatus } from './status-state.ts';

export interface EncodedStatusRecord {
  key: string;
  value: Uint8Array | null;
}

export function connectorStatusRecord(connector: string, status: Status | null): EncodedStatusRecord {
  return { key: connectorStatusKey(connector), value: status === null ? null : encodeStatus(status) };
}

export function taskStatusRecord(
  connector: string,
  task: number,
  status: Status | null,
): EncodedStatusRecord {
  return { key: taskStatusKey(connector, task), value: status === null ? null : encodeStatus(status) };
}

export function topicStatusRecord(topic: TopicStatus, tombstone = false): EncodedStatusRecord {
  return {
    key: topicStatusKey(topic.topic, topic.connector),
    value: tombstone ? null : encodeTopicStatus(topic),
  };
}

function statusOf(value: Uint8Array | null): Status | null | undefined {
  const decoded = decodeStatus(value);
  if (!decoded.ok) return undefined;
  const record = decoded.value;
  if (record === null || record.state === 'DESTROYED') return null;
  return { ...record, state: record.state as ConnectorState };
}

export function decodeStatusRecord(key: string, value: Uint8Array | null): StatusLogEvent {
  const ignored: StatusLogEvent = { type: 'ignored', key };
  const parsed = parseStatusKey(key);
  switch (parsed.type) {
    case 'connector': {
      const status = statusOf(value);
      return status === undefined
        ? ignored
        : { type: 'connector-status', connector: parsed.connector, status };
    }
    case 'task': {
      const status = statusOf(value);
      return status === undefined
        ? ignored
        : { type: 'task-status', connector: parsed.connector, task: parsed.task, status };
    }
    case 'topic': {
      const decoded = decodeTopicStatus(value);
      if (!decoded.ok) return ignored;
      return {
        type: 'topic-status',
        connector: parsed.connector,
        topic: parsed.topic,
        status: decoded.value,
      };
    }
    default:
      return ignored;
  }
}
