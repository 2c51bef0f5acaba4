/**
 * Error reporters: the log reporter (every task; writes only with `errors.log.enable=true`) and the dead letter
 * queue reporter (sink tasks with `errors.deadletterqueue.topic.name`), which produces the original consumed
 * record — raw key, value, headers and timestamp — to the DLQ topic, plus `__connect.errors.*` context headers
 * when `errors.deadletterqueue.context.headers.enable=true`.
 */

import type { NullableHeaders } from '../../shared/adapters/kafka/null-header-values.ts';
import type { Logger } from '../../shared/logging/logger.ts';
import { javaExceptionClassName, javaExceptionMessage, javaStackTrace } from './java-names.ts';
import type { ErrorHandlingMetrics } from './metrics.ts';
import type { ErrorHandlingConfig, ErrorReporter, ProcessingContext } from './operator.ts';

/** A record as the sink task's consumer read it, before any conversion. */
export interface ConsumedRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers?: NullableHeaders;
  /** Milliseconds since the epoch as kafkajs gives it; absent or negative means no timestamp. */
  readonly timestamp?: string;
  readonly timestampType?: 'CreateTime' | 'LogAppendTime' | 'NoTimestampType';
}

export interface TaskId {
  readonly connector: string;
  readonly task: number;
}

/** Logs failed records (Apache's LogReporter), through our structured logger. */
export class LogReporter<T> implements ErrorReporter<T> {
  private readonly id: TaskId;
  private readonly config: ErrorHandlingConfig;
  private readonly logger: Logger;
  private readonly describe: (original: T) => string;
  private readonly metrics: ErrorHandlingMetrics | undefined;

  constructor(
    id: TaskId,
    config: ErrorHandlingConfig,
    logger: Logger,
    describe: (original: T) => string,
    metrics?: ErrorHandlingMetrics,
  ) {
    this.id = id;
    this.config = config;
    this.logger = logger;
    this.describe = describe;
    this.metrics = metrics;
  }

  async report(context: ProcessingContext<T>): Promise<void> {
    if (!this.config.logEnable || !context.failed) return;
    this.logger.error('Error encountered in task', {
      detail: this.message(context),
      err: context.error,
    });
    this.metrics?.recordErrorLogged();
  }

  /** Apache's log line: task id, stage, executing class and (with include.messages) the record. */
  message(context: ProcessingContext<T>): string {
    let text = `Error encountered in task ${this.id.connector}-${this.id.task}. Executing stage '${context.stage}' with class '${context.executingClass || 'null'}'`;
    if (this.config.logIncludeMessages) text += this.describe(context.original);
    return `${text}.`;
  }
}

/** `, where consumed record is {topic='t', partition=0, offset=5, timestamp=..., timestampType=CreateTime}` */
export function describeConsumedRecord(record: ConsumedRecord): string {
  let text = `, where consumed record is {topic='${record.topic}', partition=${record.partition}, offset=${record.offset}`;
  const timestamp = timestampOf(record);
  if (
    timestamp !== undefined &&
    record.timestampType !== undefined &&
    record.timestampType !== 'NoTimestampType'
  ) {
    text += `, timestamp=${timestamp}, timestampType=${record.timestampType}`;
  }
  return `${text}}`;
}

/** `, where source record is = <record>` */
export function describeSourceRecord(record: unknown): string {
  return `, where source record is = ${JSON.stringify(record, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))}`;
}

function timestampOf(record: ConsumedRecord): string | undefined {
  if (record.timestamp === undefined || record.timestamp === '' || Number(record.timestamp) < 0)
    return undefined;
  return record.timestamp;
}

export const HEADER_PREFIX = '__connect.errors.';

/** The `__connect.errors.*` headers Apache appends to a dead-lettered record, in Apache's order. */
export function contextHeaders(
  id: TaskId,
  context: ProcessingContext<ConsumedRecord>,
): Array<[string, string | null]> {
  const headers: Array<[string, string | null]> = [];
  const original = context.original;
  headers.push(
    [`${HEADER_PREFIX}topic`, original.topic],
    [`${HEADER_PREFIX}partition`, String(original.partition)],
    [`${HEADER_PREFIX}offset`, String(original.offset)],
  );
  headers.push(
    [`${HEADER_PREFIX}connector.name`, id.connector],
    [`${HEADER_PREFIX}task.id`, String(id.task)],
    [`${HEADER_PREFIX}stage`, context.stage],
    [`${HEADER_PREFIX}class.name`, context.executingClass],
  );
  if (context.error !== undefined) {
    headers.push(
      [`${HEADER_PREFIX}exception.class.name`, javaExceptionClassName(context.error)],
      [`${HEADER_PREFIX}exception.message`, javaExceptionMessage(context.error)],
      [`${HEADER_PREFIX}exception.stacktrace`, javaStackTrace(context.error)],
    );
  }
  return headers;
}

/** The message sent to the DLQ topic; the partition is left to the producer. */
export interface DlqMessage {
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: NullableHeaders;
  readonly timestamp?: string;
}

export interface DlqSender {
  send(topic: string, message: DlqMessage): Promise<void>;
  close(): Promise<void>;
}

/** Builds the DLQ record for a failed consumed record: its raw bytes and headers, plus context headers. */
export function dlqMessage(
  id: TaskId,
  config: ErrorHandlingConfig,
  context: ProcessingContext<ConsumedRecord>,
): DlqMessage {
  const original = context.original;
  const headers: NullableHeaders = {};
  for (const [key, value] of Object.entries(original.headers ?? {})) {
    if (value !== undefined) headers[key] = Array.isArray(value) ? [...value] : value;
  }
  if (config.dlqContextHeaders) {
    for (const [key, text] of contextHeaders(id, context)) {
      // Apache's toBytes(null) is null: a null header value (sent as such, see null-header-values.ts).
      const bytes = text === null || text === undefined ? null : Buffer.from(text, 'utf8');
      const existing = headers[key];
      if (existing === undefined) headers[key] = bytes;
      else headers[key] = [...(Array.isArray(existing) ? existing : [existing]), bytes];
    }
  }
  const timestamp = timestampOf(original);
  return {
    key: original.key,
    value: original.value,
    headers,
    ...(timestamp !== undefined ? { timestamp } : {}),
  };
}

/** Produces failed records to the connector's dead letter queue topic (Apache's DeadLetterQueueReporter). */
export class DeadLetterQueueReporter implements ErrorReporter<ConsumedRecord> {
  private readonly id: TaskId;
  private readonly config: ErrorHandlingConfig;
  private readonly sender: DlqSender;
  private readonly logger: Logger;
  private readonly metrics: ErrorHandlingMetrics | undefined;

  constructor(
    id: TaskId,
    config: ErrorHandlingConfig,
    sender: DlqSender,
    logger: Logger,
    metrics?: ErrorHandlingMetrics,
  ) {
    this.id = id;
    this.config = config;
    this.sender = sender;
    this.logger = logger;
    this.metrics = metrics;
  }

  /** Resolves when the DLQ write is acknowledged; rejects (after logging and counting) when it failed. */
  async report(context: ProcessingContext<ConsumedRecord>): Promise<void> {
    if (this.config.dlqTopic === '') return;
    this.metrics?.recordDeadLetterQueueProduceRequest();
    try {
      await this.sender.send(this.config.dlqTopic, dlqMessage(this.id, this.config, context));
    } catch (err) {
      this.logger.error('Could not produce message to dead letter queue', {
        topic: this.config.dlqTopic,
        err,
      });
      this.metrics?.recordDeadLetterQueueProduceFailed();
      throw err;
    }
  }

  async close(): Promise<void> {
    await this.sender.close();
  }
}
