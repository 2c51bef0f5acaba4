/** The executor's process configuration, read once from the environment at start-up. */
import { type LogLevel, parseLogLevel } from '../shared/logging/logger.ts';
import { ENV } from '../shared/runtime/env.ts';
import {
  parseWorkerConfig,
  type WorkerConfig,
  workerPropertiesFromEnv,
} from '../shared/runtime/worker-config.ts';

export interface ExecutorConfig {
  readonly executorId: string;
  readonly index: number;
  readonly count: number;
  readonly logLevel: LogLevel;
  readonly worker: WorkerConfig;
  /** Stop when the launching process goes away (local child processes). */
  readonly exitWithParent: boolean;
  /** How long a graceful shutdown may take before the process exits regardless. */
  readonly shutdownBudgetMs: number;
}

/** Default shutdown budget: below ECS's default 30 s stop timeout, so SIGKILL never cuts a drain short. */
export const DEFAULT_SHUTDOWN_BUDGET_MS = 25_000;

export function loadExecutorConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
): ExecutorConfig {
  const index = Number(env[ENV.executorIndex] ?? '0');
  const count = Number(env[ENV.executorCount] ?? '1');
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`${ENV.executorCount} must be a positive integer`);
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    throw new Error(`${ENV.executorIndex} must be an integer in 0..${count - 1}`);
  }
  return Object.freeze({
    executorId: env[ENV.executorId] ?? `executor-${index}`,
    index,
    count,
    logLevel: parseLogLevel(env[ENV.logLevel], 'INFO'),
    exitWithParent: env[ENV.exitWithParent] === 'true',
    shutdownBudgetMs: Number(env[ENV.shutdownBudgetMs] ?? DEFAULT_SHUTDOWN_BUDGET_MS),
    worker: parseWorkerConfig(workerPropertiesFromEnv(env)),
  });
}
