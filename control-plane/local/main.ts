/**
 * `npm start`: a whole local Connect cluster — a Kafka broker (started from Maven Central jars unless
 * KAFKA_BOOTSTRAP_SERVERS names one), DynamoDB Local for leases and the assignment (unless DYNAMODB_ENDPOINT names
 * one; tables per group.id), the scheduler, the REST API on 127.0.0.1:8083 and executor child processes.
 * Ctrl-C stops everything cleanly; broker data is kept in the cache folder, so the next start resumes.
 */
import { join } from 'node:path';
import { defaultCacheDir, type LocalKafka, startLocalKafka } from '../../infra/local/kafka.ts';
import { createLogger, setLogLevel } from '../../shared/logging/logger.ts';
import { ENV } from '../../shared/runtime/env.ts';
import { workerPropertiesFromEnv } from '../../shared/runtime/worker-config.ts';
import { loadControlPlaneConfig } from '../config.ts';
import { startLocalCluster } from './cluster.ts';

const env = process.env;
const logger = createLogger({ component: 'local' });
const cacheDir = env[ENV.cacheDir] ?? defaultCacheDir();
const executors = Number(env[ENV.localExecutors] ?? '2');

let kafka: LocalKafka | undefined;
const overrides: Record<string, string> = {};
const userProps = workerPropertiesFromEnv(env);
const bootstrap = env[ENV.kafkaBootstrapServers];
if (bootstrap) {
  overrides['bootstrap.servers'] = bootstrap;
} else if (!userProps['bootstrap.servers']) {
  logger.info('starting a local Kafka broker (first run downloads it from Maven Central)', { cacheDir });
  kafka = await startLocalKafka({ dataDir: join(cacheDir, 'local-cluster', 'kafka'), cacheDir, port: 9092 });
  overrides['bootstrap.servers'] = kafka.bootstrapServers;
  // One broker: internal topics cannot have three replicas.
  for (const key of [
    'config.storage.replication.factor',
    'offset.storage.replication.factor',
    'status.storage.replication.factor',
  ]) {
    if (!userProps[key]) overrides[key] = '1';
  }
}

const config = loadControlPlaneConfig(env, overrides);
setLogLevel(config.logLevel);
const cluster = await startLocalCluster({
  workerProps: config.worker.props,
  host: config.host,
  port: config.port,
  executors,
  logger,
  logDir: join(cacheDir, 'local-cluster', 'logs'),
});
logger.info('Tributary is running', {
  rest: cluster.url,
  kafka: config.worker.bootstrapServers,
  executors,
  executorLogs: join(cacheDir, 'local-cluster', 'logs'),
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    await cluster.stop();
    await kafka?.stop();
    process.exit(0);
  });
}
