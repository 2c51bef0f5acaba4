/**
 * The scheduler's assignor at scale: time, heap and work moved for 10,000 tasks on 100 executors.
 *
 * By default 500 connectors × 20 tasks on 100 executors: the initial assignment, one executor joining, one leaving.
 *
 * Wraps control-plane/scheduler/bench.ts (runSchedulerBenchmark), repeating it `--reps` times in one process and
 * reporting min/median/max of the time spent in `assign`. Needs --expose-gc for steady heap figures: `npm run
 * bench` passes it; run directly (`node bench/scheduler.ts`) it re-spawns itself with the flag.
 *
 * Flags: --reps N (default 5), --connectors N (500), --tasks-per-connector N (20), --executors N (100).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  runSchedulerBenchmark,
  type ScenarioResult,
  type SchedulerBenchmarkResult,
} from '../control-plane/scheduler/bench.ts';
import { formatTable, machineNote, positiveInt, summarize, writeBenchJson } from './support/report.ts';

const SCENARIOS = ['initial', 'join', 'leave'] as const;

function main(): void {
  const { values } = parseArgs({
    options: {
      reps: { type: 'string' },
      connectors: { type: 'string' },
      'tasks-per-connector': { type: 'string' },
      executors: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'npm run bench -- scheduler [--reps 5] [--connectors 500] [--tasks-per-connector 20] [--executors 100]',
    );
    return;
  }
  const reps = positiveInt(values.reps, 5, 'reps');
  const options = {
    connectors: positiveInt(values.connectors, 500, 'connectors'),
    tasksPerConnector: positiveInt(values['tasks-per-connector'], 20, 'tasks-per-connector'),
    executors: positiveInt(values.executors, 100, 'executors'),
  };
  const machineBefore = machineNote();
  const runs: SchedulerBenchmarkResult[] = [];
  for (let i = 0; i < reps; i++) runs.push(runSchedulerBenchmark(options));
  const first = runs[0] as SchedulerBenchmarkResult;

  const scenarios = Object.fromEntries(
    SCENARIOS.map((s) => {
      const results = runs.map((r) => r[s]);
      return [
        s,
        {
          rounds: first[s].rounds,
          assignTotalMs: summarize(results.map((r) => r.totalMs)),
          slowestRoundMs: summarize(results.map((r) => r.slowestRoundMs)),
          heapDeltaBytes: summarize(results.map((r) => r.heapDeltaBytes)),
          moved: first[s].moved,
          // Movement is deterministic; flag it if a repetition disagreed.
          movedStable: results.every((r) => sameMoved(r, first[s])),
        },
      ];
    }),
  );

  const ms = (n: number | undefined) => (n === undefined ? '—' : `${n.toFixed(1)} ms`);
  const mb = (n: number | undefined) => (n === undefined ? '—' : `${(n / 1024 / 1024).toFixed(1)} MB`);
  const rows = SCENARIOS.map((s) => {
    const sc = scenarios[s] as (typeof scenarios)[string] & {
      assignTotalMs: ReturnType<typeof summarize>;
      slowestRoundMs: ReturnType<typeof summarize>;
      heapDeltaBytes: ReturnType<typeof summarize>;
      rounds: number;
      moved: ScenarioResult['moved'];
    };
    return [
      s,
      String(sc.rounds),
      ms(sc.assignTotalMs?.min),
      ms(sc.assignTotalMs?.median),
      ms(sc.assignTotalMs?.max),
      ms(sc.slowestRoundMs?.median),
      mb(sc.heapDeltaBytes?.median),
      String(sc.moved.connectors),
      String(sc.moved.tasks),
    ];
  });
  console.log(
    `Scheduler assignor: ${first.tasks} tasks (${options.connectors} connectors × ${options.tasksPerConnector}) on ` +
      `${first.executors} executors; ${reps} repetitions; gc exposed: ${typeof (globalThis as { gc?: unknown }).gc === 'function'}\n`,
  );
  console.log(
    formatTable(
      [
        'scenario',
        'rounds',
        'assign min',
        'assign median',
        'assign max',
        'slowest round (median)',
        'heap Δ (median)',
        'moved conn.',
        'moved tasks',
      ],
      rows,
    ),
  );
  console.log(
    `\nassignment document: ${(first.documentJsonBytes / 1024).toFixed(0)} KiB as plain JSON (stored compressed).` +
      '\n"assign" = time in assign() summed over the scenario\'s rounds (every executor confirms each version at once);' +
      '\n"join" adds one executor, "leave" removes one (its work held for scheduled.rebalance.max.delay.ms, then moved).' +
      '\n"heap Δ" = heapUsed after the scenario minus before it (collected before only: includes garbage).' +
      `\nload average at start: ${machineBefore.loadAverage.join(' / ')} on ${machineBefore.cpus} CPUs (shared machine: timings are noisy).`,
  );
  const file = writeBenchJson('scheduler', {
    benchmark: 'scheduler',
    options: { ...options, reps },
    tasks: first.tasks,
    executors: first.executors,
    documentJsonBytes: first.documentJsonBytes,
    scenarios,
    runs,
    machine: { before: machineBefore, after: machineNote() },
  });
  console.log(`\nJSON: ${file}`);
}

function sameMoved(a: ScenarioResult, b: ScenarioResult): boolean {
  return (
    a.moved.connectors === b.moved.connectors && a.moved.tasks === b.moved.tasks && a.rounds === b.rounds
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (typeof (globalThis as { gc?: unknown }).gc !== 'function') {
    // Heap figures need a collection before each scenario: run again with the flag.
    const result = spawnSync(
      process.execPath,
      ['--expose-gc', ...process.execArgv, process.argv[1], ...process.argv.slice(2)],
      {
        stdio: 'inherit',
      },
    );
    process.exitCode = result.status ?? 1;
  } else {
    main();
  }
}
