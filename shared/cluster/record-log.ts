/**
 * What the config, status and offset logs need from the storage under them: a log of keyed records that is replayed
 * from its beginning into a callback (`start`), read to its end on demand (read-your-writes), and appended to. In a
 * Connect cluster that is a compacted Kafka topic (KafkaTopicLog); a standalone worker keeps its configs and
 * statuses in memory and its source offsets in a local file, as Apache's Memory*BackingStore and
 * FileOffsetBackingStore do.
 */
import type { Kafka } from 'kafkajs';
import { KafkaTopicLog, type LogRecord, type OutgoingRecord } from '../adapters/kafka/topic-log.ts';
import type { Logger } from '../logging/logger.ts';

export type { LogRecord, OutgoingRecord };

export interface RecordLog {
  /**
   * Replays every stored record into the callback, then follows new ones. `follow: false` for a process that only
   * writes. Calling it again is harmless for in-process logs.
   */
  start(options?: { follow?: boolean }): Promise<void>;
  stop(): Promise<void>;
  /** Resolves once every record written before the call has been handed to the callback; throws on timeout. */
  readToEnd(timeoutMs?: number): Promise<void>;
  /** Appends records (null value = tombstone); resolves once they are durable where the log keeps them. */
  send(records: OutgoingRecord[]): Promise<void>;
}

/** Opens the log named `topic` for one follower; every record read or written goes through `onRecord`. */
export type OpenRecordLog = (topic: string, onRecord: (record: LogRecord) => void) => RecordLog;

/** Where a log lives: a Kafka cluster (its topic of that name), or any other opener. */
export type LogSource = Kafka | OpenRecordLog;

export function openRecordLog(
  source: LogSource,
  topic: string,
  onRecord: (record: LogRecord) => void,
  logger: Logger,
): RecordLog {
  return typeof source === 'function'
    ? source(topic, onRecord)
    : new KafkaTopicLog(source, topic, onRecord, logger);
}
