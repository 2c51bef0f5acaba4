/**
 * The scaling pass the scheduler runs after a scheduling round when it has a fleet (the scheduler Lambda with
 * TRIBUTARY_ECS_CLUSTER / TRIBUTARY_ECS_SERVICE; never the local `npm start` cluster): it derives the executor count
 * from the configured work and sets it through the ExecutorFleet, following the scale-in protocol of
 * shared/ports/executor-fleet.ts.
 *
 * 1. Read the live leases, then the current assignment document, for what each executor holds (assigned + being
 *    revoked) — its load, and whether a draining one is drained. The document is read after the leases, so a round
 *    that wrote work for an executor before its draining mark was visible is seen.
 * 2. Plan (scaling.ts): the target ⌈(connectors + tasks) / tasksPerExecutor⌉ within [min, max]; which active
 *    executors start draining (the least loaded), which draining ones come back, which drained ones stop.
 * 3. Mark the new draining executors on their leases (`LeaseStore.markDraining`), and unmark those that come back.
 *    The assignor then gives a draining executor no work and revokes what it has; the executor stops its revoked
 *    connectors and tasks the normal way (offsets committed, statuses written) and reports the version it applied
 *    in its heartbeat; only then does the assignor give that work to others (revocation before reassignment).
 * 4. Stop the drained executors' tasks (`ExecutorFleet.stopExecutor`), and only then set the desired count, which
 *    never drops below the executors that are not being stopped — so the service never picks an executor holding
 *    work to stop on its own.
 *
 * Drained: marked draining, and the document lists nothing for its lease epoch — no work assigned and nothing being
 * revoked. The assignor clears an executor's revoked work only once the executor's lease reports an
 * appliedAssignmentVersion ≥ the version that revoked it (the version that emptied it), so an empty entry means
 * the executor confirmed it stopped everything it had.
 *
 * Idempotent (runs again with the same inputs mark, stop and set nothing new) and safe with concurrent schedulers:
 * every mark is conditional on the lease epoch, stopping an executor that is already stopping does nothing, and a
 * desired count set twice is the same count. Errors propagate; the caller logs them and tries on its next round.
 */
import type { Logger } from '../../shared/logging/logger.ts';
import {
  type AssignmentDocument,
  type AssignmentStore,
  EMPTY_ASSIGNMENT,
} from '../../shared/ports/assignment-store.ts';
import type { ExecutorFleet } from '../../shared/ports/executor-fleet.ts';
import type { Lease, LeaseStore } from '../../shared/ports/lease-store.ts';
import { ENV } from '../../shared/runtime/env.ts';
import type { ConfigSnapshot } from './config-snapshot.ts';
import { planScaling, type ScalingExecutor, type ScalingPlan } from './scaling.ts';

/** Bounds and density of the fleet (see ScalingInput). */
export interface ScalingSettings {
  readonly minExecutors: number;
  readonly maxExecutors: number;
  /** How many connectors + tasks one executor should run (TRIBUTARY_TASKS_PER_EXECUTOR). */
  readonly workPerExecutor: number;
}

/** Where the scheduler scales: the ECS service, and the settings. */
export interface AutoscaleConfig extends ScalingSettings {
  readonly cluster: string;
  readonly service: string;
}

/** The deployment's defaults (infra/lib/tributary-stack.ts). */
export const DEFAULT_SCALING_SETTINGS: ScalingSettings = {
  minExecutors: 1,
  maxExecutors: 4,
  workPerExecutor: 8,
};

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The autoscaling configuration from the environment: null unless both TRIBUTARY_ECS_CLUSTER and
 * TRIBUTARY_ECS_SERVICE are set (local clusters have no fleet). Throws on malformed numbers or bounds.
 */
export function autoscaleConfigFromEnv(env: Env): AutoscaleConfig | null {
  const cluster = env[ENV.ecsCluster];
  const service = env[ENV.ecsService];
  if (!cluster || !service) return null;
  const int = (name: string, fallback: number, min: number): number => {
    const text = env[name];
    if (text === undefined || text === '') return fallback;
    const value = Number(text);
    if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min) {
      throw new Error(`${name} must be an integer >= ${min}, got ${JSON.stringify(text)}`);
    }
    return value;
  };
  const minExecutors = int(ENV.minExecutors, DEFAULT_SCALING_SETTINGS.minExecutors, 0);
  const maxExecutors = int(
    ENV.maxExecutors,
    Math.max(DEFAULT_SCALING_SETTINGS.maxExecutors, minExecutors),
    0,
  );
  if (maxExecutors < minExecutors) {
    throw new Error(`${ENV.maxExecutors} (${maxExecutors}) must be >= ${ENV.minExecutors} (${minExecutors})`);
  }
  const workPerExecutor = int(ENV.tasksPerExecutor, DEFAULT_SCALING_SETTINGS.workPerExecutor, 1);
  return { cluster, service, minExecutors, maxExecutors, workPerExecutor };
}

export interface ScalingPassDeps {
  readonly leaseStore: LeaseStore;
  readonly assignmentStore: AssignmentStore;
  readonly fleet: ExecutorFleet;
  readonly logger?: Logger;
}

export interface ScalingPassInput {
  /** The configuration as the scheduler last read it (its connectors and task counts are the work to run). */
  readonly config: ConfigSnapshot;
  readonly settings: ScalingSettings;
}

export interface ScalingPassOutcome {
  readonly plan: ScalingPlan;
  /** Executors marked draining in this pass (their mark landed). */
  readonly markedDraining: readonly string[];
  /** Draining executors made active again in this pass. */
  readonly resumed: readonly string[];
  /** Drained executors whose task this pass asked the fleet to stop. */
  readonly stopped: readonly string[];
  /** The fleet's desired count before the pass, and after it. */
  readonly desiredCountBefore: number;
  readonly desiredCount: number;
}

/** Connectors + tasks the configuration runs. */
export function workUnitsOf(config: ConfigSnapshot): number {
  return config.connectors.reduce((sum, connector) => sum + 1 + connector.tasks, 0);
}

/** Executors as the scaling plan sees them: load and state from the leases and the document. */
export function scalingExecutors(leases: readonly Lease[], document: AssignmentDocument): ScalingExecutor[] {
  const entries = new Map(document.members.map((member) => [member.executorId, member]));
  return leases.map((lease) => {
    const entry = entries.get(lease.executorId);
    const held =
      entry && entry.epoch === lease.epoch
        ? entry.connectors.length +
          entry.tasks.length +
          entry.revoked.connectors.length +
          entry.revoked.tasks.length
        : 0;
    const state = !lease.draining ? 'active' : held === 0 ? 'drained' : 'draining';
    return { executorId: lease.executorId, load: held, state };
  });
}

/** One scaling pass (see the module comment). */
export async function runScalingPass(
  deps: ScalingPassDeps,
  input: ScalingPassInput,
): Promise<ScalingPassOutcome> {
  const { leaseStore, assignmentStore, fleet, logger } = deps;
  const leases = await leaseStore.liveMembers();
  const document = (await assignmentStore.read()) ?? EMPTY_ASSIGNMENT;
  const byId = new Map(leases.map((lease) => [lease.executorId, lease]));
  const plan = planScaling({
    workUnits: workUnitsOf(input.config),
    workPerExecutor: input.settings.workPerExecutor,
    minExecutors: input.settings.minExecutors,
    maxExecutors: input.settings.maxExecutors,
    executors: scalingExecutors(leases, document),
  });

  const mark = async (ids: readonly string[], draining: boolean): Promise<string[]> => {
    const landed: string[] = [];
    for (const id of ids) {
      const lease = byId.get(id);
      if (lease && (await leaseStore.markDraining(id, lease.epoch, draining))) landed.push(id);
    }
    return landed;
  };
  const markedDraining = await mark(plan.drain, true);
  const resumed = await mark(plan.resume, false);

  const stopped: string[] = [];
  for (const id of plan.stop) {
    const reason = `Tributary scale-in: executor ${id} drained (target ${plan.targetCount} executors)`;
    if (await fleet.stopExecutor(id, reason)) stopped.push(id);
  }

  const before = await fleet.size();
  if (before.desiredCount !== plan.desiredCount) await fleet.setDesiredCount(plan.desiredCount);
  if (
    markedDraining.length + resumed.length + stopped.length > 0 ||
    before.desiredCount !== plan.desiredCount
  ) {
    logger?.info('executor fleet scaled', {
      target: plan.targetCount,
      desiredCount: plan.desiredCount,
      desiredCountBefore: before.desiredCount,
      draining: markedDraining,
      resumed,
      stopped,
    });
  }
  return {
    plan,
    markedDraining,
    resumed,
    stopped,
    desiredCountBefore: before.desiredCount,
    desiredCount: plan.desiredCount,
  };
}
