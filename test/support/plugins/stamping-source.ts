/**
 * A test-only source connector that proves who ran a task when: every record's value is JSON
 * `{"executor":…,"instance":…,"task":…,"seq":…,"ts":…}` — the executor process that produced it
 * (TRIBUTARY_EXECUTOR_ID), the task instance (a random id per start), the task, a per-task sequence number
 * continuing from the task's committed source offset, and the wall-clock time of the poll. From the topic alone a
 * test can then tell whether records were lost (gaps in `seq`), re-sent (repeated `seq`), or produced by two
 * instances of one task at overlapping times.
 *
 * Settings: `topic`; `records.per.poll` (default 10); `poll.interval.ms` (default 20); `max.records` (per task,
 * default unlimited: the task stops producing after that many sequence numbers).
 */
import { randomUUID } from 'node:crypto';
import { ConfigDef } from '../../../shared/config/config-def.ts';
import type {
  Connector,
  SourceRecord,
  SourceTask,
  SourceTaskContext,
  TaskConfig,
} from '../../../shared/plugins/api.ts';
import type { SourcePlugin } from '../../../shared/plugins/registry.ts';
import { ENV } from '../../../shared/runtime/env.ts';
import { delay } from '../../../shared/util/wait.ts';

export const STAMPING_SOURCE_CLASS = 'org.tributary.test.StampingSourceConnector';

export interface Stamp {
  readonly executor: string;
  readonly instance: string;
  readonly task: number;
  readonly seq: number;
  readonly ts: number;
}

class StampingSourceConnector implements Connector {
  private config: TaskConfig = {};

  start(config: TaskConfig): void {
    this.config = { ...config };
  }

  taskConfigs(maxTasks: number): TaskConfig[] {
    return Array.from({ length: maxTasks }, (_, i) => ({ ...this.config, 'task.id': String(i) }));
  }

  stop(): void {}
}

class StampingSourceTask implements SourceTask {
  private topic = '';
  private task = 0;
  private perPoll = 10;
  private intervalMs = 20;
  private max = Number.POSITIVE_INFINITY;
  private next = 0;
  private signal: AbortSignal | undefined;
  private readonly instance = randomUUID();

  async start(config: TaskConfig, context: SourceTaskContext): Promise<void> {
    this.topic = config.topic ?? '';
    if (this.topic === '') throw new Error('StampingSourceTask needs a topic');
    this.task = Number(config['task.id'] ?? '0');
    this.perPoll = Number(config['records.per.poll'] ?? '10');
    this.intervalMs = Number(config['poll.interval.ms'] ?? '20');
    if (config['max.records']) this.max = Number(config['max.records']);
    this.signal = context.signal;
    const offset = await context.offsetStorageReader.offset({ task: this.task });
    // Offsets come back as Java would read them: integral numbers as bigint (a Long).
    const seq = offset?.seq;
    this.next = typeof seq === 'number' || typeof seq === 'bigint' ? Number(seq) + 1 : 0;
  }

  async poll(): Promise<SourceRecord[] | null> {
    await delay(this.intervalMs, this.signal).catch(() => undefined);
    if (this.signal?.aborted || this.next >= this.max) return null;
    const executor = process.env[ENV.executorId] ?? 'unknown';
    const ts = Date.now();
    const records: SourceRecord[] = [];
    for (let i = 0; i < this.perPoll && this.next < this.max; i++, this.next++) {
      const stamp: Stamp = { executor, instance: this.instance, task: this.task, seq: this.next, ts };
      records.push({
        sourcePartition: { task: this.task },
        sourceOffset: { seq: this.next },
        topic: this.topic,
        key: String(this.task),
        value: JSON.stringify(stamp),
      });
    }
    return records;
  }

  stop(): void {}
}

export const STAMPING_SOURCE_PLUGIN: SourcePlugin = {
  type: 'source',
  className: STAMPING_SOURCE_CLASS,
  taskClassName: 'org.tributary.test.StampingSourceTask',
  version: '0.0.1-test',
  configDef: () =>
    new ConfigDef()
      .define({ name: 'topic', type: 'STRING', importance: 'HIGH', documentation: 'Topic to write to' })
      .define({
        name: 'records.per.poll',
        type: 'STRING',
        defaultValue: '10',
        importance: 'LOW',
        documentation: 'Records per poll',
      })
      .define({
        name: 'poll.interval.ms',
        type: 'STRING',
        defaultValue: '20',
        importance: 'LOW',
        documentation: 'Wait before each poll',
      })
      .define({
        name: 'max.records',
        type: 'STRING',
        defaultValue: '',
        importance: 'LOW',
        documentation: 'Sequence numbers per task (empty: unlimited)',
      }),
  createConnector: () => new StampingSourceConnector(),
  createTask: () => new StampingSourceTask(),
};
