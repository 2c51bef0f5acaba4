/**
 * Failover time, Tributary beside Apache Kafka Connect 4.1.1: kill -9 of one of three workers until its tasks are RUNNING elsewhere.
 *
 * One sink connector (FileStreamSink, 6 tasks, an empty 6-partition topic) on 3 Tributary executors and, on the
 * same broker in the same run, on 3 Apache Connect distributed workers in one group (Maven Central jars), all with
 * scheduled.rebalance.max.delay.ms=0. Each repetition waits for a balanced, steady cluster (connector and 6 tasks
 * RUNNING on all 3 workers), kills the owner of task 0 with SIGKILL, and times from the signal until
 * GET /connectors/{name}/status (on Tributary's REST, or on a surviving Apache worker) shows the connector and
 * every task RUNNING on another worker; then it starts the killed worker again for the next repetition.
 *
 * Rows: Tributary with the default lease timing and with a fast one; Apache with its default group timing and with
 * a session timeout matched to the fast lease. The broker and DynamoDB Local are started here unless
 * KAFKA_BOOTSTRAP_SERVERS / DYNAMODB_ENDPOINT name them. Every wait has a deadline; every process started here is
 * stopped by pid at the end, also on error or Ctrl-C.
 *
 * Flags: --reps N (3), --rows tributary-default,tributary-fast,apache-default,apache-short (all),
 * --failover-timeout-ms N (90000), --settle-timeout-ms N (180000), --keep-logs.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type LocalCluster, startLocalCluster } from '../control-plane/local/cluster.ts';
import { type ApacheConnectGroup, startApacheConnectGroup } from '../infra/local/apache-connect.ts';
import { startOrConnectLocalDynamoDb } from '../infra/local/dynamodb.ts';
import { KAFKA_VERSION, startLocalKafka } from '../infra/local/kafka.ts';
import { createDynamoClient } from '../shared/adapters/dynamodb/client.ts';
import { deleteTables } from '../shared/adapters/dynamodb/tables.ts';
import { createKafka } from '../shared/adapters/kafka/client.ts';
import { createLogger, type Logger } from '../shared/logging/logger.ts';
import { DEFAULT_MEMBERSHIP_TIMING, type MembershipTiming } from '../shared/membership/membership.ts';
import { freePort } from '../shared/util/net.ts';
import { delay } from '../shared/util/wait.ts';
import { Cleanup } from './support/cleanup.ts';
import {
  formatTable,
  machineNote,
  positiveInt,
  type Summary,
  seconds,
  summarize,
  writeBenchJson,
} from './support/report.ts';

const TASKS = 6;
const WORKERS = 3;
const POLL_MS = 100;
const REQUEST_TIMEOUT_MS = 2_000;
/**
 * How long the spread of work must hold before a kill, so no rebalance is still in flight: three heartbeats of the
 * row (a Tributary assignment round waits for executors to confirm on their heartbeat), at least 3 s.
 */
const MIN_STEADY_MS = 3_000;
const STEADY_HEARTBEATS = 3;
/** Wait this long for an even spread (2/2/2) before a kill; after it, any spread over all 3 workers will do. */
const EVEN_SPREAD_WITHIN_MS = 60_000;

const APACHE_DEFAULT_HEARTBEAT_MS = 3_000;

const FAST_MEMBERSHIP_TIMING: MembershipTiming = {
  leaseDurationMs: 6_000,
  heartbeatIntervalMs: 1_000,
  fenceMarginMs: 2_000,
};

type RowId = 'tributary-default' | 'tributary-fast' | 'apache-default' | 'apache-short';
const ALL_ROWS: readonly RowId[] = ['tributary-default', 'tributary-fast', 'apache-default', 'apache-short'];

interface RowSpec {
  readonly id: RowId;
  readonly system: 'Tributary' | `Apache Connect ${string}`;
  readonly setting: string;
  /** What is set for this row (printed and kept in the JSON). */
  readonly settings: Readonly<Record<string, string>>;
}

function rowSpec(id: RowId): RowSpec {
  const common = { 'scheduled.rebalance.max.delay.ms': '0' };
  const apache = `Apache Connect ${KAFKA_VERSION}` as const;
  switch (id) {
    case 'tributary-default':
      return {
        id,
        system: 'Tributary',
        setting: 'default lease',
        settings: { ...common, ...leaseSettings(DEFAULT_MEMBERSHIP_TIMING) },
      };
    case 'tributary-fast':
      return {
        id,
        system: 'Tributary',
        setting: 'fast lease',
        settings: { ...common, ...leaseSettings(FAST_MEMBERSHIP_TIMING) },
      };
    case 'apache-default':
      // Apache's own defaults, written out (not set: the worker uses them anyway).
      return {
        id,
        system: apache,
        setting: 'defaults',
        settings: {
          ...common,
          'session.timeout.ms': '10000 (default)',
          'heartbeat.interval.ms': '3000 (default)',
        },
      };
    case 'apache-short':
      return {
        id,
        system: apache,
        setting: 'short session',
        settings: { ...common, 'session.timeout.ms': '6000', 'heartbeat.interval.ms': '1000' },
      };
  }
}

function leaseSettings(t: MembershipTiming): Record<string, string> {
  return {
    lease: `${t.leaseDurationMs} ms`,
    heartbeat: `${t.heartbeatIntervalMs} ms`,
    'fence margin': `${t.fenceMarginMs} ms`,
    'scheduler period': `${t.heartbeatIntervalMs} ms (= heartbeat)`,
  };
}

interface StatusBody {
  connector: { state: string; worker_id: string };
  tasks: Array<{ id: number; state: string; worker_id: string }>;
}

interface Sample {
  readonly rep: number;
  readonly victim: string;
  readonly victimTasks: number;
  readonly victimHadConnector: boolean;
  /** Tasks per worker before the kill, most first (e.g. "2/2/2"). */
  readonly spreadBefore: string;
  /** From the SIGKILL until every task (and the connector) is RUNNING on another worker. */
  readonly failoverMs: number;
  /** From the SIGKILL until the status first showed any of the victim's tasks not RUNNING on the victim. */
  readonly firstChangeMs: number | undefined;
}

interface RowResult {
  readonly id: RowId;
  readonly system: string;
  readonly setting: string;
  readonly settings: Readonly<Record<string, string>>;
  readonly samples: Sample[];
  failover?: Summary;
  firstChange?: Summary;
  error?: string;
}

/** What a row needs from a running cluster. */
interface Target {
  /** How long owners must stay put before a kill. */
  readonly steadyMs: number;
  /** A REST base URL that survives killing `victim` (Tributary's control plane; another Apache worker). */
  restUrl(victim?: string): string;
  kill(workerId: string): Promise<void>;
  restart(workerId: string): Promise<void>;
}

interface Options {
  reps: number;
  rows: RowId[];
  failoverTimeoutMs: number;
  settleTimeoutMs: number;
  keepLogs: boolean;
}

function parseOptions(): Options | undefined {
  const { values } = parseArgs({
    options: {
      reps: { type: 'string' },
      rows: { type: 'string' },
      'failover-timeout-ms': { type: 'string' },
      'settle-timeout-ms': { type: 'string' },
      'keep-logs': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      `npm run bench -- failover [--reps 3] [--rows ${ALL_ROWS.join(',')}] [--failover-timeout-ms 90000] ` +
        '[--settle-timeout-ms 180000] [--keep-logs]',
    );
    return undefined;
  }
  const rows = (values.rows ?? ALL_ROWS.join(',')).split(',').map((r) => r.trim()) as RowId[];
  for (const r of rows)
    if (!ALL_ROWS.includes(r)) throw new RangeError(`unknown row ${r}; rows: ${ALL_ROWS.join(', ')}`);
  return {
    reps: positiveInt(values.reps, 3, 'reps'),
    rows,
    failoverTimeoutMs: positiveInt(values['failover-timeout-ms'], 90_000, 'failover-timeout-ms'),
    settleTimeoutMs: positiveInt(values['settle-timeout-ms'], 180_000, 'settle-timeout-ms'),
    keepLogs: values['keep-logs'] === true,
  };
}

async function status(baseUrl: string, name: string): Promise<StatusBody | undefined> {
  try {
    const response = await fetch(`${baseUrl}/connectors/${name}/status`, {
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      headers: { accept: 'application/json' },
    });
    if (response.status !== 200) {
      await response.body?.cancel();
      return undefined;
    }
    return (await response.json()) as StatusBody;
  } catch {
    return undefined;
  }
}

function balanced(s: StatusBody | undefined): s is StatusBody {
  return (
    s !== undefined &&
    s.connector.state === 'RUNNING' &&
    s.tasks.length === TASKS &&
    s.tasks.every((t) => t.state === 'RUNNING') &&
    new Set(s.tasks.map((t) => t.worker_id)).size === WORKERS
  );
}

function even(s: StatusBody): boolean {
  const counts = spread(s).split('/').map(Number);
  return Math.max(...counts) - Math.min(...counts) <= 1;
}

function spread(s: StatusBody): string {
  const counts = new Map<string, number>();
  for (const t of s.tasks) counts.set(t.worker_id, (counts.get(t.worker_id) ?? 0) + 1);
  return [...counts.values()].sort((a, b) => b - a).join('/');
}

function sameOwners(a: StatusBody, b: StatusBody): boolean {
  return (
    a.connector.worker_id === b.connector.worker_id &&
    a.tasks.every((t) => b.tasks.find((u) => u.id === t.id)?.worker_id === t.worker_id)
  );
}

/**
 * Waits until every task runs, on all workers, and the owners have not changed for `steadyMs`; prefers an even
 * spread of tasks (waits up to EVEN_SPREAD_WITHIN_MS for one), then takes any.
 */
async function waitSteady(
  target: Target,
  name: string,
  timeoutMs: number,
  steadyMs: number,
): Promise<StatusBody> {
  const started = Date.now();
  const deadline = started + timeoutMs;
  let since: number | undefined;
  let last: StatusBody | undefined;
  let seen: StatusBody | undefined;
  while (Date.now() < deadline) {
    const s = await status(target.restUrl(), name);
    seen = s ?? seen;
    if (balanced(s)) {
      if (last && sameOwners(last, s) && since !== undefined) {
        if (Date.now() - since >= steadyMs && (even(s) || Date.now() - started >= EVEN_SPREAD_WITHIN_MS))
          return s;
      } else {
        since = Date.now();
      }
      last = s;
    } else {
      last = undefined;
      since = undefined;
    }
    await delay(POLL_MS);
  }
  throw new Error(
    `Timed out after ${timeoutMs} ms waiting for ${name} balanced (connector + ${TASKS} tasks RUNNING on ${WORKERS} workers); ` +
      `last status: ${JSON.stringify(seen)}`,
  );
}

/** One kill: returns the sample (times measured from just before the signal). */
async function measureOnce(target: Target, name: string, rep: number, options: Options): Promise<Sample> {
  const before = await waitSteady(target, name, options.settleTimeoutMs, target.steadyMs);
  const victim = (before.tasks.find((t) => t.id === 0) as { worker_id: string }).worker_id;
  const victimTaskIds = before.tasks.filter((t) => t.worker_id === victim).map((t) => t.id);
  const url = target.restUrl(victim);
  const killedAt = performance.now();
  await target.kill(victim);
  let firstChangeMs: number | undefined;
  const deadline = killedAt + options.failoverTimeoutMs;
  let last: StatusBody | undefined;
  for (;;) {
    const s = await status(url, name);
    const now = performance.now();
    if (s) {
      last = s;
      if (
        firstChangeMs === undefined &&
        victimTaskIds.some((id) => {
          const t = s.tasks.find((u) => u.id === id);
          return !t || t.state !== 'RUNNING' || t.worker_id !== victim;
        })
      ) {
        firstChangeMs = now - killedAt;
      }
      if (
        s.connector.state === 'RUNNING' &&
        s.connector.worker_id !== victim &&
        s.tasks.length === TASKS &&
        s.tasks.every((t) => t.state === 'RUNNING' && t.worker_id !== victim)
      ) {
        await target.restart(victim);
        return {
          rep,
          victim,
          victimTasks: victimTaskIds.length,
          victimHadConnector: before.connector.worker_id === victim,
          spreadBefore: spread(before),
          failoverMs: Math.round(now - killedAt),
          firstChangeMs: firstChangeMs === undefined ? undefined : Math.round(firstChangeMs),
        };
      }
    }
    if (now >= deadline) {
      throw new Error(
        `Timed out after ${options.failoverTimeoutMs} ms waiting for every task of ${name} RUNNING on a worker other ` +
          `than ${victim}; last status: ${JSON.stringify(last)}`,
      );
    }
    await delay(POLL_MS);
  }
}

async function createConnector(url: string, name: string, topic: string, file: string): Promise<void> {
  const response = await fetch(`${url}/connectors`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    signal: AbortSignal.timeout(30_000),
    body: JSON.stringify({
      name,
      config: { 'connector.class': 'FileStreamSink', file, topics: topic, 'tasks.max': String(TASKS) },
    }),
  });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`POST /connectors answered ${response.status}: ${text}`);
}

interface Shared {
  readonly runId: string;
  readonly bootstrapServers: string;
  readonly dynamodbEndpoint: string;
  readonly topic: string;
  readonly workDir: string;
  readonly cleanup: Cleanup;
  readonly logger: Logger;
  readonly createdTopics: string[];
  readonly createdTables: Array<{ leases: string; assignments: string }>;
}

/** Internal-topic properties both systems get (one broker: replication factor 1). */
function internalTopicProps(prefix: string): Record<string, string> {
  return {
    'config.storage.topic': `${prefix}-configs`,
    'offset.storage.topic': `${prefix}-offsets`,
    'status.storage.topic': `${prefix}-status`,
    'config.storage.replication.factor': '1',
    'offset.storage.replication.factor': '1',
    'status.storage.replication.factor': '1',
    'offset.storage.partitions': '5',
    'status.storage.partitions': '2',
    'offset.flush.interval.ms': '1000',
    'scheduled.rebalance.max.delay.ms': '0',
  };
}

async function runRow(spec: RowSpec, shared: Shared, options: Options, result: RowResult): Promise<void> {
  const prefix = `${shared.runId}-${spec.id}`;
  const rowDir = join(shared.workDir, spec.id);
  mkdirSync(rowDir, { recursive: true });
  shared.createdTopics.push(`${prefix}-configs`, `${prefix}-offsets`, `${prefix}-status`);
  const name = `failover-${spec.id}`;
  const sinkFile = join(rowDir, 'sink.txt');
  let target: Target;
  let stopCluster: () => Promise<void>;
  if (spec.system === 'Tributary') {
    const timing = spec.id === 'tributary-fast' ? FAST_MEMBERSHIP_TIMING : DEFAULT_MEMBERSHIP_TIMING;
    const controlLog = createWriteStream(join(rowDir, 'control-plane.log'), { flags: 'a' });
    const groupId = `connect-${prefix}`;
    const cluster: LocalCluster = await startLocalCluster({
      workerProps: {
        'bootstrap.servers': shared.bootstrapServers,
        'group.id': groupId,
        ...internalTopicProps(prefix),
      },
      host: '127.0.0.1',
      port: await freePort(),
      executors: WORKERS,
      logger: createLogger({ component: 'bench-failover' }, { write: (line) => controlLog.write(line) }),
      logDir: rowDir,
      dynamodbEndpoint: shared.dynamodbEndpoint,
      membership: timing,
    });
    shared.createdTables.push(cluster.tables);
    stopCluster = shared.cleanup.add(`Tributary cluster ${spec.id}`, async () => {
      await cluster.stop();
      await new Promise<void>((done) => controlLog.end(() => done()));
    });
    target = {
      steadyMs: Math.max(MIN_STEADY_MS, STEADY_HEARTBEATS * timing.heartbeatIntervalMs),
      restUrl: () => cluster.url,
      kill: (workerId) => cluster.launcher.kill(workerId, 'SIGKILL'),
      restart: async (workerId) => {
        cluster.launcher.start(Number(workerId.replace(/^executor-/, '')));
      },
    };
  } else {
    const props: Record<string, string> = { ...internalTopicProps(prefix) };
    if (spec.id === 'apache-short') {
      props['session.timeout.ms'] = '6000';
      props['heartbeat.interval.ms'] = '1000';
    }
    const group: ApacheConnectGroup = await startApacheConnectGroup({
      bootstrapServers: shared.bootstrapServers,
      dataDir: rowDir,
      groupId: `connect-${prefix}`,
      topicPrefix: prefix,
      workers: WORKERS,
      props,
    });
    stopCluster = shared.cleanup.add(`Apache Connect workers ${spec.id}`, () => group.stop());
    target = {
      steadyMs: Math.max(
        MIN_STEADY_MS,
        STEADY_HEARTBEATS * Number(props['heartbeat.interval.ms'] ?? APACHE_DEFAULT_HEARTBEAT_MS),
      ),
      restUrl: (victim) => {
        const alive = group.workers.find((w) => w.workerId !== victim);
        if (!alive) throw new Error('no Apache worker left');
        return alive.url;
      },
      kill: async (workerId) => {
        const worker = group.workers.find((w) => w.workerId === workerId);
        if (!worker) throw new Error(`no Apache worker ${workerId}`);
        await worker.kill('SIGKILL');
      },
      restart: async (workerId) => {
        const index = group.workers.findIndex((w) => w.workerId === workerId);
        if (index === -1) throw new Error(`no Apache worker ${workerId}`);
        await group.restart(index);
      },
    };
  }
  try {
    await createConnector(target.restUrl(), name, shared.topic, sinkFile);
    for (let rep = 1; rep <= options.reps; rep++) {
      const sample = await measureOnce(target, name, rep, options);
      result.samples.push(sample);
      console.log(
        `  ${spec.id} #${rep}: ${seconds(sample.failoverMs)} (tasks per worker ${sample.spreadBefore}; killed ` +
          `${sample.victim}, ${sample.victimTasks} tasks` +
          `${sample.victimHadConnector ? ' + the connector' : ''}; first status change after ${seconds(sample.firstChangeMs)})`,
      );
    }
  } finally {
    await stopCluster();
  }
}

async function main(): Promise<void> {
  const options = parseOptions();
  if (!options) return;
  const cleanup = new Cleanup();
  const workDir = mkdtempSync(join(tmpdir(), 'tributary-bench-failover-'));
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      interrupted = true;
      console.error(`\n${signal}: stopping everything this benchmark started…`);
      void cleanup.runAll().finally(() => {
        console.error(`logs kept in ${workDir}`);
        process.exit(130);
      });
    });
  }
  const machineBefore = machineNote();
  const runId = `bench-${randomUUID().slice(0, 8)}`;
  const logger = createLogger({ component: 'bench-failover' }, { write: () => undefined });
  const results: RowResult[] = [];
  let failed = false;
  let shared: Shared | undefined;
  try {
    console.log(`Failover benchmark ${runId}: ${options.reps} repetitions per row; logs in ${workDir}`);
    let bootstrapServers = process.env.KAFKA_BOOTSTRAP_SERVERS;
    if (!bootstrapServers) {
      console.log(`starting a Kafka ${KAFKA_VERSION} broker (KRaft, 127.0.0.1)…`);
      const kafka = await startLocalKafka({ dataDir: join(workDir, 'kafka') });
      cleanup.add('Kafka broker', () => kafka.stop());
      bootstrapServers = kafka.bootstrapServers;
    }
    const externalDynamo = Boolean(process.env.DYNAMODB_ENDPOINT);
    if (!externalDynamo) console.log('starting DynamoDB Local…');
    const dynamo = await startOrConnectLocalDynamoDb({ logFile: join(workDir, 'dynamodb.log') });
    cleanup.add('DynamoDB Local', () => dynamo.stop());
    const topic = `${runId}-empty`;
    shared = {
      runId,
      bootstrapServers,
      dynamodbEndpoint: dynamo.endpoint,
      topic,
      workDir,
      cleanup,
      logger,
      createdTopics: [topic],
      createdTables: [],
    };
    const kafkaClient = createKafka({ bootstrapServers, clientId: 'bench-failover', logger });
    if (process.env.KAFKA_BOOTSTRAP_SERVERS) {
      const created = shared;
      cleanup.add('benchmark topics on the external broker', async () => {
        const admin = kafkaClient.admin();
        await admin.connect();
        try {
          const existing = new Set(await admin.listTopics());
          const doomed = created.createdTopics.filter((t) => existing.has(t));
          if (doomed.length > 0) await admin.deleteTopics({ topics: doomed, timeout: 30_000 });
        } finally {
          await admin.disconnect();
        }
      });
    }
    if (externalDynamo) {
      const created = shared;
      cleanup.add('benchmark tables on the external DynamoDB', async () => {
        const client = createDynamoClient({ endpoint: dynamo.endpoint });
        try {
          for (const tables of created.createdTables) await deleteTables(client, tables);
        } finally {
          client.destroy();
        }
      });
    }
    const admin = kafkaClient.admin();
    await admin.connect();
    try {
      await admin.createTopics({
        topics: [{ topic, numPartitions: TASKS, replicationFactor: 1 }],
        waitForLeaders: true,
      });
    } finally {
      await admin.disconnect();
    }

    for (const id of options.rows) {
      if (interrupted) break;
      const spec = rowSpec(id);
      const result: RowResult = {
        id,
        system: spec.system,
        setting: spec.setting,
        settings: spec.settings,
        samples: [],
      };
      results.push(result);
      console.log(`\n${spec.system}, ${spec.setting}:`);
      const started = Date.now();
      try {
        await runRow(spec, shared, options, result);
      } catch (err) {
        failed = true;
        result.error = err instanceof Error ? err.message : String(err);
        console.error(`  ${id} failed: ${result.error}`);
      }
      console.log(`  (row took ${Math.round((Date.now() - started) / 1000)} s)`);
      const failover = summarize(result.samples.map((s) => s.failoverMs));
      const firstChange = summarize(
        result.samples.map((s) => s.firstChangeMs).filter((v): v is number => v !== undefined),
      );
      if (failover) result.failover = failover;
      if (firstChange) result.firstChange = firstChange;
    }
  } catch (err) {
    failed = true;
    console.error(`benchmark failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  } finally {
    await cleanup.runAll();
  }
  report(results, options, machineBefore, runId, shared);
  if (failed || options.keepLogs) console.log(`logs kept in ${workDir}`);
  else rmSync(workDir, { recursive: true, force: true });
  if (failed) process.exitCode = 1;
}

function report(
  results: RowResult[],
  options: Options,
  machineBefore: ReturnType<typeof machineNote>,
  runId: string,
  shared: Shared | undefined,
): void {
  const machineAfter = machineNote();
  console.log(
    `\nFailover after kill -9 of 1 of ${WORKERS} workers (connector + ${TASKS} sink tasks), ` +
      'scheduled.rebalance.max.delay.ms=0; time from SIGKILL until GET /connectors/{name}/status shows the connector ' +
      `and every task RUNNING on another worker (polled every ${POLL_MS} ms):\n`,
  );
  console.log(
    formatTable(
      ['system', 'setting', 'runs', 'min', 'median', 'max', 'first status change (median)'],
      results.map((r) => [
        r.system,
        r.setting,
        r.error ? `${r.samples.length}/${options.reps} (error)` : String(r.samples.length),
        seconds(r.failover?.min),
        seconds(r.failover?.median),
        seconds(r.failover?.max),
        seconds(r.firstChange?.median),
      ]),
    ),
  );
  console.log('\nSettings:');
  for (const r of results) {
    console.log(
      `  ${`${r.system}, ${r.setting}:`.padEnd(38)} ${Object.entries(r.settings)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}`,
    );
  }
  console.log(
    `  Both: ${WORKERS} workers, FileStreamSink tasks.max=${TASKS} on an empty ${TASKS}-partition topic, victim = owner ` +
      `of task 0; before each kill every task RUNNING, owners unchanged for ${STEADY_HEARTBEATS} heartbeats ` +
      `(≥ ${MIN_STEADY_MS / 1000} s) and tasks spread evenly (or any spread over all ${WORKERS} workers after ` +
      `${EVEN_SPREAD_WITHIN_MS / 1000} s); killed worker restarted ` +
      'after each measurement; rows run one after another on the same broker ' +
      `(${shared?.bootstrapServers ?? '?'}${process.env.KAFKA_BOOTSTRAP_SERVERS ? ', external' : ', started here'}).`,
  );
  for (const r of results) if (r.error) console.log(`  ${r.id} error: ${r.error}`);
  console.log(
    `\nMachine: ${machineBefore.cpus} CPUs, load average ${machineBefore.loadAverage.join('/')} at start and ` +
      `${machineAfter.loadAverage.join('/')} at end — a shared machine (other test suites run beside it), so timings are noisy.`,
  );
  const file = writeBenchJson('failover', {
    benchmark: 'failover',
    runId,
    options,
    kafkaVersion: KAFKA_VERSION,
    bootstrapServers: shared?.bootstrapServers,
    externalBroker: Boolean(process.env.KAFKA_BOOTSTRAP_SERVERS),
    externalDynamoDb: Boolean(process.env.DYNAMODB_ENDPOINT),
    workers: WORKERS,
    tasks: TASKS,
    pollMs: POLL_MS,
    steady: {
      minMs: MIN_STEADY_MS,
      heartbeats: STEADY_HEARTBEATS,
      evenSpreadWithinMs: EVEN_SPREAD_WITHIN_MS,
    },
    rows: results,
    machine: { before: machineBefore, after: machineAfter },
  });
  console.log(`JSON: ${file}`);
}

await main();
