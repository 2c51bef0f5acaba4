/**
 * A test-only sink connector for error-handling scenarios. Each record's value (a string) says what the task does:
 *
 * - `report:<text>` — hands the record to the errant record reporter (throws the error itself when there is none);
 * - `retry:<n>:<text>` — the first n deliveries of this record make `put` throw a RetriableException (after
 *   `context.timeout(retry.timeout.ms)` when that key is set), then `<text>` is written;
 * - `fail:<text>` — `put` throws a plain (non-retriable) error;
 * - anything else is written as it is.
 *
 * A batch is checked before anything of it is written, so a redelivered batch is written once. Written values are
 * lines of `file`; every retriable throw appends `<topic>/<partition>/<offset>` to `<file>.retries`.
 */
import { appendFileSync } from 'node:fs';
import { ConfigDef } from '../../../shared/config/config-def.ts';
import {
  type Connector,
  RetriableException,
  type SinkRecord,
  type SinkTask,
  type SinkTaskContext,
  type TaskConfig,
} from '../../../shared/plugins/api.ts';
import type { SinkPlugin } from '../../../shared/plugins/registry.ts';

export const ERRANT_SINK_CLASS = 'org.tributary.test.ErrantSinkConnector';

class ErrantSinkConnector implements Connector {
  private config: TaskConfig = {};

  start(config: TaskConfig): void {
    this.config = { ...config };
  }

  taskConfigs(maxTasks: number): TaskConfig[] {
    return Array.from({ length: maxTasks }, () => ({ ...this.config }));
  }

  stop(): void {}
}

class ErrantSinkTask implements SinkTask {
  private file = '';
  private retryTimeoutMs = -1;
  private context: SinkTaskContext | undefined;
  /** Retriable failures thrown so far per record (topic/partition/offset). */
  private readonly thrown = new Map<string, number>();

  start(config: TaskConfig, context: SinkTaskContext): void {
    this.file = config.file ?? '';
    if (this.file === '') throw new Error('ErrantSinkTask needs a file');
    this.retryTimeoutMs = Number(config['retry.timeout.ms'] ?? '-1');
    this.context = context;
  }

  put(records: readonly SinkRecord[]): void {
    for (const record of records) {
      const value = String(record.value);
      const retry = /^retry:(\d+):/.exec(value);
      if (retry) {
        const id = `${record.topic}/${record.kafkaPartition}/${record.kafkaOffset}`;
        const count = this.thrown.get(id) ?? 0;
        if (count < Number(retry[1])) {
          this.thrown.set(id, count + 1);
          appendFileSync(`${this.file}.retries`, `${id}\n`);
          if (this.retryTimeoutMs > 0) this.context?.timeout(this.retryTimeoutMs);
          throw new RetriableException(`not yet: ${value}`);
        }
      }
      if (value.startsWith('fail:')) throw new Error(`cannot write ${value}`);
    }
    const lines: string[] = [];
    for (const record of records) {
      const value = String(record.value);
      if (value.startsWith('report:')) {
        const error = new Error(`rejected ${value}`);
        const reporter = this.context?.errantRecordReporter() ?? null;
        if (reporter === null) throw error;
        // Like most Java sinks: report and move on without waiting; the framework holds the offsets back.
        void reporter.report(record, error);
        continue;
      }
      lines.push(value.replace(/^retry:\d+:/, ''));
    }
    if (lines.length > 0) appendFileSync(this.file, `${lines.join('\n')}\n`);
  }

  flush(): void {}

  stop(): void {}
}

export const ERRANT_SINK_PLUGIN: SinkPlugin = {
  type: 'sink',
  className: ERRANT_SINK_CLASS,
  taskClassName: 'org.tributary.test.ErrantSinkTask',
  version: '0.0.1-test',
  configDef: () =>
    new ConfigDef()
      .define({ name: 'file', type: 'STRING', importance: 'HIGH', documentation: 'Output file' })
      .define({
        name: 'retry.timeout.ms',
        type: 'STRING',
        defaultValue: '-1',
        importance: 'LOW',
        documentation: 'context.timeout(ms) before a retriable put failure',
      }),
  createConnector: () => new ErrantSinkConnector(),
  createTask: () => new ErrantSinkTask(),
};
