/**
 * The connector plugin API, after Apache Connect's connect-api: connectors split work into task configs; source
 * tasks poll records and have their offsets committed for them; sink tasks receive records and flush.
 * Plugins import only this module and the data API, never executor internals.
 */
import type { Schema } from '../data/schema.ts';

/** The errors plugins throw: RetriableException from `put` asks for the batch to be redelivered later. */
export { ConnectException, DataException, RetriableException } from '../data/errors.ts';

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

/**
 * Hands records a sink task failed to process to the framework's error handling (Apache's ErrantRecordReporter):
 * they are counted, logged (`errors.log.enable`) and written to the dead letter queue
 * (`errors.deadletterqueue.topic.name`, with `__connect.errors.*` headers when enabled) as the task consumed them —
 * the original key, value and headers bytes.
 */
export interface ErrantRecordReporter {
  /**
   * Reports `record`, one of those passed to `put` (a record the task built itself is converted back to bytes with
   * the connector's converters). With `errors.tolerance=none` this throws, synchronously, a ConnectException
   * "Tolerance exceeded in error handler" (caused by `error`): let it propagate out of `put` and the task fails.
   * Otherwise the returned promise resolves once the report is persisted (the DLQ write acknowledged) and rejects if
   * it could not be; the task need not wait for it — offsets of reported records are committed only after their
   * reports completed.
   */
  report(record: SinkRecord, error: Error): Promise<void>;
}

export interface SinkTaskContext {
  readonly signal: AbortSignal;
  /**
   * After `put` throws a RetriableException the framework waits before redelivering the same batch: until the next
   * offset commit, or this many milliseconds if sooner. Applies to the next wait only (Apache's `timeout(ms)`).
   */
  timeout(ms: number): void;
  /**
   * The errant record reporter, or null when the connector has neither a dead letter queue topic nor
   * `errors.log.enable=true` (as in Apache).
   */
  errantRecordReporter(): ErrantRecordReporter | null;
}

export interface SinkTask {
  start(config: TaskConfig, context: SinkTaskContext): void | Promise<void>;
  /**
   * Delivers records. Throw a RetriableException to have the same batch delivered again later (nothing is skipped;
   * see `SinkTaskContext.timeout`); any other error fails the task.
   */
  put(records: readonly SinkRecord[]): void | Promise<void>;
  /** Make everything put so far durable; offsets are committed to Kafka only after this resolves. */
  flush(offsets: readonly TopicPartitionOffset[]): void | Promise<void>;
  stop(): void | Promise<void>;
}
