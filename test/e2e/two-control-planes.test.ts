/**
 * The control plane keeps no state between requests: a second instance on the same topics answers exactly as the
 * first, including for writes the other one just made; and their conditional writes are serialized through the
 * cluster's config write lock in DynamoDB, so concurrent creations of one name succeed exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../control-plane/api/app.ts';
import { type RunningServer, startHttpServer } from '../../control-plane/local/http-server.ts';
import { type ControlPlane, startControlPlane } from '../../control-plane/runtime.ts';
import { createDynamoClient } from '../../shared/adapters/dynamodb/client.ts';
import { DynamoConfigWriteLock } from '../../shared/adapters/dynamodb/dynamo-config-write-lock.ts';
import { createLogger } from '../../shared/logging/logger.ts';
import { parseWorkerConfig } from '../../shared/runtime/worker-config.ts';
import { deleteTopics, rest, startTestCluster, type TestCluster, uniqueName } from '../support/cluster.ts';

describe('two control planes side by side', () => {
  let cluster: TestCluster;
  let second: ControlPlane;
  let secondServer: RunningServer;
  const dynamo = { client: undefined as ReturnType<typeof createDynamoClient> | undefined };
  const topic = uniqueName('two-cp');

  beforeAll(async () => {
    cluster = await startTestCluster({ executors: 1 });
    const logger = createLogger({}, { write: () => undefined });
    dynamo.client = createDynamoClient({ endpoint: cluster.dynamodbEndpoint });
    second = await startControlPlane(parseWorkerConfig(cluster.workerProps), logger, {
      configWriteLock: new DynamoConfigWriteLock({ client: dynamo.client, tableName: cluster.tables.leases }),
    });
    secondServer = await startHttpServer(buildApp({ ...second, logger }), '127.0.0.1', 0);
  });

  afterAll(async () => {
    await secondServer?.close();
    await second?.stop();
    dynamo.client?.destroy();
    await cluster?.stop();
    await deleteTopics([topic], cluster?.id);
  });

  it('reads through one instance what was written through the other', async () => {
    const name = uniqueName('shared');
    const config = { 'connector.class': 'FileStreamSink', topics: topic, file: '/dev/null' };
    expect((await rest(cluster.url, 'POST', '/connectors', { name, config })).status).toBe(201);
    // Read-your-writes across instances: no delay, no retry.
    const viaSecond = await rest(secondServer.url, 'GET', `/connectors/${name}/config`);
    expect(viaSecond.status).toBe(200);
    expect(viaSecond.body).toEqual({ ...config, name });
    const again = await rest(secondServer.url, 'POST', '/connectors', { name, config });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ error_code: 409, message: `Connector ${name} already exists` });
    expect((await rest(secondServer.url, 'DELETE', `/connectors/${name}`)).status).toBe(204);
    expect((await rest(cluster.url, 'GET', `/connectors/${name}`)).status).toBe(404);
    expect((await rest(cluster.url, 'GET', '/connectors')).body).toEqual(
      (await rest(secondServer.url, 'GET', '/connectors')).body,
    );
  });

  it('lets exactly one of 20 concurrent creations of one name through two control planes succeed', async () => {
    const name = uniqueName('race');
    const config = { 'connector.class': 'FileStreamSink', topics: topic, file: '/dev/null' };
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        rest(i % 2 === 0 ? cluster.url : secondServer.url, 'POST', '/connectors', { name, config }),
      ),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    for (const answer of answers.filter((a) => a.status === 409)) {
      expect(answer.body).toEqual({ error_code: 409, message: `Connector ${name} already exists` });
    }
    expect((await rest(cluster.url, 'DELETE', `/connectors/${name}`)).status).toBe(204);
  });
});
