/** The executor's process configuration, read once from the environment at start-up. */
import { hostname } from 'node:os';
import { z } from 'zod';
import { executorIdOfTaskArn } from '../shared/adapters/ecs/executor-id.ts';
import { type LogLevel, parseLogLevel } from '../shared/logging/logger.ts';
import type { MembershipTiming } from '../shared/membership/membership.ts';
import { ENV } from '../shared/runtime/env.ts';
import { membershipTimingFromEnv } from '../shared/runtime/membership-config.ts';
import {
  parseWorkerConfig,
  type WorkerConfig,
  workerPropertiesFromEnv,
} from '../shared/runtime/worker-config.ts';
import { delay } from '../shared/util/wait.ts';

export interface ExecutorConfig {
  /**
   * Its worker id (and lease id): TRIBUTARY_EXECUTOR_ID, else `executor-<n>` locally, else (on ECS, with
   * `resolveExecutorConfig`) `executor-<ECS task id>`, else `executor-<host name>`.
   */
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

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The configuration, with the executor id from the environment alone (TRIBUTARY_EXECUTOR_ID, the local index, or the
 * host name). On ECS use `resolveExecutorConfig`, which also asks the task metadata endpoint.
 */
export function loadExecutorConfig(env: Env = process.env): ExecutorConfig {
  return buildExecutorConfig(env, undefined);
}

/** How the task metadata endpoint is asked (tests point it at a local server). */
export interface TaskMetadataOptions {
  /** Attempts before giving up (the endpoint may not answer in the first moments of a task); default 5. */
  readonly attempts?: number;
  /** Pause between attempts (ms, default 1000) and the timeout of each request (ms, default 2000). */
  readonly retryDelayMs?: number;
  readonly timeoutMs?: number;
}

/**
 * The configuration, asking ECS for the executor id when the environment names none: with
 * ECS_CONTAINER_METADATA_URI_V4 set (ECS sets it in every container), GET `<uri>/task` → `TaskARN` →
 * `executor-<task id>`, the id the scheduler's ECS adapter gives the task (shared/adapters/ecs/executor-id.ts), so it
 * can stop exactly this executor when it scales in. When the endpoint does not answer usefully after a few attempts,
 * falls back to `loadExecutorConfig`'s id (and `onMetadataError` hears why).
 */
export async function resolveExecutorConfig(
  env: Env = process.env,
  options: TaskMetadataOptions & { readonly onMetadataError?: (err: unknown) => void } = {},
): Promise<ExecutorConfig> {
  const metadataUri = env[ENV.ecsContainerMetadataUri];
  if (env[ENV.executorId] || env[ENV.executorIndex] !== undefined || !metadataUri) {
    return loadExecutorConfig(env);
  }
  let fromTask: string | undefined;
  try {
    fromTask = executorIdOfTaskArn(await readTaskArn(metadataUri, options));
  } catch (err) {
    options.onMetadataError?.(err);
  }
  return buildExecutorConfig(env, fromTask);
}

const taskMetadataSchema = z.object({ TaskARN: z.string().regex(/^arn:[^:]+:ecs:.*:task\/.+$/) });

/** The task ARN from the ECS task metadata endpoint (v4), with retries. */
export async function readTaskArn(metadataUri: string, options: TaskMetadataOptions = {}): Promise<string> {
  const attempts = options.attempts ?? 5;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const response = await fetch(`${metadataUri.replace(/\/+$/, '')}/task`, {
        signal: AbortSignal.timeout(options.timeoutMs ?? 2_000),
      });
      if (!response.ok) throw new Error(`task metadata endpoint answered HTTP ${response.status}`);
      return taskMetadataSchema.parse(await response.json()).TaskARN;
    } catch (err) {
      lastError = err;
      if (attempt < attempts) await delay(options.retryDelayMs ?? 1_000);
    }
  }
  throw new Error(`no task ARN from the ECS task metadata endpoint ${metadataUri}`, { cause: lastError });
}

function buildExecutorConfig(env: Env, fromTask: string | undefined): ExecutorConfig {
  const indexText = env[ENV.executorIndex];
  if (indexText !== undefined && !/^\d+$/.test(indexText)) {
    throw new Error(`${ENV.executorIndex} must be a non-negative integer`);
  }
  const executorId =
    env[ENV.executorId] ||
    (indexText !== undefined ? `executor-${indexText}` : (fromTask ?? `executor-${hostname()}`));
  return Object.freeze({
    executorId,
    membership: membershipTimingFromEnv(env),
    logLevel: parseLogLevel(env[ENV.logLevel], 'INFO'),
    exitWithParent: env[ENV.exitWithParent] === 'true',
    shutdownBudgetMs: Number(env[ENV.shutdownBudgetMs] ?? DEFAULT_SHUTDOWN_BUDGET_MS),
    worker: parseWorkerConfig(workerPropertiesFromEnv(env)),
  });
}
