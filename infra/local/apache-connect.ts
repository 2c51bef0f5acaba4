/**
 * An Apache Kafka Connect distributed worker (the reference implementation), run from Maven Central jars with the
 * FileStream connectors, JSON converter and transforms on its classpath. Tests and benchmarks run it beside
 * Tributary on the same broker, with its own group id and internal topics. Binds 127.0.0.1 only; stopped by pid.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from '../../shared/util/net.ts';
import { waitFor } from '../../shared/util/wait.ts';
import { ensureMavenRuntime, LOCAL_INFRA_DIR, stopChild } from './kafka.ts';

const CONNECT_START_TIMEOUT_MS = 180_000;

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
  readonly pid: number;
  readonly logFile: string;
  stop(): Promise<void>;
}

export async function startApacheConnect(options: ApacheConnectOptions): Promise<ApacheConnect> {
  const libDir = await ensureMavenRuntime(
    'apache-connect',
    join(LOCAL_INFRA_DIR, 'connect-pom.xml'),
    options.cacheDir,
  );
  const port = options.port ?? (await freePort());
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const props: Record<string, string> = {
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
    ...options.props,
  };
  const propsFile = join(dataDir, 'connect-distributed.properties');
  writeFileSync(
    propsFile,
    `${Object.entries(props)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n')}\n`,
  );
  const logFile = join(dataDir, 'connect.log');
  const out = openSync(logFile, 'a');
  const child = spawn(
    'java',
    [
      '-Xms128m',
      '-Xmx768m',
      '-Djava.awt.headless=true',
      `-Dlog4j2.configurationFile=${join(LOCAL_INFRA_DIR, 'log4j2.properties')}`,
      '-cp',
      `${libDir}/*`,
      'org.apache.kafka.connect.cli.ConnectDistributed',
      propsFile,
    ],
    { stdio: ['ignore', out, out] },
  );
  if (child.pid === undefined) throw new Error('could not start the Apache Connect JVM');
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    // Ready when the worker has joined its group and read its topics: /connectors answers 200.
    await waitFor(
      async () => {
        if (exited) throw new Error(`Apache Connect exited during start-up; see ${logFile}`);
        const response = await fetch(`${url}/connectors`).catch(() => undefined);
        return response?.status === 200;
      },
      CONNECT_START_TIMEOUT_MS,
      `Apache Connect on ${url}`,
      500,
    );
  } catch (err) {
    await stopChild(child);
    throw err;
  }
  return { url, pid: child.pid, logFile, stop: () => stopChild(child) };
}
