/**
 * What the worker needs from a running task, whatever its kind.
 */

import type { ConnectorConfig } from '../shared/cluster/config-state.ts';
import type { OffsetLog } from '../shared/cluster/offset-log.ts';
import type { Converter } from '../shared/converters/converter.ts';
import type { Logger } from '../shared/logging/logger.ts';
import type { TaskConfig } from '../shared/plugins/api.ts';
import type { WorkerConfig } from '../shared/runtime/worker-config.ts';
import type { StatusReporter } from './status-reporter.ts';

export interface TaskRunner {
  /** Starts the task (PAUSED first when `paused`); resolves once it is running or has failed. */
  start(paused: boolean): Promise<void>;
  setPaused(paused: boolean): Promise<void>;
  /** Stops gracefully: no more polling/consuming, offsets of processed records committed, clients closed. */
  stop(): Promise<void>;
  readonly failed: boolean;
}

export interface TaskRunnerDeps {
  readonly connector: string;
  readonly task: number;
  /** The plugin's version, written with every status (Kafka 4.1+). */
  readonly version: string;
  readonly taskConfig: TaskConfig;
  readonly connectorConfig: ConnectorConfig;
  readonly worker: WorkerConfig;
  readonly workerId: string;
  readonly offsetLog: OffsetLog;
  readonly status: StatusReporter;
  readonly logger: Logger;
  readonly keyConverter: Converter;
  readonly valueConverter: Converter;
}

/** Upper bound for a task to wind down on stop before its clients are closed anyway. */
export const TASK_SHUTDOWN_GRACE_MS = 5_000;
