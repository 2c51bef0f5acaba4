/**
 * Worker-level default converters, overridden per connector, write Apache's bytes into Kafka; connector-level
 * client overrides reach the task's Kafka clients.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../shared/util/wait.ts';
import { deleteTopics, rest, startTestCluster, type TestCluster, uniqueName } from '../support/cluster.ts';
import { fileSize } from '../support/files.ts';
import { createTopic, groupMembers, readRecords } from '../support/kafka.ts';

const TIMEOUT_MS = 60_000;

describe('converters and client settings', () => {
  let cluster: TestCluster;
  let dir: string;
  const jsonTopic = uniqueName('conv-json');
  const stringTopic = uniqueName('conv-string');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tributary-converters-'));
    await createTopic(jsonTopic, 1);
    await createTopic(stringTopic, 1);
    // The worker's defaults, as in Apache's sample connect-distributed.properties: JSON with schemas.
    cluster = await startTestCluster({
      executors: 2,
      workerProps: {
        'key.converter': 'org.apache.kafka.connect.json.JsonConverter',
        'value.converter': 'org.apache.kafka.connect.json.JsonConverter',
        'key.converter.schemas.enable': 'true',
        'value.converter.schemas.enable': 'true',
      },
    });
  });

  afterAll(async () => {
    await cluster?.stop();
    await deleteTopics([jsonTopic, stringTopic], cluster?.id);
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes with the worker converter unless the connector names its own', async () => {
    const input = join(dir, 'in.txt');
    writeFileSync(input, 'hello\nwörld\n');
    for (const [name, topic, extra] of [
      [uniqueName('json-src'), jsonTopic, {}],
      [
        uniqueName('string-src'),
        stringTopic,
        { 'value.converter': 'org.apache.kafka.connect.storage.StringConverter' },
      ],
    ] as const) {
      const response = await rest(cluster.url, 'POST', '/connectors', {
        name,
        config: { 'connector.class': 'FileStreamSource', file: input, topic, ...extra },
      });
      expect(response.status).toBe(201);
    }
    const json = await readRecords(jsonTopic, 2);
    expect(json.map((r) => r.value?.toString('utf8'))).toEqual([
      '{"schema":{"type":"string","optional":false},"payload":"hello"}',
      '{"schema":{"type":"string","optional":false},"payload":"wörld"}',
    ]);
    // A null key through JsonConverter with schemas is Kafka's null (no bytes), as in Apache.
    expect(json.map((r) => r.key)).toEqual([null, null]);
    const strings = await readRecords(stringTopic, 2);
    expect(strings.map((r) => r.value?.toString('utf8'))).toEqual(['hello', 'wörld']);
  });

  it('hands consumer.override.* settings to the sink consumer', async () => {
    const sink = uniqueName('override-sink');
    const group = uniqueName('custom-group');
    const output = join(dir, 'out.txt');
    const response = await rest(cluster.url, 'POST', '/connectors', {
      name: sink,
      config: {
        'connector.class': 'FileStreamSink',
        topics: stringTopic,
        file: output,
        'value.converter': 'org.apache.kafka.connect.storage.StringConverter',
        'consumer.override.group.id': group,
      },
    });
    expect(response.status).toBe(201);
    await waitFor(() => fileSize(output) >= 'hello\nwörld\n'.length, TIMEOUT_MS, 'sink output', 100);
    expect(readFileSync(output, 'utf8')).toBe('hello\nwörld\n');
    await waitFor(async () => (await groupMembers(group)).length === 1, TIMEOUT_MS, 'custom group member');
    expect((await groupMembers(group)).map((m) => m.clientId)).toEqual([`connector-consumer-${sink}-0`]);
    expect(await groupMembers(`connect-${sink}`)).toEqual([]);
  });
});
