/**
 * Runs one source task: poll → SMTs → converters → producer (acks=all), and commits the source offsets of records the
 * broker acknowledged to the offsets topic every `offset.flush.interval.ms` and on stop.
 *
 * Records are converted as soon as a poll returns, synchronously (executor/record-pipeline.ts), and queued for the
 * producer; while one send is in flight the task keeps polling, and what it polls meanwhile goes out in the next
 * send — as Apache's producer accumulates while a request is in flight. At most one send is in flight (Connect's
 * `max.in.flight.requests.per.connection=1`), so records reach each partition in poll order, and a poll's offsets
 * become committable only once it and every poll before it were acknowledged. Sends are split so that no request
 * exceeds `max.request.size`; a record larger than that fails with Apache's RecordTooLargeException message through
 * the error handler, and the task polls no further ahead than `buffer.memory` bytes (at most 4 requests' worth).
 */

import type { Message, Producer } from 'kafkajs';
import { producerAcks } from '../shared/adapters/kafka/client-config.ts';
import { Partitioners } from '../shared/adapters/kafka/kafkajs.ts';
import { asKafkaHeaders } from '../shared/adapters/kafka/null-header-values.ts';
import { partitionIdentity } from '../shared/cluster/offset-codec.ts';
import type { SourceOffsetEntry } from '../shared/cluster/offset-log.ts';
import { ConnectException } from '../shared/data/errors.ts';
import type { Logger } from '../shared/logging/logger.ts';
import type { OffsetMap, SourceRecord, SourceTask } from '../shared/plugins/api.ts';
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
import { type PipelineStep, runPipelineTo } from './record-pipeline.ts';
import { traceOf } from './status-reporter.ts';
import {
  TASK_SHUTDOWN_GRACE_MS,
  type TaskRunner,
  type TaskRunnerDeps,
  TopicTracker,
  taskClientProps,
  taskKafka,
} from './task-runner.ts';

/** One record on its way through the SMTs and converters (one object per runner, reused record after record). */
interface SourceState {
  polled: SourceRecord;
  /** The record as the SMTs see it, once the first SMT took it. */
  transformed: ConnectRecord | null;
  /** What the converters read: the polled record, or the chain's output in the plugin API's shape. */
  record: SourceRecord;
  headers: Record<string, Array<Buffer | null>> | undefined;
  key: Uint8Array | null;
  value: Uint8Array | null;
}

/** A converted record ready for the producer. */
interface Outgoing {
  readonly topic: string;
  readonly message: Message;
  /** Its serialized size, estimated from above as Apache's producer does. */
  readonly size: number;
  /**
   * The polled record, kept only while a failed send would report it (errors.tolerance=all): otherwise it is garbage
   * as soon as it is converted, so a large poll does not age into the old generation while its send is in flight.
   */
  readonly polled: SourceRecord | undefined;
}

/** A source partition's latest offset, with the partition's canonical identity. */
interface PolledOffset extends SourceOffsetEntry {
  readonly id: string;
}

/** One poll's worth: what is sent, and the latest offset of each source partition it polled (dropped or skipped
 * records too), committable once it was sent. */
interface PolledBatch {
  readonly outgoing: readonly Outgoing[];
  readonly offsets: readonly PolledOffset[];
}

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
  private readonly steps: readonly PipelineStep<SourceState>[];
  private readonly state: SourceState;
  /** Converted polls waiting for the send in flight. */
  private queue: PolledBatch[] = [];
  private queuedBytes = 0;
  /** The send in flight (it drains the queue), if any. */
  private sending: Promise<void> | undefined;
  /** Why a send failed, for the poll loop to fail the task with. */
  private sendFailure: unknown;
  private acks = -1;
  private maxRequestSize = DEFAULT_MAX_REQUEST_SIZE;
  private queueLimit = DEFAULT_MAX_REQUEST_SIZE;
  failed = false;

  constructor(deps: TaskRunnerDeps, task: SourceTask) {
    this.deps = deps;
    this.task = task;
    this.topics = new TopicTracker(deps);
    this.logger = deps.logger;
    this.errors = sourceTaskErrors<SourceRecord>({ ...deps, metrics: deps.metrics ?? executorMetrics });
    this.steps = this.pipelineSteps();
    const none = { topic: '', sourcePartition: null, sourceOffset: null, value: null } satisfies SourceRecord;
    this.state = {
      polled: none,
      transformed: null,
      record: none,
      headers: undefined,
      key: null,
      value: null,
    };
  }

  async start(paused: boolean): Promise<void> {
    const { deps } = this;
    const props = taskClientProps(deps, 'producer', {
      acks: 'all',
      'enable.idempotence': 'false',
      'max.in.flight.requests.per.connection': '1',
    });
    try {
      this.acks = producerAcks(props);
      this.maxRequestSize = positiveSetting(props, 'max.request.size', DEFAULT_MAX_REQUEST_SIZE);
      const bufferMemory = positiveSetting(props, 'buffer.memory', DEFAULT_BUFFER_MEMORY);
      this.queueLimit = Math.max(1, Math.min(bufferMemory, QUEUED_REQUESTS * this.maxRequestSize));
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
    this.loop = this.run();
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

  private async run(): Promise<void> {
    const signal = this.abort.signal;
    try {
      while (!signal.aborted) {
        if (this.paused) {
          await new Promise<void>((wake) => this.resumeWaiters.push(wake));
          continue;
        }
        const records = await this.task.poll();
        this.throwIfSendFailed();
        if (records && records.length > 0) await this.submit(records);
        if (Date.now() - this.lastFlush >= this.deps.worker.offsetFlushIntervalMs) await this.commitOffsets();
      }
      // Stopping: what was polled is still sent (Apache's producer flushes on close), so its offsets can be committed.
      await this.sending;
      this.throwIfSendFailed();
    } catch (err) {
      // Stopping: what was acknowledged is committed by stop(); nothing else is owed.
      if (signal.aborted) return;
      await this.fail(err);
    }
  }

  private throwIfSendFailed(): void {
    if (this.sendFailure !== undefined) throw this.sendFailure;
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

  /**
   * Converts one poll's records and queues them for the producer, starting a send unless one is in flight. Waits
   * only when the queue holds `queueLimit` bytes or more (until the queue was sent).
   */
  private async submit(records: readonly SourceRecord[]): Promise<void> {
    const outgoing: Outgoing[] = [];
    let bytes = 0;
    for (const polled of records) {
      // A record the chain drops or the error handler skips (errors.tolerance=all) is not produced, but its source
      // offset still counts as processed (as in Apache).
      const converted = this.convert(polled);
      const message = converted instanceof Promise ? await converted : converted;
      if (message === null) continue;
      outgoing.push(message);
      bytes += message.size;
    }
    // Nothing goes out after a failed send: the task fails with that failure instead.
    this.throwIfSendFailed();
    this.queue.push({ outgoing, offsets: latestOffsets(records) });
    this.queuedBytes += bytes;
    if (!this.sending) {
      const sending = this.drain();
      this.sending = sending;
      void sending.finally(() => {
        if (this.sending === sending) this.sending = undefined;
      });
    }
    if (this.queuedBytes >= this.queueLimit) await this.sending;
  }

  /** Sends what is queued, poll after poll, until the queue is empty; a failure stops sending and is kept. */
  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0 && this.sendFailure === undefined) {
        const polls = this.queue;
        this.queue = [];
        this.queuedBytes = 0;
        await this.send(polls);
      }
    } catch (err) {
      this.sendFailure ??= err;
      this.queue = [];
      this.queuedBytes = 0;
    }
  }

  /**
   * Sends the records of some polls in requests of at most `max.request.size` bytes, one after the other, and waits
   * for the broker's acknowledgement of each; then the polls' offsets are pending commit.
   */
  private async send(polls: readonly PolledBatch[]): Promise<void> {
    const budget = this.maxRequestSize - REQUEST_OVERHEAD_BYTES;
    let chunk: Outgoing[] = [];
    let chunkBytes = 0;
    for (const poll of polls) {
      for (const out of poll.outgoing) {
        if (out.size > this.maxRequestSize) {
          await this.sendChunk(chunk);
          chunk = [];
          chunkBytes = 0;
          await this.sendFailed([out], recordTooLarge(out.size, this.maxRequestSize));
          continue;
        }
        if (chunkBytes + out.size > budget && chunk.length > 0) {
          await this.sendChunk(chunk);
          chunk = [];
          chunkBytes = 0;
        }
        chunk.push(out);
        chunkBytes += out.size;
      }
    }
    await this.sendChunk(chunk);
    for (const poll of polls) {
      for (const entry of poll.offsets) this.pendingOffsets.set(entry.id, entry);
    }
  }

  private async sendChunk(chunk: readonly Outgoing[]): Promise<void> {
    if (chunk.length === 0) return;
    const producer = this.producer;
    if (!producer) throw new Error('producer not started');
    if (!(await this.mayRunNow())) throw new Error('task stopping (fenced) before its records were sent');
    const byTopic = new Map<string, Message[]>();
    for (const out of chunk) {
      let messages = byTopic.get(out.topic);
      if (!messages) {
        messages = [];
        byTopic.set(out.topic, messages);
      }
      messages.push(out.message);
    }
    try {
      await producer.sendBatch({
        acks: this.acks,
        topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
      });
    } catch (err) {
      await this.sendFailed(chunk, err);
    }
    await this.topics.track(byTopic.keys());
  }

  /**
   * Like Apache's source task: with errors.tolerance=all a failed send is reported and skipped, and the records'
   * offsets are still committed; otherwise the task fails ("Unrecoverable exception from producer send callback").
   */
  private async sendFailed(records: readonly Outgoing[], err: unknown): Promise<void> {
    if (this.errors.tolerance !== 'all') {
      throw new ConnectException('Unrecoverable exception from producer send callback', { cause: err });
    }
    for (const out of records) {
      await this.errors.executeFailed(
        new ProcessingContext(out.polled as SourceRecord),
        'KAFKA_PRODUCE',
        SOURCE_TASK_CLASS,
        err,
      );
    }
  }

  /**
   * The SMTs, then header, key and value converters (Apache's order), on a record; null when it is dropped or a
   * tolerated failure skipped it, a promise only when a step failed and the error handler took over.
   */
  private convert(polled: SourceRecord): Outgoing | null | Promise<Outgoing | null> {
    const state = this.state;
    state.polled = polled;
    state.record = polled;
    state.transformed = null;
    state.headers = undefined;
    return runPipelineTo(
      this.steps,
      state,
      this.errors,
      (s) => s.polled,
      (s) => this.outgoing(s),
    );
  }

  private outgoing(state: SourceState): Outgoing {
    const record = state.record;
    const key = toBuffer(state.key);
    const value = toBuffer(state.value);
    const message: Message = { key, value };
    let size = RECORD_OVERHEAD_BYTES + (key?.length ?? 0) + (value?.length ?? 0);
    if (record.kafkaPartition !== undefined && record.kafkaPartition !== null)
      message.partition = record.kafkaPartition;
    if (record.timestamp !== undefined && record.timestamp !== null)
      message.timestamp = String(record.timestamp);
    if (state.headers) {
      message.headers = asKafkaHeaders(state.headers);
      size += headersSize(state.headers);
    }
    return {
      topic: record.topic,
      message,
      size,
      polled: this.errors.tolerance === 'all' ? state.polled : undefined,
    };
  }

  private pipelineSteps(): PipelineStep<SourceState>[] {
    const { deps } = this;
    const stages = deps.transforms.stages;
    const steps: PipelineStep<SourceState>[] = stages.map((stage, index) => ({
      stage: 'TRANSFORMATION',
      executingClass: stage.className,
      run: (s) => {
        const output = stage.apply(s.transformed ?? fromSourceRecord(s.polled));
        if (output === null) return false;
        s.transformed = output;
        if (index === stages.length - 1) s.record = toSourceRecord(output as SourceConnectRecord);
        return true;
      },
    }));
    steps.push(
      {
        stage: 'HEADER_CONVERTER',
        executingClass: converterClass('header', deps),
        run: (s) => {
          s.headers = this.convertHeaders(s.record);
          return true;
        },
      },
      {
        stage: 'KEY_CONVERTER',
        executingClass: converterClass('key', deps),
        run: (s) => {
          const r = s.record;
          s.key = deps.keyConverter.fromConnectData(r.topic, r.keySchema ?? null, r.key ?? null);
          return true;
        },
      },
      {
        stage: 'VALUE_CONVERTER',
        executingClass: converterClass('value', deps),
        run: (s) => {
          const r = s.record;
          s.value = deps.valueConverter.fromConnectData(r.topic, r.valueSchema ?? null, r.value);
          return true;
        },
      },
    );
    return steps;
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
    if (this.failed) return;
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

/** The Java producer's defaults. */
const DEFAULT_MAX_REQUEST_SIZE = 1_048_576;
const DEFAULT_BUFFER_MEMORY = 33_554_432;
/** The task polls ahead at most this many requests' worth of records (and never more than `buffer.memory`). */
const QUEUED_REQUESTS = 4;
/** A record's overhead beyond its key, value and headers, from above: Kafka's record batch header (61 bytes) and
 * the most a v2 record adds (21), as Apache's `estimateSizeInBytesUpperBound` counts it. */
const RECORD_OVERHEAD_BYTES = 61 + 21;
/** Room kept in each request for its own header and the per-partition batch headers. */
const REQUEST_OVERHEAD_BYTES = 4096;

/** Apache's RecordTooLargeException for a record over `max.request.size`. */
function recordTooLarge(size: number, maxRequestSize: number): Error {
  const error = new Error(
    `The message is ${size} bytes when serialized which is larger than ${maxRequestSize}, which is the value of the max.request.size configuration.`,
  );
  error.name = 'RecordTooLargeException';
  return error;
}

function positiveSetting(props: Readonly<Record<string, string>>, key: string, fallback: number): number {
  const text = props[key]?.trim();
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value <= 0)
    throw new Error(`Invalid value ${text} for configuration ${key}`);
  return value;
}

function headersSize(headers: Record<string, Array<Buffer | null>>): number {
  let size = 5;
  for (const [key, values] of Object.entries(headers)) {
    for (const value of values) size += 10 + Buffer.byteLength(key) + (value?.length ?? 0);
  }
  return size;
}

/** The latest offset of each source partition among `records`, with the partition's canonical identity. */
function latestOffsets(records: readonly SourceRecord[]): PolledOffset[] {
  const latest = new Map<string, PolledOffset>();
  let lastPartition: OffsetMap | null = null;
  let lastId = '';
  for (const record of records) {
    const partition = record.sourcePartition;
    if (!partition || !record.sourceOffset) continue;
    // Consecutive records mostly share their partition: skip its canonical form when it is the same map.
    const id =
      lastPartition !== null && sameFlatMap(partition, lastPartition) ? lastId : partitionIdentity(partition);
    lastPartition = partition;
    lastId = id;
    latest.set(id, { id, partition, offset: record.sourceOffset });
  }
  return [...latest.values()];
}

/** Same keys in the same order with identical values (a flat offset map). */
function sameFlatMap(a: OffsetMap, b: OffsetMap): boolean {
  if (a === b) return true;
  let count = 0;
  for (const key in a) {
    if (a[key] !== b[key] || !Object.hasOwn(b, key)) return false;
    count++;
  }
  for (const _ in b) count--;
  return count === 0;
}

function toBuffer(bytes: Uint8Array | null): Buffer | null {
  if (bytes === null) return null;
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
