/**
 * Starting and stopping executors. The local adapter spawns child processes; the ECS adapter (cloud) sets a
 * Fargate service's desired count. Both promise the same things:
 * - `launch` starts executors numbered 0..count-1 and resolves once each process exists (not when it is ready);
 * - `stop` sends SIGTERM so executors drain (offsets committed, statuses written) and resolves when they exited;
 * - `kill` stops one executor abruptly (SIGKILL), for failure testing.
 */
export interface ExecutorHandle {
  readonly executorId: string;
  readonly index: number;
  readonly pid: number | undefined;
}

export interface ExecutorLauncher {
  launch(count: number): Promise<ExecutorHandle[]>;
  executors(): ExecutorHandle[];
  kill(executorId: string, signal?: NodeJS.Signals): Promise<void>;
  stop(): Promise<void>;
}
