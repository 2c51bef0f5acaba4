/**
 * An Apache Kafka Connect standalone worker (`connect-standalone`, the reference for `tributary standalone`), run from
 * the same Maven Central jars as the distributed workers of apache-connect.ts. Binds 127.0.0.1 only; stopped by pid.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from '../../shared/util/net.ts';
import { waitFor } from '../../shared/util/wait.ts';
import type { ApacheConnect } from './apache-connect.ts';
import { ensureMavenRuntime, LOCAL_INFRA_DIR, stopChild } from './kafka.ts';

const CONNECT_START_TIMEOUT_MS = 180_000;

export interface ApacheConnectStandaloneOptions {
  readonly bootstrapServers: string;
  /** Holds the worker properties, the offsets file and the log. */
  readonly dataDir: string;
  readonly port?: number;
  readonly cacheDir?: string;
  /** More worker properties (override the defaults written here). */
  readonly props?: Readonly<Record<string, string>>;
}

export async function startApacheConnectStandalone(
  options: ApacheConnectStandaloneOptions,
): Promise<ApacheConnect> {
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
    'key.converter': 'org.apache.kafka.connect.json.JsonConverter',
    'value.converter': 'org.apache.kafka.connect.json.JsonConverter',
    'offset.storage.file.filename': join(dataDir, 'connect.offsets'),
    'offset.flush.interval.ms': '1000',
    listeners: `http://127.0.0.1:${port}`,
    'rest.advertised.host.name': '127.0.0.1',
    'plugin.discovery': 'service_load',
    ...options.props,
  };
  const propsFile = join(dataDir, 'connect-standalone.properties');
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
      'org.apache.kafka.connect.cli.ConnectStandalone',
      propsFile,
    ],
    { stdio: ['ignore', out, out] },
  );
  if (child.pid === undefined) throw new Error('could not start the Apache Connect standalone JVM');
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(
      async () => {
        if (exited) throw new Error(`Apache Connect standalone exited during start-up; see ${logFile}`);
        const response = await fetch(`${url}/connectors`).catch(() => undefined);
        return response?.status === 200;
      },
      CONNECT_START_TIMEOUT_MS,
      `Apache Connect standalone on ${url}`,
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
    kill: async (signal: NodeJS.Signals = 'SIGKILL') => {
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
        process.kill(child.pid, signal);
      }
      await stopChild(child);
    },
  };
}
