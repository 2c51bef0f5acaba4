/**
 * FileStreamSourceConnector (one task: a file has one reader) and FileStreamSinkConnector (tasks.max identical
 * task configs; the consumer group spreads partitions over them), as in Apache's connect-file.
 */
import type { Connector, SinkOffsetChange, SourceOffsetChange, TaskConfig } from '../api.ts';
import { FILENAME_FIELD, POSITION_FIELD } from './source-task.ts';

export class FileStreamSourceConnector implements Connector {
  private config: TaskConfig = {};

  start(config: TaskConfig): void {
    this.config = { ...config };
  }

  taskConfigs(): TaskConfig[] {
    return [{ ...this.config }];
  }

  stop(): void {}

  /** Apache's checks: a file must be configured, positions must be non-negative longs, partitions name a file. */
  alterOffsets(config: TaskConfig, offsets: readonly (SourceOffsetChange | SinkOffsetChange)[]): boolean {
    if (!config.file) {
      throw new Error(
        "Offsets cannot be modified if the 'file' configuration is unspecified. This is because stdin is used for input and offsets are not tracked.",
      );
    }
    for (const change of offsets as readonly SourceOffsetChange[]) {
      if (change.offset === null) continue;
      if (!Object.hasOwn(change.offset, POSITION_FIELD)) {
        throw new Error(`Offset objects should either be null or contain the key '${POSITION_FIELD}'`);
      }
      const position = change.offset[POSITION_FIELD];
      if (typeof position !== 'bigint' && !(typeof position === 'number' && Number.isInteger(position))) {
        throw new Error(
          `The value for the '${POSITION_FIELD}' key in the offset is expected to be a Long value`,
        );
      }
      if (position < 0) {
        throw new Error(
          `The value for the '${POSITION_FIELD}' key in the offset should be a non-negative value`,
        );
      }
      if (change.partition === null) throw new Error('Partition objects cannot be null');
      if (!Object.hasOwn(change.partition, FILENAME_FIELD)) {
        throw new Error(`Partition objects should contain the key '${FILENAME_FIELD}'`);
      }
    }
    return true;
  }
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

  /** Nothing is managed outside the consumer group and no custom validation is needed (as in Apache). */
  alterOffsets(): boolean {
    return true;
  }
}
