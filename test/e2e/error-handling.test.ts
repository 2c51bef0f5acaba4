/**
 * Error handling (`errors.*`) on a real cluster: a poison record (not JSON, read with JsonConverter
 * schemas.enable=true) fails the sink task under errors.tolerance=none without committing past it, and under
 * errors.tolerance=all is skipped, logged and dead-lettered with its original bytes and `__connect.errors.*` headers.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { delay, waitFor } from '../../shared/util/wait.ts';
import {
  deleteTopics,
  firstTaskStatus,
  rest,
  sinkCommittedOffset,
  startTestCluster,
  type TestCluster,
  uniqueName,
} from '../support/cluster.ts';
import { nonEmptyLines } from '../support/files.ts';
import { createTopic, produce, readRecords } from '../support/kafka.ts';

const TIMEOUT_MS = 60_000;

const good = (text: string) => JSON.stringify({ schema: { type: 'string', optional: false }, payload: text });
const POISON = 'this is {not json';

describe('error handling and dead letter queue', () => {
  let cluster: TestCluster;
  let dir: string;
  const topics: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tributary-errors-'));
    cluster = await startTestCluster({ executors: 1 });
  });

  afterAll(async () => {
    await cluster?.stop();
    await deleteTopics(topics, cluster?.id);
    rmSync(dir, { recursive: true, force: true });
  });

  function sinkConfig(topic: string, file: string, extra: Record<string, string>) {
    return {
      'connector.class': 'FileStreamSink',
      'tasks.max': '1',
      topics: topic,
      file,
      'key.converter': 'org.apache.kafka.connect.storage.StringConverter',
      'value.converter': 'org.apache.kafka.connect.json.JsonConverter',
      'value.converter.schemas.enable': 'true',
      ...extra,
    };
  }

  it('tolerance none: the task fails with the real cause and offsets stay before the bad record', async () => {
    const name = uniqueName('errors-none');
    const topic = uniqueName('errors-none-in');
    topics.push(topic);
    await createTopic(topic);
    const file = join(dir, `${name}.txt`);
    await produce(topic, [good('a'), good('b')]);
    const created = await rest(cluster.url, 'POST', '/connectors', {
      name,
      config: sinkConfig(topic, file, { 'errors.tolerance': 'none', 'errors.log.enable': 'true' }),
    });
    expect(created.status).toBe(201);
    await waitFor(
      async () => (await sinkCommittedOffset(cluster.url, name)) === 2,
      TIMEOUT_MS,
      'offset 2 committed',
    );
    expect(nonEmptyLines(file)).toEqual(['a', 'b']);

    await produce(topic, [POISON, good('c')]);
    await waitFor(
      async () => (await firstTaskStatus(cluster.url, name)).state === 'FAILED',
      TIMEOUT_MS,
      'task FAILED',
    );
    const { trace } = await firstTaskStatus(cluster.url, name);
    expect(trace).toContain('Tolerance exceeded in error handler');
    expect(trace).toContain('Converting byte[] to Kafka Connect data failed due to serialization error');
    // Several flush intervals later nothing past the bad record (offset 2) is committed or written.
    await delay(3_000);
    expect(await sinkCommittedOffset(cluster.url, name)).toBe(2);
    expect(nonEmptyLines(file)).toEqual(['a', 'b']);
    await rest(cluster.url, 'DELETE', `/connectors/${name}`);
  });

  it('tolerance all: the bad record is skipped and dead-lettered with context headers, offsets move past it', async () => {
    const name = uniqueName('errors-all');
    const topic = uniqueName('errors-all-in');
    const dlq = uniqueName('errors-all-dlq');
    topics.push(topic, dlq);
    await createTopic(topic);
    const file = join(dir, `${name}.txt`);
    await produce(topic, [good('a'), POISON, good('c')]);
    const created = await rest(cluster.url, 'POST', '/connectors', {
      name,
      config: sinkConfig(topic, file, {
        'errors.tolerance': 'all',
        'errors.log.enable': 'true',
        'errors.log.include.messages': 'true',
        'errors.deadletterqueue.topic.name': dlq,
        'errors.deadletterqueue.topic.replication.factor': '1',
        'errors.deadletterqueue.context.headers.enable': 'true',
      }),
    });
    expect(created.status).toBe(201);
    await waitFor(async () => nonEmptyLines(file).length >= 2, TIMEOUT_MS, 'good records written');
    expect(nonEmptyLines(file)).toEqual(['a', 'c']);
    await waitFor(
      async () => (await sinkCommittedOffset(cluster.url, name)) === 3,
      TIMEOUT_MS,
      'offset 3 committed',
    );
    expect((await firstTaskStatus(cluster.url, name)).state).toBe('RUNNING');

    const [dead] = await readRecords(dlq, 1, TIMEOUT_MS, true);
    expect(dead?.value?.toString('utf8')).toBe(POISON);
    expect(dead?.key).toBeNull();
    const headers = dead?.headers ?? {};
    expect(headers).toMatchObject({
      '__connect.errors.topic': topic,
      '__connect.errors.partition': '0',
      '__connect.errors.offset': '1',
      '__connect.errors.connector.name': name,
      '__connect.errors.task.id': '0',
      '__connect.errors.stage': 'VALUE_CONVERTER',
      '__connect.errors.class.name': 'org.apache.kafka.connect.json.JsonConverter',
      '__connect.errors.exception.class.name': 'org.apache.kafka.connect.errors.DataException',
      '__connect.errors.exception.message':
        'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    });
    expect(headers['__connect.errors.exception.stacktrace']).toMatch(
      /^org\.apache\.kafka\.connect\.errors\.DataException: Converting byte\[\]/,
    );
    await rest(cluster.url, 'DELETE', `/connectors/${name}`);
  });
  it('source with tolerance all: a record a transformation rejects is skipped, its offset still committed', async () => {
    const name = uniqueName('errors-source');
    const topic = uniqueName('errors-source-out');
    topics.push(topic);
    const input = join(dir, `${name}.in`);
    writeFileSync(input, '1\nx\n3\n');
    const created = await rest(cluster.url, 'POST', '/connectors', {
      name,
      config: {
        'connector.class': 'FileStreamSource',
        file: input,
        topic,
        'value.converter': 'org.apache.kafka.connect.storage.StringConverter',
        transforms: 'cast',
        'transforms.cast.type': 'org.apache.kafka.connect.transforms.Cast$Value',
        'transforms.cast.spec': 'int32',
        'errors.tolerance': 'all',
        'errors.log.enable': 'true',
      },
    });
    expect(created.status).toBe(201);
    const records = await readRecords(topic, 2, TIMEOUT_MS);
    expect(records.map((r) => r.value?.toString('utf8'))).toEqual(['1', '3']);
    const committed = { offsets: [{ partition: { filename: input }, offset: { position: 6 } }] };
    await waitFor(
      async () =>
        JSON.stringify((await rest(cluster.url, 'GET', `/connectors/${name}/offsets`)).body) ===
        JSON.stringify(committed),
      TIMEOUT_MS,
      'source offset past every line',
    );
    expect((await firstTaskStatus(cluster.url, name)).state).toBe('RUNNING');
    await rest(cluster.url, 'DELETE', `/connectors/${name}`);
  });
});
