/**
 * Runs one sink task: consumer group `connect-<name>` (or `consumer.override.group.id`) → converters → put, and
 * commits consumed offsets to the group only after the task's flush succeeded (and the errant records it reported
 * were persisted), every `offset.flush.interval.ms` and on stop. A `put` that throws a RetriableException gets the
 * same batch again after the task's timeout or at the next commit, as in Apache; any other error fails the task.
 */

import type { Consumer, EachBatchPayload, KafkaMessage } from 'kafkajs';
import { consumerSettings } from '../shared/adapters/kafka/client-config.ts';
import type { NullableHeaders } from '../shared/adapters/kafka/null-header-values.ts';
import { ConnectException } from '../shared/data/errors.ts';
import type { SchemaAndValue } from '../shared/data/schema-and-value.ts';
import type { Logger } from '../shared/logging/logger.ts';
import type {
  ConnectHeader,
  SinkRecord,
  SinkTask,
  SinkTaskContext,
  TopicPartitionOffset,
} from '../shared/plugins/api.ts';
import {
  type ConnectRecord,
  fromSinkRecord,
  type SinkConnectRecord,
  type TimestampType,
  toSinkRecord,
} from '../shared/transforms/record.ts';
import { delay } from '../shared/util/wait.ts';
import { SinkErrantRecordReporter } from './errors/errant-record-reporter.ts';
import { errorHandlingConfig, isRetriable, type RetryWithToleranceOperator } from './errors/operator.ts';
import type { ConsumedRecord } from './errors/reporters.ts';
import { converterClass, sinkTaskErrors } from './errors/task-errors.ts';
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

const SUBSCRIBE_RETRY_MS = 1_000;
/** While a batch waits for redelivery, the group membership is kept alive this often. */
const REDELIVERY_HEARTBEAT_MS = 1_000;
/** The shortest wait before a redelivery (the next commit may be due already). */
const REDELIVERY_MIN_WAIT_MS = 10;

type Delivery = 'delivered' | 'retry' | 'failed';

/** One consumed record on its way through the converters and SMTs (one object per runner, reused). */
interface SinkState {
  topic: string;
  partition: number;
  message: KafkaMessage;
  timestampType: TimestampType;
  key: SchemaAndValue;
  value: SchemaAndValue;
  headers: ConnectHeader[];
  /** The record as the SMTs see it, once the first SMT took it. */
  transformed: ConnectRecord | null;
}

const NO_DATA: SchemaAndValue = { schema: null, value: null };

export class SinkTaskRunner implements TaskRunner {
  private readonly deps: TaskRunnerDeps;
  private readonly task: SinkTask;
  private readonly logger: Logger;
  private readonly abort = new AbortController();
  /** Next offset to commit per "topic\u0000partition", for records already put. */
  private readonly consumed = new Map<string, TopicPartitionOffset>();
  private consumer: Consumer | undefined;
  private subscribedTopics: string[] = [];
  /** Topics of the partitions the group gave this task at its last join (regex subscriptions included). */
  private assignedTopics: string[] = [];
  private paused = false;
  private consuming: Promise<void> | undefined;
  private flushTimer: NodeJS.Timeout | undefined;
  /** Serializes put and flush+commit: Kafka offsets are committed only for records the task has flushed. */
  private chain: Promise<void> = Promise.resolve();
  private readonly topics: TopicTracker;
  /** Retries and tolerates converter/transformation errors as the connector's `errors.*` settings say. */
  private errors: RetryWithToleranceOperator<ConsumedRecord> | undefined;
  private readonly steps: readonly PipelineStep<SinkState>[];
  private readonly state: SinkState;
  /** The errant record reporter the task's context hands out (null without a DLQ and errors.log.enable). */
  private reporter: SinkErrantRecordReporter | null = null;
  /** The consumed record each SinkRecord given to put was built from (for the errant record reporter). */
  private readonly originals = new WeakMap<SinkRecord, ConsumedRecord>();
  /** `context.timeout(ms)`: the wait before the next redelivery; -1 when not set. */
  private redeliveryTimeoutMs = -1;
  /** When the flush timer next commits offsets (a redelivery waits at most until then). */
  private nextCommitAt = 0;
  failed = false;

  constructor(deps: TaskRunnerDeps, task: SinkTask) {
    this.deps = deps;
    this.task = task;
    this.topics = new TopicTracker(deps);
    this.logger = deps.logger;
    this.steps = this.pipelineSteps();
    this.state = {
      topic: '',
      partition: 0,
      message: {
        key: null,
        value: null,
        offset: '0',
        timestamp: '0',
        attributes: 0,
        headers: {},
      } as KafkaMessage,
      timestampType: 'CreateTime',
      key: NO_DATA,
      value: NO_DATA,
      headers: [],
      transformed: null,
    };
  }

  async start(paused: boolean): Promise<void> {
    const { deps } = this;
    const props = taskClientProps(deps, 'consumer', {
      'enable.auto.commit': 'false',
      'auto.offset.reset': 'earliest',
    });
    try {
      const kafka = taskKafka(deps, 'consumer', props);
      const settings = consumerSettings(props, `connect-${deps.connector}`);
      const consumer = kafka.consumer({
        ...settings,
        retry: {
          ...settings.retry,
          // kafkajs restarts a crashed consumer by itself; one that crashes while this task is stopping (a
          // connection closed under it) must stay down, or it rejoins the group as a zombie member that holds the
          // partitions and blocks offset resets.
          restartOnFailure: async () => !this.abort.signal.aborted,
        },
      });
      this.consumer = consumer;
      consumer.on(consumer.events.GROUP_JOIN, (event) => {
        this.assignedTopics = Object.keys(event.payload.memberAssignment);
        // kafkajs forgets paused topics when its consumer group restarts: apply the target state again.
        if (this.paused) this.setPausedTopics(true);
      });
      const errors = await sinkTaskErrors({ ...deps, metrics: deps.metrics ?? executorMetrics });
      this.errors = errors;
      const errorConfig = errorHandlingConfig(deps.connectorConfig);
      if (errorConfig.dlqTopic !== '' || errorConfig.logEnable) {
        this.reporter = new SinkErrantRecordReporter({
          operator: errors,
          originalOf: (record) => this.originals.get(record),
          keyConverter: deps.keyConverter,
          valueConverter: deps.valueConverter,
          headerConverter: deps.headerConverter,
        });
      }
      await this.task.start(deps.taskConfig, this.taskContext());
      await consumer.connect();
    } catch (err) {
      await this.fail(err);
      return;
    }
    this.subscribedTopics = (deps.taskConfig.topics ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t.length > 0);
    const flushIntervalMs = Math.max(deps.worker.offsetFlushIntervalMs, 100);
    this.nextCommitAt = Date.now() + flushIntervalMs;
    this.flushTimer = setInterval(() => {
      this.nextCommitAt = Date.now() + flushIntervalMs;
      this.enqueue(() => this.flushAndCommit()).catch(() => undefined);
    }, flushIntervalMs);
    this.paused = false;
    if (paused) await this.setPaused(true);
    else await deps.status.task(deps.connector, deps.task, 'RUNNING', null, deps.version);
    const fromBeginning = (props['auto.offset.reset'] ?? 'earliest') === 'earliest';
    this.consuming = this.subscribeAndRun(fromBeginning);
  }

  /**
   * Subscribes and starts consuming. Like Apache's sink (whose consumer just waits for metadata), a topic that
   * does not exist yet or has no leader is waited for; only non-retriable errors fail the task.
   */
  private async subscribeAndRun(fromBeginning: boolean): Promise<void> {
    const consumer = this.consumer;
    if (!consumer) return;
    const regex = this.deps.taskConfig['topics.regex']?.trim();
    const topics: Array<string | RegExp> =
      this.subscribedTopics.length > 0 ? this.subscribedTopics : regex ? [new RegExp(`^(?:${regex})$`)] : [];
    for (;;) {
      if (this.abort.signal.aborted) return;
      try {
        await consumer.subscribe({ topics, fromBeginning });
        break;
      } catch (err) {
        if (!(err as { retriable?: boolean }).retriable) {
          await this.fail(err);
          return;
        }
        this.logger.debug('waiting for the subscribed topics', { err });
        await delay(SUBSCRIBE_RETRY_MS, this.abort.signal).catch(() => undefined);
      }
    }
    try {
      await consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        eachBatch: (payload) => this.onBatch(payload),
      });
      if (this.paused) this.setPausedTopics(true);
    } catch (err) {
      await this.fail(err);
    }
  }

  async setPaused(paused: boolean): Promise<void> {
    if (this.failed || !this.consumer || paused === this.paused) return;
    this.paused = paused;
    this.setPausedTopics(paused);
    await this.deps.status.task(
      this.deps.connector,
      this.deps.task,
      paused ? 'PAUSED' : 'RUNNING',
      null,
      this.deps.version,
    );
  }

  /**
   * Pauses or resumes fetching. Before kafkajs' consumer group exists (not yet running, or restarting) this is a
   * no-op: the GROUP_JOIN handler applies the current target state once it does, and `onBatch` never puts
   * records while paused.
   */
  private setPausedTopics(paused: boolean): void {
    const topics = [...new Set([...this.subscribedTopics, ...this.assignedTopics])].map((topic) => ({
      topic,
    }));
    if (topics.length === 0 || !this.consumer) return;
    try {
      if (paused) this.consumer.pause(topics);
      else this.consumer.resume(topics);
    } catch (err) {
      this.logger.debug('pause/resume deferred until the consumer group is running', { err });
    }
  }

  async stop(): Promise<void> {
    this.abort.abort(new Error('task stopping'));
    this.errors?.triggerStop();
    // Not awaiting `consuming` here: kafkajs' run() waits for the group join, which can wait for a rebalance
    // that only completes once this member leaves. Stopping the consumer below cancels it.
    if (this.flushTimer) clearInterval(this.flushTimer);
    // Commit while still a group member: stop taking batches, let the one in progress finish, flush, commit.
    this.setPausedTopics(true);
    if (!this.failed) {
      await this.enqueue(() => this.flushAndCommit()).catch((err) =>
        this.logger.error('final offset commit failed', { err }),
      );
    }
    // kafkajs stops a consumer only once the group join in progress completes, and during a rebalance that waits
    // for departed members' session timeouts (Apache's consumer.wakeup() cuts it short). After the grace period the
    // consumer leaves the group in the background: its run loop is stopped, so it fetches and commits nothing more.
    const consumer = this.consumer;
    const left = (async () => {
      try {
        await consumer?.stop();
      } catch (err) {
        this.logger.warn('consumer stop failed', { err });
      }
      await consumer?.disconnect().catch(() => undefined);
      await this.consuming;
    })();
    const grace = new AbortController();
    const done = await Promise.race([
      left.then(() => true),
      delay(TASK_SHUTDOWN_GRACE_MS, grace.signal).then(
        () => false,
        () => true,
      ),
    ]);
    grace.abort();
    if (!done)
      this.logger.warn('the consumer is still leaving its group (a rebalance is in progress); not waiting');
    try {
      await this.task.stop();
    } catch (err) {
      this.logger.error('sink task stop failed', { err });
    }
    await this.errors?.close().catch((err) => this.logger.warn('error reporters close failed', { err }));
  }

  /**
   * Puts one fetched batch. Offsets are resolved (kafkajs' fetch position moves on) only for records put; a batch
   * skipped while paused, stopping or after a failure is fetched again later.
   */
  private async onBatch({
    batch,
    heartbeat,
    isRunning,
    isStale,
    resolveOffset,
  }: EachBatchPayload): Promise<void> {
    if (this.failed || this.paused || this.abort.signal.aborted || !isRunning() || isStale()) return;
    if (batch.messages.length === 0) return;
    await this.topics.track([batch.topic]);
    // Converters, then the SMT chain; records the chain drops or the error handler skips (errors.tolerance=all)
    // are not put, but their offsets are consumed. An error not tolerated fails the task before anything of this
    // batch is put, so no offset moves past the bad record.
    const records: SinkRecord[] = [];
    try {
      for (const message of batch.messages) {
        const converted = this.convert(batch.topic, batch.partition, message);
        const record = converted instanceof Promise ? await converted : converted;
        if (record !== null) records.push(record);
      }
    } catch (err) {
      await this.fail(err);
      return;
    }
    const last = batch.messages[batch.messages.length - 1];
    if (!last) return;
    const consumedUpTo: TopicPartitionOffset = {
      topic: batch.topic,
      partition: batch.partition,
      offset: Number(last.offset) + 1,
    };
    for (;;) {
      const delivery = await this.enqueue(() => this.deliver(records, consumedUpTo, resolveOffset));
      if (delivery !== 'retry') break;
      // Apache pauses every partition and keeps polling (the group membership alive) until the task's timeout or
      // the next offset commit, then puts the same batch again. kafkajs hands batches over one at a time, so while
      // this one waits nothing else is put; commits of records already put go on in between.
      const stillOurs = await this.waitBeforeRedelivery(heartbeat, () => isRunning() && !isStale());
      // Stopping, paused or rebalanced: the batch's offsets were not resolved, so it is fetched (and put) again.
      if (!stillOurs) return;
    }
    await heartbeat();
  }

  /**
   * One `put` of a batch. Delivered: the batch's offsets move on. Retry: the task threw a RetriableException and
   * wants the same records again later. Failed: any other error (the task is FAILED).
   */
  private async deliver(
    records: readonly SinkRecord[],
    consumedUpTo: TopicPartitionOffset,
    resolveOffset: (offset: string) => void,
  ): Promise<Delivery> {
    if (this.failed) return 'failed';
    try {
      // The task gets its own copy: a redelivery hands over the same records again.
      await this.task.put([...records]);
      // A task that swallowed the "Tolerance exceeded" error of a report fails all the same.
      this.reporter?.throwIfToleranceExceeded();
    } catch (err) {
      if (isRetriable(err)) {
        this.logger.error('RetriableException from SinkTask; the batch will be delivered again', { err });
        return 'retry';
      }
      this.logger.error(
        'Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted.',
        { err },
      );
      await this.fail(
        new ConnectException('Exiting WorkerSinkTask due to unrecoverable exception.', { cause: err }),
      );
      return 'failed';
    }
    resolveOffset(String(consumedUpTo.offset - 1));
    this.consumed.set(`${consumedUpTo.topic}\u0000${consumedUpTo.partition}`, consumedUpTo);
    return 'delivered';
  }

  /**
   * Waits until the task's `context.timeout(ms)` or the next offset commit, whichever comes first, heartbeating.
   * False when the batch must not be redelivered now (stopping, failed, paused, or the group moved on).
   */
  private async waitBeforeRedelivery(
    heartbeat: () => Promise<void>,
    current: () => boolean,
  ): Promise<boolean> {
    let wait = Math.max(this.nextCommitAt - Date.now(), 0);
    if (this.redeliveryTimeoutMs > 0) wait = Math.min(wait, this.redeliveryTimeoutMs);
    this.redeliveryTimeoutMs = -1;
    const until = Date.now() + Math.max(wait, REDELIVERY_MIN_WAIT_MS);
    const usable = () => !this.failed && !this.paused && !this.abort.signal.aborted && current();
    while (usable()) {
      const left = until - Date.now();
      if (left <= 0) return true;
      try {
        await delay(Math.min(left, REDELIVERY_HEARTBEAT_MS), this.abort.signal);
      } catch {
        return false;
      }
      if (usable()) await heartbeat();
    }
    return false;
  }

  /** What the task sees of the framework: stop signal, redelivery timeout, errant record reporter. */
  private taskContext(): SinkTaskContext {
    return {
      signal: this.abort.signal,
      timeout: (ms: number) => {
        this.redeliveryTimeoutMs = ms;
      },
      errantRecordReporter: () => this.reporter,
    };
  }

  /**
   * Key, value and header converters, then each SMT (Apache's stages and executing classes) on a consumed record.
   * Null when the chain dropped it or a tolerated failure skipped it; a promise only when a step failed and the
   * error handler took over.
   */
  private convert(
    topic: string,
    partition: number,
    message: KafkaMessage,
  ): SinkRecord | null | Promise<SinkRecord | null> {
    const errors = this.errors;
    if (!errors) throw new Error('error handler not started');
    const state = this.state;
    state.topic = topic;
    state.partition = partition;
    state.message = message;
    state.timestampType = timestampTypeOf(message);
    state.transformed = null;
    return runPipelineTo(this.steps, state, errors, consumedRecord, (s) => this.sinkRecord(s));
  }

  /** What `put` receives for the record in `state`; remembered with its consumed form for the errant record reporter. */
  private sinkRecord(state: SinkState): SinkRecord {
    const record = state.transformed
      ? toSinkRecord(state.transformed as SinkConnectRecord)
      : this.untransformed(state);
    if (this.reporter) this.originals.set(record, consumedRecord(state));
    return record;
  }

  private untransformed(state: SinkState): SinkRecord {
    const timestamp = state.message.timestamp;
    return {
      topic: state.topic,
      kafkaPartition: state.partition,
      kafkaOffset: Number(state.message.offset),
      keySchema: state.key.schema,
      key: state.key.value,
      valueSchema: state.value.schema,
      value: state.value.value,
      timestamp: timestamp === undefined ? null : Number(timestamp),
      headers: state.headers,
    };
  }

  private pipelineSteps(): PipelineStep<SinkState>[] {
    const { deps } = this;
    const steps: PipelineStep<SinkState>[] = [
      {
        stage: 'KEY_CONVERTER',
        executingClass: converterClass('key', deps),
        run: (s) => {
          s.key = deps.keyConverter.toConnectData(s.topic, s.message.key);
          return true;
        },
      },
      {
        stage: 'VALUE_CONVERTER',
        executingClass: converterClass('value', deps),
        run: (s) => {
          s.value = deps.valueConverter.toConnectData(s.topic, s.message.value);
          return true;
        },
      },
      {
        stage: 'HEADER_CONVERTER',
        executingClass: converterClass('header', deps),
        run: (s) => {
          s.headers = this.convertHeaders(s.topic, s.message);
          return true;
        },
      },
    ];
    for (const stage of deps.transforms.stages) {
      steps.push({
        stage: 'TRANSFORMATION',
        executingClass: stage.className,
        run: (s) => {
          const output = stage.apply(s.transformed ?? fromSinkRecord(this.untransformed(s), s.timestampType));
          if (output === null) return false;
          s.transformed = output;
          return true;
        },
      });
    }
    return steps;
  }

  private convertHeaders(topic: string, message: KafkaMessage): ConnectHeader[] {
    const headers: ConnectHeader[] = [];
    const raw = message.headers;
    if (!raw) return headers;
    for (const headerKey in raw) {
      const entry = raw[headerKey];
      for (const bytes of Array.isArray(entry) ? entry : [entry]) {
        const converted = this.deps.headerConverter.toConnectHeader(
          topic,
          headerKey,
          bytes === undefined ? null : typeof bytes === 'string' ? Buffer.from(bytes) : bytes,
        );
        headers.push({ key: headerKey, schema: converted.schema, value: converted.value });
      }
    }
    return headers;
  }

  /** task.flush, then commit what was flushed to the consumer group. */
  private async flushAndCommit(): Promise<void> {
    if (this.failed || this.consumed.size === 0) return;
    const offsets = [...this.consumed.values()];
    if (this.reporter) {
      // Apache waits for the errant records' DLQ writes before committing their partitions' offsets.
      try {
        await this.reporter.awaitReports(offsets);
      } catch (err) {
        await this.fail(err);
        return;
      }
    }
    await this.task.flush(offsets);
    try {
      await this.consumer?.commitOffsets(
        offsets.map((o) => ({ topic: o.topic, partition: o.partition, offset: String(o.offset) })),
      );
      for (const o of offsets) {
        const key = `${o.topic}\u0000${o.partition}`;
        if (this.consumed.get(key) === o) this.consumed.delete(key);
      }
    } catch (err) {
      // A rebalance moved partitions away: their records will be consumed again (at-least-once).
      this.logger.warn('offset commit failed; records since the last commit may be redelivered', { err });
    }
  }

  private enqueue<R>(step: () => Promise<R>): Promise<R> {
    const next = this.chain.then(step);
    this.chain = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  }

  private async fail(err: unknown): Promise<void> {
    if (this.failed) return;
    this.failed = true;
    // Stop fetching: nothing more is put, and the failed batch is not fetched again and again.
    this.setPausedTopics(true);
    this.logger.error('sink task failed', { err });
    await this.deps.status.task(
      this.deps.connector,
      this.deps.task,
      'FAILED',
      traceOf(err),
      this.deps.version,
    );
  }
}

/** The consumed record as the error reporters describe it and the DLQ writes it. */
function consumedRecord(state: SinkState): ConsumedRecord {
  const message = state.message;
  return {
    topic: state.topic,
    partition: state.partition,
    offset: message.offset,
    key: message.key,
    value: message.value,
    // kafkajs decodes a null header value as null, whatever its types say.
    headers: message.headers as NullableHeaders | undefined,
    timestamp: message.timestamp,
    timestampType: state.timestampType,
  };
}

/** Kafka's record attribute bit 3: log-append time; otherwise create time. */
function timestampTypeOf(message: KafkaMessage): TimestampType {
  const attributes = (message as KafkaMessage & { attributes?: number }).attributes ?? 0;
  return (attributes & 0x08) !== 0 ? 'LogAppendTime' : 'CreateTime';
}
