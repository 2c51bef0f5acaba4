/**
 * The REST lifecycle of one connector on a real cluster (real broker, two executor processes):
 * create → RUNNING with real worker ids → pause → PAUSED → resume → RUNNING → restart → config update (task
 * configs change) → delete (gone, tasks stopped).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../shared/util/wait.ts';
import { deleteTopics, rest, startTestCluster, type TestCluster, uniqueName } from '../support/cluster.ts';

const STATE_TIMEOUT_MS = 60_000;

interface StatusBody {
  name: string;
  connector: { state: string; worker_id: string };
  tasks: Array<{ id: number; state: string; worker_id: string }>;
  type: string;
}

describe('connector lifecycle over REST', () => {
  let cluster: TestCluster;
  let dir: string;
  const topic = uniqueName('lifecycle');
  const name = uniqueName('sink');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tributary-lifecycle-'));
    cluster = await startTestCluster({ executors: 2 });
  });

  afterAll(async () => {
    await cluster?.stop();
    await deleteTopics([topic], cluster?.id);
    rmSync(dir, { recursive: true, force: true });
  });

  async function status(): Promise<StatusBody | undefined> {
    const response = await rest(cluster.url, 'GET', `/connectors/${name}/status`);
    return response.status === 200 ? (response.body as StatusBody) : undefined;
  }

  async function waitForStates(connectorState: string, taskStates: string[]): Promise<StatusBody> {
    return waitFor(
      async () => {
        const s = await status();
        return s &&
          s.connector.state === connectorState &&
          s.tasks.length === taskStates.length &&
          s.tasks.every((t, i) => t.state === taskStates[i])
          ? s
          : undefined;
      },
      STATE_TIMEOUT_MS,
      `connector ${connectorState} with tasks [${taskStates.join(', ')}]`,
    );
  }

  it('walks a sink connector through its whole life', async () => {
    writeFileSync(join(dir, 'unused'), '');
    const config = {
      'connector.class': 'FileStreamSink',
      'tasks.max': '2',
      topics: topic,
      file: join(dir, 'out.txt'),
    };
    const created = await rest(cluster.url, 'POST', '/connectors', { name, config });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ name, config: { ...config, name }, tasks: [], type: 'sink' });
    expect(created.headers.get('location')).toBe(`${cluster.url}/connectors/${name}`);

    const running = await waitForStates('RUNNING', ['RUNNING', 'RUNNING']);
    const workers = new Set([running.connector.worker_id, ...running.tasks.map((t) => t.worker_id)]);
    expect([...workers].every((w) => w === 'executor-0' || w === 'executor-1')).toBe(true);
    expect(running.type).toBe('sink');

    const info = await rest(cluster.url, 'GET', `/connectors/${name}`);
    expect(info.body).toEqual({
      name,
      config: { ...config, name },
      tasks: [
        { connector: name, task: 0 },
        { connector: name, task: 1 },
      ],
      type: 'sink',
    });
    const tasks = await rest(cluster.url, 'GET', `/connectors/${name}/tasks`);
    expect(tasks.body).toEqual(
      [0, 1].map((task) => ({
        id: { connector: name, task },
        config: { ...config, name, 'task.class': 'org.apache.kafka.connect.file.FileStreamSinkTask' },
      })),
    );
    const taskStatus = await rest(cluster.url, 'GET', `/connectors/${name}/tasks/1/status`);
    expect(taskStatus.status).toBe(200);
    expect(taskStatus.body).toMatchObject({ id: 1, state: 'RUNNING' });

    expect((await rest(cluster.url, 'PUT', `/connectors/${name}/pause`)).status).toBe(202);
    await waitForStates('PAUSED', ['PAUSED', 'PAUSED']);

    expect((await rest(cluster.url, 'PUT', `/connectors/${name}/resume`)).status).toBe(202);
    await waitForStates('RUNNING', ['RUNNING', 'RUNNING']);

    const restart = await rest(cluster.url, 'POST', `/connectors/${name}/restart?includeTasks=true`);
    expect(restart.status).toBe(202);
    expect(restart.body).toMatchObject({
      name,
      connector: { state: 'RESTARTING' },
      tasks: [
        { id: 0, state: 'RESTARTING' },
        { id: 1, state: 'RESTARTING' },
      ],
    });
    await waitForStates('RUNNING', ['RUNNING', 'RUNNING']);
    expect((await rest(cluster.url, 'POST', `/connectors/${name}/restart`)).status).toBe(204);
    expect((await rest(cluster.url, 'POST', `/connectors/${name}/tasks/0/restart`)).status).toBe(204);
    await waitForStates('RUNNING', ['RUNNING', 'RUNNING']);

    const updated = { ...config, 'tasks.max': '3' };
    const put = await rest(cluster.url, 'PUT', `/connectors/${name}/config`, updated);
    expect(put.status).toBe(200);
    await waitForStates('RUNNING', ['RUNNING', 'RUNNING', 'RUNNING']);
    const newTasks = await rest(cluster.url, 'GET', `/connectors/${name}/tasks`);
    expect((newTasks.body as unknown[]).length).toBe(3);
    expect((await rest(cluster.url, 'GET', `/connectors/${name}/config`)).body).toEqual({ ...updated, name });

    expect((await rest(cluster.url, 'DELETE', `/connectors/${name}`)).status).toBe(204);
    expect((await rest(cluster.url, 'GET', `/connectors/${name}`)).status).toBe(404);
    expect((await rest(cluster.url, 'GET', '/connectors')).body).not.toContain(name);
    // The owners stop the instances and tombstone their statuses.
    await waitFor(
      async () => (await status()) === undefined,
      STATE_TIMEOUT_MS,
      'statuses removed after delete',
    );
  });
});
