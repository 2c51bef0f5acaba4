/**
 * The errant record reporter a sink task gets from its context (Apache's WorkerErrantRecordReporter): records the
 * task could not process go through the task's error handler in stage TASK_PUT — counted, logged, dead-lettered
 * with the bytes the consumer read. Reports still in flight are tracked per partition so that the task's offsets
 * for a partition are committed only once its reports completed.
 */

import type { NullableHeaders } from '../../shared/adapters/kafka/null-header-values.ts';
import type { Converter } from '../../shared/converters/converter.ts';
import type { HeaderConverter } from '../../shared/converters/header-converter.ts';
import { ConnectException } from '../../shared/data/errors.ts';
import type { ErrantRecordReporter, SinkRecord } from '../../shared/plugins/api.ts';
import { ProcessingContext, type RetryWithToleranceOperator } from './operator.ts';
import type { ConsumedRecord } from './reporters.ts';

/** The executing class Apache names for errors reported by a sink task. */
export const SINK_TASK_CLASS = 'org.apache.kafka.connect.sink.SinkTask';

export interface ErrantRecordReporterDeps {
  readonly operator: RetryWithToleranceOperator<ConsumedRecord>;
  /** The consumed record a SinkRecord given to `put` was built from; undefined for records the task made. */
  readonly originalOf: (record: SinkRecord) => ConsumedRecord | undefined;
  readonly keyConverter: Converter;
  readonly valueConverter: Converter;
  readonly headerConverter: HeaderConverter;
}

function partitionKey(topic: string, partition: number): string {
  return `${topic}\u0000${partition}`;
}

export class SinkErrantRecordReporter implements ErrantRecordReporter {
  private readonly deps: ErrantRecordReporterDeps;
  /** Reports not yet known to have completed, per "topic\u0000partition". */
  private readonly pending = new Map<string, Set<Promise<void>>>();
  /** The first error the task reported (Apache's taskPutException). */
  private firstError: unknown;

  constructor(deps: ErrantRecordReporterDeps) {
    this.deps = deps;
  }

  report(record: SinkRecord, error: Error): Promise<void> {
    const original = this.deps.originalOf(record) ?? this.consumedRecordOf(record);
    const context = new ProcessingContext<ConsumedRecord>(original);
    if (this.firstError === undefined) this.firstError = error;
    // Throws "Tolerance exceeded in error handler" (errors.tolerance=none) once the report has been started.
    const done = this.deps.operator.executeFailedNow(context, 'TASK_PUT', SINK_TASK_CLASS, error);
    const key = partitionKey(original.topic, original.partition);
    let reports = this.pending.get(key);
    if (!reports) {
      reports = new Set();
      this.pending.set(key, reports);
    }
    const tracked = reports;
    tracked.add(done);
    done.then(
      () => tracked.delete(done),
      () => undefined,
    );
    return done;
  }

  /**
   * Waits for the reports of these partitions (all partitions when omitted); rejects with a ConnectException when
   * one of them could not be persisted (the offsets must not be committed then).
   */
  async awaitReports(partitions?: Iterable<{ topic: string; partition: number }>): Promise<void> {
    const keys =
      partitions === undefined
        ? [...this.pending.keys()]
        : [...partitions].map((p) => partitionKey(p.topic, p.partition));
    const waiting: Promise<void>[] = [];
    for (const key of keys) {
      const reports = this.pending.get(key);
      if (!reports) continue;
      waiting.push(...reports);
      this.pending.delete(key);
    }
    try {
      await Promise.all(waiting);
    } catch (err) {
      throw new ConnectException(
        "Encountered an error while awaiting an errant record future's completion.",
        {
          cause: err,
        },
      );
    }
  }

  /** Forgets reports of partitions this task no longer owns (Apache cancels them). */
  forget(partitions: Iterable<{ topic: string; partition: number }>): void {
    for (const p of partitions) this.pending.delete(partitionKey(p.topic, p.partition));
  }

  /**
   * After `put` returned: a task that swallowed the "Tolerance exceeded" error of a report still fails (Apache's
   * maybeThrowAsyncError).
   */
  throwIfToleranceExceeded(): void {
    if (this.firstError !== undefined && !this.deps.operator.withinToleranceLimits()) {
      throw new ConnectException('Tolerance exceeded in error handler', { cause: this.firstError });
    }
  }

  /** A record the task built itself, back to bytes with the task's converters (no original to send). */
  private consumedRecordOf(record: SinkRecord): ConsumedRecord {
    const { topic } = record;
    const key = this.deps.keyConverter.fromConnectData(topic, record.keySchema, record.key);
    const value = this.deps.valueConverter.fromConnectData(topic, record.valueSchema, record.value);
    const headers: NullableHeaders = {};
    for (const header of record.headers) {
      const bytes = this.deps.headerConverter.fromConnectHeader(
        topic,
        header.key,
        header.schema,
        header.value,
      );
      const buffer = bytes === null ? null : Buffer.from(bytes);
      const existing = headers[header.key];
      if (existing === undefined) headers[header.key] = buffer;
      else headers[header.key] = [...(Array.isArray(existing) ? existing : [existing]), buffer];
    }
    return {
      topic,
      partition: record.kafkaPartition,
      offset: String(record.kafkaOffset),
      key: key === null ? null : Buffer.from(key),
      value: value === null ? null : Buffer.from(value),
      headers,
      ...(record.timestamp !== null
        ? { timestamp: String(record.timestamp), timestampType: 'CreateTime' as const }
        : { timestampType: 'NoTimestampType' as const }),
    };
  }
}
