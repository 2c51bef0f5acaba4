/**
 * Membership and scheduling on a real cluster (real broker, DynamoDB Local, three executor processes with 6 s
 * leases): an executor killed with SIGKILL loses its lease, and the scheduler moves its work — at once with
 * scheduled.rebalance.max.delay.ms=0; after the delay with one (statuses show UNASSIGNED meanwhile); and back to
 * the same executor when it returns within the delay. Every assertion reads the status endpoint, whose worker ids
 * are the executors' own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../shared/util/wait.ts';
import {
  deleteTopics,
  rest,
  startTestCluster,
  TEST_MEMBERSHIP_TIMING,
  type TestCluster,
  uniqueName,
} from '../support/cluster.ts';

interface StatusBody {
  connector: { state: string; worker_id: string };
  tasks: Array<{ id: number; state: string; worker_id: string }>;
}

const TASKS = 6;
const LEASE_MS = TEST_MEMBERSHIP_TIMING.leaseDurationMs;

describe('membership: leases, failover and the scheduled rebalance delay', () => {
  let cluster: TestCluster | undefined;
  let dir: string | undefined;
  const topics: string[] = [];

  afterEach(async () => {
    await cluster?.stop();
    await deleteTopics(topics.splice(0), cluster?.id);
    cluster = undefined;
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function status(name: string): Promise<StatusBody | undefined> {
    const response = await rest((cluster as TestCluster).url, 'GET', `/connectors/${name}/status`);
    return response.status === 200 ? (response.body as StatusBody) : undefined;
  }

  function waitForStatus(
    name: string,
    check: (s: StatusBody) => boolean,
    timeoutMs: number,
    what: string,
  ): Promise<StatusBody> {
    return waitFor(
      async () => {
        const s = await status(name);
        return s && s.tasks.length === TASKS && check(s) ? s : undefined;
      },
      timeoutMs,
      what,
      100,
    );
  }

  /** A 3-executor cluster running a sink connector with six tasks (on an empty topic), all RUNNING. */
  async function clusterWithSink(rebalanceDelayMs: number): Promise<{ name: string; before: StatusBody }> {
    dir = mkdtempSync(join(tmpdir(), 'tributary-membership-'));
    cluster = await startTestCluster({ executors: 3, rebalanceDelayMs });
    const topic = uniqueName('membership');
    topics.push(topic);
    const name = uniqueName('sink');
    const created = await rest(cluster.url, 'POST', '/connectors', {
      name,
      config: {
        'connector.class': 'FileStreamSink',
        file: join(dir, 'out.txt'),
        topics: topic,
        'tasks.max': String(TASKS),
      },
    });
    expect(created.status).toBe(201);
    const before = await waitForStatus(
      name,
      (s) => s.connector.state === 'RUNNING' && s.tasks.every((t) => t.state === 'RUNNING'),
      30_000,
      'connector and six tasks RUNNING',
    );
    // Work is spread over all three executors.
    expect(new Set(before.tasks.map((t) => t.worker_id))).toEqual(
      new Set(['executor-0', 'executor-1', 'executor-2']),
    );
    return { name, before };
  }

  /** SIGKILLs `victim`, then waits until its tasks (and, with `connector`, the connector) show UNASSIGNED. */
  async function killAndAwaitUnassigned(name: string, before: StatusBody, victim: string, connector = false) {
    const victimTasks = before.tasks.filter((t) => t.worker_id === victim).map((t) => t.id);
    await cluster?.launcher.kill(victim, 'SIGKILL');
    await waitForStatus(
      name,
      (s) =>
        (!connector || s.connector.state === 'UNASSIGNED') &&
        victimTasks.every((id) => s.tasks.find((t) => t.id === id)?.state === 'UNASSIGNED'),
      LEASE_MS + 5_000,
      `${connector ? 'the connector and ' : ''}the tasks of ${victim} UNASSIGNED`,
    );
  }

  it('with no delay, a killed executor’s tasks run elsewhere within the lease length + 5 s', async () => {
    const { name, before } = await clusterWithSink(0);
    const victim = before.tasks[0]?.worker_id as string;
    await cluster?.launcher.kill(victim, 'SIGKILL');
    const killedAt = Date.now();
    const after = await waitForStatus(
      name,
      (s) =>
        s.connector.state === 'RUNNING' &&
        s.connector.worker_id !== victim &&
        s.tasks.every((t) => t.state === 'RUNNING' && t.worker_id !== victim),
      LEASE_MS + 5_000,
      `every task RUNNING on an executor other than ${victim}`,
    );
    expect(Date.now() - killedAt).toBeLessThan(LEASE_MS + 5_000);
    // Tasks of the survivors did not move.
    for (const task of before.tasks) {
      if (task.worker_id !== victim)
        expect(after.tasks.find((t) => t.id === task.id)?.worker_id).toBe(task.worker_id);
    }
  }, 60_000);

  it('with a delay, the tasks show UNASSIGNED while it runs and RUNNING elsewhere after it', async () => {
    const delayMs = 6_000;
    const { name, before } = await clusterWithSink(delayMs);
    const victim = before.tasks[0]?.worker_id as string;
    await killAndAwaitUnassigned(name, before, victim);
    const unassignedAt = Date.now();
    await waitForStatus(
      name,
      (s) => s.tasks.every((t) => t.state === 'RUNNING' && t.worker_id !== victim),
      delayMs + 10_000,
      `every task RUNNING on an executor other than ${victim}`,
    );
    // Held for (most of) the delay, not moved at once.
    expect(Date.now() - unassignedAt).toBeGreaterThanOrEqual(delayMs - 2_000);
  }, 60_000);

  it('an executor that comes back within the delay gets its tasks back', async () => {
    const { name, before } = await clusterWithSink(30_000);
    const victimTask = before.tasks[0] as { worker_id: string };
    const victim = victimTask.worker_id;
    const index = Number(victim.replace('executor-', ''));
    await killAndAwaitUnassigned(name, before, victim);
    cluster?.launcher.start(index);
    const after = await waitForStatus(
      name,
      (s) => s.tasks.every((t) => t.state === 'RUNNING'),
      20_000,
      'every task RUNNING again',
    );
    // Same owners as before the kill: the returning executor got its own tasks back, nobody else moved.
    for (const task of before.tasks)
      expect(after.tasks.find((t) => t.id === task.id)?.worker_id).toBe(task.worker_id);
  }, 60_000);

  it('a connector deleted while its work is held for a departed executor leaves no status behind', async () => {
    const { name, before } = await clusterWithSink(60_000);
    // The connector's own executor: nobody runs the connector when it is deleted, so nobody stops it.
    const victim = before.connector.worker_id;
    await killAndAwaitUnassigned(name, before, victim, true);
    const url = (cluster as TestCluster).url;
    expect((await rest(url, 'DELETE', `/connectors/${name}`)).status).toBe(204);
    // As Apache's leader after the rebalance the deletion causes: every status of the connector is tombstoned,
    // the held ones included, long before the delay would end.
    await waitFor(
      async () => {
        if ((await rest(url, 'GET', `/connectors/${name}/status`)).status !== 404) return false;
        for (let task = 0; task < TASKS; task++) {
          if ((await rest(url, 'GET', `/connectors/${name}/tasks/${task}/status`)).status !== 404)
            return false;
        }
        return true;
      },
      15_000,
      'no connector or task status left after the delete',
      200,
    );
    expect((await rest(url, 'GET', '/connectors?expand=status')).body).toEqual({});
  }, 60_000);
});
