/**
 * How many executors the cluster should run, and which ones leave or come back: a pure function from the work to
 * run (connectors + tasks), the bounds, and the live executors with their load, to a scaling plan.
 *
 * - The target is ⌈work / workPerExecutor⌉ clamped to [minExecutors, maxExecutors].
 * - Scale-in never stops an executor that still holds work. It first marks the executors to remove as draining
 *   (`drain`: the assignor gives their work to the others), and only an executor reported `drained` (its work
 *   revoked and confirmed stopped) is stopped (`stop`). The executors drained are those with the least work, so
 *   the least work moves.
 * - Scale-out takes back draining or drained executors first (`resume`; those still holding the most work first),
 *   before asking for new ones: an executor that is still running costs nothing to keep, and its work need not move.
 * - `desiredCount` is the count to set on the service now: the target, but never less than the executors that are
 *   not being stopped in this pass — a service lowered below that would stop executors of its own choosing, which
 *   may still hold work. Draining executors therefore keep the count up until they are drained and stopped.
 *
 * Deterministic (the order of `executors` does not matter; ties are broken by executor id) and stable: applying a
 * plan (drain → draining, resume → active, stop → gone) and planning again for the same work drains and resumes
 * nothing more.
 */

/** Where an executor is in its life as far as scaling is concerned. */
export type ExecutorScalingState = 'active' | 'draining' | 'drained';

export interface ScalingExecutor {
  readonly executorId: string;
  /** Connectors + tasks assigned to it now (for a draining executor: what it still has to give up). */
  readonly load: number;
  /**
   * `active`: takes work; `draining`: leaving, its work is being moved away; `drained`: leaving and holds no work
   * any more (its revocations confirmed), ready to be stopped.
   */
  readonly state: ExecutorScalingState;
}

export interface ScalingInput {
  /** Connectors + tasks the cluster runs (a non-negative integer). */
  readonly workUnits: number;
  /** How many connectors + tasks one executor should run (a positive integer). */
  readonly workPerExecutor: number;
  /** Bounds on the executor count (integers, 0 ≤ min ≤ max). */
  readonly minExecutors: number;
  readonly maxExecutors: number;
  /** The live executors (unexpired leases); ids are unique. */
  readonly executors: readonly ScalingExecutor[];
}

export interface ScalingPlan {
  /** The executor count the cluster is heading for: ⌈workUnits / workPerExecutor⌉ within the bounds. */
  readonly targetCount: number;
  /** The count to set on the service now: max(targetCount, live executors − stop.length). */
  readonly desiredCount: number;
  /** Active executors to start draining (least loaded first), sorted by id. */
  readonly drain: readonly string[];
  /** Draining or drained executors to make active again (most loaded first), sorted by id. */
  readonly resume: readonly string[];
  /** Drained executors to stop now (their tasks on the service), sorted by id. */
  readonly stop: readonly string[];
}

/** ⌈workUnits / workPerExecutor⌉ clamped to [minExecutors, maxExecutors]. */
export function targetExecutorCount(
  input: Pick<ScalingInput, 'workUnits' | 'workPerExecutor' | 'minExecutors' | 'maxExecutors'>,
): number {
  checkInput(input);
  const needed = Math.ceil(input.workUnits / input.workPerExecutor);
  return Math.min(input.maxExecutors, Math.max(input.minExecutors, needed));
}

/** The scaling plan for `input` (see the module comment). Throws RangeError on invalid input. */
export function planScaling(input: ScalingInput): ScalingPlan {
  const targetCount = targetExecutorCount(input);
  const seen = new Set<string>();
  for (const executor of input.executors) {
    if (seen.has(executor.executorId)) throw new RangeError(`duplicate executor id ${executor.executorId}`);
    seen.add(executor.executorId);
    if (!Number.isInteger(executor.load) || executor.load < 0) {
      throw new RangeError(
        `load of ${executor.executorId} must be a non-negative integer, got ${executor.load}`,
      );
    }
  }
  const active = input.executors.filter((e) => e.state === 'active');
  const leaving = input.executors.filter((e) => e.state !== 'active');

  let drain: ScalingExecutor[] = [];
  let resume: ScalingExecutor[] = [];
  if (active.length > targetCount) {
    // Least work first: those leave, so the least work moves.
    drain = [...active].sort(byLoadThenId).slice(0, active.length - targetCount);
  } else if (active.length < targetCount) {
    // Most work first: those need not give anything up.
    resume = [...leaving].sort((a, b) => byLoadThenId(b, a)).slice(0, targetCount - active.length);
  }
  const resumed = new Set(resume.map((e) => e.executorId));
  const stop = leaving.filter((e) => e.state === 'drained' && !resumed.has(e.executorId));
  const remaining = input.executors.length - stop.length;
  return {
    targetCount,
    desiredCount: Math.max(targetCount, remaining),
    drain: ids(drain),
    resume: ids(resume),
    stop: ids(stop),
  };
}

function byLoadThenId(a: ScalingExecutor, b: ScalingExecutor): number {
  return a.load - b.load || compareIds(a.executorId, b.executorId);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function ids(executors: readonly ScalingExecutor[]): string[] {
  return executors.map((e) => e.executorId).sort(compareIds);
}

function checkInput(
  input: Pick<ScalingInput, 'workUnits' | 'workPerExecutor' | 'minExecutors' | 'maxExecutors'>,
): void {
  const { workUnits, workPerExecutor, minExecutors, maxExecutors } = input;
  if (!Number.isInteger(workUnits) || workUnits < 0) {
    throw new RangeError(`workUnits must be a non-negative integer, got ${workUnits}`);
  }
  if (!Number.isInteger(workPerExecutor) || workPerExecutor < 1) {
    throw new RangeError(`workPerExecutor must be a positive integer, got ${workPerExecutor}`);
  }
  if (!Number.isInteger(minExecutors) || minExecutors < 0) {
    throw new RangeError(`minExecutors must be a non-negative integer, got ${minExecutors}`);
  }
  if (!Number.isInteger(maxExecutors) || maxExecutors < minExecutors) {
    throw new RangeError(
      `maxExecutors must be an integer ≥ minExecutors (${minExecutors}), got ${maxExecutors}`,
    );
  }
}
