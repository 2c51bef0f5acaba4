/**
 * FileStreamSourceConnector (one task: a file has one reader) and FileStreamSinkConnector (tasks.max identical
 * task configs; the consumer group spreads partitions over them), as in Apache's connect-file.
 */
import type { Connector, TaskConfig } from '../api.ts';

export class FileStreamSourceConnector implements Connector {
  private config: TaskConfig = {};

  start(config: TaskConfig): void {
    this.config = { ...config };
  }

  taskConfigs(): TaskConfig[] {
    return [{ ...this.config }];
  }

  stop(): void {}
}

export class FileStreamSinkConnector implements Connector {
  private config: TaskConfig = {};

  start(config: TaskConfig): void {
    this.config = { ...config };
  }

  taskConfigs(maxTasks: number): TaskConfig[] {
    return Array.from({ length: maxTasks }, () => ({ ...this.config }));
  }

  stop(): void {}
}
