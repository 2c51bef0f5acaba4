/**
 * The control plane's composition: Kafka clients, the config and status logs, the herder. Built once per process
 * (a warm Lambda container reuses it) and shared by every request.
 */
import type { Kafka } from 'kafkajs';
import { createKafka } from '../shared/adapters/kafka/client.ts';
import { ensureInternalTopics } from '../shared/adapters/kafka/internal-topics.ts';
import { ConfigLog } from '../shared/cluster/config-log.ts';
import { OffsetLog } from '../shared/cluster/offset-log.ts';
import { StatusLog } from '../shared/cluster/status-log.ts';
import type { Logger } from '../shared/logging/logger.ts';
import { COMPATIBLE_KAFKA_VERSION, PluginRegistry } from '../shared/plugins/registry.ts';
import type { WorkerConfig } from '../shared/runtime/worker-config.ts';
import { ConnectorOffsets } from './herder/connector-offsets.ts';
import { Herder } from './herder/herder.ts';
import type { ConnectorValidator } from './herder/validation.ts';
import { connectorValidator } from './herder/validator.ts';

export interface ControlPlane {
  readonly herder: Herder;
  readonly offsets: ConnectorOffsets;
  readonly kafka: Kafka;
  stop(): Promise<void>;
}

/** The commit id the root resource reports: Tributary's build, since there is no Apache commit behind it. */
export const TRIBUTARY_COMMIT = 'tributary-0.1.0';

export async function startControlPlane(worker: WorkerConfig, logger: Logger): Promise<ControlPlane> {
  const kafka = createKafka({
    bootstrapServers: worker.bootstrapServers,
    clientId: `${worker.groupId}-control-plane`,
    logger,
  });
  const admin = kafka.admin();
  await admin.connect();
  await ensureInternalTopics(admin, worker, logger);
  const { clusterId } = await admin.describeCluster();
  const configLog = new ConfigLog(kafka, worker.configTopic, logger);
  const statusLog = new StatusLog(kafka, worker.statusTopic, logger);
  const offsetLog = new OffsetLog(kafka, worker.offsetTopic, logger);
  await Promise.all([configLog.start(), statusLog.start(), offsetLog.start()]);
  const registry = new PluginRegistry();
  const validator: ConnectorValidator = connectorValidator(registry, worker);
  const herder = new Herder({
    configLog,
    statusLog,
    registry,
    validator,
    topicTracking: { enabled: worker.topicTrackingEnabled, resetAllowed: worker.topicTrackingResetAllowed },
    serverInfo: async () => ({
      version: COMPATIBLE_KAFKA_VERSION,
      commit: TRIBUTARY_COMMIT,
      kafka_cluster_id: clusterId,
    }),
  });
  const offsets = new ConnectorOffsets({ configLog, offsetLog, admin, registry });
  return {
    herder,
    offsets,
    kafka,
    stop: async () => {
      await Promise.allSettled([configLog.stop(), statusLog.stop(), offsetLog.stop(), admin.disconnect()]);
    },
  };
}
