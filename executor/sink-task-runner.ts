/**
 * Runs one sink task: consumer group `connect-<name>` (or `consumer.override.group.id`) → converters → put, and
 * commits consumed offsets to the group only after the task's flush succeeded, every `offset.flush.interval.ms`
 * and on stop.
 */
import type { Consumer, EachBatchPayload, KafkaMessage } from 'kafkajs';
import { createKafka } from '../shared/adapters/kafka/client.ts';
import {
  consumerSettings,
  kafkaConnectionSettings,
  resolveClientProps,
  unsupportedClientKeys,
} from '../shared/adapters/kafka/client-config.ts';
import type { Logger } from '../shared/logging/logger.ts';
import type { SinkRecord, SinkTask, TopicPartitionOffset } from '../shared/plugins/api.ts';
import { traceOf } from './status-reporter.ts';
import type { TaskRunner, TaskRunnerDeps } from './task-runner.ts';

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
  private flushTimer: NodeJS.Timeout | undefined;
  /** Serializes put and flush+commit: Kafka offsets are committed only for records the task has flushed. */
  private chain: Promise<void> = Promise.resolve();
  failed = false;

  constructor(deps: TaskRunnerDeps, task: SinkTask) {
    this.deps = deps;
    this.task = task;
    this.logger = deps.logger;
  }

  async start(paused: boolean): Promise<void> {
    const { deps } = this;
    const props = resolveClientProps('consumer', deps.worker.props, deps.connectorConfig, {
      'enable.auto.commit': 'false',
      'auto.offset.reset': 'earliest',
    });
    const unsupported = unsupportedClientKeys(props);
    if (unsupported.length > 0) this.logger.warn('consumer settings not supported by kafkajs', { keys: unsupported });
    try {
      const kafka = createKafka({
        bootstrapServers: props['bootstrap.servers'] ?? deps.worker.bootstrapServers,
        clientId: props['client.id'] ?? `connector-consumer-${deps.connector}-${deps.task}`,
        logger: this.logger,
        extra: kafkaConnectionSettings(props),
      });
      const consumer = kafka.consumer(consumerSettings(props, `connect-${deps.connector}`));
      this.consumer = consumer;
      consumer.on(consumer.events.GROUP_JOIN, (event) => {
        this.assignedTopics = Object.keys(event.payload.memberAssignment);
      });
      await this.task.start(deps.taskConfig, { signal: this.abort.signal });
      await consumer.connect();
      const topics = (deps.taskConfig.topics ?? '')
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t.length > 0);
      const regex = deps.taskConfig['topics.regex']?.trim();
      const fromBeginning = (props['auto.offset.reset'] ?? 'earliest') === 'earliest';
      if (topics.length > 0) await consumer.subscribe({ topics, fromBeginning });
      else if (regex) await consumer.subscribe({ topics: [new RegExp(`^(?:${regex})$`)], fromBeginning });
      this.subscribedTopics = topics;
      await consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: true,
        eachBatch: (payload) => this.onBatch(payload),
      });
    } catch (err) {
      await this.fail(err);
      return;
    }
    this.flushTimer = setInterval(() => {
      this.enqueue(() => this.flushAndCommit()).catch(() => undefined);
    }, Math.max(deps.worker.offsetFlushIntervalMs, 100));
    this.paused = false;
    if (paused) await this.setPaused(true);
    else await deps.status.task(deps.connector, deps.task, 'RUNNING', null, deps.version);
  }

  async setPaused(paused: boolean): Promise<void> {
    if (this.failed || !this.consumer || paused === this.paused) return;
    this.paused = paused;
    const topics = [...new Set([...this.subscribedTopics, ...this.assignedTopics])].map((topic) => ({ topic }));
    if (paused) this.consumer.pause(topics);
    else this.consumer.resume(topics);
    await this.deps.status.task(this.deps.connector, this.deps.task, paused ? 'PAUSED' : 'RUNNING', null, this.deps.version);
  }

  async stop(): Promise<void> {
    this.abort.abort(new Error('task stopping'));
    if (this.flushTimer) clearInterval(this.flushTimer);
    // Commit while still a group member: stop taking batches, let the one in progress finish, flush, commit.
    const topics = [...new Set([...this.subscribedTopics, ...this.assignedTopics])];
    if (this.consumer && topics.length > 0) this.consumer.pause(topics.map((topic) => ({ topic })));
    if (!this.failed) {
      await this.enqueue(() => this.flushAndCommit()).catch((err) =>
        this.logger.error('final offset commit failed', { err }),
      );
    }
    try {
      await this.consumer?.stop();
    } catch (err) {
      this.logger.warn('consumer stop failed', { err });
    }
    try {
      await this.task.stop();
    } catch (err) {
      this.logger.error('sink task stop failed', { err });
    }
    await this.consumer?.disconnect().catch(() => undefined);
  }

  private async onBatch({ batch, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    if (this.failed || this.abort.signal.aborted || !isRunning() || isStale() || batch.messages.length === 0) return;
    const records = batch.messages.map((m) => this.toSinkRecord(batch.topic, batch.partition, m));
    const last = batch.messages[batch.messages.length - 1];
    await this.enqueue(async () => {
      try {
        await this.task.put(records);
      } catch (err) {
        await this.fail(err);
        throw err;
      }
      if (last) {
        this.consumed.set(`${batch.topic}\u0000${batch.partition}`, {
          topic: batch.topic,
          partition: batch.partition,
          offset: Number(last.offset) + 1,
        });
      }
    });
    await heartbeat();
  }

  private toSinkRecord(topic: string, partition: number, message: KafkaMessage): SinkRecord {
    const key = this.deps.keyConverter.toConnectData(topic, message.key);
    const value = this.deps.valueConverter.toConnectData(topic, message.value);
    return {
      topic,
      kafkaPartition: partition,
      kafkaOffset: Number(message.offset),
      keySchema: key.schema,
      key: key.value,
      valueSchema: value.schema,
      value: value.value,
      timestamp: message.timestamp === undefined ? null : Number(message.timestamp),
      headers: Object.entries(message.headers ?? {}).map(([k, v]) => ({
        key: k,
        schema: null,
        value: Array.isArray(v) ? v[0] : v,
      })),
    };
  }

  /** task.flush, then commit what was flushed to the consumer group. */
  private async flushAndCommit(): Promise<void> {
    if (this.failed || this.consumed.size === 0) return;
    const offsets = [...this.consumed.values()];
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

  private enqueue(step: () => Promise<void>): Promise<void> {
    const next = this.chain.then(step);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async fail(err: unknown): Promise<void> {
    if (this.failed) return;
    this.failed = true;
    this.logger.error('sink task failed', { err });
    await this.deps.status.task(this.deps.connector, this.deps.task, 'FAILED', traceOf(err), this.deps.version);
  }
}
