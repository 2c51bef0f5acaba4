/**
 * The connector plugin API, after Apache Connect's connect-api: connectors split work into task configs; source
 * tasks poll records and have their offsets committed for them; sink tasks receive records and flush.
 * Plugins import only this module and the data API, never executor internals.
 */
import type { Schema } from '../data/schema.ts';

export type ConnectorType = 'source' | 'sink';
export type TaskConfig = Record<string, string>;

/** A source partition or offset: string keys, primitive values (Apache's offset storage contract). */
export type OffsetMap = Record<string, string | number | bigint | boolean | null>;

export interface ConnectHeader {
  readonly key: string;
  readonly schema: Schema | null;
  readonly value: unknown;
}

export interface SourceRecord {
  readonly sourcePartition: OffsetMap | null;
  readonly sourceOffset: OffsetMap | null;
  readonly topic: string;
  readonly kafkaPartition?: number | null;
  readonly keySchema?: Schema | null;
  readonly key?: unknown;
  readonly valueSchema?: Schema | null;
  readonly value: unknown;
  readonly timestamp?: number | null;
  readonly headers?: readonly ConnectHeader[];
}

export interface SinkRecord {
  readonly topic: string;
  readonly kafkaPartition: number;
  readonly kafkaOffset: number;
  readonly keySchema: Schema | null;
  readonly key: unknown;
  readonly valueSchema: Schema | null;
  readonly value: unknown;
  readonly timestamp: number | null;
  readonly headers: readonly ConnectHeader[];
}

export interface TopicPartitionOffset {
  readonly topic: string;
  readonly partition: number;
  /** The offset of the next record to consume (Kafka's committed-offset convention). */
  readonly offset: number;
}

export interface ConnectorContext {
  /** Ask the runtime to call taskConfigs() again and publish the result if it changed. */
  requestTaskReconfiguration(): void;
  /** Fail the connector with this error. */
  raiseError(error: Error): void;
}

/** A source partition/offset pair as `PATCH /connectors/{name}/offsets` submits it (null offset = reset). */
export interface SourceOffsetChange {
  readonly partition: OffsetMap;
  readonly offset: OffsetMap | null;
}

/** A sink consumer-group offset as `PATCH /connectors/{name}/offsets` submits it (null offset = reset). */
export interface SinkOffsetChange {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number | null;
}

export interface Connector {
  start(config: TaskConfig, context: ConnectorContext): void | Promise<void>;
  taskConfigs(maxTasks: number): TaskConfig[];
  stop(): void | Promise<void>;
  /**
   * Called (on a fresh, unstarted instance) before Connect alters or resets the connector's offsets while it is
   * STOPPED. Throw to reject the change; return true if the connector also handled offsets it manages itself,
   * false (the default) if only the framework-managed offsets change.
   */
  alterOffsets?(config: TaskConfig, offsets: readonly (SourceOffsetChange | SinkOffsetChange)[]): boolean;
}

export interface OffsetStorageReader {
  /** The last committed offset for a source partition, or null. */
  offset(partition: OffsetMap): Promise<OffsetMap | null>;
}

export interface SourceTaskContext {
  readonly offsetStorageReader: OffsetStorageReader;
  /** Aborted when the task is asked to stop; long waits inside poll() should honour it. */
  readonly signal: AbortSignal;
}

export interface SourceTask {
  start(config: TaskConfig, context: SourceTaskContext): void | Promise<void>;
  /** Records to send, or null when there is nothing right now (the task may wait briefly first). */
  poll(): Promise<SourceRecord[] | null>;
  /** Called after offsets were committed. */
  commit?(): void | Promise<void>;
  stop(): void | Promise<void>;
}

export interface SinkTaskContext {
  readonly signal: AbortSignal;
}

export interface SinkTask {
  start(config: TaskConfig, context: SinkTaskContext): void | Promise<void>;
  put(records: readonly SinkRecord[]): void | Promise<void>;
  /** Make everything put so far durable; offsets are committed to Kafka only after this resolves. */
  flush(offsets: readonly TopicPartitionOffset[]): void | Promise<void>;
  stop(): void | Promise<void>;
}
