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
import type { AssignmentStore } from '../shared/ports/assignment-store.ts';
import type { ConfigWriteLock } from '../shared/ports/config-write-lock.ts';
import type { LeaseStore } from '../shared/ports/lease-store.ts';
import { internalKafkaSettings } from '../shared/runtime/kafka-credentials.ts';
import type { WorkerConfig } from '../shared/runtime/worker-config.ts';
import { ConnectorOffsets } from './herder/connector-offsets.ts';
import { Herder } from './herder/herder.ts';
import type { ConnectorValidator } from './herder/validation.ts';
import { connectorValidator } from './herder/validator.ts';
import { connectorInFlux, RebalanceMetrics, readRebalanceSnapshot } from './scheduler/rebalance-metrics.ts';
import { SchedulerService } from './scheduler/service.ts';

export interface ControlPlane {
  readonly herder: Herder;
  readonly offsets: ConnectorOffsets;
  readonly kafka: Kafka;
  /** The followed config and status logs (the scheduler service reads and writes through them). */
  readonly configLog: ConfigLog;
  readonly statusLog: StatusLog;
  /** The rebalance metrics this process keeps (the scheduler service observes into them after each round). */
  readonly rebalanceMetrics: RebalanceMetrics;
  /** Prometheus text of the rebalance metrics, observed now; undefined without membership stores. */
  readonly metrics?: () => Promise<string>;
  stop(): Promise<void>;
}

/** The commit id the root resource reports: Tributary's build, since there is no Apache commit behind it. */
export const TRIBUTARY_COMMIT = 'tributary-0.1.0';

export interface ControlPlaneOptions {
  /**
   * Serializes conditional config writes with every other control plane and executor of the cluster (the
   * DynamoDB lock); a process-local queue when omitted, which is only right for a single process.
   */
  readonly configWriteLock?: ConfigWriteLock;
  /**
   * The cluster's lease and assignment stores: with them restarts answer 409 while a rebalance is in progress,
   * and GET /metrics serves the rebalance metrics.
   */
  readonly membership?: { readonly leaseStore: LeaseStore; readonly assignmentStore: AssignmentStore };
  /**
   * Run a scheduling round after each config write, in the request (the API Lambda: nothing else in it follows the
   * config topic). Needs `membership`. A local cluster's scheduler service follows the topic itself instead.
   */
  readonly scheduleAfterWrites?: boolean;
}

export async function startControlPlane(
  worker: WorkerConfig,
  logger: Logger,
  options: ControlPlaneOptions = {},
): Promise<ControlPlane> {
  const kafka = createKafka({
    bootstrapServers: worker.bootstrapServers,
    clientId: `${worker.groupId}-control-plane`,
    logger,
    // The worker's security settings, with SASL credentials from the environment or (Lambda) Secrets Manager.
    extra: await internalKafkaSettings(worker.props, process.env),
  });
  const admin = kafka.admin();
  await admin.connect();
  await ensureInternalTopics(admin, worker, logger);
  const { clusterId } = await admin.describeCluster();
  const configLog = new ConfigLog(kafka, worker.configTopic, logger, options.configWriteLock);
  const statusLog = new StatusLog(kafka, worker.statusTopic, logger);
  const offsetLog = new OffsetLog(kafka, worker.offsetTopic, logger);
  await Promise.all([configLog.start(), statusLog.start(), offsetLog.start()]);
  const registry = new PluginRegistry();
  const validator: ConnectorValidator = connectorValidator(registry, worker);
  const membership = options.membership;
  const rebalanceMetrics = new RebalanceMetrics();
  const afterWrites =
    membership && options.scheduleAfterWrites
      ? new SchedulerService({
          configLog,
          statusLog,
          ...membership,
          maxDelayMs: worker.scheduledRebalanceMaxDelayMs,
          periodMs: 60_000,
          rebalanceMetrics,
          logger: logger.child({ component: 'scheduler' }),
        })
      : undefined;
  const herder = new Herder({
    ...(afterWrites
      ? {
          afterConfigWrite: async () => {
            await afterWrites.runRound();
          },
        }
      : {}),
    ...(membership
      ? {
          rebalanceInProgress: async (connector: string) => {
            const [document, leases] = await Promise.all([
              membership.assignmentStore.read(),
              membership.leaseStore.liveMembers(),
            ]);
            return connectorInFlux(document, leases, connector);
          },
        }
      : {}),
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
    configLog,
    statusLog,
    rebalanceMetrics,
    ...(membership
      ? {
          metrics: async () => {
            rebalanceMetrics.observe(await readRebalanceSnapshot(membership));
            return rebalanceMetrics.render();
          },
        }
      : {}),
    stop: async () => {
      await Promise.allSettled([configLog.stop(), statusLog.stop(), offsetLog.stop(), admin.disconnect()]);
    },
  };
}
