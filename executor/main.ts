/**
 * Executor entry point (an ECS task, or a child process of the local launcher): joins the cluster, runs its share
 * of connectors and tasks, and on SIGTERM/SIGINT stops them cleanly — offsets committed, statuses written —
 * before exiting.
 */
import { createKafka } from '../shared/adapters/kafka/client.ts';
import { ensureInternalTopics } from '../shared/adapters/kafka/internal-topics.ts';
import { ConfigLog } from '../shared/cluster/config-log.ts';
import { OffsetLog } from '../shared/cluster/offset-log.ts';
import { StatusLog } from '../shared/cluster/status-log.ts';
import { createLogger, setLogLevel } from '../shared/logging/logger.ts';
import { PluginRegistry } from '../shared/plugins/registry.ts';
import { loadExecutorConfig } from './config.ts';
import { StatusReporter } from './status-reporter.ts';
import { Worker } from './worker.ts';

const config = loadExecutorConfig();
setLogLevel(config.logLevel);
const logger = createLogger({ worker_id: config.executorId });
const { worker: workerConfig } = config;
const kafka = createKafka({
  bootstrapServers: workerConfig.bootstrapServers,
  clientId: `${workerConfig.groupId}-${config.executorId}`,
  logger,
});
const configLog = new ConfigLog(kafka, workerConfig.configTopic, logger);
const statusLog = new StatusLog(kafka, workerConfig.statusTopic, logger);
const offsetLog = new OffsetLog(kafka, workerConfig.offsetTopic, logger);
const status = new StatusReporter(statusLog, config.executorId, logger);
const worker = new Worker({
  workerId: config.executorId,
  index: config.index,
  count: config.count,
  worker: workerConfig,
  configLog,
  offsetLog,
  status,
  registry: new PluginRegistry(),
  logger,
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
      await worker.stop();
      await Promise.allSettled([configLog.stop(), offsetLog.stop(), statusLog.stop()]);
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
  logger.info('executor started', { index: config.index, count: config.count });
} catch (err) {
  logger.error('executor failed to start', { err });
  process.exit(1);
}
