/**
 * A connector deleted and created again under the same name — here paused, with the same config — is a new
 * connector: no task of its previous incarnation shows in its status (Apache answers `tasks: []`), even when the
 * executor learns of the new assignment before it has read the delete.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../shared/util/wait.ts';
import { deleteTopics, rest, startTestCluster, type TestCluster, uniqueName } from '../support/cluster.ts';

interface StatusBody {
  connector: { state: string };
  tasks: Array<{ id: number; state: string }>;
}

describe('delete and recreate under one name', () => {
  let cluster: TestCluster;
  const topic = uniqueName('recreate');

  beforeAll(async () => {
    cluster = await startTestCluster({ executors: 1 });
  });

  afterAll(async () => {
    await cluster?.stop();
    await deleteTopics([topic], cluster?.id);
  });

  it('shows no task of the previous incarnation', async () => {
    const name = uniqueName('again');
    const config = { 'connector.class': 'FileStreamSink', topics: topic, file: '/dev/null' };
    for (let round = 0; round < 4; round++) {
      expect((await rest(cluster.url, 'POST', '/connectors', { name, config })).status).toBe(201);
      await waitFor(
        async () =>
          ((await rest(cluster.url, 'GET', `/connectors/${name}/tasks`)).body as unknown[]).length === 1,
        30_000,
        'one task',
        50,
      );
      // Config rewrites restart the task, as in the conformance scenario that found this.
      expect((await rest(cluster.url, 'PATCH', `/connectors/${name}/config`, {})).status).toBe(200);
      expect((await rest(cluster.url, 'PATCH', `/connectors/${name}/config`, { x: '1' })).status).toBe(200);
      expect((await rest(cluster.url, 'DELETE', `/connectors/${name}`)).status).toBe(204);
      const created = await rest(cluster.url, 'POST', '/connectors', {
        name,
        config,
        initial_state: 'PAUSED',
      });
      expect(created.status).toBe(201);
      const paused = await waitFor(
        async () => {
          const r = await rest(cluster.url, 'GET', `/connectors/${name}/status`);
          return r.status === 200 && (r.body as StatusBody).connector.state === 'PAUSED'
            ? (r.body as StatusBody)
            : undefined;
        },
        30_000,
        'PAUSED',
        50,
      );
      expect(paused.tasks, `round ${round}`).toEqual([]);
      // And it stays that way once the executor has caught up with everything.
      await waitFor(
        async () => (await rest(cluster.url, 'POST', `/connectors/${name}/restart`)).status === 204,
        30_000,
        'no rebalance in progress',
        100,
      );
      const settled = (await rest(cluster.url, 'GET', `/connectors/${name}/status`)).body as StatusBody;
      expect(settled.tasks, `round ${round}, settled`).toEqual([]);
      expect((await rest(cluster.url, 'DELETE', `/connectors/${name}`)).status).toBe(204);
    }
  });
});
