/**
 * Executor entry point (an ECS task, or a child process of the local launcher): joins the cluster, runs its share
 * of connectors and tasks, and on SIGTERM/SIGINT stops them cleanly — offsets committed, statuses written —
 * before exiting.
 */
import { createKafka } from '../shared/adapters/kafka/client.ts';
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
function shutdown(signal: string): Promise<void> {
  stopping ??= (async () => {
    logger.info('executor stopping', { signal });
    await worker.stop();
    await Promise.allSettled([configLog.stop(), offsetLog.stop(), statusLog.stop()]);
    logger.info('executor stopped');
  })();
  return stopping;
}
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    shutdown(signal).then(
      () => process.exit(0),
      (err) => {
        logger.error('executor shutdown failed', { err });
        process.exit(1);
      },
    );
  });
}

try {
  await statusLog.start({ follow: false });
  await worker.start();
  logger.info('executor started', { index: config.index, count: config.count });
} catch (err) {
  logger.error('executor failed to start', { err });
  process.exit(1);
}
