/** The executor's process configuration, read once from the environment at start-up. */
import { hostname } from 'node:os';
import { type LogLevel, parseLogLevel } from '../shared/logging/logger.ts';
import type { MembershipTiming } from '../shared/membership/membership.ts';
import { ENV } from '../shared/runtime/env.ts';
import { membershipTimingFromEnv } from '../shared/runtime/membership-config.ts';
import {
  parseWorkerConfig,
  type WorkerConfig,
  workerPropertiesFromEnv,
} from '../shared/runtime/worker-config.ts';

export interface ExecutorConfig {
  /** Its worker id (and lease id): TRIBUTARY_EXECUTOR_ID, else `executor-<n>` locally, else from the host name. */
  readonly executorId: string;
  /** Lease length, heartbeat interval and fence margin. */
  readonly membership: MembershipTiming;
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
  const indexText = env[ENV.executorIndex];
  if (indexText !== undefined && !/^\d+$/.test(indexText)) {
    throw new Error(`${ENV.executorIndex} must be a non-negative integer`);
  }
  const executorId =
    env[ENV.executorId] || (indexText !== undefined ? `executor-${indexText}` : `executor-${hostname()}`);
  return Object.freeze({
    executorId,
    membership: membershipTimingFromEnv(env),
    logLevel: parseLogLevel(env[ENV.logLevel], 'INFO'),
    exitWithParent: env[ENV.exitWithParent] === 'true',
    shutdownBudgetMs: Number(env[ENV.shutdownBudgetMs] ?? DEFAULT_SHUTDOWN_BUDGET_MS),
    worker: parseWorkerConfig(workerPropertiesFromEnv(env)),
  });
}
