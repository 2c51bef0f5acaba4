/**
 * The cloud topology, run locally: no control-plane process follows the config topic. The REST API is the Lambda
 * handler (driven with API Gateway events), which runs a scheduling round after each config write; executors are
 * separate processes that join by lease and run a round themselves when they see membership change or task
 * configs committed; the scheduler Lambda runs on EventBridge events. A connector created through the API handler
 * must end up RUNNING on a local executor, with all its tasks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDynamoClient } from '../../shared/adapters/dynamodb/client.ts';
import { createTables, deleteTables } from '../../shared/adapters/dynamodb/tables.ts';
import { LocalProcessLauncher, workerPropsToEnv } from '../../shared/adapters/local/process-launcher.ts';
import { createLogger } from '../../shared/logging/logger.ts';
import { ENV } from '../../shared/runtime/env.ts';
import { defaultTableNames } from '../../shared/runtime/membership-config.ts';
import { waitFor } from '../../shared/util/wait.ts';
import { deleteTopics, TEST_MEMBERSHIP_TIMING, testWorkerProps, uniqueName } from '../support/cluster.ts';
import { type Handler, httpApiEvent, lambdaContext, scheduledEvent } from '../support/lambda-events.ts';

interface StatusBody {
  connector: { state: string; worker_id: string };
  tasks: Array<{ id: number; state: string; worker_id: string }>;
}

describe('AWS topology: API Lambda, scheduler Lambda, executor processes', () => {
  const id = uniqueName('aws');
  const saved = { ...process.env };
  const endpoint: string = process.env.DYNAMODB_ENDPOINT || inject('dynamodbEndpoint') || '';
  const dynamo = createDynamoClient({ endpoint });
  const workerProps = {
    'bootstrap.servers': inject('kafkaBootstrapServers'),
    ...testWorkerProps(id, { 'scheduled.rebalance.max.delay.ms': '0' }),
  };
  const tables = defaultTableNames(`connect-${id}`);
  const logDir = mkdtempSync(join(tmpdir(), `tributary-${id}-`));
  let api: { handler: Handler; shutdown: () => Promise<void> };
  let scheduler: { handler: (event: unknown) => Promise<{ ok: boolean }>; shutdown: () => Promise<void> };
  let launcher: LocalProcessLauncher;

  beforeAll(async () => {
    await createTables(dynamo, tables);
    const membershipEnv = {
      [ENV.dynamodbEndpoint]: endpoint,
      [ENV.leaseTable]: tables.leases,
      [ENV.assignmentTable]: tables.assignments,
    };
    Object.assign(process.env, workerPropsToEnv(workerProps), membershipEnv, { [ENV.logLevel]: 'ERROR' });
    api = (await import('../../control-plane/lambda.ts')) as unknown as typeof api;
    scheduler = (await import('../../control-plane/scheduler-lambda.ts')) as unknown as typeof scheduler;
    launcher = new LocalProcessLauncher({
      workerProps,
      logDir,
      logger: createLogger({}, { write: () => undefined }),
      extraEnv: {
        ...membershipEnv,
        [ENV.leaseDurationMs]: String(TEST_MEMBERSHIP_TIMING.leaseDurationMs),
        [ENV.heartbeatIntervalMs]: String(TEST_MEMBERSHIP_TIMING.heartbeatIntervalMs),
        [ENV.fenceMarginMs]: String(TEST_MEMBERSHIP_TIMING.fenceMarginMs),
      },
    });
    await launcher.launch(2);
  });

  afterAll(async () => {
    await launcher?.stop();
    await api?.shutdown();
    await scheduler?.shutdown();
    process.env = saved;
    await deleteTables(dynamo, tables);
    dynamo.destroy();
    await deleteTopics([], id);
    rmSync(logDir, { recursive: true, force: true });
  });

  async function status(name: string): Promise<StatusBody | undefined> {
    const answer = await api.handler(httpApiEvent('GET', `/connectors/${name}/status`), lambdaContext);
    return answer.statusCode === 200 ? (JSON.parse(answer.body) as StatusBody) : undefined;
  }

  it('runs a connector created through the API handler on the executors, and the scheduler Lambda agrees', async () => {
    // The first scheduled round once both executors are members (their own rounds may have run already).
    await waitFor(
      async () => {
        const result = await scheduler.handler(scheduledEvent());
        const answer = await api.handler(httpApiEvent('GET', '/metrics'), lambdaContext);
        return result.ok && /task_count\{executor="executor-1"\}/.test(answer.body);
      },
      30_000,
      'both executors in the assignment',
      200,
    );
    const name = uniqueName('via-api');
    const created = await api.handler(
      httpApiEvent('POST', '/connectors', {
        name,
        config: {
          'connector.class': 'FileStreamSink',
          topics: `${id}-in`,
          file: join(logDir, 'out.txt'),
          'tasks.max': '3',
        },
      }),
      lambdaContext,
    );
    expect(created.statusCode).toBe(201);
    const running = await waitFor(
      async () => {
        const s = await status(name);
        return s?.connector.state === 'RUNNING' &&
          s.tasks.length === 3 &&
          s.tasks.every((t) => t.state === 'RUNNING')
          ? s
          : undefined;
      },
      30_000,
      `${name} and its 3 tasks RUNNING`,
      200,
    );
    const workers = new Set([running.connector.worker_id, ...running.tasks.map((t) => t.worker_id)]);
    expect([...workers].every((w) => /^executor-[01]$/.test(w))).toBe(true);
    expect(workers.size).toBe(2);
    const metrics = await api.handler(httpApiEvent('GET', '/metrics'), lambdaContext);
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).toMatch(/^kafka_connect_connect_worker_rebalance_metrics_epoch \d+$/m);
    expect((await scheduler.handler(scheduledEvent())).ok).toBe(true);
    const deleted = await api.handler(httpApiEvent('DELETE', `/connectors/${name}`), lambdaContext);
    expect(deleted.statusCode).toBe(204);
  });
});
