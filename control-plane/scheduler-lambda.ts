/**
 * The scheduler as an AWS Lambda handler, invoked on a schedule (an EventBridge "Scheduled Event") and on demand:
 * reads the config topic to its end, runs one scheduling round against the DynamoDB lease and assignment tables
 * (TRIBUTARY_LEASE_TABLE, TRIBUTARY_ASSIGNMENT_TABLE) and writes UNASSIGNED statuses for work held for departed
 * executors. With TRIBUTARY_ECS_CLUSTER and TRIBUTARY_ECS_SERVICE set it then runs a scaling pass
 * (scheduler/autoscale.ts): the ECS service's desired count follows the configured work (TRIBUTARY_MIN_EXECUTORS,
 * TRIBUTARY_MAX_EXECUTORS, TRIBUTARY_TASKS_PER_EXECUTOR), and executors leave only after they were drained. When the
 * pass marks or unmarks executors draining, a second round runs at once, so their work starts moving in this
 * invocation. Kafka clients, the followed logs and the ECS client are created on the first invocation and reused
 * while the container stays warm.
 */
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { ECSClient } from '@aws-sdk/client-ecs';
import { createCloudWatchClient, publishClusterMetrics } from '../shared/adapters/aws/cloudwatch.ts';
import { createEcsClient, EcsExecutorFleet } from '../shared/adapters/ecs/ecs-fleet.ts';
import { createLogger, type Logger, setLogLevel } from '../shared/logging/logger.ts';
import { METRIC } from '../shared/runtime/cloud-metrics.ts';
import { ENV } from '../shared/runtime/env.ts';
import { type MembershipStores, membershipStoresFromEnv } from '../shared/runtime/membership-config.ts';
import { loadControlPlaneConfig } from './config.ts';
import { type ControlPlane, startControlPlane } from './runtime.ts';
import {
  type AutoscaleConfig,
  autoscaleConfigFromEnv,
  runScalingPass,
  type ScalingPassOutcome,
} from './scheduler/autoscale.ts';
import { failedTaskCount, LeaseChurn } from './scheduler/cluster-metrics.ts';
import { configSnapshotOf } from './scheduler/config-snapshot.ts';
import type { SchedulerRoundOutcome } from './scheduler/reconcile.ts';
import { SchedulerService } from './scheduler/service.ts';

interface Fleet {
  readonly config: AutoscaleConfig;
  readonly client: ECSClient;
  readonly fleet: EcsExecutorFleet;
}

interface Warm {
  readonly controlPlane: ControlPlane;
  readonly stores: MembershipStores;
  readonly scheduler: SchedulerService;
  readonly fleet: Fleet | null;
  readonly logger: Logger;
  /** Publishes the cluster's CloudWatch metrics; null unless TRIBUTARY_PUBLISH_METRICS=true. */
  readonly metrics: {
    readonly client: CloudWatchClient;
    readonly churn: LeaseChurn;
    readonly cluster: string;
  } | null;
}

let warm: Promise<Warm> | undefined;

async function start(): Promise<Warm> {
  const config = loadControlPlaneConfig();
  setLogLevel(config.logLevel);
  const logger = createLogger({ component: 'scheduler-lambda' });
  // Read before anything starts, so a bad scaling setting fails the cold start instead of every round.
  const autoscale = autoscaleConfigFromEnv(process.env);
  const controlPlane = await startControlPlane(config.worker, logger);
  const stores = membershipStoresFromEnv(process.env, config.worker.groupId);
  const scheduler = new SchedulerService({
    configLog: controlPlane.configLog,
    statusLog: controlPlane.statusLog,
    cleanUpDeletedStatuses: true,
    leaseStore: stores.leaseStore,
    assignmentStore: stores.assignmentStore,
    maxDelayMs: config.worker.scheduledRebalanceMaxDelayMs,
    periodMs: 60_000,
    logger,
  });
  let fleet: Fleet | null = null;
  if (autoscale) {
    const endpoint = process.env[ENV.awsEndpoint];
    const client = createEcsClient(endpoint ? { endpoint } : {});
    fleet = {
      config: autoscale,
      client,
      fleet: new EcsExecutorFleet({ client, cluster: autoscale.cluster, service: autoscale.service }),
    };
  }
  const endpoint = process.env[ENV.awsEndpoint];
  const metrics =
    process.env[ENV.publishMetrics] === 'true'
      ? {
          client: createCloudWatchClient(endpoint ? { endpoint } : {}),
          churn: new LeaseChurn(),
          cluster: config.worker.groupId,
        }
      : null;
  return { controlPlane, stores, scheduler, fleet, logger, metrics };
}

/** What a scaling pass did, as the handler reports it. */
export interface SchedulerLambdaScaling {
  readonly targetCount: number;
  readonly desiredCount: number;
  readonly desiredCountBefore: number;
  /** Executors marked draining, made active again, and stopped in this invocation. */
  readonly draining: readonly string[];
  readonly resumed: readonly string[];
  readonly stopped: readonly string[];
}

export interface SchedulerLambdaResult {
  readonly ok: boolean;
  readonly version?: number;
  readonly written?: boolean;
  readonly nextRunAtMs?: number | null;
  /** Present when the function scales a fleet and the pass ran. */
  readonly scaling?: SchedulerLambdaScaling;
  /** Why the scaling pass failed (the round itself succeeded). */
  readonly scalingError?: string;
  /** The CloudWatch datapoints published, by metric name (when publishing is on). */
  readonly metrics?: Readonly<Record<string, number>>;
  /** Why publishing failed. */
  readonly metricsError?: string;
}

/**
 * One round (and a scaling pass) per invocation; the event is not needed — schedule and nudge invocations are alike
 * — and is only logged by its `source`/`detail-type` when it has them.
 */
export async function handler(event?: unknown): Promise<SchedulerLambdaResult> {
  warm ??= start();
  let running: Warm;
  try {
    running = await warm;
  } catch (err) {
    warm = undefined; // the next invocation tries again
    throw err;
  }
  const { controlPlane, scheduler, fleet, logger } = running;
  logger.debug('scheduler invoked', describeEvent(event));
  await controlPlane.configLog.readToEnd();
  let outcome = await scheduler.runRound();
  if (!outcome) return { ok: false };
  const published = await publishMetrics(running);
  if (!fleet) return { ...roundResult(outcome), ...published };

  let pass: ScalingPassOutcome;
  try {
    pass = await scalingPass(running, fleet);
    if (pass.markedDraining.length > 0 || pass.resumed.length > 0) {
      // Move the work off (or back onto) the executors whose mark changed now rather than a schedule later.
      outcome = (await scheduler.runRound()) ?? outcome;
    }
  } catch (err) {
    logger.warn('scaling pass failed; trying again on the next invocation', { err });
    return { ...roundResult(outcome), scalingError: err instanceof Error ? err.message : String(err) };
  }
  return {
    ...roundResult(outcome),
    ...published,
    scaling: {
      targetCount: pass.plan.targetCount,
      desiredCount: pass.desiredCount,
      desiredCountBefore: pass.desiredCountBefore,
      draining: pass.markedDraining,
      resumed: pass.resumed,
      stopped: pass.stopped,
    },
  };
}

/**
 * Publishes the failed-task gauge and the lease churn count (alarms FailedTasks and LeaseChurn). A failure is logged
 * and reported, never thrown: the round stands.
 */
async function publishMetrics(
  running: Warm,
): Promise<Pick<SchedulerLambdaResult, 'metrics' | 'metricsError'>> {
  if (!running.metrics) return {};
  const { client, churn, cluster } = running.metrics;
  try {
    await running.controlPlane.statusLog.readToEnd();
    const values = {
      [METRIC.failedTasks]: failedTaskCount(
        running.controlPlane.configLog.state,
        running.controlPlane.statusLog.state,
      ),
      [METRIC.leaseExpirations]: churn.ended(await running.stores.leaseStore.liveMembers()),
    };
    await publishClusterMetrics(client, cluster, values);
    return { metrics: values };
  } catch (err) {
    running.logger.warn('could not publish the cluster metrics', { err });
    return { metricsError: err instanceof Error ? err.message : String(err) };
  }
}

function scalingPass(running: Warm, fleet: Fleet): Promise<ScalingPassOutcome> {
  const { leaseStore, assignmentStore } = running.stores;
  return runScalingPass(
    { leaseStore, assignmentStore, fleet: fleet.fleet, logger: running.logger },
    // The configuration as read for the round (a round reads further itself when it was behind).
    { config: configSnapshotOf(running.controlPlane.configLog.state), settings: fleet.config },
  );
}

function roundResult(outcome: SchedulerRoundOutcome): SchedulerLambdaResult {
  return {
    ok: true,
    version: outcome.document.version,
    written: outcome.written,
    nextRunAtMs: outcome.nextRunAtMs,
  };
}

function describeEvent(event: unknown): Record<string, unknown> {
  if (typeof event !== 'object' || event === null) return {};
  const { source, 'detail-type': detailType } = event as Record<string, unknown>;
  return {
    ...(typeof source === 'string' ? { source } : {}),
    ...(typeof detailType === 'string' ? { detailType } : {}),
  };
}

/** Stops the warm state (Kafka clients, followed logs, AWS clients); the next invocation starts afresh. For tests. */
export async function shutdown(): Promise<void> {
  const current = warm;
  warm = undefined;
  if (!current) return;
  let running: Warm;
  try {
    running = await current;
  } catch {
    return;
  }
  await running.scheduler.stop();
  await running.controlPlane.stop();
  running.stores.client.destroy();
  running.fleet?.client.destroy();
}
