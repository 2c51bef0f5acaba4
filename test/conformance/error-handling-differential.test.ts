/**
 * Differential error-handling test: the same FileStreamSink config with errors.tolerance=all and a dead letter
 * queue with context headers runs in Apache Kafka Connect 4.1.1 and in Tributary on the same input (a poison
 * record between good ones); the files written and the dead-lettered records (bytes and `__connect.errors.*`
 * headers, except the stack trace) must match.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApacheConnect, startApacheConnect } from '../../infra/local/apache-connect.ts';
import { waitFor } from '../../shared/util/wait.ts';
import { deleteTopics, rest, startTestCluster, type TestCluster, uniqueName } from '../support/cluster.ts';
import { createTopic, readRecords, testKafka } from '../support/kafka.ts';

const good = (text: string) => JSON.stringify({ schema: { type: 'string', optional: false }, payload: text });
const struct = (f: string) =>
  JSON.stringify({
    schema: { type: 'struct', optional: false, fields: [{ field: 'f', type: 'string', optional: false }] },
    payload: { f },
  });

interface Case {
  readonly name: string;
  readonly values: readonly [string, string, string];
  readonly config: Record<string, string>;
  readonly stage: string;
}

const CASES: readonly Case[] = [
  {
    name: 'a value the converter cannot read',
    values: [good('first'), 'not {json', good('third')],
    config: {},
    stage: 'VALUE_CONVERTER',
  },
  {
    name: 'a record a transformation rejects',
    values: [struct('first'), good('not a struct'), struct('third')],
    config: {
      transforms: 'extract',
      'transforms.extract.type': 'org.apache.kafka.connect.transforms.ExtractField$Value',
      'transforms.extract.field': 'f',
    },
    stage: 'TRANSFORMATION',
  },
];

describe('error handling matches Apache Kafka Connect', () => {
  let apache: ApacheConnect;
  let tributary: TestCluster;
  let dir: string;
  const apacheId = uniqueName('apache-errors');
  const topics: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tributary-errors-diff-'));
    [apache, tributary] = await Promise.all([
      startApacheConnect({
        bootstrapServers: inject('kafkaBootstrapServers'),
        dataDir: join(dir, 'apache'),
        groupId: `connect-${apacheId}`,
        topicPrefix: apacheId,
      }),
      startTestCluster({ executors: 1 }),
    ]);
  });

  afterAll(async () => {
    await Promise.allSettled([apache?.stop(), tributary?.stop()]);
    await deleteTopics(topics, apacheId);
    await deleteTopics([], tributary?.id);
    rmSync(dir, { recursive: true, force: true });
  });

  for (const c of CASES)
    it(`dead-letters ${c.name} with the same bytes and context headers`, async () => {
      const sides = [
        { side: 'apache', url: apache.url },
        { side: 'tributary', url: tributary.url },
      ];
      const results: unknown[] = [];
      for (const { side, url } of sides) {
        const topic = uniqueName(`errors-${side}-in`);
        const dlq = uniqueName(`errors-${side}-dlq`);
        const name = uniqueName(`errors-${side}`);
        const file = join(dir, `${name}.txt`);
        topics.push(topic, dlq);
        await createTopic(topic);
        const producer = testKafka('test-producer').producer();
        await producer.connect();
        await producer.send({
          topic,
          acks: -1,
          messages: [
            { key: 'k1', value: c.values[0] },
            {
              key: 'k2',
              value: c.values[1],
              headers: { origin: 'test', trace: ['a', 'b'] },
              timestamp: '1700000000000',
            },
            { key: 'k3', value: c.values[2] },
          ],
        });
        await producer.disconnect();
        const response = await rest(url, 'POST', '/connectors', {
          name,
          config: {
            'connector.class': 'FileStreamSink',
            'tasks.max': '1',
            topics: topic,
            file,
            'key.converter': 'org.apache.kafka.connect.storage.StringConverter',
            'value.converter': 'org.apache.kafka.connect.json.JsonConverter',
            'value.converter.schemas.enable': 'true',
            'errors.tolerance': 'all',
            'errors.log.enable': 'true',
            'errors.deadletterqueue.topic.name': dlq,
            'errors.deadletterqueue.topic.replication.factor': '1',
            'errors.deadletterqueue.context.headers.enable': 'true',
            ...c.config,
          },
        });
        expect(response.status, JSON.stringify(response.body)).toBe(201);
        const [dead] = await readRecords(dlq, 1, 90_000, true);
        await waitFor(
          () => existsSync(file) && readFileSync(file, 'utf8').split('\n').length >= 3,
          60_000,
          `${side} file written`,
        );
        const headers = Object.fromEntries(
          Object.entries(dead?.headers ?? {})
            .filter(([k]) => k !== '__connect.errors.exception.stacktrace')
            .map(([k, v]) => [k, v.replaceAll(topic, '<topic>').replaceAll(name, '<name>')]),
        );
        results.push({
          key: dead?.key?.toString('utf8') ?? null,
          value: dead?.value?.toString('utf8') ?? null,
          headers,
          stacktraceStart: dead?.headers?.['__connect.errors.exception.stacktrace']?.split('\n')[0],
          file: readFileSync(file, 'utf8'),
        });
        await rest(url, 'DELETE', `/connectors/${name}`);
      }
      expect(results[0]).toMatchObject({
        value: c.values[1],
        headers: { '__connect.errors.stage': c.stage, origin: 'test' },
      });
      expect(results[1]).toEqual(results[0]);
    });
});
