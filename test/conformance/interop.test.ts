/**
 * Interop through the internal topics: Tributary and an Apache Kafka Connect 4.1.1 worker take turns on the
 * same config, offsets and status topics. What one wrote (connector configs, task configs, target states, source
 * offsets) the other reads and continues: a FileStreamSource moves from one to the other without losing or
 * repeating a line.
 */
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApacheConnect, startApacheConnect } from '../../infra/local/apache-connect.ts';
import { waitFor } from '../../shared/util/wait.ts';
import { deleteTopics, rest, startTestCluster, type TestCluster, uniqueName } from '../support/cluster.ts';
import { countRecords, createTopic, readRecords } from '../support/kafka.ts';

const TIMEOUT_MS = 90_000;

describe('interop with Apache Kafka Connect through the internal topics', () => {
  const id = uniqueName('interop');
  const topic = uniqueName('interop-data');
  let dir: string;
  let tributary: TestCluster | undefined;
  let apache: ApacheConnect | undefined;

  const startTributary = () => startTestCluster({ id, executors: 1 });
  const startApache = () =>
    startApacheConnect({
      bootstrapServers: inject('kafkaBootstrapServers'),
      dataDir: join(dir, `apache-${Date.now()}`),
      groupId: `connect-apache-${id}`,
      topicPrefix: id,
      props: { 'offset.storage.partitions': '5', 'status.storage.partitions': '2' },
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tributary-interop-'));
    await createTopic(topic, 1);
  });

  afterAll(async () => {
    await tributary?.stop();
    await apache?.stop();
    await deleteTopics([topic], id);
    rmSync(dir, { recursive: true, force: true });
  });

  it('hands connectors and source offsets back and forth', async () => {
    const input = join(dir, 'in.txt');
    writeFileSync(input, Array.from({ length: 500 }, (_, i) => `first-${i}\n`).join(''));
    const source = 'moving-source';
    const parked = 'parked-sink';

    // 1. Tributary runs the source and a paused sink, then stops (offsets committed on the way out).
    tributary = await startTributary();
    const sourceConfig = { 'connector.class': 'FileStreamSource', file: input, topic, 'tasks.max': '1' };
    expect(
      (await rest(tributary.url, 'POST', '/connectors', { name: source, config: sourceConfig })).status,
    ).toBe(201);
    const sinkConfig = { 'connector.class': 'FileStreamSink', topics: topic, file: join(dir, 'parked.txt') };
    expect(
      (
        await rest(tributary.url, 'POST', '/connectors', {
          name: parked,
          config: sinkConfig,
          initial_state: 'PAUSED',
        })
      ).status,
    ).toBe(201);
    await waitFor(
      async () => (await countRecords(topic)) === 500,
      TIMEOUT_MS,
      'Tributary produced the first 500',
    );
    const tributaryTasks = (await rest(tributary.url, 'GET', `/connectors/${source}/tasks`)).body;
    await tributary.stop();
    tributary = undefined;

    // 2. Apache reads Tributary's records: same config, task configs and target state; resumes the offset.
    appendFileSync(input, Array.from({ length: 300 }, (_, i) => `second-${i}\n`).join(''));
    apache = await startApache();
    expect((await rest(apache.url, 'GET', `/connectors/${source}/config`)).body).toEqual({
      ...sourceConfig,
      name: source,
    });
    expect((await rest(apache.url, 'GET', `/connectors/${source}/tasks`)).body).toEqual(tributaryTasks);
    await waitFor(
      async () => {
        const status = await rest(apache?.url ?? '', 'GET', `/connectors/${parked}/status`);
        return (
          status.status === 200 &&
          (status.body as { connector: { state: string } }).connector.state === 'PAUSED'
        );
      },
      TIMEOUT_MS,
      'Apache keeps the sink PAUSED',
    );
    await waitFor(async () => (await countRecords(topic)) >= 800, TIMEOUT_MS, 'Apache produced the next 300');
    // 3. A connector created in Apache, then Apache stops.
    const fromApache = 'made-in-apache';
    const apacheSinkConfig = {
      'connector.class': 'FileStreamSink',
      topics: topic,
      file: join(dir, 'apache.txt'),
    };
    expect(
      (
        await rest(apache.url, 'POST', '/connectors', {
          name: fromApache,
          config: apacheSinkConfig,
          initial_state: 'STOPPED',
        })
      ).status,
    ).toBe(201);
    await apache.stop();
    apache = undefined;

    // 4. Tributary again: sees Apache's connector and state, and resumes the source from Apache's offset.
    appendFileSync(input, Array.from({ length: 200 }, (_, i) => `third-${i}\n`).join(''));
    tributary = await startTributary();
    expect((await rest(tributary.url, 'GET', `/connectors/${fromApache}/config`)).body).toEqual({
      ...apacheSinkConfig,
      name: fromApache,
    });
    await waitFor(
      async () => {
        const status = await rest(tributary?.url ?? '', 'GET', `/connectors/${fromApache}/status`);
        return (
          status.status === 200 &&
          (status.body as { connector: { state: string } }).connector.state === 'STOPPED'
        );
      },
      TIMEOUT_MS,
      "Tributary keeps Apache's connector STOPPED",
    );
    await waitFor(
      async () => (await countRecords(topic)) >= 1000,
      TIMEOUT_MS,
      'Tributary produced the last 200',
    );
    // Every line exactly once, in order: nothing lost, nothing repeated across the hand-overs.
    const records = await readRecords(topic, 1000);
    const lines = records.map((r) => JSON.parse(r.value?.toString('utf8') ?? 'null').payload as string);
    const expected = [
      ...Array.from({ length: 500 }, (_, i) => `first-${i}`),
      ...Array.from({ length: 300 }, (_, i) => `second-${i}`),
      ...Array.from({ length: 200 }, (_, i) => `third-${i}`),
    ];
    expect(lines).toEqual(expected);
    expect(await countRecords(topic)).toBe(1000);
  });
});
