/**
 * Differential data test: the same FileStreamSource config with an SMT chain runs in Apache Kafka Connect 4.1.1
 * and in Tributary, on the same input file and broker; the records each writes (keys, values, headers, topic
 * names) must be byte-identical.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApacheConnect, startApacheConnect } from '../../infra/local/apache-connect.ts';
import { deleteTopics, rest, startTestCluster, type TestCluster, uniqueName } from '../support/cluster.ts';
import { readRecords } from '../support/kafka.ts';

const LINES = ['alpha', 'beta gamma', 'grüße ✓', '42', ''];

interface Case {
  readonly name: string;
  readonly transforms: Record<string, string>;
  /** The topic the records land in, given the configured topic (routers rename it). */
  readonly outputTopic?: (topic: string) => string;
  readonly records?: number;
}

const CASES: readonly Case[] = [
  {
    name: 'hoist, insert static and topic fields, value to key',
    transforms: {
      transforms: 'hoist,insert,key',
      'transforms.hoist.type': 'org.apache.kafka.connect.transforms.HoistField$Value',
      'transforms.hoist.field': 'line',
      'transforms.insert.type': 'org.apache.kafka.connect.transforms.InsertField$Value',
      'transforms.insert.static.field': 'source',
      'transforms.insert.static.value': 'file',
      'transforms.insert.topic.field': 'topic',
      'transforms.key.type': 'org.apache.kafka.connect.transforms.ValueToKey',
      'transforms.key.fields': 'line',
    },
  },
  {
    name: 'regex router and header insertion',
    transforms: {
      transforms: 'route,header',
      'transforms.route.type': 'org.apache.kafka.connect.transforms.RegexRouter',
      'transforms.route.regex': '(.*)-in',
      'transforms.route.replacement': '$1-routed',
      'transforms.header.type': 'org.apache.kafka.connect.transforms.InsertHeader',
      'transforms.header.header': 'origin',
      'transforms.header.value.literal': 'tributary-test',
    },
    outputTopic: (topic) => topic.replace(/-in$/, '-routed'),
  },
  {
    name: 'filter with a negated predicate',
    transforms: {
      transforms: 'drop',
      'transforms.drop.type': 'org.apache.kafka.connect.transforms.Filter',
      'transforms.drop.predicate': 'isOther',
      'transforms.drop.negate': 'true',
      predicates: 'isOther',
      'predicates.isOther.type': 'org.apache.kafka.connect.transforms.predicates.TopicNameMatches',
      'predicates.isOther.pattern': 'nothing-matches-this',
    },
    records: 0,
  },
  {
    name: 'hoist then mask and cast',
    transforms: {
      transforms: 'hoist,mask,ts',
      'transforms.hoist.type': 'org.apache.kafka.connect.transforms.HoistField$Value',
      'transforms.hoist.field': 'text',
      'transforms.mask.type': 'org.apache.kafka.connect.transforms.MaskField$Value',
      'transforms.mask.fields': 'text',
      'transforms.mask.replacement': '***',
      'transforms.ts.type': 'org.apache.kafka.connect.transforms.SetSchemaMetadata$Value',
      'transforms.ts.schema.name': 'com.example.Masked',
      'transforms.ts.schema.version': '3',
    },
  },
];

describe('SMT chains write the same bytes as Apache Kafka Connect', () => {
  let apache: ApacheConnect;
  let tributary: TestCluster;
  let dir: string;
  const apacheId = uniqueName('apache-smt');
  const topics: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tributary-smt-'));
    writeFileSync(join(dir, 'in.txt'), LINES.map((l) => `${l}\n`).join(''));
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

  for (const c of CASES) {
    it(c.name, async () => {
      const sides = [
        { url: apache.url, topic: `${uniqueName('smt-apache')}-in` },
        { url: tributary.url, topic: `${uniqueName('smt-trib')}-in` },
      ];
      const outputs: Array<Array<{ key: string | null; value: string | null; headers: string }>> = [];
      for (const side of sides) {
        const out = c.outputTopic ? c.outputTopic(side.topic) : side.topic;
        topics.push(side.topic, out);
        const response = await rest(side.url, 'POST', '/connectors', {
          name: uniqueName('smt'),
          config: {
            'connector.class': 'FileStreamSource',
            file: join(dir, 'in.txt'),
            topic: side.topic,
            ...c.transforms,
          },
        });
        expect(response.status, JSON.stringify(response.body)).toBe(201);
        if ((c.records ?? LINES.length) === 0) continue;
        const records = await readRecords(out, c.records ?? LINES.length, 60_000, true);
        // Each side writes to its own topic; InsertField's topic.field carries that name, the rest must match.
        const text = (b: Buffer | null) => b?.toString('utf8').replaceAll(side.topic, '<topic>') ?? null;
        outputs.push(
          records.map((r) => ({
            key: text(r.key),
            value: text(r.value),
            headers: JSON.stringify(r.headers),
          })),
        );
      }
      if ((c.records ?? LINES.length) > 0) expect(outputs[1]).toEqual(outputs[0]);
    });
  }
});
