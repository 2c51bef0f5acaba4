/**
 * The executor's id on ECS: without TRIBUTARY_EXECUTOR_ID it asks the task metadata endpoint
 * (ECS_CONTAINER_METADATA_URI_V4/task) for its task ARN and registers as `executor-<task id>` — the id the
 * scheduler's ECS adapter gives that task — and falls back to the host-name id when the endpoint does not answer
 * usefully. A local HTTP server plays the endpoint, answering with the documented v4 response shape.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExecutorConfig, readTaskArn, resolveExecutorConfig } from '../../executor/config.ts';
import { executorIdOfTask } from '../../shared/adapters/ecs/ecs-fleet.ts';
import { ENV } from '../../shared/runtime/env.ts';

const TASK_ID = '158d1c8083dd49d6b527399fd6414f5c';
const TASK_ARN = `arn:aws:ecs:us-west-2:111122223333:task/tributary/${TASK_ID}`;
const WORKER = { CONNECT_BOOTSTRAP_SERVERS: '127.0.0.1:9092' };

let server: Server;
let base: string;
/** What the endpoint answers, by path; the number of requests it got. */
let answers: Map<string, { status: number; body: unknown }>;
let requests = 0;

beforeAll(async () => {
  answers = new Map();
  server = createServer((req, res) => {
    requests++;
    const answer = answers.get(req.url ?? '');
    res.writeHead(answer?.status ?? 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer?.body ?? { error: 'not found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v4/abc-123`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const FAST = { attempts: 2, retryDelayMs: 10, timeoutMs: 1_000 };

describe('executor id on ECS', () => {
  it('is executor-<task id> from the task metadata endpoint, matching the ECS adapter', async () => {
    answers.set('/v4/abc-123/task', {
      status: 200,
      body: {
        Cluster: 'arn:aws:ecs:us-west-2:111122223333:cluster/tributary',
        TaskARN: TASK_ARN,
        Family: 'x',
      },
    });
    const config = await resolveExecutorConfig({ ...WORKER, [ENV.ecsContainerMetadataUri]: base }, FAST);
    expect(config.executorId).toBe(`executor-${TASK_ID}`);
    expect(config.executorId).toBe(executorIdOfTask({ taskId: TASK_ID }));
    expect(await readTaskArn(`${base}/`, FAST)).toBe(TASK_ARN);
  });

  it('keeps an explicit id or a local index, without asking the endpoint', async () => {
    const before = requests;
    const env = { ...WORKER, [ENV.ecsContainerMetadataUri]: base };
    expect((await resolveExecutorConfig({ ...env, [ENV.executorId]: 'mine' }, FAST)).executorId).toBe('mine');
    expect((await resolveExecutorConfig({ ...env, [ENV.executorIndex]: '2' }, FAST)).executorId).toBe(
      'executor-2',
    );
    expect(requests).toBe(before);
  });

  it('falls back to the host-name id when the endpoint fails or answers without a task ARN', async () => {
    answers.set('/v4/broken/task', { status: 500, body: {} });
    answers.set('/v4/odd/task', { status: 200, body: { TaskARN: 'not-an-arn' } });
    for (const uri of [base.replace('abc-123', 'broken'), base.replace('abc-123', 'odd')]) {
      const errors: unknown[] = [];
      const config = await resolveExecutorConfig(
        { ...WORKER, [ENV.ecsContainerMetadataUri]: uri },
        { ...FAST, onMetadataError: (err) => errors.push(err) },
      );
      expect(config.executorId).toBe(`executor-${hostname()}`);
      expect(errors).toHaveLength(1);
    }
    // Without the variable (not on ECS): the synchronous rule.
    expect((await resolveExecutorConfig(WORKER)).executorId).toBe(loadExecutorConfig(WORKER).executorId);
  });
});
