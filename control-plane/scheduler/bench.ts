/**
 * A micro benchmark of the assignor (not a test): by default 10,000 tasks (500 connectors × 20) on 100
 * executors — the initial assignment, one executor joining, one leaving (through the scheduled delay). Each
 * scenario runs rounds, with every executor confirming each version at once, until nothing changes; it reports
 * the rounds, the time spent in `assign`, the heap growth and how many connectors and tasks changed owner.
 *
 * Run: `node control-plane/scheduler/bench.ts` (add --expose-gc for steadier heap numbers).
 */
import { fileURLToPath } from 'node:url';
import type { AssignmentDocument } from '../../shared/ports/assignment-store.ts';
import { assign, DEFAULT_SCHEDULED_REBALANCE_MAX_DELAY_MS, type LiveMember } from './assign.ts';
import type { ConfigSnapshot } from './config-snapshot.ts';

export interface SchedulerBenchmarkOptions {
  readonly connectors?: number;
  readonly tasksPerConnector?: number;
  readonly executors?: number;
  readonly maxDelayMs?: number;
}

export interface ScenarioResult {
  /** Rounds until a fixpoint (the last one changes nothing). */
  readonly rounds: number;
  /** Time spent in `assign` over all rounds, and in the slowest round. */
  readonly totalMs: number;
  readonly slowestRoundMs: number;
  /** heapUsed after minus before (noisy without --expose-gc). */
  readonly heapDeltaBytes: number;
  /** Connectors and tasks whose owner differs between the start and the end of the scenario. */
  readonly moved: { readonly connectors: number; readonly tasks: number };
}

export interface SchedulerBenchmarkResult {
  readonly tasks: number;
  readonly executors: number;
  /** Size of the final document as plain JSON (the DynamoDB adapter stores it compressed). */
  readonly documentJsonBytes: number;
  readonly initial: ScenarioResult;
  readonly join: ScenarioResult;
  readonly leave: ScenarioResult;
}

interface BenchCluster {
  config: ConfigSnapshot;
  members: LiveMember[];
  document: AssignmentDocument | null;
  nowMs: number;
  maxDelayMs: number;
}

export function runSchedulerBenchmark(options: SchedulerBenchmarkOptions = {}): SchedulerBenchmarkResult {
  const connectors = options.connectors ?? 500;
  const tasksPerConnector = options.tasksPerConnector ?? 20;
  const executors = options.executors ?? 100;
  const cluster: BenchCluster = {
    config: {
      offset: 1,
      connectors: Array.from({ length: connectors }, (_, i) => ({
        name: `connector-${String(i).padStart(4, '0')}`,
        tasks: tasksPerConnector,
      })),
    },
    members: Array.from({ length: executors }, (_, i) => ({
      executorId: `executor-${String(i).padStart(3, '0')}`,
      epoch: 1,
      appliedAssignmentVersion: 0,
    })),
    document: null,
    nowMs: 1_000_000,
    maxDelayMs: options.maxDelayMs ?? DEFAULT_SCHEDULED_REBALANCE_MAX_DELAY_MS,
  };
  const initial = scenario(cluster, () => {});
  const join = scenario(cluster, (c) => {
    c.members.push({ executorId: 'executor-new', epoch: 1, appliedAssignmentVersion: 0 });
  });
  const leave = scenario(cluster, (c) => {
    c.members.splice(0, 1);
  });
  return {
    tasks: connectors * tasksPerConnector,
    executors,
    documentJsonBytes: JSON.stringify(cluster.document).length,
    initial,
    join,
    leave,
  };
}

function scenario(cluster: BenchCluster, change: (cluster: BenchCluster) => void): ScenarioResult {
  const before = owners(cluster.document);
  change(cluster);
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  let totalMs = 0;
  let slowestRoundMs = 0;
  let rounds = 0;
  for (;;) {
    rounds++;
    const started = performance.now();
    const result = assign({
      config: cluster.config,
      members: cluster.members,
      previous: cluster.document,
      nowMs: cluster.nowMs,
      maxDelayMs: cluster.maxDelayMs,
    });
    const elapsed = performance.now() - started;
    totalMs += elapsed;
    slowestRoundMs = Math.max(slowestRoundMs, elapsed);
    cluster.document = result.document;
    // Every executor applies the new version at once.
    const version = result.document.version;
    cluster.members = cluster.members.map((m) => ({ ...m, appliedAssignmentVersion: version }));
    if (!result.changed) {
      if (result.nextRunAtMs === null) break;
      cluster.nowMs = result.nextRunAtMs;
    }
    if (rounds > 1_000) throw new Error('the assignment did not settle');
  }
  const heapDeltaBytes = process.memoryUsage().heapUsed - heapBefore;
  const after = owners(cluster.document);
  let movedConnectors = 0;
  let movedTasks = 0;
  for (const [item, owner] of after) {
    if (before.has(item) && before.get(item) !== owner) {
      if (item.startsWith('c')) movedConnectors++;
      else movedTasks++;
    }
  }
  return {
    rounds,
    totalMs: round2(totalMs),
    slowestRoundMs: round2(slowestRoundMs),
    heapDeltaBytes,
    moved: { connectors: movedConnectors, tasks: movedTasks },
  };
}

function owners(document: AssignmentDocument | null): Map<string, string> {
  const map = new Map<string, string>();
  for (const member of document?.members ?? []) {
    for (const connector of member.connectors) map.set(`c\u0000${connector}`, member.executorId);
    for (const task of member.tasks) map.set(`t\u0000${task.connector}\u0000${task.task}`, member.executorId);
  }
  return map;
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
}

function round2(ms: number): number {
  return Math.round(ms * 100) / 100;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(runSchedulerBenchmark(), null, 2));
}
