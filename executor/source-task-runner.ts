/**
 * Runs one source task: poll → converters → producer (acks=all), and commits the source offsets of records the
 * broker acknowledged to the offsets topic every `offset.flush.interval.ms` and on stop.
 */

import type { Message, Producer } from 'kafkajs';
import { producerAcks } from '../shared/adapters/kafka/client-config.ts';
import { Partitioners } from '../shared/adapters/kafka/kafkajs.ts';
import { asKafkaHeaders } from '../shared/adapters/kafka/null-header-values.ts';
import { partitionIdentity } from '../shared/cluster/offset-codec.ts';
import type { SourceOffsetEntry } from '../shared/cluster/offset-log.ts';
import type { Logger } from '../shared/logging/logger.ts';
import type { SourceRecord, SourceTask } from '../shared/plugins/api.ts';
import {
  type ConnectRecord,
  fromSourceRecord,
  type SourceConnectRecord,
  toSourceRecord,
} from '../shared/transforms/record.ts';
import { delay } from '../shared/util/wait.ts';
import { ProcessingContext, type RetryWithToleranceOperator } from './errors/operator.ts';
import { converterClass, sourceTaskErrors } from './errors/task-errors.ts';
import { executorMetrics } from './metrics.ts';
import { traceOf } from './status-reporter.ts';
import {
  applyTransformations,
  TASK_SHUTDOWN_GRACE_MS,
  type TaskRunner,
  type TaskRunnerDeps,
  TopicTracker,
  taskClientProps,
  taskKafka,
} from './task-runner.ts';

export class SourceTaskRunner implements TaskRunner {
  private readonly deps: TaskRunnerDeps;
  private readonly task: SourceTask;
  private readonly logger: Logger;
  private readonly abort = new AbortController();
  private readonly pendingOffsets = new Map<string, SourceOffsetEntry>();
  private producer: Producer | undefined;
  private loop: Promise<void> | undefined;
  private paused = false;
  private resumeWaiters: Array<() => void> = [];
  private lastFlush = Date.now();
  private readonly topics: TopicTracker;
  /** Retries and tolerates transformation/converter/produce errors as the connector's `errors.*` settings say. */
  private readonly errors: RetryWithToleranceOperator<SourceRecord>;
  private readonly keyConverterClass: string;
  private readonly valueConverterClass: string;
  private readonly headerConverterClass: string;
  failed = false;

  constructor(deps: TaskRunnerDeps, task: SourceTask) {
    this.deps = deps;
    this.task = task;
    this.topics = new TopicTracker(deps);
    this.logger = deps.logger;
    this.errors = sourceTaskErrors<SourceRecord>({ ...deps, metrics: deps.metrics ?? executorMetrics });
    this.keyConverterClass = converterClass('key', deps);
    this.valueConverterClass = converterClass('value', deps);
    this.headerConverterClass = converterClass('header', deps);
  }

  async start(paused: boolean): Promise<void> {
    const { deps } = this;
    const props = taskClientProps(deps, 'producer', {
      acks: 'all',
      'enable.idempotence': 'false',
      'max.in.flight.requests.per.connection': '1',
    });
    try {
      const kafka = taskKafka(deps, 'producer', props);
      this.producer = kafka.producer({
        createPartitioner: Partitioners.DefaultPartitioner,
        idempotent: props['enable.idempotence'] === 'true',
        maxInFlightRequests: Number(props['max.in.flight.requests.per.connection'] ?? '1'),
      });
      await this.producer.connect();
      await this.task.start(deps.taskConfig, {
        signal: this.abort.signal,
        offsetStorageReader: {
          offset: async (partition) => {
            await deps.offsetLog.readToEnd();
            return deps.offsetLog.offset(deps.connector, partition);
          },
        },
      });
    } catch (err) {
      await this.fail(err);
      return;
    }
    this.paused = paused;
    await deps.status.task(deps.connector, deps.task, paused ? 'PAUSED' : 'RUNNING', null, deps.version);
    this.loop = this.run(producerAcks(props));
  }

  async setPaused(paused: boolean): Promise<void> {
    if (this.failed || paused === this.paused) return;
    this.paused = paused;
    if (!paused) for (const wake of this.resumeWaiters.splice(0)) wake();
    await this.deps.status.task(
      this.deps.connector,
      this.deps.task,
      paused ? 'PAUSED' : 'RUNNING',
      null,
      this.deps.version,
    );
  }

  async stop(): Promise<void> {
    this.abort.abort(new Error('task stopping'));
    this.errors.triggerStop();
    for (const wake of this.resumeWaiters.splice(0)) wake();
    if (this.loop) {
      await Promise.race([this.loop, delay(TASK_SHUTDOWN_GRACE_MS)]);
    }
    if (!this.failed) {
      await this.commitOffsets().catch((err) => this.logger.error('final offset commit failed', { err }));
    }
    try {
      await this.task.stop();
    } catch (err) {
      this.logger.error('source task stop failed', { err });
    }
    await this.producer?.disconnect().catch(() => undefined);
    await this.errors.close().catch((err) => this.logger.warn('error reporters close failed', { err }));
  }

  private async run(acks: number): Promise<void> {
    const signal = this.abort.signal;
    while (!signal.aborted) {
      if (this.paused) {
        await new Promise<void>((wake) => this.resumeWaiters.push(wake));
        continue;
      }
      try {
        const records = await this.task.poll();
        if (records && records.length > 0) await this.send(records, acks);
        if (Date.now() - this.lastFlush >= this.deps.worker.offsetFlushIntervalMs) await this.commitOffsets();
      } catch (err) {
        if (signal.aborted) return;
        await this.fail(err);
        return;
      }
    }
  }

  /**
   * Waits while this executor may not run work (its lease is not current by its own clock — e.g. it was frozen
   * past the fence margin): nothing is sent until the lease is renewed, or the fence stops the task. Resolves
   * false when the task is stopping.
   */
  private async mayRunNow(): Promise<boolean> {
    const mayRun = this.deps.mayRun;
    if (!mayRun || mayRun()) return true;
    this.logger.warn('lease not current: holding records until it is renewed or the task is fenced');
    while (!mayRun()) {
      if (this.abort.signal.aborted) return false;
      await delay(FENCE_CHECK_MS, this.abort.signal).catch(() => undefined);
    }
    return !this.abort.signal.aborted;
  }

  /** Sends one poll's records and waits for the broker's acknowledgement; only then are their offsets pending. */
  private async send(records: readonly SourceRecord[], acks: number): Promise<void> {
    const producer = this.producer;
    if (!producer) throw new Error('producer not started');
    if (!(await this.mayRunNow())) throw new Error('task stopping (fenced) before its records were sent');
    const byTopic = new Map<string, Message[]>();
    const contexts: ProcessingContext<SourceRecord>[] = [];
    for (const polled of records) {
      // A record the chain drops or the error handler skips (errors.tolerance=all) is not produced, but its source
      // offset still counts as processed (as in Apache).
      const context = new ProcessingContext<SourceRecord>(polled);
      const message = await this.convertAndTransform(context);
      if (message === null) continue;
      contexts.push(context);
      const topic = message.topic;
      let messages = byTopic.get(topic);
      if (!messages) {
        messages = [];
        byTopic.set(topic, messages);
      }
      messages.push(message.message);
    }
    if (byTopic.size > 0) {
      try {
        await producer.sendBatch({
          acks,
          topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
        });
      } catch (err) {
        // Like Apache's source task: with errors.tolerance=all a failed send is reported and skipped and the
        // records' offsets are still committed; otherwise the task fails.
        if (this.errors.tolerance !== 'all') throw err;
        for (const context of contexts) {
          await this.errors.executeFailed(context, 'KAFKA_PRODUCE', SOURCE_TASK_CLASS, err);
        }
      }
      await this.topics.track(byTopic.keys());
    }
    for (const record of records) {
      if (record.sourcePartition && record.sourceOffset) {
        this.pendingOffsets.set(partitionIdentity(record.sourcePartition), {
          partition: record.sourcePartition,
          offset: record.sourceOffset,
        });
      }
    }
  }

  /**
   * Each SMT, then header, key and value converters, each under the error handler. Null when the chain dropped
   * the record or a tolerated error skipped it; rejects when an error is not tolerated.
   */
  private async convertAndTransform(
    context: ProcessingContext<SourceRecord>,
  ): Promise<{ topic: string; message: Message } | null> {
    const errors = this.errors;
    const transformed = await applyTransformations(
      errors,
      context,
      this.deps.transforms,
      fromSourceRecord(context.original),
    );
    if (transformed === null) return null;
    const record = toSourceRecord(transformed as SourceConnectRecord);
    // Headers first, then key and value, as Apache converts them.
    const headers = await errors.execute(
      context,
      () => this.convertHeaders(record),
      'HEADER_CONVERTER',
      this.headerConverterClass,
    );
    if (context.failed) return null;
    const key = await errors.execute(
      context,
      () =>
        this.deps.keyConverter.fromConnectData(record.topic, record.keySchema ?? null, record.key ?? null),
      'KEY_CONVERTER',
      this.keyConverterClass,
    );
    if (context.failed || key === undefined) return null;
    const value = await errors.execute(
      context,
      () => this.deps.valueConverter.fromConnectData(record.topic, record.valueSchema ?? null, record.value),
      'VALUE_CONVERTER',
      this.valueConverterClass,
    );
    if (context.failed || value === undefined) return null;
    const message: Message = { key: toBuffer(key), value: toBuffer(value) };
    if (record.kafkaPartition !== undefined && record.kafkaPartition !== null)
      message.partition = record.kafkaPartition;
    if (record.timestamp !== undefined && record.timestamp !== null)
      message.timestamp = String(record.timestamp);
    if (headers) message.headers = asKafkaHeaders(headers);
    return { topic: record.topic, message };
  }

  /** Connect headers → Kafka headers through the header converter; repeated keys stay in order. */
  private convertHeaders(record: SourceRecord): Record<string, Array<Buffer | null>> | undefined {
    if (!record.headers || record.headers.length === 0) return undefined;
    const out: Record<string, Array<Buffer | null>> = {};
    for (const header of record.headers) {
      const bytes = this.deps.headerConverter.fromConnectHeader(
        record.topic,
        header.key,
        header.schema,
        header.value,
      );
      // A null value is sent as null (length -1), as Apache does (shared/adapters/kafka/null-header-values.ts).
      const values = out[header.key] ?? [];
      values.push(bytes === null ? null : (toBuffer(bytes) as Buffer));
      out[header.key] = values;
    }
    return out;
  }

  private async commitOffsets(): Promise<void> {
    this.lastFlush = Date.now();
    if (this.pendingOffsets.size === 0) return;
    // A fenced executor's offsets could overwrite those of the task's new owner: leave them uncommitted (the new
    // owner re-reads those records: duplicates, never loss).
    if (this.deps.mayRun && !this.deps.mayRun()) {
      this.logger.warn('lease not current: source offsets not committed', {
        pending: this.pendingOffsets.size,
      });
      return;
    }
    const entries = [...this.pendingOffsets.values()];
    await this.deps.offsetLog.write(this.deps.connector, entries);
    for (const [id, entry] of [...this.pendingOffsets]) {
      if (entries.includes(entry)) this.pendingOffsets.delete(id);
    }
    await this.task.commit?.();
  }

  private async fail(err: unknown): Promise<void> {
    this.failed = true;
    this.logger.error('source task failed', { err });
    await this.deps.status.task(
      this.deps.connector,
      this.deps.task,
      'FAILED',
      traceOf(err),
      this.deps.version,
    );
  }
}

/** How often a task whose lease is not current checks it again. */
const FENCE_CHECK_MS = 100;

/** The executing class Apache reports for producer failures. */
const SOURCE_TASK_CLASS = 'org.apache.kafka.connect.source.SourceTask';

function toBuffer(bytes: Uint8Array | null): Buffer | null {
  if (bytes === null) return null;
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
