/**
 * The scheduler as an AWS Lambda handler, invoked on a schedule and on demand: reads the config topic to its end,
 * runs one scheduling round against the DynamoDB lease and assignment tables (TRIBUTARY_LEASE_TABLE,
 * TRIBUTARY_ASSIGNMENT_TABLE) and writes UNASSIGNED statuses for work held for departed executors. Kafka clients
 * and the followed logs are created on the first invocation and reused while the container stays warm.
 * (Setting the ECS service's desired count is not done here yet.)
 */
import { createLogger, setLogLevel } from '../shared/logging/logger.ts';
import { membershipStoresFromEnv } from '../shared/runtime/membership-config.ts';
import { loadControlPlaneConfig } from './config.ts';
import { type ControlPlane, startControlPlane } from './runtime.ts';
import { SchedulerService } from './scheduler/service.ts';

interface Warm {
  readonly controlPlane: ControlPlane;
  readonly scheduler: SchedulerService;
}

let warm: Promise<Warm> | undefined;

async function start(): Promise<Warm> {
  const config = loadControlPlaneConfig();
  setLogLevel(config.logLevel);
  const logger = createLogger({ component: 'scheduler-lambda' });
  const controlPlane = await startControlPlane(config.worker, logger);
  const stores = membershipStoresFromEnv(process.env, config.worker.groupId);
  const scheduler = new SchedulerService({
    configLog: controlPlane.configLog,
    statusLog: controlPlane.statusLog,
    leaseStore: stores.leaseStore,
    assignmentStore: stores.assignmentStore,
    maxDelayMs: config.worker.scheduledRebalanceMaxDelayMs,
    periodMs: 60_000,
    logger,
  });
  return { controlPlane, scheduler };
}

export interface SchedulerLambdaResult {
  readonly ok: boolean;
  readonly version?: number;
  readonly written?: boolean;
  readonly nextRunAtMs?: number | null;
}

/** One round per invocation; the event is ignored (schedule and nudge invocations are alike). */
export async function handler(): Promise<SchedulerLambdaResult> {
  warm ??= start();
  let running: Warm;
  try {
    running = await warm;
  } catch (err) {
    warm = undefined; // the next invocation tries again
    throw err;
  }
  await running.controlPlane.configLog.readToEnd();
  const outcome = await running.scheduler.runRound();
  if (!outcome) return { ok: false };
  return {
    ok: true,
    version: outcome.document.version,
    written: outcome.written,
    nextRunAtMs: outcome.nextRunAtMs,
  };
}
