/**
 * A whole local Connect cluster: the control plane's REST API on 127.0.0.1, the scheduler, DynamoDB (DynamoDB
 * Local started here, or the endpoint given) with this cluster's lease and assignment tables, and N executor child
 * processes, all on one Kafka cluster. `npm start` runs one; end-to-end tests run their own on free ports, topics
 * and tables.
 */
import { join } from 'node:path';
import { type LocalDynamoDb, startOrConnectLocalDynamoDb } from '../../infra/local/dynamodb.ts';
import { createDynamoClient } from '../../shared/adapters/dynamodb/client.ts';
import { DynamoAssignmentStore } from '../../shared/adapters/dynamodb/dynamo-assignment-store.ts';
import { DynamoConfigWriteLock } from '../../shared/adapters/dynamodb/dynamo-config-write-lock.ts';
import { DynamoLeaseStore } from '../../shared/adapters/dynamodb/dynamo-lease-store.ts';
import { createTables, type TableNames } from '../../shared/adapters/dynamodb/tables.ts';
import { LocalProcessLauncher } from '../../shared/adapters/local/process-launcher.ts';
import type { Logger } from '../../shared/logging/logger.ts';
import {
  checkMembershipTiming,
  DEFAULT_MEMBERSHIP_TIMING,
  type MembershipTiming,
} from '../../shared/membership/membership.ts';
import { ENV } from '../../shared/runtime/env.ts';
import { defaultTableNames } from '../../shared/runtime/membership-config.ts';
import { parseWorkerConfig } from '../../shared/runtime/worker-config.ts';
import { waitFor } from '../../shared/util/wait.ts';
import { buildApp } from '../api/app.ts';
import { startControlPlane } from '../runtime.ts';
import { SchedulerService } from '../scheduler/service.ts';
import { type RunningServer, startHttpServer } from './http-server.ts';

export interface LocalClusterOptions {
  readonly workerProps: Readonly<Record<string, string>>;
  readonly host: string;
  readonly port: number;
  readonly executors: number;
  readonly logger: Logger;
  /** Where executor logs go (one file each); inherited output when omitted. */
  readonly logDir?: string;
  readonly executorEnv?: Readonly<Record<string, string>>;
  /** An existing DynamoDB endpoint; DynamoDB Local is started (and stopped with the cluster) when omitted. */
  readonly dynamodbEndpoint?: string;
  /** The lease and assignment tables (created when missing); derived from group.id by default. */
  readonly tables?: TableNames;
  /** Lease length, heartbeat and fence margin of the executors (the defaults: 20 s, 3 s, 7 s). */
  readonly membership?: Partial<MembershipTiming>;
}

export interface LocalCluster {
  readonly url: string;
  readonly launcher: LocalProcessLauncher;
  readonly scheduler: SchedulerService;
  readonly dynamodbEndpoint: string;
  readonly tables: TableNames;
  /** Stops REST, then executors (SIGTERM: they drain and commit), then the scheduler and the clients. */
  stop(): Promise<void>;
}

export async function startLocalCluster(options: LocalClusterOptions): Promise<LocalCluster> {
  const worker = parseWorkerConfig(options.workerProps);
  const timing: MembershipTiming = { ...DEFAULT_MEMBERSHIP_TIMING, ...options.membership };
  checkMembershipTiming(timing);
  const tables = options.tables ?? defaultTableNames(worker.groupId);
  let dynamo: LocalDynamoDb | undefined;
  let endpoint = options.dynamodbEndpoint;
  if (!endpoint) {
    dynamo = await startOrConnectLocalDynamoDb();
    endpoint = dynamo.endpoint;
  }
  const client = createDynamoClient({ endpoint });
  const leaseStore = new DynamoLeaseStore({ client, tableName: tables.leases });
  const assignmentStore = new DynamoAssignmentStore({ client, tableName: tables.assignments });
  const controlPlane = await startControlPlane(worker, options.logger.child({ component: 'control-plane' }), {
    configWriteLock: new DynamoConfigWriteLock({ client, tableName: tables.leases }),
    membership: { leaseStore, assignmentStore },
  });
  const scheduler = new SchedulerService({
    configLog: controlPlane.configLog,
    statusLog: controlPlane.statusLog,
    leaseStore,
    assignmentStore,
    rebalanceMetrics: controlPlane.rebalanceMetrics,
    cleanUpDeletedStatuses: true,
    maxDelayMs: worker.scheduledRebalanceMaxDelayMs,
    // Locally a round costs two small reads, so run one every heartbeat: joins and departures show up quickly.
    periodMs: timing.heartbeatIntervalMs,
    logger: options.logger.child({ component: 'scheduler' }),
  });
  let server: RunningServer | undefined;
  const launcher = new LocalProcessLauncher({
    workerProps: worker.props,
    logger: options.logger.child({ component: 'launcher' }),
    ...(options.logDir ? { logDir: join(options.logDir) } : {}),
    extraEnv: {
      ...options.executorEnv,
      [ENV.dynamodbEndpoint]: endpoint,
      [ENV.leaseTable]: tables.leases,
      [ENV.assignmentTable]: tables.assignments,
      [ENV.leaseDurationMs]: String(timing.leaseDurationMs),
      [ENV.heartbeatIntervalMs]: String(timing.heartbeatIntervalMs),
      [ENV.fenceMarginMs]: String(timing.fenceMarginMs),
    },
  });
  const shutdown = async () => {
    await server?.close();
    await launcher.stop();
    await scheduler.stop();
    await controlPlane.stop();
    client.destroy();
    await dynamo?.stop();
  };
  try {
    await createTables(client, tables);
    await scheduler.start();
    server = await startHttpServer(
      buildApp({
        herder: controlPlane.herder,
        offsets: controlPlane.offsets,
        logger: options.logger.child({ component: 'rest' }),
        ...(controlPlane.metrics ? { metrics: controlPlane.metrics } : {}),
      }),
      options.host,
      options.port,
    );
    await launcher.launch(options.executors);
    // Give the first assignment to all executors at once rather than moving work as each one joins; an executor
    // whose id still has a live lease from a killed run joins only when that lease ends, so do not wait forever.
    try {
      await waitFor(
        async () => (await leaseStore.liveMembers()).length >= options.executors,
        timing.leaseDurationMs + 10_000,
        `${options.executors} executors to join`,
        100,
      );
    } catch (err) {
      options.logger.warn('not every executor joined in time; scheduling with those that did', { err });
    }
    await scheduler.runRound();
  } catch (err) {
    await shutdown();
    throw err;
  }
  const running = server;
  return {
    url: running.url,
    launcher,
    scheduler,
    dynamodbEndpoint: endpoint,
    tables,
    stop: async () => {
      await running.close();
      await launcher.stop();
      await scheduler.stop();
      await controlPlane.stop();
      client.destroy();
      await dynamo?.stop();
    },
  };
}
