/**
 * The status topic as a shared log: a follower keeping ClusterStatusState current, and status writes.
 */

import type { Logger } from '../logging/logger.ts';
import { type LogSource, openRecordLog, type RecordLog } from './record-log.ts';
import {
  connectorStatusRecord,
  decodeStatusRecord,
  type EncodedStatusRecord,
  taskStatusRecord,
  topicStatusRecord,
} from './status-codec.ts';
import { ClusterStatusState, type Status, type TopicStatus } from './status-state.ts';

export class StatusLog {
  readonly state = new ClusterStatusState();
  private readonly log: RecordLog;

  constructor(source: LogSource, topic: string, logger: Logger) {
    this.log = openRecordLog(
      source,
      topic,
      (record) => this.state.apply(decodeStatusRecord(record.key?.toString('utf8') ?? '', record.value)),
      logger,
    );
  }

  /** `follow: false` for processes that only write statuses (executors). */
  start(options: { follow?: boolean } = {}): Promise<void> {
    return this.log.start(options);
  }

  stop(): Promise<void> {
    return this.log.stop();
  }

  readToEnd(): Promise<void> {
    return this.log.readToEnd();
  }

  putConnectorStatus(connector: string, status: Status | null): Promise<void> {
    return this.write(connectorStatusRecord(connector, status));
  }

  putTaskStatus(connector: string, task: number, status: Status | null): Promise<void> {
    return this.write(taskStatusRecord(connector, task, status));
  }

  putTopicStatus(topic: TopicStatus, tombstone = false): Promise<void> {
    return this.write(topicStatusRecord(topic, tombstone));
  }

  private write(record: EncodedStatusRecord): Promise<void> {
    return this.log.send([{ key: record.key, value: record.value }]);
  }
}
