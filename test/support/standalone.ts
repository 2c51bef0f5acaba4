/**
 * Runs the `tributary` command as a user would (`node cli/tributary.ts …`, the file package.json's `bin` names) and
 * stops it by pid: standalone workers for end-to-end tests, and the command's answers to bad input.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from '../../shared/util/wait.ts';

export const TRIBUTARY_BIN = join(import.meta.dirname, '..', '..', 'cli', 'tributary.ts');

/** How long a standalone worker may take to answer on its REST port. */
export const STANDALONE_START_TIMEOUT_MS = 60_000;
/** How long a graceful stop (SIGTERM: tasks flush and commit) may take. */
export const STANDALONE_STOP_TIMEOUT_MS = 30_000;

export interface StandaloneProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Resolves with the exit code (or the signal) once the process is gone. */
  readonly exited: Promise<number | NodeJS.Signals>;
}

/** Writes a `.properties` file. */
export function writeProperties(path: string, props: Record<string, string>): string {
  writeFileSync(
    path,
    `${Object.entries(props)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n')}\n`,
  );
  return path;
}

/** Starts `tributary standalone <files…>`, logs to `logFile`, and waits until its REST API answers. */
export async function startStandaloneProcess(
  files: readonly string[],
  url: string,
  logFile: string,
): Promise<StandaloneProcess> {
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, [TRIBUTARY_BIN, 'standalone', ...files], {
    stdio: ['ignore', log, log],
  });
  const exited = new Promise<number | NodeJS.Signals>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  await waitFor(
    async () => {
      if (gone) throw new Error(`tributary standalone exited early; see ${logFile}`);
      return (await fetch(`${url}/connectors`)).ok;
    },
    STANDALONE_START_TIMEOUT_MS,
    `standalone worker answering on ${url}`,
    200,
  ).catch(async (err) => {
    await stopStandaloneProcess({ child, url, exited }, 'SIGKILL');
    throw err;
  });
  return { child, url, exited };
}

/** Signals the process by its pid and waits until it exited; returns its exit code or signal. */
export async function stopStandaloneProcess(
  running: StandaloneProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<number | NodeJS.Signals> {
  const { child } = running;
  if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
    process.kill(child.pid, signal);
  }
  let result: number | NodeJS.Signals | undefined;
  void running.exited.then((r) => {
    result = r;
  });
  await waitFor(() => result !== undefined, STANDALONE_STOP_TIMEOUT_MS, `tributary to exit after ${signal}`);
  return result as number | NodeJS.Signals;
}

/** Runs `tributary <args…>` to its end; returns its exit code and output. */
export function runTributary(
  args: readonly string[],
  timeoutMs = STANDALONE_START_TIMEOUT_MS,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TRIBUTARY_BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
    });
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
      reject(new Error(`tributary ${args.join(' ')} did not exit within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
