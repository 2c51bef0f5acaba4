/**
 * The offsets topic as a shared log: the latest source offset of every (connector, source partition), and the
 * writes of committed offsets. Records are keyed so Kafka's default partitioner puts them where Apache's would.
 */

import type { Logger } from '../logging/logger.ts';
import type { OffsetMap } from '../plugins/api.ts';
import { decodeOffsetRecord, encodeOffsetKey, encodeOffsetValue, partitionIdentity } from './offset-codec.ts';
import { type LogSource, openRecordLog, type RecordLog } from './record-log.ts';

export interface SourceOffsetEntry {
  readonly partition: OffsetMap;
  readonly offset: OffsetMap | null;
}

export class OffsetLog {
  private readonly offsets = new Map<string, Map<string, SourceOffsetEntry>>();
  private readonly log: RecordLog;

  constructor(source: LogSource, topic: string, logger: Logger) {
    this.log = openRecordLog(
      source,
      topic,
      (record) => {
        const decoded = decodeOffsetRecord(record.key, record.value);
        if (!decoded) return;
        let byPartition = this.offsets.get(decoded.connector);
        if (!byPartition) {
          byPartition = new Map();
          this.offsets.set(decoded.connector, byPartition);
        }
        const id = partitionIdentity(decoded.partition);
        if (decoded.offset === null) byPartition.delete(id);
        else byPartition.set(id, { partition: decoded.partition, offset: decoded.offset });
      },
      logger,
    );
  }

  start(): Promise<void> {
    return this.log.start();
  }

  stop(): Promise<void> {
    return this.log.stop();
  }

  readToEnd(): Promise<void> {
    return this.log.readToEnd();
  }

  /** The latest offset of a connector's source partition, as last read. */
  offset(connector: string, partition: OffsetMap): OffsetMap | null {
    return this.offsets.get(connector)?.get(partitionIdentity(partition))?.offset ?? null;
  }

  /** Every source partition of a connector with a non-null offset. */
  connectorOffsets(connector: string): SourceOffsetEntry[] {
    return [...(this.offsets.get(connector)?.values() ?? [])];
  }

  /** Writes offsets (null = tombstone); resolves when the broker acknowledged them. */
  async write(connector: string, entries: readonly SourceOffsetEntry[]): Promise<void> {
    await this.log.send(
      entries.map((e) => ({
        key: encodeOffsetKey(connector, e.partition),
        value: encodeOffsetValue(e.offset),
      })),
    );
  }
}
