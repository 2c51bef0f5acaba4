/**
 * The local ExecutorLauncher: each executor is a child Node process running executor/main.ts with the worker
 * configuration in its environment. Processes are stopped by pid; their output goes to a log file each (or is
 * inherited), so a crashed executor leaves its story behind.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../../logging/logger.ts';
import type { ExecutorHandle, ExecutorLauncher } from '../../ports/executor-launcher.ts';
import { ENV } from '../../runtime/env.ts';

const EXECUTOR_MAIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../../executor/main.ts');
const STOP_TIMEOUT_MS = 30_000;

export interface LocalLauncherOptions {
  /** Worker properties every executor gets (as CONNECT_* variables). */
  readonly workerProps: Readonly<Record<string, string>>;
  /** Folder for executor-<n>.log files; output is inherited when omitted. */
  readonly logDir?: string;
  readonly logger: Logger;
  readonly extraEnv?: Readonly<Record<string, string>>;
  /** Prefix of worker ids (default "executor"). */
  readonly idPrefix?: string;
}

interface Child extends ExecutorHandle {
  readonly process: ChildProcess;
}

/** Worker properties as CONNECT_* variables (`.` → `_`, `_` → `__`), the form executors read. */
export function workerPropsToEnv(props: Readonly<Record<string, string>>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(props)) {
    env[`CONNECT_${key.replace(/_/g, '__').replace(/\./g, '_').toUpperCase()}`] = value;
  }
  return env;
}

export class LocalProcessLauncher implements ExecutorLauncher {
  private readonly options: LocalLauncherOptions;
  private readonly children = new Map<string, Child>();
  private count = 0;

  constructor(options: LocalLauncherOptions) {
    this.options = options;
  }

  async launch(count: number): Promise<ExecutorHandle[]> {
    this.count = count;
    for (let index = 0; index < count; index++) this.start(index);
    return this.executors();
  }

  /** Starts (again) the executor with this number, e.g. after it was killed. */
  start(index: number): ExecutorHandle {
    const executorId = `${this.options.idPrefix ?? 'executor'}-${index}`;
    const existing = this.children.get(executorId);
    if (existing && existing.process.exitCode === null && existing.process.signalCode === null)
      return existing;
    let stdio: ['ignore', 'inherit' | number, 'inherit' | number] = ['ignore', 'inherit', 'inherit'];
    if (this.options.logDir) {
      mkdirSync(this.options.logDir, { recursive: true });
      const fd = openSync(join(this.options.logDir, `${executorId}.log`), 'a');
      stdio = ['ignore', fd, fd];
    }
    // Own process group: Ctrl-C in a terminal reaches the parent, which drains executors before the broker stops.
    const child = spawn(process.execPath, [EXECUTOR_MAIN], {
      detached: true,
      stdio,
      env: {
        ...process.env,
        ...workerPropsToEnv(this.options.workerProps),
        ...this.options.extraEnv,
        [ENV.executorId]: executorId,
        [ENV.executorIndex]: String(index),
        [ENV.executorCount]: String(this.count),
        [ENV.exitWithParent]: 'true',
      },
    });
    child.on('exit', (code, signal) =>
      this.options.logger.info('executor exited', { executorId, code, signal }),
    );
    const handle: Child = { executorId, index, pid: child.pid, process: child };
    this.children.set(executorId, handle);
    this.options.logger.info('executor launched', { executorId, pid: child.pid });
    return handle;
  }

  executors(): ExecutorHandle[] {
    return [...this.children.values()].map(({ executorId, index, pid }) => ({ executorId, index, pid }));
  }

  async kill(executorId: string, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.children.get(executorId);
    if (!child) throw new Error(`no executor ${executorId}`);
    await stopProcess(child.process, signal);
  }

  /**
   * Sends `signal` to one executor by pid without waiting for anything (SIGSTOP freezes it, SIGCONT resumes it:
   * how tests make an executor look partitioned).
   */
  signal(executorId: string, signal: NodeJS.Signals): void {
    const child = this.children.get(executorId);
    if (!child?.process.pid || child.process.exitCode !== null)
      throw new Error(`no running executor ${executorId}`);
    process.kill(child.process.pid, signal);
  }

  async stop(): Promise<void> {
    await Promise.all([...this.children.values()].map((c) => stopProcess(c.process, 'SIGTERM')));
  }
}

/** Signals the process by pid and waits for it to exit; SIGKILL after the stop timeout. */
async function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  process.kill(child.pid, signal);
  const timer = setTimeout(() => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(child.pid, 'SIGKILL');
  }, STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
