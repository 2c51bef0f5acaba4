/**
 * Sink task errors on a real cluster, with a test-only sink (test/support/plugins/errant-sink.ts) preloaded into the
 * executor: records the task hands to the errant record reporter are dead-lettered as consumed (original bytes,
 * headers, `__connect.errors.*` context) and their offsets committed under errors.tolerance=all, while under
 * errors.tolerance=none reporting one fails the task with the trace; a RetriableException from put has the same
 * batch redelivered until it succeeds, every record written exactly once; a non-retriable put error fails the
 * task; and the executor's `GET /metrics` shows Apache's task-error-metrics for each task.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENV } from '../../shared/runtime/env.ts';
import { freePort } from '../../shared/util/net.ts';
import { waitFor } from '../../shared/util/wait.ts';
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
import { createTopic, readRecords, testKafka } from '../support/kafka.ts';
import { ERRANT_SINK_CLASS } from '../support/plugins/errant-sink.ts';
import { testPluginsNodeOptions } from '../support/plugins/install.ts';

const TIMEOUT_MS = 60_000;
const STRING_CONVERTER = 'org.apache.kafka.connect.storage.StringConverter';
const POISON = 'this is {not json';

type Produced = { value: string; headers?: Record<string, string> };

async function produceRecords(topic: string, records: Produced[]): Promise<void> {
  const producer = testKafka('test-producer').producer();
  await producer.connect();
  try {
    await producer.send({
      topic,
      acks: -1,
      messages: records.map((r) => ({ value: r.value, ...(r.headers ? { headers: r.headers } : {}) })),
    });
  } finally {
    await producer.disconnect();
  }
}

/** `name{labels} value` lines of a Prometheus text page, keyed by `name{labels}`. */
function parseMetrics(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    samples.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return samples;
}

describe('sink task errors: errant record reporter, retriable put, error metrics', () => {
  let cluster: TestCluster;
  let dir: string;
  let metricsUrl: string;
  const topics: string[] = [];
  const savedEnv = {
    nodeOptions: process.env.NODE_OPTIONS,
    metricsPort: process.env[ENV.metricsPort],
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tributary-sink-errors-'));
    const port = await freePort();
    metricsUrl = `http://127.0.0.1:${port}/metrics`;
    // Executor processes inherit this environment: the test plugins preloaded, the metrics endpoint on.
    process.env.NODE_OPTIONS = testPluginsNodeOptions(process.env.NODE_OPTIONS);
    process.env[ENV.metricsPort] = String(port);
    cluster = await startTestCluster({ executors: 1 });
  });

  afterAll(async () => {
    await cluster?.stop();
    await deleteTopics(topics, cluster?.id);
    if (dir) rmSync(dir, { recursive: true, force: true });
    for (const [key, value] of [
      ['NODE_OPTIONS', savedEnv.nodeOptions],
      [ENV.metricsPort, savedEnv.metricsPort],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  async function createConnector(name: string, config: Record<string, string>): Promise<void> {
    const created = await rest(cluster.url, 'POST', '/connectors', {
      name,
      config: { 'connector.class': ERRANT_SINK_CLASS, 'tasks.max': '1', ...config },
    });
    expect(created.status, created.text).toBe(201);
  }

  async function errorMetrics(name: string): Promise<Record<string, number>> {
    const response = await fetch(metricsUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const samples = parseMetrics(await response.text());
    const labels = `{connector="${name}",task="0"}`;
    const names = [
      'total_record_failures',
      'total_record_errors',
      'total_records_skipped',
      'total_retries',
      'total_errors_logged',
      'deadletterqueue_produce_requests',
      'deadletterqueue_produce_failures',
      'last_error_timestamp',
    ];
    const values: Record<string, number> = {};
    for (const metric of names) {
      const value = samples.get(`kafka_connect_task_error_metrics_${metric}${labels}`);
      if (value !== undefined) values[metric] = value;
    }
    return values;
  }

  it('tolerance all: reported records and a bad record are dead-lettered as consumed, offsets commit past them', async () => {
    const name = uniqueName('errant-all');
    const topic = uniqueName('errant-all-in');
    const dlq = uniqueName('errant-all-dlq');
    topics.push(topic, dlq);
    await createTopic(topic);
    const file = join(dir, `${name}.txt`);
    const json = (text: string) => JSON.stringify(text);
    await produceRecords(topic, [
      { value: json('a') },
      { value: json('report:b'), headers: { origin: 'test-b' } },
      { value: POISON },
      { value: json('c') },
      { value: json('report:d') },
    ]);
    const started = Date.now();
    await createConnector(name, {
      topics: topic,
      file,
      'key.converter': STRING_CONVERTER,
      'value.converter': 'org.apache.kafka.connect.json.JsonConverter',
      'value.converter.schemas.enable': 'false',
      'errors.tolerance': 'all',
      'errors.log.enable': 'true',
      'errors.deadletterqueue.topic.name': dlq,
      'errors.deadletterqueue.topic.replication.factor': '1',
      'errors.deadletterqueue.context.headers.enable': 'true',
    });

    await waitFor(
      async () => (await sinkCommittedOffset(cluster.url, name)) === 5,
      TIMEOUT_MS,
      'offset 5 committed',
    );
    expect(nonEmptyLines(file)).toEqual(['a', 'c']);
    expect((await firstTaskStatus(cluster.url, name)).state).toBe('RUNNING');

    const dead = await readRecords(dlq, 3, TIMEOUT_MS, true);
    const byValue = new Map(dead.map((r) => [r.value?.toString('utf8'), r]));
    expect([...byValue.keys()].sort()).toEqual([json('report:b'), json('report:d'), POISON].sort());
    const reported = byValue.get(json('report:b'));
    expect(reported?.headers).toMatchObject({
      origin: 'test-b',
      '__connect.errors.topic': topic,
      '__connect.errors.partition': '0',
      '__connect.errors.offset': '1',
      '__connect.errors.connector.name': name,
      '__connect.errors.task.id': '0',
      '__connect.errors.stage': 'TASK_PUT',
      '__connect.errors.class.name': 'org.apache.kafka.connect.sink.SinkTask',
      '__connect.errors.exception.message': 'rejected report:b',
    });
    expect(reported?.headers?.['__connect.errors.exception.stacktrace']).toContain('rejected report:b');
    expect(byValue.get(json('report:d'))?.headers?.['__connect.errors.offset']).toBe('4');
    expect(byValue.get(POISON)?.headers?.['__connect.errors.stage']).toBe('VALUE_CONVERTER');

    // Apache's counting: the converter failure is a failure, an error and a skipped record; each reported record a
    // failure only. All three are logged and dead-lettered.
    const metrics = await waitFor(
      async () => {
        const values = await errorMetrics(name);
        return values.deadletterqueue_produce_requests === 3 ? values : null;
      },
      TIMEOUT_MS,
      'error metrics of the task',
    );
    expect(metrics).toMatchObject({
      total_record_failures: 3,
      total_record_errors: 1,
      total_records_skipped: 1,
      total_retries: 0,
      total_errors_logged: 3,
      deadletterqueue_produce_requests: 3,
      deadletterqueue_produce_failures: 0,
    });
    expect(metrics.last_error_timestamp).toBeGreaterThanOrEqual(started);
    expect(metrics.last_error_timestamp).toBeLessThanOrEqual(Date.now());
    await rest(cluster.url, 'DELETE', `/connectors/${name}`);
  });

  it('tolerance none: reporting a record fails the task with the trace; offsets stay before it', async () => {
    const name = uniqueName('errant-none');
    const topic = uniqueName('errant-none-in');
    const dlq = uniqueName('errant-none-dlq');
    topics.push(topic, dlq);
    await createTopic(topic);
    const file = join(dir, `${name}.txt`);
    await createConnector(name, {
      topics: topic,
      file,
      'key.converter': STRING_CONVERTER,
      'value.converter': STRING_CONVERTER,
      'errors.tolerance': 'none',
      'errors.deadletterqueue.topic.name': dlq,
      'errors.deadletterqueue.topic.replication.factor': '1',
    });
    await produceRecords(topic, [{ value: 'a' }]);
    await waitFor(
      async () => (await sinkCommittedOffset(cluster.url, name)) === 1,
      TIMEOUT_MS,
      'offset 1 committed',
    );

    await produceRecords(topic, [{ value: 'report:b' }, { value: 'c' }]);
    await waitFor(
      async () => (await firstTaskStatus(cluster.url, name)).state === 'FAILED',
      TIMEOUT_MS,
      'task FAILED',
    );
    const { trace } = await firstTaskStatus(cluster.url, name);
    expect(trace).toContain('Exiting WorkerSinkTask due to unrecoverable exception.');
    expect(trace).toContain('Tolerance exceeded in error handler');
    expect(trace).toContain('rejected report:b');
    // As in Apache, the record is reported (here: dead-lettered) before the tolerance check fails the task.
    const [dead] = await readRecords(dlq, 1, TIMEOUT_MS);
    expect(dead?.value?.toString('utf8')).toBe('report:b');
    expect(await sinkCommittedOffset(cluster.url, name)).toBe(1);
    expect(nonEmptyLines(file)).toEqual(['a']);
    expect(await errorMetrics(name)).toMatchObject({
      total_record_failures: 1,
      total_record_errors: 1,
      total_records_skipped: 0,
      deadletterqueue_produce_requests: 1,
    });
    await rest(cluster.url, 'DELETE', `/connectors/${name}`);
  });

  it('a RetriableException from put redelivers the same batch until it succeeds; every record is written once', async () => {
    const name = uniqueName('retriable-put');
    const topic = uniqueName('retriable-put-in');
    topics.push(topic);
    await createTopic(topic, 2);
    const file = join(dir, `${name}.txt`);
    await createConnector(name, {
      topics: topic,
      file,
      'retry.timeout.ms': '200',
      'key.converter': STRING_CONVERTER,
      'value.converter': STRING_CONVERTER,
    });
    const values = ['a', 'retry:3:b', 'c', 'd', 'retry:1:e', 'f'];
    await produceRecords(
      topic,
      values.map((value) => ({ value })),
    );
    const expected = ['a', 'b', 'c', 'd', 'e', 'f'];
    await waitFor(
      async () => nonEmptyLines(file).length >= expected.length,
      TIMEOUT_MS,
      'every record written',
    );
    // Partitions interleave, so compare as sets, but each value exactly once.
    expect(nonEmptyLines(file).sort()).toEqual(expected);
    expect(nonEmptyLines(`${file}.retries`)).toHaveLength(4);
    await produceRecords(topic, [{ value: 'g' }]);
    await waitFor(async () => nonEmptyLines(file).includes('g'), TIMEOUT_MS, 'later records still delivered');
    expect(nonEmptyLines(file).sort()).toEqual([...expected, 'g']);
    expect((await firstTaskStatus(cluster.url, name)).state).toBe('RUNNING');
    // Redeliveries are not error-handler failures (Apache counts none for them).
    expect(await errorMetrics(name)).toMatchObject({ total_record_failures: 0, total_retries: 0 });
    await rest(cluster.url, 'DELETE', `/connectors/${name}`);
  });

  it('a non-retriable error from put fails the task with the trace', async () => {
    const name = uniqueName('failing-put');
    const topic = uniqueName('failing-put-in');
    topics.push(topic);
    await createTopic(topic);
    const file = join(dir, `${name}.txt`);
    await createConnector(name, {
      topics: topic,
      file,
      'key.converter': STRING_CONVERTER,
      'value.converter': STRING_CONVERTER,
    });
    await produceRecords(topic, [{ value: 'fail:x' }]);
    await waitFor(
      async () => (await firstTaskStatus(cluster.url, name)).state === 'FAILED',
      TIMEOUT_MS,
      'task FAILED',
    );
    const { trace } = await firstTaskStatus(cluster.url, name);
    expect(trace).toContain('Exiting WorkerSinkTask due to unrecoverable exception.');
    expect(trace).toContain('cannot write fail:x');
    expect(nonEmptyLines(file)).toEqual([]);
    await rest(cluster.url, 'DELETE', `/connectors/${name}`);
  });
});
