/**
 * DynamoDB for `npm start`: AWS's DynamoDB Local (Java) beside dynalite (Node), start-up time and memory.
 *
 * Three parts, each repeated, the systems alternating which goes first:
 *  - spawn: from spawning the server until it answers HTTP at all (an unsigned POST, what infra/local/dynamodb.ts
 *    waits for) and until a ListTables answers (both polled every 20 ms), the CPU it used to get there, and its
 *    RSS 3 s later, idle. A bare Node process with an empty HTTP server is measured beside them: what dynalite
 *    would add to the control plane's process if it ran in it is about its RSS minus that one's.
 *  - cluster: a local cluster (startLocalCluster: scheduler, REST, 2 executors, default lease timing) on the server
 *    for --load-seconds; RSS of the server process at the end and its peak (sampled every 500 ms), and its CPU.
 *  - start: `node control-plane/local/main.ts` (what `npm start` runs) until its REST API answers `GET /` and until it
 *    logs "Tributary is running" (executors joined): with DynamoDB Local started by it (today's `npm start`), with
 *    dynalite started just before it (timed from dynalite's spawn), and with an endpoint already running (the floor:
 *    a DynamoDB Local started 5 s before).
 *
 * The Kafka broker is started here (and not timed) unless KAFKA_BOOTSTRAP_SERVERS names one; every run has its own
 * group.id, internal topics and tables. dynalite is not a dependency of the project: run `npm i --no-save
 * dynalite@4.0.0` first, or only DynamoDB Local is measured. It runs through bench/support/dynalite-server.ts, which
 * adds what our createTables needs and dynalite lacks (see there). Every process started here is stopped by pid.
 *
 * Flags: --runs N (5; spawn and start), --cluster-runs N (3), --load-seconds N (60), --parts spawn,cluster,start.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { startLocalCluster } from '../control-plane/local/cluster.ts';
import { dynamoDbLocalCommand } from '../infra/local/dynamodb.ts';
import { startLocalKafka } from '../infra/local/kafka.ts';
import { createDynamoClient } from '../shared/adapters/dynamodb/client.ts';
import { createLogger, setLogLevel } from '../shared/logging/logger.ts';
import { freePort, isPortOpen } from '../shared/util/net.ts';
import { delay, waitFor } from '../shared/util/wait.ts';
import { Cleanup } from './support/cleanup.ts';
import { cpuMs, rssBytes } from './support/proc.ts';
import {
  formatMarkdownTable,
  formatTable,
  machineNote,
  positiveInt,
  type Summary,
  summarize,
  writeBenchJson,
} from './support/report.ts';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;
const IDLE_SETTLE_MS = 3_000;
const EXTERNAL_SETTLE_MS = 5_000;

type System = 'dynamodb-local' | 'dynalite' | 'node-baseline';
const LABEL: Record<System, string> = {
  'dynamodb-local': 'DynamoDB Local (Java)',
  dynalite: 'dynalite 4.0.0 (Node child)',
  'node-baseline': 'bare Node + empty HTTP server',
};

const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    'cluster-runs': { type: 'string' },
    'load-seconds': { type: 'string' },
    parts: { type: 'string' },
    markdown: { type: 'boolean' },
  },
});
const runs = positiveInt(values.runs, 5, 'runs');
const clusterRuns = positiveInt(values['cluster-runs'], 3, 'cluster-runs');
const loadSeconds = positiveInt(values['load-seconds'], 60, 'load-seconds');
const parts = new Set((values.parts ?? 'spawn,cluster,start').split(','));

const hasDynalite = (() => {
  try {
    createRequire(import.meta.url).resolve('dynalite');
    return true;
  } catch {
    return false;
  }
})();
if (!hasDynalite)
  console.log('dynalite is not installed (npm i --no-save dynalite@4.0.0): DynamoDB Local only.\n');

setLogLevel('WARN');
const cleanup = new Cleanup();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void cleanup.runAll().then(() => process.exit(130));
  });
}
const scratch = mkdtempSync(join(tmpdir(), 'tributary-bench-dynamodb-'));
cleanup.add('scratch folder', async () => rmSync(scratch, { recursive: true, force: true }));

interface Server {
  readonly system: System;
  readonly endpoint: string;
  readonly pid: number;
  /** ms from spawn until a ListTables answered (a TCP connect for the baseline). */
  readonly readyMs: number;
  /** ms from spawn until anything answered HTTP (what infra/local/dynamodb.ts waits for); the baseline's readyMs. */
  readonly httpMs: number;
  stop(): Promise<void>;
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function startServer(system: System): Promise<Server> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const log = createWriteStream(join(scratch, `${system}-${port}.log`));
  await new Promise((resolve) => log.once('open', resolve));
  const client = createDynamoClient({ endpoint, maxAttempts: 1 });
  let child: ChildProcess;
  const t0 = performance.now();
  if (system === 'dynamodb-local') {
    const { command, args, cwd } = dynamoDbLocalCommand(port);
    child = spawn(command, args, { cwd, stdio: ['ignore', log, log], detached: true });
  } else if (system === 'dynalite') {
    child = spawn(process.execPath, [join(REPO, 'bench/support/dynalite-server.ts'), String(port)], {
      stdio: ['ignore', log, log],
    });
  } else {
    const code = `require('node:http').createServer((q, s) => s.end()).listen(${port}, '127.0.0.1')`;
    child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', log, log] });
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not spawn ${system}`);
  const stopCleanup = cleanup.add(`${system} pid ${pid}`, () => stopProcess(child));
  let httpMs: number | undefined;
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`${system} exited during start-up`);
        if (system === 'node-baseline') return isPortOpen(port);
        if (httpMs === undefined) {
          // An unsigned POST, as infra/local/dynamodb.ts polls: any HTTP answer (DynamoDB rejects it with a 4xx).
          try {
            const response = await fetch(endpoint, { method: 'POST', signal: AbortSignal.timeout(1_000) });
            await response.body?.cancel();
            httpMs = performance.now() - t0;
          } catch {
            return false;
          }
        }
        await client.send(new ListTablesCommand({}), { abortSignal: AbortSignal.timeout(5_000) });
        return true;
      },
      START_TIMEOUT_MS,
      `${system} on ${endpoint}`,
      20,
    );
  } catch (err) {
    await stopCleanup();
    throw err;
  } finally {
    client.destroy();
  }
  const readyMs = performance.now() - t0;
  return {
    system,
    endpoint,
    pid,
    readyMs,
    httpMs: httpMs ?? readyMs,
    stop: async () => {
      await stopCleanup();
      log.end();
    },
  };
}

const mb = (bytes: number | undefined) => (bytes === undefined ? undefined : bytes / 1024 / 1024);

function order<T>(items: readonly T[], run: number): T[] {
  return run % 2 === 0 ? [...items] : [...items].reverse();
}

const samples: Record<string, Partial<Record<System | 'npm-start-external', number[]>>> = {};
function record(measure: string, system: System | 'npm-start-external', value: number | undefined): void {
  if (value === undefined) return;
  samples[measure] ??= {};
  const bySystem = samples[measure];
  bySystem[system] ??= [];
  bySystem[system].push(value);
}

const dynamoSystems: System[] = hasDynalite ? ['dynamodb-local', 'dynalite'] : ['dynamodb-local'];

// ---- spawn ----
if (parts.has('spawn')) {
  // One unrecorded warm-up of each (page cache: the JVM's jars, Node's modules).
  for (const system of [...dynamoSystems, 'node-baseline' as const]) await (await startServer(system)).stop();
  for (let run = 0; run < runs; run++) {
    for (const system of order([...dynamoSystems, 'node-baseline' as const], run)) {
      const server = await startServer(system);
      record('spawn → answers HTTP (s)', system, server.httpMs / 1000);
      record('spawn → ListTables answers (s)', system, server.readyMs / 1000);
      record('CPU used to start (s)', system, (cpuMs(server.pid) ?? 0) / 1000);
      await delay(IDLE_SETTLE_MS);
      record('RSS idle (MB)', system, mb(rssBytes(server.pid)));
      await server.stop();
      console.log(`spawn run ${run + 1}/${runs}: ${system} ready in ${server.readyMs.toFixed(0)} ms`);
    }
  }
}

// ---- Kafka, for the cluster and start parts ----
let bootstrap = process.env.KAFKA_BOOTSTRAP_SERVERS;
if (!bootstrap && (parts.has('cluster') || parts.has('start'))) {
  const dataDir = join(scratch, 'kafka');
  const kafka = await startLocalKafka({ dataDir });
  cleanup.add('Kafka broker', () => kafka.stop());
  bootstrap = kafka.bootstrapServers;
}

function clusterProps(id: string): Record<string, string> {
  return {
    'bootstrap.servers': bootstrap as string,
    'group.id': `bench-dynamodb-${id}`,
    'config.storage.topic': `bench-dynamodb-${id}-configs`,
    'offset.storage.topic': `bench-dynamodb-${id}-offsets`,
    'status.storage.topic': `bench-dynamodb-${id}-status`,
    'config.storage.replication.factor': '1',
    'offset.storage.replication.factor': '1',
    'status.storage.replication.factor': '1',
  };
}

// ---- cluster ----
if (parts.has('cluster')) {
  for (let run = 0; run < clusterRuns; run++) {
    for (const system of order(dynamoSystems, run)) {
      const server = await startServer(system);
      const id = randomUUID().slice(0, 8);
      const clusterLog = createWriteStream(join(scratch, `cluster-${id}.log`));
      const cluster = await startLocalCluster({
        workerProps: clusterProps(id),
        host: '127.0.0.1',
        port: await freePort(),
        executors: 2,
        logger: createLogger({ component: 'bench' }, { write: (line) => clusterLog.write(line) }),
        logDir: join(scratch, `cluster-${id}`),
        dynamodbEndpoint: server.endpoint,
      });
      const stopCluster = cleanup.add(`cluster ${id}`, () => cluster.stop());
      const cpuBefore = cpuMs(server.pid) ?? 0;
      let peak = 0;
      const end = Date.now() + loadSeconds * 1000;
      while (Date.now() < end) {
        peak = Math.max(peak, rssBytes(server.pid) ?? 0);
        await delay(500);
      }
      const rss = rssBytes(server.pid);
      peak = Math.max(peak, rss ?? 0);
      record(`RSS after ${loadSeconds} s of a 2-executor cluster (MB)`, system, mb(rss));
      record(`peak RSS during those ${loadSeconds} s (MB)`, system, mb(peak));
      record(`CPU during those ${loadSeconds} s (s)`, system, ((cpuMs(server.pid) ?? 0) - cpuBefore) / 1000);
      await stopCluster();
      await server.stop();
      clusterLog.end();
      console.log(`cluster run ${run + 1}/${clusterRuns}: ${system} RSS ${mb(rss)?.toFixed(0)} MB`);
    }
  }
}

// ---- start ----
async function npmStart(mode: System | 'npm-start-external'): Promise<{ restMs: number; runningMs: number }> {
  const id = randomUUID().slice(0, 8);
  const port = await freePort();
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.DYNAMODB_ENDPOINT;
  delete env.TRIBUTARY_AWS_ENDPOINT;
  let external: Server | undefined;
  if (mode === 'npm-start-external') {
    // Let the JVM finish its start-up work (JIT, GC) first, so it does not slow the timed process on 2 cores.
    external = await startServer('dynamodb-local');
    await delay(EXTERNAL_SETTLE_MS);
  }
  const t0 = performance.now();
  if (mode === 'dynalite') external = await startServer('dynalite');
  if (external) env.DYNAMODB_ENDPOINT = external.endpoint;
  for (const [key, value] of Object.entries(clusterProps(id))) {
    env[`CONNECT_${key.toUpperCase().replace(/\./g, '_')}`] = value;
  }
  env.KAFKA_BOOTSTRAP_SERVERS = bootstrap;
  env.TRIBUTARY_REST_LISTENER = `127.0.0.1:${port}`;
  env.TRIBUTARY_CACHE_DIR = join(scratch, `start-${id}`);
  env.TRIBUTARY_LOG_LEVEL = 'INFO';
  const log = createWriteStream(join(scratch, `start-${id}.log`));
  const child = spawn(process.execPath, [join(REPO, 'control-plane/local/main.ts')], {
    cwd: REPO,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stopChild = cleanup.add(`npm start pid ${child.pid}`, () => stopProcess(child));
  let runningMs: number | undefined;
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      log.write(chunk);
      if (runningMs === undefined && chunk.toString('utf8').includes('Tributary is running')) {
        runningMs = performance.now() - t0;
      }
    });
  }
  let restMs: number | undefined;
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
        if (restMs === undefined) {
          try {
            const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1_000) });
            await response.body?.cancel();
            if (response.ok) restMs = performance.now() - t0;
          } catch {
            // not yet
          }
        }
        return restMs !== undefined && runningMs !== undefined;
      },
      START_TIMEOUT_MS * 2,
      `npm start (${mode}) to answer and log "Tributary is running"`,
      20,
    );
  } finally {
    await stopChild();
    await external?.stop();
    log.end();
  }
  return { restMs: restMs as number, runningMs: runningMs as number };
}

if (parts.has('start')) {
  const modes: Array<System | 'npm-start-external'> = [...dynamoSystems, 'npm-start-external'];
  for (let run = 0; run < runs; run++) {
    for (const mode of order(modes, run)) {
      const { restMs, runningMs } = await npmStart(mode);
      record(`npm start → REST answers (s)`, mode, restMs / 1000);
      record(`npm start → "Tributary is running" (s)`, mode, runningMs / 1000);
      console.log(
        `start run ${run + 1}/${runs}: ${mode} REST ${restMs.toFixed(0)} ms, running ${runningMs.toFixed(0)} ms`,
      );
    }
  }
}

await cleanup.runAll();

// ---- report ----
const columns: Array<System | 'npm-start-external'> = [
  ...dynamoSystems,
  'node-baseline',
  'npm-start-external',
];
const columnLabel = (c: System | 'npm-start-external') =>
  c === 'npm-start-external' ? 'endpoint already running' : LABEL[c];
const used = columns.filter((c) => Object.values(samples).some((bySystem) => bySystem[c]));
const cell = (s: Summary | undefined, digits: number) =>
  s === undefined ? '—' : `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
const header = ['measure: median (min–max)', ...used.map(columnLabel)];
const summaries: Record<string, Record<string, Summary | undefined>> = {};
const rows = Object.entries(samples).map(([measure, bySystem]) => {
  summaries[measure] = Object.fromEntries(used.map((c) => [c, summarize(bySystem[c] ?? [])]));
  const digits = measure.includes('MB') ? 0 : 2;
  return [measure, ...used.map((c) => cell(summaries[measure]?.[c], digits))];
});
console.log(
  `\nruns: spawn/start ${runs}, cluster ${clusterRuns} × ${loadSeconds} s; load average ${machineNote().loadAverage.join(' ')}\n`,
);
console.log(values.markdown ? formatMarkdownTable(header, rows) : formatTable(header, rows));
const file = writeBenchJson('local-dynamodb', {
  machine: machineNote(),
  runs,
  clusterRuns,
  loadSeconds,
  dynalite: hasDynalite,
  samples,
  summaries,
});
console.log(`\nwrote ${file}`);
if (!existsSync(file)) process.exitCode = 1;
