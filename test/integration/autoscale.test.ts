/**
 * The scheduler Lambda scaling the ECS executor service, end to end on real servers: the handler
 * (control-plane/scheduler-lambda.ts) is invoked with EventBridge "Scheduled Event" events; Kafka is the test
 * broker (the config topic holds the connectors and their task configs), DynamoDB Local holds the leases and the
 * assignment, and moto's ECS server (infra/local/moto.ts) holds the cluster and service.
 *
 * moto starts no tasks for a service, so the service's executors are tasks started with RunTask in the service's
 * group, and "executors" are leases registered for their ids (`executor-<task id>`) and renewed by the test — which
 * is how an executor confirms it applied an assignment version.
 *
 * Pinned: more load → a higher desired count; less load → the least-loaded executors are marked draining (their
 * work revoked, given to nobody yet, the count unchanged, no task stopped); once they confirm, the next invocation
 * moves their work to the others, stops exactly their ECS tasks and lowers the desired count.
 */

import { randomUUID } from 'node:crypto';
import { DescribeServicesCommand, DescribeTasksCommand, type ECSClient } from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { configSnapshotOf } from '../../control-plane/scheduler/config-snapshot.ts';
import { runSchedulerRound } from '../../control-plane/scheduler/reconcile.ts';
import type { SchedulerLambdaResult } from '../../control-plane/scheduler-lambda.ts';
import { type Moto, startMoto } from '../../infra/local/moto.ts';
import { DynamoAssignmentStore } from '../../shared/adapters/dynamodb/dynamo-assignment-store.ts';
import { DynamoLeaseStore } from '../../shared/adapters/dynamodb/dynamo-lease-store.ts';
import type { TableNames } from '../../shared/adapters/dynamodb/tables.ts';
import { createEcsClient, EcsExecutorFleet, executorIdOfTask } from '../../shared/adapters/ecs/ecs-fleet.ts';
import { createKafka } from '../../shared/adapters/kafka/client.ts';
import { ensureInternalTopics } from '../../shared/adapters/kafka/internal-topics.ts';
import { workerPropsToEnv } from '../../shared/adapters/local/process-launcher.ts';
import { ConfigLog } from '../../shared/cluster/config-log.ts';
import { createLogger } from '../../shared/logging/logger.ts';
import type { AssignmentDocument } from '../../shared/ports/assignment-store.ts';
import { ENV } from '../../shared/runtime/env.ts';
import { parseWorkerConfig } from '../../shared/runtime/worker-config.ts';
import { waitFor } from '../../shared/util/wait.ts';
import { deleteTopics, testWorkerProps, uniqueName } from '../support/cluster.ts';
import { useDynamoDb } from '../support/dynamodb.ts';
import { scheduledEvent } from '../support/lambda-events.ts';
import { createMotoService, defaultNetwork, MOTO_REGION, pinTaskStatus } from '../support/moto.ts';

type Handler = (event: unknown) => Promise<SchedulerLambdaResult>;

const REGION = MOTO_REGION;
const DEADLINE_MS = 20_000;
const LEASE_MS = 300_000;
const EXECUTORS = 4;
const silent = createLogger({}, { write: () => undefined });

const dynamo = useDynamoDb();
const id = uniqueName('autoscale');
const saved = { ...process.env };
/** The cluster's worker properties (its own group and internal topics; revocations not delayed). */
const workerProps = (bootstrapServers: string) => ({
  'bootstrap.servers': bootstrapServers,
  ...testWorkerProps(id, { 'scheduled.rebalance.max.delay.ms': '0' }),
});
const topics = [`${id}-configs`, `${id}-offsets`, `${id}-status`];

let moto: Moto;
let ecs: ECSClient;
let tables: TableNames;
let leaseStore: DynamoLeaseStore;
let assignmentStore: DynamoAssignmentStore;
let configLog: ConfigLog;
let kafka: ReturnType<typeof createKafka>;
let handler: Handler;
let shutdown: () => Promise<void>;
let cluster: string;
let fleet: EcsExecutorFleet;
/** Executor id → its task ARN and lease epoch. */
const executors = new Map<string, { taskArn: string; epoch: number }>();

beforeAll(async () => {
  moto = await startMoto();
  ecs = createEcsClient({ endpoint: moto.endpoint, region: REGION });
  if (!(await pinTaskStatus(moto.endpoint)) && moto.pid !== undefined) {
    throw new Error('moto refused the ecs::task state transition');
  }
  tables = await dynamo.freshTables();
  leaseStore = new DynamoLeaseStore({ client: dynamo.client(), tableName: tables.leases });
  assignmentStore = new DynamoAssignmentStore({ client: dynamo.client(), tableName: tables.assignments });

  // The ECS cluster and service, with its executors' tasks.
  const service = 'executors';
  cluster = `tributary-${randomUUID().slice(0, 8)}`;
  await createService(cluster, service, EXECUTORS);
  fleet = new EcsExecutorFleet({ client: ecs, cluster, service });

  // The worker's internal topics, and a config log the test writes connectors into.
  const bootstrapServers = inject('kafkaBootstrapServers');
  const worker = parseWorkerConfig(workerProps(bootstrapServers));
  kafka = createKafka({ bootstrapServers, clientId: `${id}-test`, logger: silent });
  const admin = kafka.admin();
  await admin.connect();
  try {
    await ensureInternalTopics(admin, worker, silent);
  } finally {
    await admin.disconnect();
  }
  configLog = new ConfigLog(kafka, worker.configTopic, silent);
  await configLog.start();

  Object.assign(process.env, workerPropsToEnv(workerProps(bootstrapServers)), {
    [ENV.logLevel]: 'ERROR',
    [ENV.dynamodbEndpoint]: dynamo.endpoint(),
    [ENV.leaseTable]: tables.leases,
    [ENV.assignmentTable]: tables.assignments,
    [ENV.awsEndpoint]: moto.endpoint,
    [ENV.ecsCluster]: cluster,
    [ENV.ecsService]: service,
    [ENV.minExecutors]: '1',
    [ENV.maxExecutors]: '6',
    [ENV.tasksPerExecutor]: '4',
    [ENV.publishMetrics]: 'true',
  });
  ({ handler, shutdown } = (await import('../../control-plane/scheduler-lambda.ts')) as unknown as {
    handler: Handler;
    shutdown: () => Promise<void>;
  });
});

afterAll(async () => {
  try {
    await shutdown?.();
    await configLog?.stop();
  } finally {
    process.env = saved;
    ecs?.destroy();
    await moto?.stop();
    await deleteTopics(topics);
  }
});

async function createService(clusterName: string, service: string, tasks: number): Promise<void> {
  const { serviceTasks } = await createMotoService(ecs, await defaultNetwork(moto.endpoint), {
    cluster: clusterName,
    service,
    family: `tributary-executor-${clusterName}`,
    desiredCount: tasks,
    taskCount: tasks,
  });
  for (const taskArn of serviceTasks) {
    const executorId = executorIdOfTask({ taskId: taskArn.slice(taskArn.lastIndexOf('/') + 1) });
    const lease = await leaseStore.register({ executorId, address: executorId, leaseDurationMs: LEASE_MS });
    executors.set(executorId, { taskArn, epoch: lease.epoch });
  }
  expect(executors.size).toBe(tasks);
}

/** `count` connectors named `<prefix>-<n>` with `tasks` task configs each, committed. */
async function putConnectors(prefix: string, count: number, tasks: number): Promise<void> {
  for (let n = 0; n < count; n++) {
    const name = `${prefix}-${n}`;
    const config = {
      name,
      'connector.class': 'FileStreamSource',
      'tasks.max': String(tasks),
      file: `/tmp/${name}.txt`,
      topic: `${id}-data`,
    };
    await configLog.putConnectorConfig(name, config);
    await configLog.putTaskConfigs(
      name,
      Array.from({ length: tasks }, () => ({ ...config, 'task.class': 'FileStreamSourceTask' })),
    );
  }
  await configLog.readToEnd();
}

/** Every executor still holding a lease heartbeats, reporting `version` as applied. */
async function confirm(version: number): Promise<void> {
  for (const lease of await leaseStore.liveMembers()) {
    await leaseStore.renew({
      executorId: lease.executorId,
      epoch: lease.epoch,
      leaseDurationMs: LEASE_MS,
      appliedAssignmentVersion: version,
    });
  }
}

async function desiredCount(): Promise<number> {
  const described = await ecs.send(new DescribeServicesCommand({ cluster, services: ['executors'] }));
  return described.services?.[0]?.desiredCount ?? -1;
}

async function taskDesiredStatus(executorId: string): Promise<string | undefined> {
  const taskArn = executors.get(executorId)?.taskArn ?? '';
  const described = await ecs.send(new DescribeTasksCommand({ cluster, tasks: [taskArn] }));
  return described.tasks?.[0]?.desiredStatus;
}

function loadOf(document: AssignmentDocument, executorId: string): number {
  const member = document.members.find((m) => m.executorId === executorId);
  if (!member) return 0;
  return (
    member.connectors.length +
    member.tasks.length +
    member.revoked.connectors.length +
    member.revoked.tasks.length
  );
}

describe('scheduler Lambda scaling the ECS service', () => {
  it('raises the desired count for more load, then drains the least loaded and stops only them', async () => {
    // More load: 5 connectors × 3 tasks = 20 units, 4 per executor → 5 executors (4 run now).
    await putConnectors('big', 5, 3);
    const up = await handler(scheduledEvent(REGION));
    expect(up).toMatchObject({ ok: true, written: true });
    expect(up.scaling).toMatchObject({ targetCount: 5, desiredCount: 5, desiredCountBefore: EXECUTORS });
    expect(up.scaling?.draining).toEqual([]);
    expect(up.scaling?.stopped).toEqual([]);
    // The alarms' metrics went to (moto's) CloudWatch with the round: no failed task, no lease ended yet.
    expect(up.metricsError).toBeUndefined();
    expect(up.metrics).toEqual({ 'connector-failed-task-count': 0, 'lease-expirations-total': 0 });
    await waitFor(async () => (await desiredCount()) === 5, DEADLINE_MS, 'desired count 5 on the service');
    const first = (await assignmentStore.read()) as AssignmentDocument;
    const loads = [...executors.keys()].map((executorId) => loadOf(first, executorId));
    expect(loads.reduce((a, b) => a + b, 0)).toBe(20);
    expect(Math.min(...loads)).toBeGreaterThan(0);

    // Less load: 3 connectors go; 2 × 3 tasks = 8 units → 2 executors. Let the executors apply the removal
    // (rounds run here directly, as the timer would), so the loads the scaler sees are settled.
    for (let n = 0; n < 3; n++) await configLog.deleteConnector(`big-${n + 2}`);
    await configLog.readToEnd();
    const snapshot = configSnapshotOf(configLog.state);
    const settled = await waitFor(
      async () => {
        const round = await runSchedulerRound({ leaseStore, assignmentStore }, snapshot, { maxDelayMs: 0 });
        await confirm(round.document.version);
        const revoking = round.document.members.some(
          (m) => m.revoked.connectors.length + m.revoked.tasks.length > 0,
        );
        return !round.written && !revoking ? round.document : undefined;
      },
      DEADLINE_MS,
      'the removal applied',
    );
    const ids = [...executors.keys()];
    const byLoad = [...ids].sort(
      (a, b) => loadOf(settled, a) - loadOf(settled, b) || (a < b ? -1 : a > b ? 1 : 0),
    );
    const leaving = byLoad.slice(0, 2).sort();
    const staying = byLoad.slice(2).sort();

    const down = await handler(scheduledEvent(REGION));
    expect(down.ok).toBe(true);
    expect(down.scaling).toMatchObject({ targetCount: 2, desiredCount: EXECUTORS, stopped: [] });
    expect(down.scaling?.draining).toEqual(leaving);
    const marks = await leaseStore.liveMembers();
    expect(marks.filter((l) => l.draining).map((l) => l.executorId)).toEqual(leaving);
    // The same invocation revoked their work; nobody else has it yet, and no task was stopped.
    const revoking = await assignmentStore.read();
    expect(revoking?.version).toBe(down.version);
    const revokedKeys = new Set<string>();
    for (const executorId of leaving) {
      const member = revoking?.members.find((m) => m.executorId === executorId);
      expect(member?.connectors).toEqual([]);
      expect(member?.tasks).toEqual([]);
      for (const c of member?.revoked.connectors ?? []) revokedKeys.add(`c:${c}`);
      for (const t of member?.revoked.tasks ?? []) revokedKeys.add(`t:${t.connector}:${t.task}`);
    }
    expect(revokedKeys.size).toBe(leaving.reduce((sum, e) => sum + loadOf(settled, e), 0));
    expect(revokedKeys.size).toBeGreaterThan(0);
    for (const member of revoking?.members ?? []) {
      if (leaving.includes(member.executorId)) continue;
      for (const c of member.connectors) expect(revokedKeys.has(`c:${c}`)).toBe(false);
      for (const t of member.tasks) expect(revokedKeys.has(`t:${t.connector}:${t.task}`)).toBe(false);
    }
    expect(await desiredCount()).toBe(EXECUTORS);
    for (const executorId of ids) expect(await taskDesiredStatus(executorId)).toBe('RUNNING');

    // Unconfirmed, another invocation stops nothing.
    const waiting = await handler(scheduledEvent(REGION));
    expect(waiting.scaling).toMatchObject({ stopped: [], draining: [], desiredCount: EXECUTORS });
    for (const executorId of leaving) expect(await taskDesiredStatus(executorId)).toBe('RUNNING');

    // The draining executors confirm (they stopped their revoked work): the next invocation gives the work to the
    // others, stops exactly the drained executors' tasks and lowers the count.
    await confirm(down.version ?? -1);
    const stop = await handler(scheduledEvent(REGION));
    expect(stop.scaling).toMatchObject({ targetCount: 2, desiredCount: 2, stopped: leaving });
    const moved = await assignmentStore.read();
    for (const executorId of leaving) expect(loadOf(moved as AssignmentDocument, executorId)).toBe(0);
    expect(staying.reduce((sum, e) => sum + loadOf(moved as AssignmentDocument, e), 0)).toBe(8);
    await waitFor(async () => (await desiredCount()) === 2, DEADLINE_MS, 'desired count 2 on the service');
    for (const executorId of leaving) expect(await taskDesiredStatus(executorId)).toBe('STOPPED');
    for (const executorId of staying) expect(await taskDesiredStatus(executorId)).toBe('RUNNING');
    expect((await fleet.members()).map((m) => m.executorId)).toEqual(staying);
  });
});
