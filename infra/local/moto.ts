/**
 * moto's server mode (`moto_server`, PyPI `moto[server]`) as the local AWS emulator for the APIs DynamoDB Local does
 * not cover — ECS above all (LocalStack's community edition has no ECS, and its current builds need a licence
 * token). moto is installed with pip into a Python venv cached in `<repo>/.cache/moto-<version>/venv`, only the first
 * time (a marker file records a complete install; Python 3.10+ as `python3` and access to PyPI are needed then).
 * The server binds 127.0.0.1 on a free port, is polled until it answers HTTP, and is stopped by its pid.
 *
 * moto accepts any credentials and keeps all state in memory; `POST <endpoint>/moto-api/reset` clears it.
 *
 * With TRIBUTARY_AWS_ENDPOINT set (a LocalStack or moto the user runs), `startMoto` uses that endpoint instead and
 * starts nothing.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ENV } from '../../shared/runtime/env.ts';
import { freePort } from '../../shared/util/net.ts';
import { waitFor } from '../../shared/util/wait.ts';
import { defaultCacheDir, stopChild } from './kafka.ts';

const execFileAsync = promisify(execFile);

/** The moto release the venv holds (`pip index versions moto`; 5.2.5 was the newest on 2026-11-22). */
export const MOTO_VERSION = '5.2.5';
const INSTALL_TIMEOUT_MS = 600_000;
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

export interface MotoOptions {
  /** Port to listen on; a free one when omitted. */
  readonly port?: number;
  /** Where the venv is cached; `<repo>/.cache` by default. */
  readonly cacheDir?: string;
  /** Where the server's output goes; by default a file in the OS temp folder, deleted by a clean `stop`. */
  readonly logFile?: string;
  /** The Python (3.10+) that creates the venv; `python3` on the PATH by default. */
  readonly python?: string;
}

export interface Moto {
  /** http://127.0.0.1:<port>, or the external endpoint. */
  readonly endpoint: string;
  /** The server's pid; undefined when an external endpoint is used. */
  readonly pid: number | undefined;
  /** Stops the server (SIGTERM, then SIGKILL); does nothing for an external endpoint. */
  stop(): Promise<void>;
}

/**
 * Makes sure `<cacheDir>/moto-<version>/venv` holds `moto[server]==MOTO_VERSION`, creating the venv and running pip
 * the first time. Returns the path of the venv's `moto_server` script.
 */
export async function ensureMotoRuntime(cacheDir = defaultCacheDir(), python = 'python3'): Promise<string> {
  const home = join(cacheDir, `moto-${MOTO_VERSION}`);
  const venv = join(home, 'venv');
  const server = join(venv, 'bin', 'moto_server');
  const marker = join(home, '.complete');
  if (existsSync(marker) && existsSync(server)) return server;
  // A venv left half-made by an interrupted install is not trusted: start it again from scratch.
  rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  const options = { maxBuffer: 16 * 1024 * 1024, timeout: INSTALL_TIMEOUT_MS };
  await execFileAsync(python, ['-m', 'venv', venv], options);
  await execFileAsync(
    join(venv, 'bin', 'python'),
    [
      '-m',
      'pip',
      'install',
      '--quiet',
      '--disable-pip-version-check',
      '--no-input',
      `moto[server]==${MOTO_VERSION}`,
    ],
    options,
  );
  if (!existsSync(server)) throw new Error(`pip installed moto ${MOTO_VERSION} but ${server} is missing`);
  writeFileSync(marker, new Date().toISOString());
  return server;
}

/**
 * Starts moto's server (installing it first if needed), or — with TRIBUTARY_AWS_ENDPOINT set — returns that
 * endpoint and starts nothing. Resolves once the server answers HTTP.
 */
export async function startMoto(
  options: MotoOptions = {},
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<Moto> {
  const external = env[ENV.awsEndpoint];
  if (external) return { endpoint: external.replace(/\/+$/, ''), pid: undefined, stop: async () => {} };
  return startLocalMoto(options);
}

/** Starts a moto server of its own (ignores TRIBUTARY_AWS_ENDPOINT). */
export async function startLocalMoto(options: MotoOptions = {}): Promise<Moto> {
  const server = await ensureMotoRuntime(options.cacheDir, options.python);
  const port = options.port ?? (await freePort());
  const logFile = options.logFile ?? join(tmpdir(), `tributary-moto-${port}.log`);
  const out = openSync(logFile, 'a');
  // Its own process group (like the Kafka broker): a terminal's Ctrl-C reaches only our process, which stops moto.
  const child = spawn(server, ['-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', out, out],
    detached: true,
    env: { ...process.env, PYTHONUNBUFFERED: '1' },
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${server}`);
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitFor(
      async () => {
        if (exited) throw new Error(`moto_server exited during start-up; see ${logFile}`);
        return answers(endpoint);
      },
      START_TIMEOUT_MS,
      `moto server on ${endpoint}`,
      200,
    );
  } catch (err) {
    await stopChild(child, STOP_TIMEOUT_MS);
    closeSync(out);
    throw err;
  }
  let stopped = false;
  const stop = async () => {
    await stopChild(child as ChildProcess, STOP_TIMEOUT_MS);
    if (stopped) return;
    stopped = true;
    closeSync(out);
    if (!options.logFile) rmSync(logFile, { force: true });
  };
  return { endpoint, pid, stop };
}

/** True once moto's own API answers at the endpoint. */
async function answers(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(`${endpoint}/moto-api/data.json`, { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}
