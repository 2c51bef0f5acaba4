/**
 * Bad input gets Apache's status code and {error_code, message} body, and writes nothing: after every rejected
 * call the config topic's end offset is unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKafka } from '../../shared/adapters/kafka/client.ts';
import { createLogger } from '../../shared/logging/logger.ts';
import { waitFor } from '../../shared/util/wait.ts';
import { deleteTopics, rest, startTestCluster, type TestCluster, uniqueName } from '../support/cluster.ts';

describe('bad input', () => {
  let cluster: TestCluster;
  const existing = uniqueName('exists');
  const topic = uniqueName('bad-input');
  const admin = () =>
    createKafka({
      bootstrapServers: cluster.bootstrapServers,
      clientId: 'bad-input-test',
      logger: createLogger({}, { write: () => undefined }),
    }).admin();

  async function configTopicEnd(): Promise<string> {
    const a = admin();
    await a.connect();
    try {
      const offsets = await a.fetchTopicOffsets(`${cluster.id}-configs`);
      return offsets.map((o) => o.high).join(',');
    } finally {
      await a.disconnect();
    }
  }

  beforeAll(async () => {
    cluster = await startTestCluster({ executors: 1 });
    const created = await rest(cluster.url, 'POST', '/connectors', {
      name: existing,
      config: { 'connector.class': 'FileStreamSink', topics: topic, file: '/dev/null' },
    });
    expect(created.status).toBe(201);
    // Let the executor publish the connector's task configs first: those are legitimate writes.
    await waitFor(
      async () => {
        const status = await rest(cluster.url, 'GET', `/connectors/${existing}/status`);
        const body = status.body as { tasks?: Array<{ state: string }> };
        return status.status === 200 && body.tasks?.length === 1 && body.tasks[0]?.state === 'RUNNING';
      },
      60_000,
      'the existing connector running with its task',
    );
  });

  afterAll(async () => {
    await cluster?.stop();
    await deleteTopics([topic], cluster?.id);
  });

  const fileSource = (name: string, extra: Record<string, unknown> = {}) => ({
    name,
    config: { 'connector.class': 'FileStreamSource', topic, file: '/tmp/x', ...extra },
  });

  const cases: Array<{
    title: string;
    method: string;
    path: () => string;
    body?: () => unknown;
    status: number;
    message: RegExp | string;
  }> = [
    {
      title: 'malformed JSON',
      method: 'POST',
      path: () => '/connectors',
      body: () => '{"name": "x", "config": {',
      status: 500,
      message: /JSON/,
    },
    {
      title: 'a body without config',
      method: 'POST',
      path: () => '/connectors',
      body: () => ({ name: 'no-config' }),
      status: 500,
      message: 'Cannot invoke "java.util.Map.get(Object)" because "connectorConfig" is null',
    },
    {
      title: 'a body without name',
      method: 'POST',
      path: () => '/connectors',
      body: () => ({ config: { 'connector.class': 'FileStreamSource', topic } }),
      status: 400,
      message:
        'Connector configuration is invalid and contains the following 1 error(s):\n' +
        'Invalid value  for configuration name: String may not be empty\n' +
        'You can also find the above list of errors at the endpoint `/connector-plugins/{connectorType}/config/validate`',
    },
    {
      title: 'a config without connector.class',
      method: 'POST',
      path: () => '/connectors',
      body: () => ({ name: 'no-class', config: { topic } }),
      status: 400,
      // Apache prints the config as a java.util.HashMap (hash order, not insertion order).
      message: `Connector config {name=no-class, topic=${topic}} contains no connector type`,
    },
    {
      title: 'an unknown connector.class',
      method: 'POST',
      path: () => '/connectors',
      body: () => ({ name: 'unknown-class', config: { 'connector.class': 'com.example.Nope' } }),
      status: 400,
      message:
        /^Failed to find any class that implements Connector and which name matches com\.example\.Nope, available connectors are: /,
    },
    {
      title: 'tasks.max=abc',
      method: 'POST',
      path: () => '/connectors',
      body: () => fileSource('bad-tasks', { 'tasks.max': 'abc' }),
      status: 400,
      message:
        'Connector configuration is invalid and contains the following 2 error(s):\n' +
        'Invalid value abc for configuration tasks.max: Not a number of type INT\n' +
        'Invalid value null for configuration tasks.max: Value must be non-null\n' +
        'You can also find the above list of errors at the endpoint `/connector-plugins/{connectorType}/config/validate`',
    },
    {
      title: 'an empty body',
      method: 'POST',
      path: () => '/connectors',
      body: () => '',
      status: 500,
      message:
        'Cannot invoke "org.apache.kafka.connect.runtime.rest.entities.CreateConnectorRequest.name()" because "createRequest" is null',
    },
    {
      title: 'an unknown field',
      method: 'POST',
      path: () => '/connectors',
      body: () => ({ name: 'x', config: {}, foo: 1 }),
      status: 500,
      message:
        /^Unrecognized field "foo" \(class org\.apache\.kafka\.connect\.runtime\.rest\.entities\.CreateConnectorRequest\), not marked as ignorable \(3 known properties: "config", "name", "initial_state"\]\)/,
    },
    {
      title: 'a config value that is an object',
      method: 'POST',
      path: () => '/connectors',
      body: () => ({ name: 'x', config: { x: { y: 1 } } }),
      status: 500,
      message: /^Cannot deserialize value of type `java\.lang\.String` from Object value/,
    },
    {
      title: 'an invalid initial_state',
      method: 'POST',
      path: () => '/connectors',
      body: () => ({
        name: 'x',
        config: { 'connector.class': 'FileStreamSink', topics: topic },
        initial_state: 'foo',
      }),
      status: 500,
      message:
        /No enum constant org\.apache\.kafka\.connect\.runtime\.rest\.entities\.CreateConnectorRequest\.InitialState\.FOO/,
    },
    {
      title: 'a blank name',
      method: 'POST',
      path: () => '/connectors',
      body: () => ({ name: '   ', config: { 'connector.class': 'FileStreamSink', topics: topic } }),
      status: 400,
      message:
        'Connector configuration is invalid and contains the following 1 error(s):\n' +
        'Invalid value  for configuration name: String may not be empty\n' +
        'You can also find the above list of errors at the endpoint `/connector-plugins/{connectorType}/config/validate`',
    },
    {
      title: 'a name that does not match config.name',
      method: 'POST',
      path: () => '/connectors',
      body: () => ({ name: 'a', config: { name: 'b', 'connector.class': 'FileStreamSource', topic } }),
      status: 400,
      message: "Connector name configuration (b) doesn't match connector name in the URL (a)",
    },
    {
      title: 'a second create of an existing name',
      method: 'POST',
      path: () => '/connectors',
      body: () => ({
        name: existing,
        config: { 'connector.class': 'FileStreamSink', topics: topic, file: '/dev/null' },
      }),
      status: 409,
      message: `Connector ${existing} already exists`,
    },
    {
      title: 'GET an unknown connector',
      method: 'GET',
      path: () => '/connectors/nope',
      status: 404,
      message: 'Connector nope not found',
    },
    {
      title: 'its config',
      method: 'GET',
      path: () => '/connectors/nope/config',
      status: 404,
      message: 'Connector nope not found',
    },
    {
      title: 'its tasks',
      method: 'GET',
      path: () => '/connectors/nope/tasks',
      status: 404,
      message: 'Connector nope not found',
    },
    {
      title: 'its status',
      method: 'GET',
      path: () => '/connectors/nope/status',
      status: 404,
      message: 'No status found for connector nope',
    },
    {
      title: 'a task status',
      method: 'GET',
      path: () => '/connectors/nope/tasks/0/status',
      status: 404,
      message: 'No status found for task nope-0',
    },
    {
      title: 'pause',
      method: 'PUT',
      path: () => '/connectors/nope/pause',
      status: 404,
      message: 'Unknown connector nope',
    },
    {
      title: 'resume',
      method: 'PUT',
      path: () => '/connectors/nope/resume',
      status: 404,
      message: 'Unknown connector nope',
    },
    {
      title: 'restart',
      method: 'POST',
      path: () => '/connectors/nope/restart',
      status: 404,
      message: 'Unknown connector: nope',
    },
    {
      title: 'task restart',
      method: 'POST',
      path: () => '/connectors/nope/tasks/0/restart',
      status: 404,
      message: 'Unknown connector: nope',
    },
    {
      title: 'delete',
      method: 'DELETE',
      path: () => '/connectors/nope',
      status: 404,
      message: 'Connector nope not found',
    },
    {
      title: 'an unknown task id',
      method: 'POST',
      path: () => `/connectors/${existing}/tasks/7/restart`,
      status: 404,
      message: `Unknown task: ${existing}-7`,
    },
    {
      title: 'a task id that is not a number',
      method: 'GET',
      path: () => `/connectors/${existing}/tasks/x/status`,
      status: 404,
      message: 'HTTP 404 Not Found',
    },
    {
      title: 'PUT config with an invalid value',
      method: 'PUT',
      path: () => `/connectors/${existing}/config`,
      body: () => ({ 'connector.class': 'FileStreamSink', topics: topic, 'tasks.max': '0' }),
      status: 400,
      message: /Invalid value 0 for configuration tasks\.max: Value must be at least 1/,
    },
    {
      title: 'an unknown path',
      method: 'GET',
      path: () => '/nowhere',
      status: 404,
      message: 'HTTP 404 Not Found',
    },
    {
      title: 'a wrong method',
      method: 'DELETE',
      path: () => '/connectors',
      status: 405,
      message: 'HTTP 405 Method Not Allowed',
    },
  ];

  for (const c of cases) {
    it(`answers ${c.title} with ${c.status} and writes nothing`, async () => {
      const before = await configTopicEnd();
      const response = await rest(cluster.url, c.method, c.path(), c.body?.());
      expect(response.status).toBe(c.status);
      const body = response.body as { error_code: number; message: string };
      expect(body.error_code).toBe(c.status);
      if (typeof c.message === 'string') expect(body.message).toBe(c.message);
      else expect(body.message).toMatch(c.message);
      expect(await configTopicEnd()).toBe(before);
    });
  }

  it('still serves requests after all of that', async () => {
    const response = await rest(cluster.url, 'GET', '/connectors');
    expect(response.status).toBe(200);
    expect(response.body).toContain(existing);
  });
});
