/**
 * FileStreamSource → topic → FileStreamSink: 100,000 lines go through a real broker and come out byte-identical.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../shared/util/wait.ts';
import { deleteTopics, rest, startTestCluster, type TestCluster, uniqueName } from '../support/cluster.ts';
import { fileSize, writeLines } from '../support/files.ts';
import { countRecords, createTopic, groupMembers } from '../support/kafka.ts';

const LINES = 100_000;
const PIPELINE_TIMEOUT_MS = 240_000;

describe('FileStream round trip', () => {
  let cluster: TestCluster;
  let dir: string;
  const topic = uniqueName('roundtrip');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tributary-roundtrip-'));
    await createTopic(topic, 1);
    cluster = await startTestCluster({ executors: 2 });
  });

  afterAll(async () => {
    await cluster?.stop();
    await deleteTopics([topic], cluster?.id);
    rmSync(dir, { recursive: true, force: true });
  });

  it(`copies ${LINES.toLocaleString('en')} lines byte for byte`, async () => {
    const input = join(dir, 'in.txt');
    const output = join(dir, 'out.txt');
    writeLines(input, 0, LINES);
    const source = uniqueName('src');
    const sink = uniqueName('sink');
    const started = Date.now();
    expect(
      (
        await rest(cluster.url, 'POST', '/connectors', {
          name: source,
          config: {
            'connector.class': 'org.apache.kafka.connect.file.FileStreamSourceConnector',
            file: input,
            topic,
          },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await rest(cluster.url, 'POST', '/connectors', {
          name: sink,
          config: { 'connector.class': 'FileStreamSinkConnector', file: output, topics: topic },
        })
      ).status,
    ).toBe(201);

    const expectedSize = fileSize(input);
    await waitFor(() => fileSize(output) >= expectedSize, PIPELINE_TIMEOUT_MS, 'sink output complete', 250);
    const elapsed = Date.now() - started;
    expect(readFileSync(output).equals(readFileSync(input))).toBe(true);
    expect(await countRecords(topic)).toBe(LINES);
    // Apache's client naming: the sink consumes as group connect-<name> with client id connector-consumer-<name>-0.
    const members = await groupMembers(`connect-${sink}`);
    expect(members.map((m) => m.clientId)).toEqual([`connector-consumer-${sink}-0`]);
    console.info(`round trip of ${LINES} lines took ${elapsed} ms`);
  });
});
