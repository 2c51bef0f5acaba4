/**
 * Large records and large polls on a real cluster. A source task's poll is split into produce requests the broker
 * accepts (kafkajs alone put a whole poll into one record batch, so `batch.size=10000` of 100-byte lines failed the
 * task with "The request included a message larger than the max message size"); a record up to
 * `max.request.size` goes through, source to sink; a larger one goes through the error handler as in Apache
 * (RecordTooLargeException inside "Unrecoverable exception from producer send callback", or skipped with
 * errors.tolerance=all).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../shared/util/wait.ts';
import {
  deleteTopics,
  firstTaskStatus,
  rest,
  startTestCluster,
  type TestCluster,
  uniqueName,
} from '../support/cluster.ts';
import { countLines, fileSize } from '../support/files.ts';
import { countRecords, createTopic, readRecords } from '../support/kafka.ts';

const TIMEOUT_MS = 90_000;
const KIB = 1024;

/** `count` lines of about 130 bytes: `<n> xxx…`. */
function numberedLines(count: number): string {
  const filler = 'x'.repeat(120);
  const parts: string[] = [];
  for (let n = 0; n < count; n++) parts.push(`${String(n).padStart(7, '0')} ${filler}\n`);
  return parts.join('');
}

describe('large records and large polls', () => {
  let cluster: TestCluster;
  let dir: string;
  const topics: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tributary-large-'));
    cluster = await startTestCluster({ executors: 1 });
  });

  afterAll(async () => {
    await cluster?.stop();
    await deleteTopics(topics, cluster?.id);
    rmSync(dir, { recursive: true, force: true });
  });

  function sourceConfig(file: string, topic: string, extra: Record<string, string> = {}) {
    return {
      'connector.class': 'FileStreamSource',
      file,
      topic,
      'value.converter': 'org.apache.kafka.connect.storage.StringConverter',
      ...extra,
    };
  }

  async function committedPosition(name: string): Promise<number | undefined> {
    const body = (await rest(cluster.url, 'GET', `/connectors/${name}/offsets`)).body as {
      offsets?: Array<{ offset: { position: number } }>;
    };
    return body.offsets?.[0]?.offset.position;
  }

  it('batch.size=10000 on one partition delivers every line, in order, and commits the offset past the last', async () => {
    const name = uniqueName('large-batch');
    const topic = uniqueName('large-batch-out');
    topics.push(topic);
    await createTopic(topic, 1);
    const input = join(dir, `${name}.txt`);
    const lines = 60_000;
    writeFileSync(input, numberedLines(lines));
    const created = await rest(cluster.url, 'POST', '/connectors', {
      name,
      config: sourceConfig(input, topic, { 'batch.size': '10000' }),
    });
    expect(created.status).toBe(201);
    await waitFor(async () => (await countRecords(topic)) >= lines, TIMEOUT_MS, `${lines} records`);
    expect(await countRecords(topic)).toBe(lines);
    expect((await firstTaskStatus(cluster.url, name)).state).toBe('RUNNING');
    const records = await readRecords(topic, lines, TIMEOUT_MS);
    records.forEach((r, i) => {
      expect(r.value?.toString('utf8').slice(0, 7)).toBe(String(i).padStart(7, '0'));
    });
    await waitFor(
      async () => (await committedPosition(name)) === fileSize(input),
      TIMEOUT_MS,
      'offset at the end of the file',
    );
    await rest(cluster.url, 'DELETE', `/connectors/${name}`);
  });

  it('a 900 KiB record and a poll of 50,000 records go through, source to sink', async () => {
    const name = uniqueName('large-record');
    const topic = uniqueName('large-record-out');
    topics.push(topic);
    await createTopic(topic, 1);
    const input = join(dir, `${name}.txt`);
    const output = join(dir, `${name}.sink.txt`);
    const big = 'B'.repeat(900 * KIB);
    const small = 50_000;
    writeFileSync(input, `${big}\n${numberedLines(small)}`);
    const source = await rest(cluster.url, 'POST', '/connectors', {
      name,
      config: sourceConfig(input, topic, { 'batch.size': '50001' }),
    });
    expect(source.status).toBe(201);
    const sink = await rest(cluster.url, 'POST', '/connectors', {
      name: `${name}-sink`,
      config: {
        'connector.class': 'FileStreamSink',
        topics: topic,
        file: output,
        'value.converter': 'org.apache.kafka.connect.storage.StringConverter',
      },
    });
    expect(sink.status).toBe(201);
    await waitFor(async () => (await countRecords(topic)) >= small + 1, TIMEOUT_MS, 'every record produced');
    expect(await countRecords(topic)).toBe(small + 1);
    const [first] = await readRecords(topic, 1, TIMEOUT_MS);
    expect(first?.value?.length).toBe(900 * KIB);
    await waitFor(async () => countLines(output) >= small + 1, TIMEOUT_MS, 'every line written by the sink');
    expect(readFileSync(output)).toEqual(readFileSync(input));
    expect((await firstTaskStatus(cluster.url, name)).state).toBe('RUNNING');
    expect((await firstTaskStatus(cluster.url, `${name}-sink`)).state).toBe('RUNNING');
    await rest(cluster.url, 'DELETE', `/connectors/${name}`);
    await rest(cluster.url, 'DELETE', `/connectors/${name}-sink`);
  });

  it('a 2 MiB record with the default max.request.size fails the task with a clear trace (tolerance none)', async () => {
    const name = uniqueName('too-large-none');
    const topic = uniqueName('too-large-none-out');
    topics.push(topic);
    await createTopic(topic, 1);
    const input = join(dir, `${name}.txt`);
    writeFileSync(input, `before\n${'X'.repeat(2 * KIB * KIB)}\nafter\n`);
    const created = await rest(cluster.url, 'POST', '/connectors', {
      name,
      config: sourceConfig(input, topic),
    });
    expect(created.status).toBe(201);
    await waitFor(
      async () => (await firstTaskStatus(cluster.url, name)).state === 'FAILED',
      TIMEOUT_MS,
      'task FAILED',
    );
    const { trace } = await firstTaskStatus(cluster.url, name);
    expect(trace).toContain('Unrecoverable exception from producer send callback');
    expect(trace).toMatch(
      /RecordTooLargeException: The message is \d+ bytes when serialized which is larger than 1048576, which is the value of the max\.request\.size configuration\./,
    );
    // The line before it was sent; nothing after it was.
    expect(await countRecords(topic)).toBe(1);
    await rest(cluster.url, 'DELETE', `/connectors/${name}`);
  });

  it('a 2 MiB record is skipped with errors.tolerance=all; the records around it arrive and the offset moves past it', async () => {
    const name = uniqueName('too-large-all');
    const topic = uniqueName('too-large-all-out');
    topics.push(topic);
    await createTopic(topic, 1);
    const input = join(dir, `${name}.txt`);
    writeFileSync(input, `before\n${'X'.repeat(2 * KIB * KIB)}\nafter\n`);
    const created = await rest(cluster.url, 'POST', '/connectors', {
      name,
      config: sourceConfig(input, topic, { 'errors.tolerance': 'all', 'errors.log.enable': 'true' }),
    });
    expect(created.status).toBe(201);
    const records = await readRecords(topic, 2, TIMEOUT_MS);
    expect(records.map((r) => r.value?.toString('utf8'))).toEqual(['before', 'after']);
    await waitFor(
      async () => (await committedPosition(name)) === fileSize(input),
      TIMEOUT_MS,
      'offset past the skipped record',
    );
    expect((await firstTaskStatus(cluster.url, name)).state).toBe('RUNNING');
    await rest(cluster.url, 'DELETE', `/connectors/${name}`);
  });
});
