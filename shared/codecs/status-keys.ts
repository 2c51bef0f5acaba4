/**
 * Record keys of the status topic (KafkaStatusBackingStore) and their classification, with Apache's parsing:
 * a task key's number is its last '-' segment; a topic key is `status-topic-<topic>:connector-<connector>`.
 */
import { parseJavaInt } from '../data/java-parse.ts';
import { javaSplit } from './java-split.ts';

export const CONNECTOR_STATUS_PREFIX = 'status-connector-';
export const TASK_STATUS_PREFIX = 'status-task-';
export const TOPIC_STATUS_PREFIX = 'status-topic-';
export const TOPIC_STATUS_SEPARATOR = ':connector-';

export const connectorStatusKey = (connector: string): string => CONNECTOR_STATUS_PREFIX + connector;
export const taskStatusKey = (connector: string, task: number): string =>
  `${TASK_STATUS_PREFIX}${connector}-${task}`;
export const topicStatusKey = (topic: string, connector: string): string =>
  TOPIC_STATUS_PREFIX + topic + TOPIC_STATUS_SEPARATOR + connector;

export type StatusKey =
  | { readonly type: 'connector'; readonly connector: string }
  | { readonly type: 'task'; readonly connector: string; readonly task: number }
  | { readonly type: 'topic'; readonly topic: string; readonly connector: string }
  | { readonly type: 'unknown'; readonly key: string; readonly reason: string };

/** Classifies a status-topic key the way Apache's reader does (invalid keys come back as 'unknown'). */
export function parseStatusKey(key: string): StatusKey {
  if (key.startsWith(CONNECTOR_STATUS_PREFIX)) {
    const connector = key.slice(CONNECTOR_STATUS_PREFIX.length);
    if (connector === '') return { type: 'unknown', key, reason: `invalid connector status key ${key}` };
    return { type: 'connector', connector };
  }
  if (key.startsWith(TASK_STATUS_PREFIX)) {
    const parts = javaSplit(key, '-');
    const task = parts.length < 4 ? undefined : parseJavaInt(parts[parts.length - 1] as string);
    if (task === undefined) return { type: 'unknown', key, reason: `invalid task status key ${key}` };
    return { type: 'task', connector: parts.slice(2, -1).join('-'), task };
  }
  if (key.startsWith(TOPIC_STATUS_PREFIX)) {
    const delimiter = key.indexOf(':');
    if (TOPIC_STATUS_PREFIX.length > delimiter)
      return { type: 'unknown', key, reason: `invalid topic status key ${key}` };
    const topic = key.slice(TOPIC_STATUS_PREFIX.length, delimiter);
    if (topic === '')
      return { type: 'unknown', key, reason: `invalid topic status key containing empty topic ${key}` };
    const begin = delimiter + TOPIC_STATUS_SEPARATOR.length;
    if (begin > key.length) return { type: 'unknown', key, reason: `invalid topic status key ${key}` };
    const connector = key.slice(begin);
    if (connector === '') {
      return { type: 'unknown', key, reason: `invalid topic status key containing empty connector ${key}` };
    }
    return { type: 'topic', topic, connector };
  }
  return { type: 'unknown', key, reason: `Discarding record with invalid key ${key}` };
}
