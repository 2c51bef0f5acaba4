/**
 * A log kept in this process's memory, as Apache's standalone worker keeps connector configs and statuses
 * (MemoryConfigBackingStore, MemoryStatusBackingStore): nothing survives the process, every record is handed to the
 * follower as it is written, so a write is read back at once.
 */

import type { LogRecord, OpenRecordLog, OutgoingRecord, RecordLog } from '../shared/cluster/record-log.ts';
import type { Logger } from '../shared/logging/logger.ts';

class MemoryRecordLog implements RecordLog {
  private nextOffset = 0;
  private readonly topic: string;
  private readonly onRecord: (record: LogRecord) => void;
  private readonly logger: Logger;

  constructor(topic: string, onRecord: (record: LogRecord) => void, logger: Logger) {
    this.topic = topic;
    this.onRecord = onRecord;
    this.logger = logger;
  }

  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  async readToEnd(): Promise<void> {}

  async send(records: OutgoingRecord[]): Promise<void> {
    for (const r of records) {
      const offset = this.nextOffset++;
      try {
        this.onRecord({
          topic: this.topic,
          partition: r.partition ?? 0,
          offset,
          key: toBuffer(r.key),
          value: toBuffer(r.value),
          timestamp: Date.now(),
        });
      } catch (err) {
        // As the Kafka-backed log does: a record that cannot be applied is reported and skipped.
        this.logger.error('failed to apply a record to the in-memory log', {
          topic: this.topic,
          offset,
          err,
        });
      }
    }
  }
}

/** Opens in-memory logs: each call of the opener is a new, empty log. */
export function memoryRecordLogs(logger: Logger): OpenRecordLog {
  return (topic, onRecord) => new MemoryRecordLog(topic, onRecord, logger);
}

export function toBuffer(data: Uint8Array | string | null): Buffer | null {
  if (data === null) return null;
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  return Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}
