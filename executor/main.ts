/**
 * Executor entry point (an ECS task, or a child process of the local launcher): joins the cluster's membership (a
 * lease in DynamoDB, renewed every heartbeat), runs the connectors and tasks the scheduler's assignment gives its
 * lease epoch, and on SIGTERM/SIGINT stops them cleanly — offsets committed, statuses written — then releases its
 * lease before exiting. When it cannot renew its lease it stops all its work before the lease runs out (fencing).
 */

import { roundDue, watchesMembership } from '../control-plane/scheduler/rebalance-metrics.ts';
import { SchedulerService } from '../control-plane/scheduler/service.ts';
import { createKafka } from '../shared/adapters/kafka/client.ts';
import { internalClientSettings, withSaslCredentials } from '../shared/adapters/kafka/client-config.ts';
import { ensureInternalTopics } from '../shared/adapters/kafka/internal-topics.ts';
import { ConfigLog } from '../shared/cluster/config-log.ts';
import { OffsetLog } from '../shared/cluster/offset-log.ts';
import { StatusLog } from '../shared/cluster/status-log.ts';
import { createLogger, setLogLevel } from '../shared/logging/logger.ts';
import { assignedWork } from '../shared/membership/assigned-work.ts';
import { Membership } from '../shared/membership/membership.ts';
import { PluginRegistry } from '../shared/plugins/registry.ts';
import { loadSaslCredentials } from '../shared/runtime/kafka-credentials.ts';
import { membershipStoresFromEnv } from '../shared/runtime/membership-config.ts';
import { delay } from '../shared/util/wait.ts';
import { resolveExecutorConfig } from './config.ts';
import { startExecutorMetricsServer } from './metrics-server.ts';
import { StatusReporter } from './status-reporter.ts';
import { Worker } from './worker.ts';

// On ECS the id comes from the task metadata (executor-<task id>), the id the scheduler stops it by.
const config = await resolveExecutorConfig();
setLogLevel(config.logLevel);
const logger = createLogger({ worker_id: config.executorId });
const metricsServer = await startExecutorMetricsServer(logger);
// SASL credentials delivered by the deployment (ECS secrets) complete the worker's security settings, for this
// executor's own clients and for the connector tasks' clients, which inherit the worker's props.
const credentials = await loadSaslCredentials(config.worker.props, process.env);
const workerConfig = { ...config.worker, props: withSaslCredentials(config.worker.props, credentials) };
const kafka = createKafka({
  bootstrapServers: workerConfig.bootstrapServers,
  clientId: `${workerConfig.groupId}-${config.executorId}`,
  logger,
  extra: internalClientSettings(workerConfig.props),
});
const stores = membershipStoresFromEnv(process.env, workerConfig.groupId);
const configLog = new ConfigLog(kafka, workerConfig.configTopic, logger, stores.configWriteLock);
const statusLog = new StatusLog(kafka, workerConfig.statusTopic, logger);
const offsetLog = new OffsetLog(kafka, workerConfig.offsetTopic, logger);
const status = new StatusReporter(statusLog, config.executorId, logger);
const worker = new Worker({
  workerId: config.executorId,
  worker: workerConfig,
  mayRun: () => membership.mayRun(),
  configLog,
  offsetLog,
  status,
  registry: new PluginRegistry(),
  logger,
});

/** The epoch and assignment version the worker last applied; null while it runs nothing it was assigned. */
let applied: { epoch: number; version: number } | null = null;
let polling: Promise<void> | null = null;
let pollTimer: ReturnType<typeof setInterval> | undefined;
const membership = new Membership({
  executorId: config.executorId,
  address: config.executorId,
  leaseStore: stores.leaseStore,
  ...config.membership,
  logger,
  onFenced: async () => {
    applied = null;
    await worker.applyAssignment({ connectors: [], tasks: [] }, status.generation);
  },
  onJoined: () => void pollAssignment(),
});

/** Reads the assignment and applies this lease epoch's share of it (one poll at a time). */
function pollAssignment(): Promise<void> {
  polling ??= (async () => {
    try {
      const lease = membership.currentLease;
      if (!lease || stopping) return;
      const document = await stores.assignmentStore.read();
      // As an Apache worker reads the config topic up to the leader's offset before it acts on an assignment: work
      // is stopped or started knowing the configuration the assignment was computed from (a task no longer
      // assigned because its connector was deleted is then destroyed, not merely unassigned).
      if (document && configLog.state.offset < document.configOffset) await configLog.readToEnd();
      // An executor that sees a member come or go (or held work fall due) runs a round itself rather than wait for
      // the control plane's timer: rounds are compare-and-set, so any number may run at once. Only the watchers
      // look (a scan of the lease table each).
      if (
        watchesMembership(document, config.executorId, lease.epoch) &&
        roundDue(document, await stores.leaseStore.liveMembers(), Date.now())
      )
        void scheduler.runRound();
      const work = assignedWork(document, config.executorId, lease.epoch);
      if (applied?.epoch === lease.epoch && applied.version === work.version) return;
      logger.info('applying assignment', {
        version: work.version,
        epoch: lease.epoch,
        connectors: work.connectors,
        tasks: work.tasks.map((t) => `${t.connector}-${t.task}`),
      });
      await worker.applyAssignment(work, work.version);
      if (membership.currentLease?.epoch !== lease.epoch || stopping) return;
      applied = { epoch: lease.epoch, version: work.version };
      membership.reportAppliedVersion(work.version);
    } catch (err) {
      logger.warn('could not read or apply the assignment; retrying', { err });
    }
  })().finally(() => {
    polling = null;
  });
  return polling;
}

/**
 * This executor's copy of the scheduler: never started (no timers), it runs a round when this executor sees
 * membership change and after task configs are committed (new tasks need an owner; in AWS the control plane is a
 * Lambda that is not following the config topic).
 */
const scheduler = new SchedulerService({
  configLog,
  statusLog,
  leaseStore: stores.leaseStore,
  assignmentStore: stores.assignmentStore,
  maxDelayMs: workerConfig.scheduledRebalanceMaxDelayMs,
  periodMs: config.membership.leaseDurationMs,
  logger: logger.child({ component: 'scheduler' }),
});
let roundAfterCommit: ReturnType<typeof setTimeout> | undefined;

// A config change usually brings a new assignment a moment later (a round runs after each write): look soon, not
// only at the next heartbeat.
let promptPoll: ReturnType<typeof setTimeout> | undefined;
configLog.onEvent((event) => {
  if (event.type === 'commit' && !roundAfterCommit && !stopping && membership.currentLease) {
    roundAfterCommit = setTimeout(() => {
      roundAfterCommit = undefined;
      void scheduler.runRound();
    }, 50);
  }
  if (promptPoll || stopping) return;
  promptPoll = setTimeout(() => {
    promptPoll = undefined;
    void pollAssignment()
      .then(() => delay(250))
      .then(() => pollAssignment());
  }, 100);
});

let stopping: Promise<void> | undefined;
/** Drains and exits; exits anyway once the shutdown budget is spent (below ECS's stop timeout). */
function shutdown(reason: string): Promise<void> {
  stopping ??= (async () => {
    logger.info('executor stopping', { reason });
    const deadline = setTimeout(() => {
      logger.error('executor shutdown took too long; exiting', { budgetMs: config.shutdownBudgetMs });
      process.exit(1);
    }, config.shutdownBudgetMs);
    try {
      if (pollTimer) clearInterval(pollTimer);
      if (promptPoll) clearTimeout(promptPoll);
      if (roundAfterCommit) clearTimeout(roundAfterCommit);
      await scheduler.stop();
      await polling;
      await worker.stop();
      await membership.stop();
      stores.client.destroy();
      await Promise.allSettled([configLog.stop(), offsetLog.stop(), statusLog.stop()]);
      await metricsServer?.close();
      logger.info('executor stopped');
      process.exit(0);
    } catch (err) {
      logger.error('executor shutdown failed', { err });
      process.exit(1);
    } finally {
      clearTimeout(deadline);
    }
  })();
  return stopping;
}
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void shutdown(signal));
process.on('exit', (code) => logger.info('executor exiting', { code }));
// A local executor whose launcher died (its parent is gone) shuts down instead of running on as an orphan.
if (config.exitWithParent) {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown('parent process exited');
  }, 1_000).unref();
}

try {
  // Like every Apache worker, an executor creates the internal topics when they are missing.
  const admin = kafka.admin();
  await admin.connect();
  await ensureInternalTopics(admin, workerConfig, logger);
  await admin.disconnect();
  await statusLog.start({ follow: false });
  await worker.start();
  pollTimer = setInterval(() => void pollAssignment(), config.membership.heartbeatIntervalMs);
  const lease = await membership.start();
  logger.info('executor started', { epoch: lease.epoch, ...config.membership });
} catch (err) {
  // A shutdown that began while joining ends the process itself.
  if (stopping) await stopping;
  logger.error('executor failed to start', { err });
  process.exit(1);
}
