/**
 * Throughput of the FileStream connectors, Tributary beside Apache Kafka Connect 4.1.1: records/s, MB/s and CPU seconds per million records.
 *
 * One broker, one Tributary local cluster with ONE executor, one Apache Connect distributed worker (Maven Central
 * jars), all started here (the broker and DynamoDB unless KAFKA_BOOTSTRAP_SERVERS / DYNAMODB_ENDPOINT name them).
 * Each row is a pipeline:
 *   source — FileStreamSource reads a file of N lines into a new topic; timed from POST /connectors until the
 *            topic's end offsets sum to N;
 *   sink   — FileStreamSink reads a topic pre-filled with N records into a new file; timed from POST /connectors
 *            until the file has N lines.
 * After one unrecorded warm-up run per system (the first source row and the first sink row: JIT, page cache),
 * rows run in passes (--reps): each pass runs every row once on each system, alternating which system goes first
 * (by pass and row); the table shows medians. CPU is utime+stime of the executor process / the worker JVM from
 * /proc/<pid>/stat sampled just before the POST and just after the last record; RSS is VmRSS sampled every poll
 * (peak) and once when idle before the first run. A run whose connector or task goes FAILED is reported with the
 * first line of its trace, not a crash; every wait has a deadline; connectors, topics and files of a run are
 * deleted after it; every process started here is stopped by pid, also on error or Ctrl-C.
 *
 * Row ids: `source-p<partitions>[-b<batch.size>]` and `sink-p<partitions>-t<tasks.max>`, each optionally followed by
 * `-1k` (1 KiB records instead of 100 B; `-r<bytes>` for any size) and `-json` (JsonConverter with schemas.enable=true
 * on key and value, plus HoistField$Value → InsertField$Value → ReplaceField$Value), e.g. `sink-p8-t4-1k-json`.
 *
 * --ceilings also measures the broker's raw limits for the same records and partitions: the Java producer and
 * consumer (kafka-clients 4.1.1, bench/support/JavaClients.java) and kafkajs (bench/support/kafkajs-clients.ts),
 * each in its own process with its own CPU.
 *
 * Flags: --records N (1000000), --reps N (3), --rows a,b,… (the default set; --rows all for every default row),
 * --quick (100000 records, 1 rep), --ceilings, --run-timeout-ms N (60 s + 1 s per 5,000 records),
 * --markdown (also print the tables as Markdown), --no-warmup (skip the unrecorded warm-up run of the first source
 * and the first sink row on each system), --keep-logs.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import type { Admin } from 'kafkajs';
import { type LocalCluster, startLocalCluster } from '../control-plane/local/cluster.ts';
import { type ApacheConnect, startApacheConnect } from '../infra/local/apache-connect.ts';
import { startOrConnectLocalDynamoDb } from '../infra/local/dynamodb.ts';
import { ensureMavenRuntime, KAFKA_VERSION, LOCAL_INFRA_DIR, startLocalKafka } from '../infra/local/kafka.ts';
import { createDynamoClient } from '../shared/adapters/dynamodb/client.ts';
import { deleteTables } from '../shared/adapters/dynamodb/tables.ts';
import { createKafka } from '../shared/adapters/kafka/client.ts';
import { createLogger } from '../shared/logging/logger.ts';
import { freePort } from '../shared/util/net.ts';
import { delay, waitFor } from '../shared/util/wait.ts';
import { Cleanup } from './support/cleanup.ts';
import { cpuMs, rssBytes } from './support/proc.ts';
import { firstLine, LineCounter, writeLinesFile } from './support/records.ts';
import {
  formatMarkdownTable,
  formatTable,
  machineNote,
  positiveInt,
  type Summary,
  summarize,
  writeBenchJson,
} from './support/report.ts';

const execFileAsync = promisify(execFile);
const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const POLL_MS = 100;
/** A connector's status is read every this many polls, to catch a FAILED task. */
const STATUS_EVERY_POLLS = 10;
const REQUEST_TIMEOUT_MS = 30_000;
/** Before a run: wait until both systems are idle (each under QUIET_CPU_SHARE of a core over QUIET_WINDOW_MS). */
const QUIET_WINDOW_MS = 1_000;
const QUIET_CPU_SHARE = 0.05;
const QUIET_TIMEOUT_MS = 30_000;
const DELETE_TIMEOUT_MS = 60_000;
const PREFILL_TIMEOUT_MS = 600_000;
const DEFAULT_LINE_BYTES = 100;
const MB = 1_000_000;
const CEILING_WARMUP_RECORDS = 100_000;

const DEFAULT_ROWS = [
  // The issue's table (100 B records, StringConverter).
  'source-p1',
  'source-p8',
  'source-p8-b10000',
  'source-p1-b10000',
  'sink-p8-t1',
  'sink-p8-t4',
  // The other dimensions: 1 partition and 1 task for the sink, 1 KiB records, JsonConverter with 3 SMTs.
  'sink-p1-t1',
  'source-p8-1k',
  'sink-p8-t4-1k',
  'source-p8-json',
  'sink-p8-t4-json',
] as const;

type SystemId = 'tributary' | 'apache';
const SYSTEM_NAMES: Record<SystemId, string> = {
  tributary: 'Tributary',
  apache: `Apache Connect ${KAFKA_VERSION}`,
};

interface RowSpec {
  readonly id: string;
  readonly kind: 'source' | 'sink';
  readonly partitions: number;
  readonly tasks: number;
  /** FileStreamSource batch.size; the default (2000) when undefined. */
  readonly batchSize: number | undefined;
  readonly lineBytes: number;
  readonly json: boolean;
  readonly label: string;
}

function parseRow(id: string): RowSpec {
  const [kind, ...parts] = id.split('-');
  if (kind !== 'source' && kind !== 'sink')
    throw new RangeError(`row ${id}: must start with source- or sink-`);
  let partitions: number | undefined;
  let tasks = 1;
  let batchSize: number | undefined;
  let lineBytes = DEFAULT_LINE_BYTES;
  let json = false;
  for (const part of parts) {
    const match = /^([ptbr])(\d+)$/.exec(part);
    if (part === '1k') lineBytes = 1024;
    else if (part === 'json') json = true;
    else if (match?.[1] && match[2] && Number(match[2]) > 0) {
      const n = Number(match[2]);
      if (match[1] === 'p') partitions = n;
      else if (match[1] === 't') tasks = n;
      else if (match[1] === 'b') batchSize = n;
      else lineBytes = Math.max(11, n);
    } else throw new RangeError(`row ${id}: unknown part ${part}`);
  }
  if (partitions === undefined) throw new RangeError(`row ${id}: needs p<partitions>`);
  if (kind === 'source' && tasks !== 1) throw new RangeError(`row ${id}: FileStreamSource has one task`);
  if (kind === 'sink' && batchSize !== undefined)
    throw new RangeError(`row ${id}: batch.size is a source key`);
  const label = [
    kind === 'source' ? 'FileStreamSource' : 'FileStreamSink',
    `${partitions} partition${partitions === 1 ? '' : 's'}`,
    kind === 'source'
      ? batchSize === undefined
        ? 'default batch'
        : `batch.size=${batchSize}`
      : `${tasks} task${tasks === 1 ? '' : 's'}`,
    lineBytes === 1024 ? '1 KiB' : `${lineBytes} B`,
    json ? 'JSON+3 SMTs' : 'String',
  ].join(', ');
  return { id, kind, partitions, tasks, batchSize, lineBytes, json, label };
}

interface Options {
  records: number;
  reps: number;
  rows: RowSpec[];
  ceilings: boolean;
  runTimeoutMs: number;
  markdown: boolean;
  keepLogs: boolean;
  /** One unrecorded run of the first source row and the first sink row on each system before pass 1 (JIT, caches). */
  warmup: boolean;
}

function parseOptions(): Options | undefined {
  const { values } = parseArgs({
    options: {
      records: { type: 'string' },
      reps: { type: 'string' },
      rows: { type: 'string' },
      quick: { type: 'boolean' },
      ceilings: { type: 'boolean' },
      'run-timeout-ms': { type: 'string' },
      markdown: { type: 'boolean' },
      'keep-logs': { type: 'boolean' },
      'no-warmup': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'npm run bench -- throughput [--records 1000000] [--reps 3] [--rows a,b,…] [--quick] [--ceilings] ' +
        '[--run-timeout-ms N] [--markdown] [--no-warmup] [--keep-logs]\n\n' +
        `Default rows: ${DEFAULT_ROWS.join(',')}\n` +
        'Row ids: source-p<partitions>[-b<batch.size>] | sink-p<partitions>-t<tasks>, then optionally -1k ' +
        '(or -r<bytes>) and -json.',
    );
    return undefined;
  }
  const quick = values.quick === true;
  const records = positiveInt(values.records, quick ? 100_000 : 1_000_000, 'records');
  const rowIds =
    values.rows === undefined || values.rows === 'all'
      ? [...DEFAULT_ROWS]
      : values.rows
          .split(',')
          .map((r) => r.trim())
          .filter((r) => r !== '');
  return {
    records,
    reps: positiveInt(values.reps, quick ? 1 : 3, 'reps'),
    rows: rowIds.map(parseRow),
    ceilings: values.ceilings === true,
    runTimeoutMs: positiveInt(
      values['run-timeout-ms'],
      60_000 + Math.ceil(records / 5_000) * 1_000,
      'run-timeout-ms',
    ),
    markdown: values.markdown === true,
    keepLogs: values['keep-logs'] === true,
    warmup: values['no-warmup'] !== true,
  };
}

/** One measured run of one row on one system. */
interface Sample {
  readonly pass: number;
  /** 1 when this system ran first in its pass for the row, 2 when second. */
  readonly order: number;
  /** From POST /connectors until the last record (undefined when the run did not finish). */
  ms?: number;
  /** From POST /connectors until the first record showed (topic end offsets / output file lines). */
  firstRecordMs?: number;
  /** CPU of the executor / JVM over the measured interval (until the end, or the failure). */
  cpuMs?: number;
  rssBeforeMb?: number;
  rssPeakMb?: number;
  /** Records seen when the run ended. */
  records: number;
  /** FAILED connector or task: the first line of its trace. */
  failed?: string;
  /** Anything else that went wrong (a deadline, a REST error). */
  error?: string;
  /** A sink's first output line, to compare what the two systems wrote. */
  firstLine?: string;
}

interface SystemResult {
  readonly samples: Sample[];
  ms?: Summary;
  cpuMs?: Summary;
  firstRecordMs?: Summary;
  rssPeakMb?: number;
}

interface RowResult {
  readonly spec: RowSpec;
  readonly systems: Record<SystemId, SystemResult>;
}

interface Target {
  readonly id: SystemId;
  readonly url: string;
  /** The process doing the connector work: the executor, or the worker JVM. */
  pid(): number;
}

interface Context {
  readonly runId: string;
  readonly bootstrapServers: string;
  readonly workDir: string;
  readonly admin: Admin;
  readonly cleanup: Cleanup;
  readonly options: Options;
  readonly targets: Record<SystemId, Target>;
  readonly javaClasspath: () => Promise<string>;
  /** Source input files by line size. */
  readonly sourceFiles: Map<number, string>;
  /** Pre-filled sink input topics by `<partitions>-<lineBytes>-<json>`. */
  readonly sinkTopics: Map<string, string>;
  readonly createdTopics: Set<string>;
  readonly createdGroups: Set<string>;
  interrupted: boolean;
}

const JSON_CONVERTER = 'org.apache.kafka.connect.json.JsonConverter';
const STRING_CONVERTER = 'org.apache.kafka.connect.storage.StringConverter';

function converterAndTransformConfig(row: RowSpec): Record<string, string> {
  if (!row.json) return { 'key.converter': STRING_CONVERTER, 'value.converter': STRING_CONVERTER };
  return {
    'key.converter': JSON_CONVERTER,
    'key.converter.schemas.enable': 'true',
    'value.converter': JSON_CONVERTER,
    'value.converter.schemas.enable': 'true',
    transforms: 'hoist,insert,rename',
    'transforms.hoist.type': 'org.apache.kafka.connect.transforms.HoistField$Value',
    'transforms.hoist.field': 'line',
    'transforms.insert.type': 'org.apache.kafka.connect.transforms.InsertField$Value',
    'transforms.insert.static.field': 'origin',
    'transforms.insert.static.value': 'bench',
    'transforms.rename.type': 'org.apache.kafka.connect.transforms.ReplaceField$Value',
    'transforms.rename.renames': 'line:text',
  };
}

function connectorConfig(row: RowSpec, input: string, output: string): Record<string, string> {
  const common = converterAndTransformConfig(row);
  if (row.kind === 'source') {
    return {
      'connector.class': 'FileStreamSource',
      'tasks.max': '1',
      file: input,
      topic: output,
      ...(row.batchSize === undefined ? {} : { 'batch.size': String(row.batchSize) }),
      ...common,
    };
  }
  return {
    'connector.class': 'FileStreamSink',
    'tasks.max': String(row.tasks),
    topics: input,
    file: output,
    ...common,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// REST

interface StatusBody {
  connector: { state: string; trace?: string };
  tasks: Array<{ id: number; state: string; trace?: string }>;
}

async function rest(
  url: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; text: string }> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, text: await response.text() };
}

/** The first line of the trace of a FAILED connector or task, or undefined when none has failed. */
async function failure(url: string, name: string): Promise<string | undefined> {
  const { status, text } = await rest(url, 'GET', `/connectors/${name}/status`).catch(() => ({
    status: 0,
    text: '',
  }));
  if (status !== 200) return undefined;
  const body = JSON.parse(text) as StatusBody;
  const traceLine = (what: string, trace: string | undefined) =>
    `${what} FAILED: ${(trace ?? '(no trace)').split('\n')[0]?.trim()}`;
  if (body.connector.state === 'FAILED') return traceLine('connector', body.connector.trace);
  const task = body.tasks.find((t) => t.state === 'FAILED');
  return task ? traceLine(`task ${task.id}`, task.trace) : undefined;
}

async function deleteConnector(url: string, name: string): Promise<void> {
  const { status, text } = await rest(url, 'DELETE', `/connectors/${name}`);
  if (status !== 204 && status !== 404)
    throw new Error(`DELETE /connectors/${name} answered ${status}: ${text}`);
  const deadline = Date.now() + DELETE_TIMEOUT_MS;
  for (;;) {
    const connector = await rest(url, 'GET', `/connectors/${name}`).catch(() => ({ status: 0 }));
    const statusRead = await rest(url, 'GET', `/connectors/${name}/status`).catch(() => ({ status: 0 }));
    if (connector.status === 404 && statusRead.status === 404) return;
    if (Date.now() > deadline)
      throw new Error(`connector ${name} still there ${DELETE_TIMEOUT_MS} ms after DELETE`);
    await delay(200);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Topics, files, child processes

/**
 * Creates the topic and waits until every partition has a leader (kafkajs' own waitForLeaders sometimes fails on a
 * fresh topic with "This server does not host this topic-partition", so this polls the metadata instead).
 */
async function createTopic(ctx: Context, topic: string, partitions: number): Promise<void> {
  ctx.createdTopics.add(topic);
  await ctx.admin.createTopics({
    topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }],
    waitForLeaders: false,
    timeout: 30_000,
  });
  await waitFor(
    async () => {
      const { topics } = await ctx.admin.fetchTopicMetadata({ topics: [topic] });
      const meta = topics.find((t) => t.name === topic);
      return meta?.partitions.length === partitions && meta.partitions.every((p) => p.leader >= 0);
    },
    30_000,
    `leaders for the ${partitions} partition(s) of ${topic}`,
    100,
  );
}

async function deleteTopics(ctx: Context, topics: string[]): Promise<void> {
  const existing = new Set(await ctx.admin.listTopics());
  const doomed = topics.filter((t) => existing.has(t));
  if (doomed.length > 0) await ctx.admin.deleteTopics({ topics: doomed, timeout: 30_000 });
  for (const t of topics) ctx.createdTopics.delete(t);
}

async function endOffsetSum(admin: Admin, topic: string): Promise<number> {
  const offsets = await admin.fetchTopicOffsets(topic);
  return offsets.reduce((sum, p) => sum + Number(p.high), 0);
}

interface Measured {
  readonly records: number;
  readonly ms: number;
  readonly cpuMs: number;
}

/**
 * Runs a client process to completion (its pid killed at the deadline or on cleanup) and returns the JSON line it
 * printed last.
 */
async function runClient(
  ctx: Context,
  command: string,
  args: string[],
  timeoutMs: number,
): Promise<Measured> {
  const child: ChildProcess = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${command}`);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(pid, 'SIGKILL');
      await exited;
    }
  };
  const stopEarly = ctx.cleanup.add(`client process ${pid}`, kill);
  let timer: NodeJS.Timeout | undefined;
  try {
    const code = await Promise.race([
      exited,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${command} took over ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    const last = stdout
      .split('\n')
      .filter((l) => l.startsWith('{"records"'))
      .pop();
    if (code !== 0 || !last) throw new Error(`${command} ${args[0] ?? ''} exited ${code}: ${stderr.trim()}`);
    return JSON.parse(last) as Measured;
  } finally {
    clearTimeout(timer);
    await stopEarly();
  }
}

async function javaClient(ctx: Context, args: string[], timeoutMs = PREFILL_TIMEOUT_MS): Promise<Measured> {
  return runClient(
    ctx,
    'java',
    [
      '-Xms256m',
      '-Xmx1g',
      `-Dlog4j2.configurationFile=${join(LOCAL_INFRA_DIR, 'log4j2.properties')}`,
      '-cp',
      await ctx.javaClasspath(),
      'JavaClients',
      ...args,
    ],
    timeoutMs,
  );
}

async function kafkajsClient(ctx: Context, args: string[]): Promise<Measured> {
  return runClient(
    ctx,
    process.execPath,
    [join(BENCH_DIR, 'support', 'kafkajs-clients.ts'), ...args],
    PREFILL_TIMEOUT_MS,
  );
}

async function sourceFile(ctx: Context, lineBytes: number): Promise<string> {
  const existing = ctx.sourceFiles.get(lineBytes);
  if (existing) return existing;
  const file = join(ctx.workDir, `lines-${lineBytes}.txt`);
  ctx.cleanup.add(`source file ${file}`, async () => rmSync(file, { force: true }));
  const started = Date.now();
  await writeLinesFile(file, ctx.options.records, lineBytes);
  console.log(
    `  wrote ${ctx.options.records} lines of ${lineBytes} B to ${file} in ${Date.now() - started} ms`,
  );
  ctx.sourceFiles.set(lineBytes, file);
  return file;
}

async function sinkTopic(ctx: Context, row: RowSpec): Promise<string> {
  const key = `${row.partitions}-${row.lineBytes}-${row.json ? 'json' : 'string'}`;
  const existing = ctx.sinkTopics.get(key);
  if (existing) return existing;
  const topic = `${ctx.runId}-sink-input-${key}`;
  await createTopic(ctx, topic, row.partitions);
  const started = Date.now();
  await javaClient(ctx, [
    'produce',
    ctx.bootstrapServers,
    topic,
    String(ctx.options.records),
    String(row.lineBytes),
    row.json ? 'json' : 'string',
    '0',
    'linger.ms=20',
    'batch.size=262144',
  ]);
  const filled = await endOffsetSum(ctx.admin, topic);
  if (filled !== ctx.options.records) throw new Error(`pre-filled ${topic} holds ${filled} records`);
  console.log(`  pre-filled ${topic} with ${filled} records in ${Date.now() - started} ms`);
  ctx.sinkTopics.set(key, topic);
  return topic;
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring

/** Waits until every system process uses under QUIET_CPU_SHARE of a core; false if that did not happen in time. */
async function waitQuiet(pids: number[]): Promise<boolean> {
  const deadline = Date.now() + QUIET_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const before = pids.map((p) => cpuMs(p) ?? 0);
    await delay(QUIET_WINDOW_MS);
    const after = pids.map((p) => cpuMs(p) ?? 0);
    if (after.every((a, i) => a - (before[i] ?? 0) <= QUIET_CPU_SHARE * QUIET_WINDOW_MS)) return true;
  }
  return false;
}

function mb(bytes: number | undefined): number | undefined {
  return bytes === undefined ? undefined : Math.round(bytes / 1024 / 1024);
}

async function measureRun(
  ctx: Context,
  row: RowSpec,
  target: Target,
  pass: number,
  order: number,
): Promise<Sample> {
  const n = ctx.options.records;
  const name = `${ctx.runId}-${row.id}-${target.id}-${pass}`;
  const sample: Sample = { pass, order, records: 0 };
  const output = row.kind === 'source' ? name : join(ctx.workDir, `${name}.txt`);
  let created = false;
  try {
    let input: string;
    let progress: () => Promise<number>;
    if (row.kind === 'source') {
      input = await sourceFile(ctx, row.lineBytes);
      await createTopic(ctx, output, row.partitions);
      progress = () => endOffsetSum(ctx.admin, output);
    } else {
      input = await sinkTopic(ctx, row);
      ctx.createdGroups.add(`connect-${name}`);
      const counter = new LineCounter(output);
      progress = () => counter.count();
    }
    const quiet = await waitQuiet(Object.values(ctx.targets).map((t) => t.pid()));
    if (!quiet) console.log('  (the systems did not go quiet before this run; measuring anyway)');
    const pid = target.pid();
    sample.rssBeforeMb = mb(rssBytes(pid));
    let rssPeak = rssBytes(pid) ?? 0;
    const cpu0 = cpuMs(pid);
    const t0 = performance.now();
    // Deleted afterwards even when the POST's answer is lost (DELETE of a missing connector is a 404).
    created = true;
    const response = await rest(target.url, 'POST', '/connectors', {
      name,
      config: connectorConfig(row, input, output),
    });
    if (response.status !== 201)
      throw new Error(`POST /connectors answered ${response.status}: ${response.text}`);
    const deadline = t0 + ctx.options.runTimeoutMs;
    for (let poll = 1; ; poll++) {
      // A transient client error while reading progress is not the connector's: keep the last figure.
      const seen = await progress().catch(() => sample.records);
      const now = performance.now();
      rssPeak = Math.max(rssPeak, rssBytes(pid) ?? 0);
      sample.records = seen;
      if (seen > 0 && sample.firstRecordMs === undefined) sample.firstRecordMs = Math.round(now - t0);
      if (seen >= n) {
        sample.ms = Math.round(now - t0);
        break;
      }
      if (poll % STATUS_EVERY_POLLS === 0) {
        const failed = await failure(target.url, name);
        if (failed) {
          sample.failed = failed;
          break;
        }
      }
      if (cpuMs(pid) === undefined) throw new Error(`process ${pid} is gone`);
      if (now > deadline) {
        sample.failed = (await failure(target.url, name)) ?? undefined;
        if (!sample.failed)
          sample.error = `timed out after ${ctx.options.runTimeoutMs} ms with ${seen} of ${n} records`;
        break;
      }
      await delay(POLL_MS);
    }
    const cpu1 = cpuMs(pid);
    if (cpu0 !== undefined && cpu1 !== undefined) sample.cpuMs = Math.round(cpu1 - cpu0);
    sample.rssPeakMb = mb(rssPeak);
  } catch (err) {
    sample.error = err instanceof Error ? err.message : String(err);
  } finally {
    try {
      if (created) await deleteConnector(target.url, name);
      if (row.kind === 'source') await deleteTopics(ctx, [output]);
      else {
        const first = firstLine(output);
        if (first !== undefined) sample.firstLine = first;
        rmSync(output, { force: true });
      }
    } catch (err) {
      sample.error ??= `cleanup: ${err instanceof Error ? err.message : String(err)}`;
    }
  }
  return sample;
}

function describe(sample: Sample, n: number, lineBytes: number): string {
  const parts: string[] = [];
  if (sample.ms !== undefined) {
    parts.push(
      `${Math.round((n / sample.ms) * 1000).toLocaleString('en-US')} rec/s`,
      `${((n * lineBytes) / MB / (sample.ms / 1000)).toFixed(1)} MB/s`,
      `${(sample.ms / 1000).toFixed(2)} s (first record after ${((sample.firstRecordMs ?? 0) / 1000).toFixed(2)} s)`,
    );
  }
  if (sample.cpuMs !== undefined) parts.push(`CPU ${(sample.cpuMs / 1000).toFixed(2)} s`);
  if (sample.rssPeakMb !== undefined) parts.push(`RSS ${sample.rssBeforeMb} → peak ${sample.rssPeakMb} MB`);
  if (sample.firstLine !== undefined)
    parts.push(
      `first line ${JSON.stringify(sample.firstLine.length > 70 ? `${sample.firstLine.slice(0, 70)}…` : sample.firstLine)}`,
    );
  if (sample.failed) parts.push(`FAILED (${sample.records}/${n} records): ${sample.failed}`);
  if (sample.error) parts.push(`ERROR (${sample.records}/${n} records): ${sample.error}`);
  return parts.join(', ');
}

function summarizeSystem(result: SystemResult): void {
  const ok = result.samples.filter((s) => s.ms !== undefined && !s.failed && !s.error);
  const ms = summarize(ok.map((s) => s.ms as number));
  const cpu = summarize(ok.map((s) => s.cpuMs).filter((v): v is number => v !== undefined));
  const first = summarize(ok.map((s) => s.firstRecordMs).filter((v): v is number => v !== undefined));
  if (ms) result.ms = ms;
  if (cpu) result.cpuMs = cpu;
  if (first) result.firstRecordMs = first;
  const peaks = result.samples.map((s) => s.rssPeakMb).filter((v): v is number => v !== undefined);
  if (peaks.length > 0) result.rssPeakMb = Math.max(...peaks);
}

// ---------------------------------------------------------------------------------------------------------------
// Ceilings: the raw clients on the same broker

interface CeilingResult {
  readonly client: string;
  readonly partitions: number;
  readonly lineBytes: number;
  readonly samples: Measured[];
  errors: string[];
  recPerSec?: Summary;
  cpuSecondsPerMillion?: Summary;
}

async function runCeilings(ctx: Context): Promise<CeilingResult[]> {
  const n = ctx.options.records;
  // Each client process first sends (reads) this many records untimed, so the ceiling is its warm rate.
  const warmup = Math.min(n, CEILING_WARMUP_RECORDS);
  const shapes = new Map<string, { partitions: number; lineBytes: number }>();
  for (const row of ctx.options.rows)
    shapes.set(`${row.partitions}-${row.lineBytes}`, {
      partitions: row.partitions,
      lineBytes: row.lineBytes,
    });
  const results: CeilingResult[] = [];
  for (const { partitions, lineBytes } of shapes.values()) {
    const make = (client: string): CeilingResult => {
      const r: CeilingResult = { client, partitions, lineBytes, samples: [], errors: [] };
      results.push(r);
      return r;
    };
    const javaProducer = make('Java producer (kafka-clients 4.1.1, defaults, acks=all)');
    const kafkajsProducer = make(
      "kafkajs producer, Tributary's Produce encoder (sends of ≤2000, 5 in flight, acks=all)",
    );
    const javaConsumer = make('Java consumer (kafka-clients 4.1.1, defaults)');
    const kafkajsConsumer = make("kafkajs consumer, Tributary's batch decoder (defaults)");
    for (let pass = 1; pass <= ctx.options.reps && !ctx.interrupted; pass++) {
      const javaTopic = `${ctx.runId}-ceiling-java-p${partitions}-r${lineBytes}-${pass}`;
      const kafkajsTopic = `${ctx.runId}-ceiling-kafkajs-p${partitions}-r${lineBytes}-${pass}`;
      await createTopic(ctx, javaTopic, partitions);
      await createTopic(ctx, kafkajsTopic, partitions);
      const produce = {
        java: () =>
          javaClient(ctx, [
            'produce',
            ctx.bootstrapServers,
            javaTopic,
            String(n),
            String(lineBytes),
            'string',
            String(warmup),
          ]),
        kafkajs: () =>
          kafkajsClient(ctx, [
            'produce',
            ctx.bootstrapServers,
            kafkajsTopic,
            String(n),
            String(lineBytes),
            String(warmup),
          ]),
      };
      const record = async (r: CeilingResult, run: () => Promise<Measured>) => {
        try {
          const m = await run();
          r.samples.push(m);
          console.log(
            `  ${r.client}, ${partitions} partition(s), ${lineBytes} B #${pass}: ` +
              `${Math.round((m.records / m.ms) * 1000).toLocaleString('en-US')} rec/s, CPU ${(m.cpuMs / 1000).toFixed(2)} s`,
          );
        } catch (err) {
          r.errors.push(err instanceof Error ? err.message : String(err));
          console.error(`  ${r.client} #${pass} failed: ${r.errors.at(-1)}`);
        }
      };
      const javaFirst = pass % 2 === 1;
      if (javaFirst) await record(javaProducer, produce.java);
      await record(kafkajsProducer, produce.kafkajs);
      if (!javaFirst) await record(javaProducer, produce.java);
      // Both consumers read the topic the Java producer filled (kafkajs' when that failed).
      const readTopic = javaProducer.samples.length >= pass ? javaTopic : kafkajsTopic;
      const consume = {
        java: () => javaClient(ctx, ['consume', ctx.bootstrapServers, readTopic, String(n), String(warmup)]),
        kafkajs: () =>
          kafkajsClient(ctx, ['consume', ctx.bootstrapServers, readTopic, String(n), String(warmup)]),
      };
      if (javaFirst) await record(javaConsumer, consume.java);
      await record(kafkajsConsumer, consume.kafkajs);
      if (!javaFirst) await record(javaConsumer, consume.java);
      await deleteTopics(ctx, [javaTopic, kafkajsTopic]);
    }
  }
  for (const r of results) {
    const rate = summarize(r.samples.map((s) => (s.records / s.ms) * 1000));
    const cpu = summarize(r.samples.map((s) => s.cpuMs / 1000 / (s.records / 1_000_000)));
    if (rate) r.recPerSec = rate;
    if (cpu) r.cpuSecondsPerMillion = cpu;
  }
  return results;
}

// ---------------------------------------------------------------------------------------------------------------
// Main

async function main(): Promise<void> {
  const options = parseOptions();
  if (!options) return;
  const cleanup = new Cleanup();
  const workDir = mkdtempSync(join(tmpdir(), 'tributary-bench-throughput-'));
  let ctx: Context | undefined;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      if (ctx) ctx.interrupted = true;
      console.error(`\n${signal}: stopping everything this benchmark started…`);
      void cleanup.runAll().finally(() => {
        console.error(`logs kept in ${workDir}`);
        process.exit(130);
      });
    });
  }
  const machineBefore = machineNote();
  const runId = `bench-${randomUUID().slice(0, 8)}`;
  const logger = createLogger({ component: 'bench-throughput' }, { write: () => undefined });
  const results: RowResult[] = [];
  let ceilings: CeilingResult[] = [];
  const idleRssMb: Partial<Record<SystemId, number>> = {};
  let failed = false;
  let bootstrapServers: string | undefined;
  const started = Date.now();
  try {
    console.log(
      `Throughput benchmark ${runId}: ${options.records.toLocaleString('en-US')} records, ${options.reps} ` +
        `pass(es), rows ${options.rows.map((r) => r.id).join(', ')}; logs in ${workDir}`,
    );
    bootstrapServers = process.env.KAFKA_BOOTSTRAP_SERVERS;
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

    const kafkaClient = createKafka({ bootstrapServers, clientId: 'bench-throughput', logger });
    const admin = kafkaClient.admin();
    await admin.connect();
    cleanup.add('Kafka admin client', () => admin.disconnect());

    // Both systems get the same worker settings that matter here (offset flush: Apache's default, 60 s).
    const workerProps = (prefix: string): Record<string, string> => ({
      'config.storage.topic': `${prefix}-configs`,
      'offset.storage.topic': `${prefix}-offsets`,
      'status.storage.topic': `${prefix}-status`,
      'config.storage.replication.factor': '1',
      'offset.storage.replication.factor': '1',
      'status.storage.replication.factor': '1',
      'offset.storage.partitions': '5',
      'status.storage.partitions': '2',
      'offset.flush.interval.ms': '60000',
    });
    const createdTopics = new Set<string>();
    const createdGroups = new Set<string>();
    let tables: { leases: string; assignments: string } | undefined;
    // Registered before the systems start, so it runs after they stop: topics and groups of this run go.
    cleanup.add('benchmark topics and consumer groups', async () => {
      const existing = await admin.listTopics();
      const doomed = existing.filter((t) => t.startsWith(`${runId}-`) || createdTopics.has(t));
      if (doomed.length > 0) await admin.deleteTopics({ topics: doomed, timeout: 30_000 });
      const groups = new Set((await admin.listGroups()).groups.map((g) => g.groupId));
      const doomedGroups = [...createdGroups].filter((g) => groups.has(g));
      if (doomedGroups.length > 0) await admin.deleteGroups(doomedGroups).catch(() => undefined);
    });
    if (externalDynamo) {
      cleanup.add('benchmark tables on the external DynamoDB', async () => {
        if (!tables) return;
        const client = createDynamoClient({ endpoint: dynamo.endpoint });
        try {
          await deleteTables(client, tables);
        } finally {
          client.destroy();
        }
      });
    }

    console.log('starting a Tributary local cluster with one executor…');
    const tributaryPrefix = `${runId}-tributary`;
    createdGroups.add(`connect-${tributaryPrefix}`);
    const controlLog = createWriteStream(join(workDir, 'control-plane.log'), { flags: 'a' });
    const cluster: LocalCluster = await startLocalCluster({
      workerProps: {
        'bootstrap.servers': bootstrapServers,
        'group.id': `connect-${tributaryPrefix}`,
        ...workerProps(tributaryPrefix),
      },
      host: '127.0.0.1',
      port: await freePort(),
      executors: 1,
      logger: createLogger({ component: 'bench-throughput' }, { write: (line) => controlLog.write(line) }),
      logDir: join(workDir, 'tributary'),
      dynamodbEndpoint: dynamo.endpoint,
    });
    tables = cluster.tables;
    cleanup.add('Tributary cluster', async () => {
      await cluster.stop();
      await new Promise<void>((done) => controlLog.end(() => done()));
    });
    const executorPid = (): number => {
      const pid = cluster.launcher.executors()[0]?.pid;
      if (pid === undefined) throw new Error('the Tributary executor has no pid');
      return pid;
    };

    console.log(`starting an Apache Connect ${KAFKA_VERSION} distributed worker…`);
    const apachePrefix = `${runId}-apache`;
    createdGroups.add(`connect-${apachePrefix}`);
    const apache: ApacheConnect = await startApacheConnect({
      bootstrapServers,
      dataDir: join(workDir, 'apache'),
      groupId: `connect-${apachePrefix}`,
      topicPrefix: apachePrefix,
      props: workerProps(apachePrefix),
    });
    cleanup.add('Apache Connect worker', () => apache.stop());

    const libDir = await ensureMavenRuntime('apache-connect', join(LOCAL_INFRA_DIR, 'connect-pom.xml'));
    let classpath: Promise<string> | undefined;
    const javaClasspath = () => {
      classpath ??= (async () => {
        const classes = join(workDir, 'java-classes');
        mkdirSync(classes, { recursive: true });
        await execFileAsync('javac', [
          '-cp',
          `${libDir}/*`,
          '-d',
          classes,
          join(BENCH_DIR, 'support', 'JavaClients.java'),
        ]);
        return `${classes}:${libDir}/*`;
      })();
      return classpath;
    };

    ctx = {
      runId,
      bootstrapServers,
      workDir,
      admin,
      cleanup,
      options,
      targets: {
        tributary: { id: 'tributary', url: cluster.url, pid: executorPid },
        apache: { id: 'apache', url: apache.url, pid: () => apache.pid },
      },
      javaClasspath,
      sourceFiles: new Map(),
      sinkTopics: new Map(),
      createdTopics,
      createdGroups,
      interrupted: false,
    };

    await waitQuiet([executorPid(), apache.pid]);
    idleRssMb.tributary = mb(rssBytes(executorPid()));
    idleRssMb.apache = mb(rssBytes(apache.pid));
    console.log(
      `idle RSS: Tributary executor ${idleRssMb.tributary} MB (pid ${executorPid()}), Apache worker JVM ` +
        `${idleRssMb.apache} MB (pid ${apache.pid})`,
    );

    for (const spec of options.rows)
      results.push({ spec, systems: { tributary: { samples: [] }, apache: { samples: [] } } });
    if (options.warmup) {
      const warmupRows = [
        options.rows.find((r) => r.kind === 'source'),
        options.rows.find((r) => r.kind === 'sink'),
      ].filter((r): r is RowSpec => r !== undefined);
      for (const row of warmupRows) {
        console.log(`warm-up (not recorded): ${row.id} — ${row.label}`);
        for (const system of ['tributary', 'apache'] as const) {
          if (ctx.interrupted) break;
          const sample = await measureRun(ctx, row, ctx.targets[system], 0, 1);
          console.log(
            `  ${SYSTEM_NAMES[system].padEnd(20)} ${describe(sample, options.records, row.lineBytes)}`,
          );
        }
      }
    }
    for (let pass = 1; pass <= options.reps && !ctx.interrupted; pass++) {
      console.log(`\npass ${pass} of ${options.reps}`);
      for (const [index, result] of results.entries()) {
        if (ctx.interrupted) break;
        const row = result.spec;
        const order: SystemId[] =
          (pass + index) % 2 === 0 ? ['tributary', 'apache'] : ['apache', 'tributary'];
        console.log(`${row.id} — ${row.label}`);
        for (const [i, system] of order.entries()) {
          if (ctx.interrupted) break;
          const sample = await measureRun(ctx, row, ctx.targets[system], pass, i + 1);
          result.systems[system].samples.push(sample);
          if (sample.error) failed = true;
          console.log(
            `  ${SYSTEM_NAMES[system].padEnd(20)} ${describe(sample, options.records, row.lineBytes)}`,
          );
        }
      }
    }
    if (options.ceilings && !ctx.interrupted) {
      console.log('\nceilings: the raw clients on the same broker');
      ceilings = await runCeilings(ctx);
    }
  } catch (err) {
    failed = true;
    console.error(`benchmark failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  } finally {
    await cleanup.runAll();
  }
  report(results, ceilings, idleRssMb, options, machineBefore, runId, bootstrapServers, started);
  if (failed || options.keepLogs) console.log(`logs kept in ${workDir}`);
  else rmSync(workDir, { recursive: true, force: true });
  if (failed) process.exitCode = 1;
}

// ---------------------------------------------------------------------------------------------------------------
// Report

function recPerSec(n: number, ms: number | undefined): number | undefined {
  return ms === undefined || ms <= 0 ? undefined : (n / ms) * 1000;
}

function thousands(v: number | undefined): string {
  return v === undefined ? '—' : Math.round(v).toLocaleString('en-US');
}

function fixed(v: number | undefined, digits: number): string {
  return v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(digits);
}

/** CPU seconds per million records. */
function cpuPerMillion(cpuMsValue: number | undefined, n: number): number | undefined {
  return cpuMsValue === undefined ? undefined : cpuMsValue / 1000 / (n / 1_000_000);
}

/** rec/s of a system in a row, or its failure ("FAILED 3/3"), with failures counted. */
function rateCell(r: SystemResult, n: number, reps: number): string {
  const bad = r.samples.filter((s) => s.failed || s.error || s.ms === undefined).length;
  const rate = thousands(recPerSec(n, r.ms?.median));
  if (bad === 0) return rate;
  const kind = r.samples.some((s) => s.failed) ? 'FAILED' : 'ERROR';
  return r.ms
    ? `${rate} (${kind} ${bad}/${r.samples.length})`
    : `${kind} ${bad}/${Math.max(reps, r.samples.length)}`;
}

/** (max − min) / median of the run times, as ±%: how much the runs of a row disagreed. */
function spread(r: SystemResult): string {
  if (!r.ms || r.ms.n < 2) return '—';
  return `±${Math.round(((r.ms.max - r.ms.min) / r.ms.median) * 50)}%`;
}

function report(
  results: RowResult[],
  ceilings: CeilingResult[],
  idleRssMb: Partial<Record<SystemId, number>>,
  options: Options,
  machineBefore: ReturnType<typeof machineNote>,
  runId: string,
  bootstrapServers: string | undefined,
  started: number,
): void {
  const machineAfter = machineNote();
  const n = options.records;
  for (const r of results) for (const s of Object.values(r.systems)) summarizeSystem(s);
  const header = [
    'pipeline',
    'Tributary rec/s',
    'Apache rec/s',
    'ratio',
    'MB/s T / A',
    'CPU s per 1M, T / A',
    'CPU ratio',
    'peak RSS MB, T / A',
    'first record s, T / A',
    'spread T / A',
  ];
  const rows = results.map(({ spec, systems: { tributary: t, apache: a } }) => {
    const tRate = recPerSec(n, t.ms?.median);
    const aRate = recPerSec(n, a.ms?.median);
    const tCpu = cpuPerMillion(t.cpuMs?.median, n);
    const aCpu = cpuPerMillion(a.cpuMs?.median, n);
    const mbs = (rate: number | undefined) =>
      fixed(rate === undefined ? undefined : (rate * spec.lineBytes) / MB, 1);
    return [
      spec.label,
      rateCell(t, n, options.reps),
      rateCell(a, n, options.reps),
      tRate !== undefined && aRate !== undefined ? fixed(tRate / aRate, 2) : '—',
      `${mbs(tRate)} / ${mbs(aRate)}`,
      `${fixed(tCpu, 1)} / ${fixed(aCpu, 1)}`,
      tCpu !== undefined && aCpu !== undefined ? fixed(tCpu / aCpu, 2) : '—',
      `${t.rssPeakMb ?? '—'} / ${a.rssPeakMb ?? '—'}`,
      `${fixed(t.firstRecordMs ? t.firstRecordMs.median / 1000 : undefined, 1)} / ${fixed(a.firstRecordMs ? a.firstRecordMs.median / 1000 : undefined, 1)}`,
      `${spread(t)} / ${spread(a)}`,
    ];
  });
  console.log(
    `\nThroughput, ${n.toLocaleString('en-US')} records per run, medians of ${options.reps} pass(es); T = Tributary ` +
      `(one executor), A = Apache Connect ${KAFKA_VERSION} (one worker); rec/s and MB/s (of line bytes) from ` +
      'POST /connectors until the last record; ratio = Tributary / Apache; CPU of the executor / the worker JVM ' +
      'over the same interval:\n',
  );
  console.log(formatTable(header, rows));
  if (options.markdown) console.log(`\n${formatMarkdownTable(header, rows)}`);
  const notes = results.flatMap(({ spec, systems }) =>
    (Object.entries(systems) as Array<[SystemId, SystemResult]>).flatMap(([id, r]) => {
      const messages = new Map<string, number>();
      for (const s of r.samples) {
        const m = s.failed ?? s.error;
        if (m) messages.set(m, (messages.get(m) ?? 0) + 1);
      }
      return [...messages].map(([m, count]) => `  ${spec.id}, ${SYSTEM_NAMES[id]} (${count}×): ${m}`);
    }),
  );
  if (notes.length > 0) console.log(`\nFailures:\n${notes.join('\n')}`);
  console.log(
    `\nIdle RSS before the first run: Tributary executor ${idleRssMb.tributary ?? '—'} MB, Apache worker JVM ` +
      `${idleRssMb.apache ?? '—'} MB.`,
  );

  let ceilingRows: string[][] = [];
  if (ceilings.length > 0) {
    const ceilingHeader = ['client', 'partitions', 'record', 'rec/s', 'MB/s', 'CPU s per 1M', 'runs'];
    ceilingRows = ceilings.map((c) => {
      const rate = c.recPerSec?.median;
      return [
        c.client,
        String(c.partitions),
        c.lineBytes === 1024 ? '1 KiB' : `${c.lineBytes} B`,
        thousands(rate),
        fixed(rate === undefined ? undefined : (rate * c.lineBytes) / MB, 1),
        fixed(c.cpuSecondsPerMillion?.median, 1),
        c.errors.length > 0 ? `${c.samples.length} ok, ${c.errors.length} failed` : String(c.samples.length),
      ];
    });
    console.log(
      `\nCeilings: raw clients on the same broker, same records (medians; each process first sends / reads ` +
        `${Math.min(n, CEILING_WARMUP_RECORDS).toLocaleString('en-US')} records untimed):\n`,
    );
    console.log(formatTable(ceilingHeader, ceilingRows));
    if (options.markdown) console.log(`\n${formatMarkdownTable(ceilingHeader, ceilingRows)}`);
    for (const c of ceilings) for (const e of new Set(c.errors)) console.log(`  ${c.client} error: ${e}`);
  }
  console.log(
    `\nSettings: both systems on ${bootstrapServers ?? '?'} (${process.env.KAFKA_BOOTSTRAP_SERVERS ? 'external' : 'started here'}), ` +
      'offset.flush.interval.ms=60000; connectors set key.converter and value.converter (StringConverter, or ' +
      'JsonConverter with schemas.enable=true + HoistField$Value field=line → InsertField$Value origin=bench → ' +
      'ReplaceField$Value renames=line:text); records are lines of the given size, null keys.',
  );
  console.log(
    `Machine: ${machineBefore.cpus} CPUs (${machineBefore.cpuModel}), load average ${machineBefore.loadAverage.join('/')} ` +
      `at start and ${machineAfter.loadAverage.join('/')} at end; took ${Math.round((Date.now() - started) / 1000)} s.`,
  );
  const file = writeBenchJson('throughput', {
    benchmark: 'throughput',
    runId,
    options: { ...options, rows: options.rows.map((r) => r.id) },
    kafkaVersion: KAFKA_VERSION,
    bootstrapServers,
    externalBroker: Boolean(process.env.KAFKA_BOOTSTRAP_SERVERS),
    idleRssMb,
    rows: results.map(({ spec, systems }) => ({
      ...spec,
      tributary: systems.tributary,
      apache: systems.apache,
    })),
    table: { header, rows },
    ceilings,
    machine: { before: machineBefore, after: machineAfter },
  });
  console.log(`JSON: ${file}`);
}

await main();
