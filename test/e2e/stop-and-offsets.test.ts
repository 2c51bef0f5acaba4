/**
 * PUT /stop, the STOPPED state, the offsets endpoints for source and sink connectors, PATCH /config and /health,
 * on a real cluster: offsets change only while STOPPED, and a resumed connector continues from the new offsets.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../shared/util/wait.ts';
import { deleteTopics, rest, startTestCluster, type TestCluster, uniqueName } from '../support/cluster.ts';
import { countLines } from '../support/files.ts';
import { countRecords, createTopic, produce } from '../support/kafka.ts';

const TIMEOUT_MS = 60_000;
const STOPPED_MESSAGE = (name: string) =>
  `Connectors must be in the STOPPED state before their offsets can be modified. This can be done for the specified connector by issuing a 'PUT' request to the '/connectors/${name}/stop' endpoint`;

describe('stop, offsets, patch and health', () => {
  let cluster: TestCluster;
  let dir: string;
  const topic = uniqueName('offsets');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tributary-offsets-'));
    await createTopic(topic, 1);
    cluster = await startTestCluster({ executors: 2 });
  });

  afterAll(async () => {
    await cluster?.stop();
    await deleteTopics([topic], cluster?.id);
    rmSync(dir, { recursive: true, force: true });
  });

  async function states(name: string): Promise<{ connector: string; tasks: string[] } | undefined> {
    const response = await rest(cluster.url, 'GET', `/connectors/${name}/status`);
    if (response.status !== 200) return undefined;
    const body = response.body as { connector: { state: string }; tasks: Array<{ state: string }> };
    return { connector: body.connector.state, tasks: body.tasks.map((t) => t.state) };
  }

  async function waitForStates(name: string, connector: string, tasks: string[]): Promise<void> {
    await waitFor(
      async () => JSON.stringify(await states(name)) === JSON.stringify({ connector, tasks }),
      TIMEOUT_MS,
      `${name}: ${connector} [${tasks.join(',')}]`,
    );
  }

  it('reports, alters and resets source offsets while STOPPED', async () => {
    const input = join(dir, 'in.txt');
    writeFileSync(input, '0123456789\n'.repeat(10));
    const name = uniqueName('src');
    expect(
      (
        await rest(cluster.url, 'POST', '/connectors', {
          name,
          config: { 'connector.class': 'FileStreamSource', file: input, topic },
        })
      ).status,
    ).toBe(201);
    await waitFor(async () => (await countRecords(topic)) === 10, TIMEOUT_MS, '10 records');
    const committed = { offsets: [{ partition: { filename: input }, offset: { position: 110 } }] };
    await waitFor(
      async () =>
        JSON.stringify((await rest(cluster.url, 'GET', `/connectors/${name}/offsets`)).body) ===
        JSON.stringify(committed),
      TIMEOUT_MS,
      'the source offset committed',
    );

    const rewind = { offsets: [{ partition: { filename: input }, offset: { position: 55 } }] };
    const early = await rest(cluster.url, 'PATCH', `/connectors/${name}/offsets`, rewind);
    expect(early.status).toBe(400);
    expect(early.body).toEqual({ error_code: 400, message: STOPPED_MESSAGE(name) });

    expect((await rest(cluster.url, 'PUT', `/connectors/${name}/stop`)).status).toBe(204);
    await waitForStates(name, 'STOPPED', []);
    expect((await rest(cluster.url, 'GET', `/connectors/${name}`)).body).toMatchObject({ tasks: [] });

    const bad = await rest(cluster.url, 'PATCH', `/connectors/${name}/offsets`, {
      offsets: [{ partition: { filename: input }, offset: { position: -1 } }],
    });
    expect(bad.status).toBe(500);
    expect((bad.body as { message: string }).message).toBe(
      "The value for the 'position' key in the offset should be a non-negative value",
    );
    const empty = await rest(cluster.url, 'PATCH', `/connectors/${name}/offsets`, { offsets: [] });
    expect(empty.body).toEqual({
      error_code: 400,
      message: 'Partitions / offsets need to be provided for an alter offsets request',
    });

    const altered = await rest(cluster.url, 'PATCH', `/connectors/${name}/offsets`, rewind);
    expect(altered.status).toBe(200);
    expect(altered.body).toEqual({
      message: 'The offsets for this connector have been altered successfully',
    });
    expect((await rest(cluster.url, 'GET', `/connectors/${name}/offsets`)).body).toEqual(rewind);

    // Resumed, the source continues from byte 55: the last five lines again.
    expect((await rest(cluster.url, 'PUT', `/connectors/${name}/resume`)).status).toBe(202);
    await waitForStates(name, 'RUNNING', ['RUNNING']);
    await waitFor(async () => (await countRecords(topic)) === 15, TIMEOUT_MS, '5 re-read records');

    expect((await rest(cluster.url, 'PUT', `/connectors/${name}/stop`)).status).toBe(204);
    await waitForStates(name, 'STOPPED', []);
    const reset = await rest(cluster.url, 'DELETE', `/connectors/${name}/offsets`);
    expect(reset.body).toEqual({ message: 'The offsets for this connector have been reset successfully' });
    expect((await rest(cluster.url, 'GET', `/connectors/${name}/offsets`)).body).toEqual({ offsets: [] });
    expect((await rest(cluster.url, 'DELETE', `/connectors/${name}`)).status).toBe(204);
  });

  it('reports, alters and resets sink consumer-group offsets while STOPPED', async () => {
    await waitFor(async () => (await countRecords(topic)) >= 15, TIMEOUT_MS, 'records to consume');
    const records = await countRecords(topic);
    const output = join(dir, 'sink.txt');
    const name = uniqueName('sink');
    await rest(cluster.url, 'POST', '/connectors', {
      name,
      config: { 'connector.class': 'FileStreamSink', topics: topic, file: output },
    });
    await waitFor(() => countLines(output) === records, TIMEOUT_MS, 'everything written');
    const expected = {
      offsets: [{ partition: { kafka_topic: topic, kafka_partition: 0 }, offset: { kafka_offset: records } }],
    };
    await waitFor(
      async () =>
        JSON.stringify((await rest(cluster.url, 'GET', `/connectors/${name}/offsets`)).body) ===
        JSON.stringify(expected),
      TIMEOUT_MS,
      'the sink offsets committed',
    );

    expect((await rest(cluster.url, 'PUT', `/connectors/${name}/stop`)).status).toBe(204);
    await waitForStates(name, 'STOPPED', []);
    const invalid = await rest(cluster.url, 'PATCH', `/connectors/${name}/offsets`, {
      offsets: [{ partition: { kafka_topic: topic }, offset: { kafka_offset: 1 } }],
    });
    expect(invalid.body).toEqual({
      error_code: 400,
      message:
        "The partition for a sink connector offset must contain the keys 'kafka_topic' and 'kafka_partition'",
    });
    // The tasks' consumers may still be leaving the group: the change waits for it to be empty, then answers.
    const altered = await rest(cluster.url, 'PATCH', `/connectors/${name}/offsets`, {
      offsets: [
        { partition: { kafka_topic: topic, kafka_partition: 0 }, offset: { kafka_offset: records - 3 } },
      ],
    });
    expect(altered).toMatchObject({
      status: 200,
      body: {
        message: 'The offsets for this connector have been altered successfully',
      },
    });
    expect((await rest(cluster.url, 'PUT', `/connectors/${name}/resume`)).status).toBe(202);
    await waitFor(() => countLines(output) === records + 3, TIMEOUT_MS, 'the last three records again');

    // A null offset resets one partition: the sink starts it again from the beginning (auto.offset.reset). Asked
    // right after the stop, before the tasks have left the group.
    expect((await rest(cluster.url, 'PUT', `/connectors/${name}/stop`)).status).toBe(204);
    const reset = await rest(cluster.url, 'PATCH', `/connectors/${name}/offsets`, {
      offsets: [{ partition: { kafka_topic: topic, kafka_partition: 0 }, offset: null }],
    });
    expect(reset.status).toBe(200);
    await waitForStates(name, 'STOPPED', []);
    expect((await rest(cluster.url, 'GET', `/connectors/${name}/offsets`)).body).toEqual({ offsets: [] });
    expect((await rest(cluster.url, 'PUT', `/connectors/${name}/resume`)).status).toBe(202);
    await waitFor(
      () => countLines(output) === 2 * records + 3,
      TIMEOUT_MS,
      'the partition consumed again from the start',
    );

    expect((await rest(cluster.url, 'PUT', `/connectors/${name}/stop`)).status).toBe(204);
    expect(await rest(cluster.url, 'DELETE', `/connectors/${name}/offsets`)).toMatchObject({
      status: 200,
      body: {
        message: 'The offsets for this connector have been reset successfully',
      },
    });
    await waitForStates(name, 'STOPPED', []);
    expect((await rest(cluster.url, 'GET', `/connectors/${name}/offsets`)).body).toEqual({ offsets: [] });
  });

  it('patches a config: values replace, null removes, and the result is validated', async () => {
    const name = uniqueName('patched');
    await rest(cluster.url, 'POST', '/connectors', {
      name,
      config: { 'connector.class': 'FileStreamSink', topics: topic, file: '/dev/null', 'batch.size': 'x' },
    });
    const patched = await rest(cluster.url, 'PATCH', `/connectors/${name}/config`, {
      'tasks.max': '2',
      'batch.size': null,
    });
    expect(patched.status).toBe(200);
    expect((patched.body as { config: Record<string, string> }).config).toEqual({
      'connector.class': 'FileStreamSink',
      topics: topic,
      file: '/dev/null',
      name,
      'tasks.max': '2',
    });
    const invalid = await rest(cluster.url, 'PATCH', `/connectors/${name}/config`, { 'tasks.max': '0' });
    expect(invalid.status).toBe(400);
    expect((invalid.body as { message: string }).message).toContain(
      'Invalid value 0 for configuration tasks.max: Value must be at least 1',
    );
    expect((await rest(cluster.url, 'PATCH', '/connectors/absent/config', {})).body).toEqual({
      error_code: 404,
      message: 'Connector absent not found',
    });
  });

  it('tracks the topics a connector uses, and resets them', async () => {
    const name = uniqueName('tracked');
    const output = join(dir, 'tracked.txt');
    await produce(topic, ['a record to consume']);
    await rest(cluster.url, 'POST', '/connectors', {
      name,
      config: {
        'connector.class': 'FileStreamSink',
        topics: topic,
        file: output,
        'value.converter': 'org.apache.kafka.connect.storage.StringConverter',
      },
    });
    await waitFor(
      async () =>
        JSON.stringify((await rest(cluster.url, 'GET', `/connectors/${name}/topics`)).body) ===
        JSON.stringify({ [name]: { topics: [topic] } }),
      TIMEOUT_MS,
      'the sink topic tracked',
    );
    expect((await rest(cluster.url, 'PUT', `/connectors/${name}/topics/reset`)).status).toBe(202);
    expect((await rest(cluster.url, 'GET', `/connectors/${name}/topics`)).body).toEqual({
      [name]: { topics: [] },
    });
    expect((await rest(cluster.url, 'GET', '/connectors/unknown/topics')).body).toEqual({
      unknown: { topics: [] },
    });
  });

  it('answers the health check', async () => {
    const health = await rest(cluster.url, 'GET', '/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({
      status: 'healthy',
      message: 'Worker has completed startup and is ready to handle requests.',
    });
  });
});
