/**
 * A standalone worker — Apache's `connect-standalone` — in one process: the REST API, the herder and the worker
 * that runs connectors and tasks, with connector configs and statuses in memory and source offsets in a local file.
 * No internal topics, no membership, no DynamoDB; Kafka is needed only for the connectors' own records (and the
 * sink connectors' consumer groups).
 */
import type { Admin } from 'kafkajs';
import { buildApp } from '../control-plane/api/app.ts';
import { ConnectorOffsets } from '../control-plane/herder/connector-offsets.ts';
import { connectorValidator } from '../control-plane/herder/validator.ts';
import { type RunningServer, startHttpServer } from '../control-plane/local/http-server.ts';
import { TRIBUTARY_COMMIT } from '../control-plane/runtime.ts';
import { StatusReporter } from '../executor/status-reporter.ts';
import { Worker } from '../executor/worker.ts';
import { createKafka } from '../shared/adapters/kafka/client.ts';
import { ConfigLog } from '../shared/cluster/config-log.ts';
import type { ClusterConfigState } from '../shared/cluster/config-state.ts';
import { OffsetLog } from '../shared/cluster/offset-log.ts';
import { StatusLog } from '../shared/cluster/status-log.ts';
import type { Logger } from '../shared/logging/logger.ts';
import { COMPATIBLE_KAFKA_VERSION, PluginRegistry } from '../shared/plugins/registry.ts';
import { internalKafkaSettings } from '../shared/runtime/kafka-credentials.ts';
import { StandaloneConfigError } from './config-error.ts';
import type { ConnectorFile } from './input-files.ts';
import { memoryRecordLogs } from './memory-record-log.ts';
import { offsetsFileLog } from './offsets-file.ts';
import { StandaloneHerder } from './standalone-herder.ts';
import type { StandaloneWorkerConfig } from './worker-config.ts';

export interface StandaloneOptions {
  readonly config: StandaloneWorkerConfig;
  /** Connectors to create at start, in order (as connect-standalone creates those of its command line). */
  readonly connectors: readonly ConnectorFile[];
  readonly logger: Logger;
  /** The environment SASL credentials may come from (TRIBUTARY_KAFKA_SASL_*), as for a distributed worker. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface StandaloneWorker {
  readonly url: string;
  readonly workerId: string;
  readonly herder: StandaloneHerder;
  /** Stops REST, then every task (source offsets flushed to the file) and connector, then the clients. */
  stop(): Promise<void>;
}

/**
 * Checks every connector config against its plugin before anything starts, so a bad file is reported without a
 * process half started. Throws a StandaloneConfigError naming the file and the first key at fault.
 */
export async function checkConnectorFiles(
  config: StandaloneWorkerConfig,
  connectors: readonly ConnectorFile[],
  registry = new PluginRegistry(),
): Promise<void> {
  const validator = connectorValidator(registry, config.worker, 'standalone');
  for (const connector of connectors) {
    const connectorClass = connector.config['connector.class'];
    if (connectorClass === undefined) {
      throw new StandaloneConfigError('Missing required configuration "connector.class"', {
        file: connector.file,
        key: 'connector.class',
      });
    }
    const plugin = registry.resolve(connectorClass);
    if (!plugin) {
      throw new StandaloneConfigError(registry.unknownClassMessage(connectorClass), {
        file: connector.file,
        key: 'connector.class',
      });
    }
    let result: Awaited<ReturnType<typeof validator.validate>>;
    try {
      result = await validator.validate(plugin, connector.config);
    } catch (err) {
      throw new StandaloneConfigError((err as Error).message, { file: connector.file });
    }
    const bad = result.infos.configs.find((c) => (c.value?.errors.length ?? 0) > 0)?.value;
    if (bad) {
      throw new StandaloneConfigError(bad.errors.join('; '), {
        file: connector.file,
        key: bad.name,
      });
    }
  }
}

interface TaskId {
  readonly connector: string;
  readonly task: number;
}

/** Every connector and every task the config log holds: a standalone worker runs all of them. */
function allWork(state: ClusterConfigState): { connectors: string[]; tasks: TaskId[] } {
  const connectors = state.connectors();
  return {
    connectors,
    tasks: connectors.flatMap((connector) =>
      state.taskConfigs(connector).map((_, task) => ({ connector, task })),
    ),
  };
}

function workKey(work: { connectors: string[]; tasks: TaskId[] }): string {
  return JSON.stringify(work);
}

export async function startStandalone(options: StandaloneOptions): Promise<StandaloneWorker> {
  const { config, logger } = options;
  const worker = config.worker;
  // Apache's standalone worker id is its REST address.
  const workerId = `${config.rest.host}:${config.rest.port}`;
  const registry = new PluginRegistry();
  await checkConnectorFiles(config, options.connectors, registry);

  const memory = memoryRecordLogs(logger);
  const configLog = new ConfigLog(memory, 'config', logger);
  const statusLog = new StatusLog(memory, 'status', logger);
  const offsetLog = new OffsetLog(offsetsFileLog(config.offsetsFile, logger), 'offsets', logger);
  const status = new StatusReporter(statusLog, workerId, logger.child({ component: 'status' }));
  const runner = new Worker({
    workerId,
    worker,
    configLog,
    offsetLog,
    status,
    registry,
    logger: logger.child({ component: 'worker', worker_id: workerId }),
  });

  let admin: Admin | undefined;
  let server: RunningServer | undefined;
  let runnerStarted = false;
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      await server?.close();
      if (runnerStarted) await runner.stop();
      await Promise.allSettled([configLog.stop(), statusLog.stop(), offsetLog.stop(), admin?.disconnect()]);
    })();
    return stopped;
  };

  try {
    // Starting the offsets log reads the file: an unreadable one stops the start here, before any connector runs.
    await offsetLog.start();
    await Promise.all([configLog.start(), statusLog.start()]);
    const kafka = createKafka({
      bootstrapServers: worker.bootstrapServers,
      clientId: 'connect-standalone',
      logger,
      extra: await internalKafkaSettings(worker.props, options.env ?? {}),
    });
    admin = kafka.admin();
    await admin.connect();
    const { clusterId } = await admin.describeCluster();

    let settling: Promise<void> = Promise.resolve();
    const settle = (): Promise<void> => {
      const next = settling.then(async () => {
        // Applying the work may publish task configs, which are more work: repeat until nothing changes.
        for (let round = 0; round < 10; round++) {
          const work = allWork(configLog.state);
          await runner.applyAssignment(work, 0);
          if (workKey(allWork(configLog.state)) === workKey(work)) return;
        }
      });
      settling = next.catch((err) => logger.error('could not apply the configuration', { err }));
      return next;
    };
    // Task configs a connector publishes on its own (requestTaskReconfiguration) start their tasks too.
    let pending = false;
    configLog.onEvent(() => {
      if (pending) return;
      pending = true;
      setImmediate(() => {
        pending = false;
        settle().catch(() => undefined);
      });
    });

    const herder = new StandaloneHerder({
      configLog,
      statusLog,
      registry,
      validator: connectorValidator(registry, worker, 'standalone'),
      topicTracking: { enabled: worker.topicTrackingEnabled, resetAllowed: worker.topicTrackingResetAllowed },
      serverInfo: async () => ({
        version: COMPATIBLE_KAFKA_VERSION,
        commit: TRIBUTARY_COMMIT,
        kafka_cluster_id: clusterId,
      }),
      settle,
    });
    await runner.start();
    runnerStarted = true;
    server = await startHttpServer(
      buildApp({
        herder,
        offsets: new ConnectorOffsets({ configLog, offsetLog, admin, registry }),
        logger: logger.child({ component: 'rest' }),
      }),
      config.rest.host,
      config.rest.port,
    );
    for (const connector of options.connectors) {
      try {
        await herder.putConnectorConfig(connector.name, connector.config, {
          allowReplace: false,
          ...(connector.initialState ? { initialState: connector.initialState } : {}),
        });
      } catch (err) {
        throw new StandaloneConfigError((err as Error).message, { file: connector.file });
      }
      logger.info('connector created', { connector: connector.name, file: connector.file });
    }
    const url = server.url;
    return { url, workerId, herder, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
