/**
 * An Apache Kafka Connect distributed worker (the reference implementation), run from Maven Central jars with the
 * FileStream connectors, JSON converter and transforms on its classpath. Tests and benchmarks run it beside
 * Tributary on the same broker, with its own group id and internal topics. Binds 127.0.0.1 only; stopped by pid.
 * `startApacheConnectGroup` runs several workers in one group (each on its own REST port), e.g. to kill one with
 * SIGKILL and watch its tasks move.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from '../../shared/util/net.ts';
import { waitFor } from '../../shared/util/wait.ts';
import { ensureMavenRuntime, LOCAL_INFRA_DIR, stopChild } from './kafka.ts';

const CONNECT_START_TIMEOUT_MS = 180_000;
const CONNECT_KILL_TIMEOUT_MS = 30_000;

export interface ApacheConnectOptions {
  readonly bootstrapServers: string;
  readonly dataDir: string;
  readonly groupId: string;
  /** Prefix of the internal topic names (`<prefix>-configs`, `-offsets`, `-status`). */
  readonly topicPrefix: string;
  readonly port?: number;
  readonly cacheDir?: string;
  /** More worker properties (override the defaults written here). */
  readonly props?: Readonly<Record<string, string>>;
}

export interface ApacheConnect {
  readonly url: string;
  /** The worker_id its statuses carry (`rest.advertised.host.name:port`). */
  readonly workerId: string;
  readonly pid: number;
  readonly logFile: string;
  stop(): Promise<void>;
  /** Sends `signal` (SIGKILL by default) to the JVM by pid and waits for it to exit (SIGKILL after 30 s). */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function startApacheConnect(options: ApacheConnectOptions): Promise<ApacheConnect> {
  return launchApacheConnect('distributed', options, (port) => ({
    'bootstrap.servers': options.bootstrapServers,
    'group.id': options.groupId,
    'key.converter': 'org.apache.kafka.connect.json.JsonConverter',
    'value.converter': 'org.apache.kafka.connect.json.JsonConverter',
    'config.storage.topic': `${options.topicPrefix}-configs`,
    'offset.storage.topic': `${options.topicPrefix}-offsets`,
    'status.storage.topic': `${options.topicPrefix}-status`,
    'config.storage.replication.factor': '1',
    'offset.storage.replication.factor': '1',
    'status.storage.replication.factor': '1',
    'offset.flush.interval.ms': '1000',
    listeners: `http://127.0.0.1:${port}`,
    'rest.advertised.host.name': '127.0.0.1',
    'plugin.discovery': 'service_load',
  }));
}

/** What every Apache Connect worker started here is given: where it keeps its files, its port, extra properties. */
export interface ApacheConnectLaunchOptions {
  readonly dataDir: string;
  readonly port?: number;
  readonly cacheDir?: string;
  /** More worker properties (override the defaults). */
  readonly props?: Readonly<Record<string, string>>;
}

/**
 * Starts an Apache Connect worker JVM (`ConnectDistributed` or `ConnectStandalone`) from the Maven Central jars with
 * the worker properties `defaults(port)` and `options.props` written to a file in its data dir, logging there too.
 * Resolves once `GET /connectors` answers 200 (a distributed worker has joined its group and read its topics); on
 * failure the JVM is stopped by pid.
 */
export async function launchApacheConnect(
  mode: 'distributed' | 'standalone',
  options: ApacheConnectLaunchOptions,
  defaults: (port: number) => Record<string, string>,
): Promise<ApacheConnect> {
  const libDir = await ensureMavenRuntime(
    'apache-connect',
    join(LOCAL_INFRA_DIR, 'connect-pom.xml'),
    options.cacheDir,
  );
  const port = options.port ?? (await freePort());
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const props = { ...defaults(port), ...options.props };
  const propsFile = join(dataDir, `connect-${mode}.properties`);
  writeFileSync(
    propsFile,
    `${Object.entries(props)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n')}\n`,
  );
  const logFile = join(dataDir, 'connect.log');
  const out = openSync(logFile, 'a');
  const mainClass =
    mode === 'distributed'
      ? 'org.apache.kafka.connect.cli.ConnectDistributed'
      : 'org.apache.kafka.connect.cli.ConnectStandalone';
  const child = spawn(
    'java',
    [
      '-Xms128m',
      '-Xmx768m',
      '-Djava.awt.headless=true',
      `-Dlog4j2.configurationFile=${join(LOCAL_INFRA_DIR, 'log4j2.properties')}`,
      '-cp',
      `${libDir}/*`,
      mainClass,
      propsFile,
    ],
    { stdio: ['ignore', out, out] },
  );
  const what = mode === 'distributed' ? 'Apache Connect' : 'Apache Connect standalone';
  if (child.pid === undefined) throw new Error(`could not start the ${what} JVM`);
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(
      async () => {
        if (exited) throw new Error(`${what} exited during start-up; see ${logFile}`);
        const response = await fetch(`${url}/connectors`).catch(() => undefined);
        return response?.status === 200;
      },
      CONNECT_START_TIMEOUT_MS,
      `${what} on ${url}`,
      500,
    );
  } catch (err) {
    await stopChild(child);
    throw err;
  }
  return {
    url,
    workerId: `127.0.0.1:${port}`,
    pid: child.pid,
    logFile,
    stop: () => stopChild(child),
    kill: (signal: NodeJS.Signals = 'SIGKILL') => signalChild(child, signal),
  };
}

export interface ApacheConnectGroupOptions extends Omit<ApacheConnectOptions, 'port' | 'dataDir'> {
  /** Folder for the workers' data dirs (`worker-<n>`, `worker-<n>-<restart>` after a restart). */
  readonly dataDir: string;
  readonly workers: number;
}

export interface ApacheConnectGroup {
  /** The current worker of each slot (a restarted slot holds its new worker). */
  readonly workers: readonly ApacheConnect[];
  /** Starts a new worker in slot `index` (on a new free port), e.g. after its worker was killed. */
  restart(index: number): Promise<ApacheConnect>;
  /** Stops every worker by pid (SIGTERM, then SIGKILL). */
  stop(): Promise<void>;
}

/**
 * Starts `workers` distributed workers in one group on the same internal topics, each on its own free REST port
 * and data dir: the first alone (it creates the internal topics), then the rest together. Resolves once every one
 * answers `GET /connectors`; on failure, stops those that started.
 */
export async function startApacheConnectGroup(
  options: ApacheConnectGroupOptions,
): Promise<ApacheConnectGroup> {
  const { workers: count, dataDir, ...common } = options;
  const slots: ApacheConnect[] = [];
  const all: ApacheConnect[] = [];
  const restarts = new Map<number, number>();
  const startSlot = async (index: number): Promise<ApacheConnect> => {
    const restart = restarts.get(index) ?? 0;
    restarts.set(index, restart + 1);
    const worker = await startApacheConnect({
      ...common,
      dataDir: join(dataDir, restart === 0 ? `worker-${index}` : `worker-${index}-${restart}`),
    });
    slots[index] = worker;
    all.push(worker);
    return worker;
  };
  const stop = async () => {
    await Promise.all(all.map((w) => w.stop()));
  };
  try {
    if (count > 0) await startSlot(0);
    const rest = await Promise.allSettled(
      Array.from({ length: Math.max(0, count - 1) }, (_, i) => startSlot(i + 1)),
    );
    const failed = rest.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    workers: slots,
    restart: async (index: number) => {
      if (index < 0 || index >= count) throw new RangeError(`no worker slot ${index}`);
      return startSlot(index);
    },
    stop,
  };
}

/** Signals the child by pid and waits for it to exit; SIGKILL if it is still there after the kill timeout. */
async function signalChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  process.kill(child.pid, signal);
  const timer = setTimeout(() => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }, CONNECT_KILL_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
