import { describe, expect, it } from 'vitest';
import { enrichConnectorConfigDef } from '../../../shared/config/alias-enrichment.ts';
import type { ConfigValue } from '../../../shared/config/config-def.ts';
import {
  connectorConfigDef,
  sinkConnectorConfigDef,
  sourceConnectorConfigDef,
  validateSinkTopics,
} from '../../../shared/config/connector-config.ts';
import {
  fileStreamSinkConfigDef,
  fileStreamSourceConfigDef,
} from '../../../shared/config/file-stream-config.ts';
import { PluginCatalog } from '../../../shared/config/plugin-catalog.ts';
import { apacheCatalog } from './apache-fixtures.ts';

const catalog = apacheCatalog();

describe('framework connector definitions', () => {
  it('declares ConnectorConfig keys in Apache order, including the KIP-891 plugin versions', () => {
    expect(connectorConfigDef().names()).toEqual([
      'name',
      'connector.class',
      'connector.plugin.version',
      'tasks.max',
      'tasks.max.enforce',
      'key.converter',
      'key.converter.plugin.version',
      'value.converter',
      'value.converter.plugin.version',
      'header.converter',
      'header.converter.plugin.version',
      'transforms',
      'predicates',
      'config.action.reload',
      'errors.retry.timeout',
      'errors.retry.delay.max.ms',
      'errors.tolerance',
      'errors.log.enable',
      'errors.log.include.messages',
    ]);
    expect(connectorConfigDef().groups()).toEqual(['Common', 'Transforms', 'Predicates', 'Error Handling']);
  });

  it('adds the sink and source keys and groups', () => {
    expect(sinkConnectorConfigDef().names().slice(19)).toEqual([
      'topics',
      'topics.regex',
      'errors.deadletterqueue.topic.name',
      'errors.deadletterqueue.topic.replication.factor',
      'errors.deadletterqueue.context.headers.enable',
    ]);
    expect(sourceConnectorConfigDef().names().slice(19)).toEqual([
      'topic.creation.groups',
      'exactly.once.support',
      'transaction.boundary',
      'transaction.boundary.interval.ms',
      'offsets.storage.topic',
    ]);
    expect(sourceConnectorConfigDef().groups()).toEqual([
      'Common',
      'Transforms',
      'Predicates',
      'Error Handling',
      'Topic Creation',
      'Exactly Once Support',
      'offsets.topic',
    ]);
  });

  it('parses a config into typed values with the defaults filled in', () => {
    const parsed = sinkConnectorConfigDef({ catalog }).parse(
      { name: 'n', 'connector.class': 'FileStreamSink', topics: 'a, b', 'errors.retry.timeout': '-1' },
      { resolveClass: catalog.resolveClass },
    );
    expect(parsed.get('tasks.max')).toBe(1);
    expect(parsed.get('topics')).toEqual(['a', 'b']);
    expect(parsed.get('errors.retry.timeout')).toBe(-1n);
    expect(parsed.get('errors.retry.delay.max.ms')).toBe(60000n);
    expect(parsed.get('errors.deadletterqueue.topic.replication.factor')).toBe(3);
    expect(parsed.get('key.converter')).toBeNull();
  });
});

describe('sink topic checks (SinkConnectorConfig.validate)', () => {
  const run = (props: Record<string, string | null>) => {
    const validated = new Map<string, ConfigValue>();
    validateSinkTopics(props, validated);
    return Object.fromEntries([...validated].map(([k, v]) => [k, v.errorMessages]));
  };

  it('requires exactly one of topics and topics.regex', () => {
    expect(run({ topics: 'a', 'topics.regex': 'b.*' })).toEqual({
      topics: ['topics and topics.regex are mutually exclusive options, but both are set.'],
      'topics.regex': ['topics and topics.regex are mutually exclusive options, but both are set.'],
    });
    expect(run({ topics: ' ' })).toEqual({
      topics: ['Must configure one of topics or topics.regex'],
      'topics.regex': ['Must configure one of topics or topics.regex'],
    });
    expect(run({ topics: 'a' })).toEqual({});
  });

  it('keeps the dead letter queue topic out of the consumed topics', () => {
    expect(run({ topics: 'a,b,a', 'errors.deadletterqueue.topic.name': ' a ' })).toEqual({
      topics: [
        "The DLQ topic 'a' may not be included in the list of topics ('topics=[a, b]') consumed by the connector",
      ],
    });
    expect(run({ 'topics.regex': 'dl.*', 'errors.deadletterqueue.topic.name': 'dlq' })).toEqual({
      'topics.regex': [
        "The DLQ topic 'dlq' may not be matched by the regex for the topics ('topics.regex=dl.*') consumed by the connector",
      ],
    });
  });

  it('fails (not a config error) on a null DLQ topic, as Apache does', () => {
    expect(() => run({ topics: 'a', 'errors.deadletterqueue.topic.name': null })).toThrow(TypeError);
  });
});

describe('transforms and predicates enrichment', () => {
  it('adds type and plugin.version keys per alias, once per repeated alias', () => {
    const def = enrichConnectorConfigDef(
      catalog,
      sourceConnectorConfigDef({ catalog }),
      {
        'connector.class': 'FileStreamSource',
        transforms: 'a,a,b',
        'transforms.b.type': 'com.example.Missing',
        predicates: 'p',
      },
      false,
    );
    const added = def.names().slice(sourceConnectorConfigDef().names().length);
    expect(added).toEqual([
      'transforms.a.type',
      'transforms.a.plugin.version',
      'transforms.b.type',
      'transforms.b.plugin.version',
      'predicates.p.type',
      'predicates.p.plugin.version',
    ]);
    expect(def.groups().slice(-3)).toEqual(['Transforms: a', 'Transforms: b', 'Predicates: p']);
  });

  it('embeds the implicit predicate/negate keys and the SMT keys for a known transformation', () => {
    const def = enrichConnectorConfigDef(
      catalog,
      sourceConnectorConfigDef({ catalog }),
      { 'connector.class': 'FileStreamSource', transforms: 'd', 'transforms.d.type': 'DropHeaders' },
      false,
    );
    expect(def.names().filter((n) => n.startsWith('transforms.d.'))).toEqual([
      'transforms.d.type',
      'transforms.d.plugin.version',
      'transforms.d.headers',
      'transforms.d.negate',
      'transforms.d.predicate',
    ]);
  });
});

describe('plugin catalog', () => {
  it('resolves Apache aliases and drops ambiguous ones', () => {
    expect(catalog.resolveClass('Json')?.name).toBe('org.apache.kafka.connect.json.JsonConverter');
    expect(catalog.resolveClass('StringConverter')?.supertypes).toEqual(['Converter', 'HeaderConverter']);
    expect(catalog.resolveClass('FileStreamSource')?.name).toBe(
      'org.apache.kafka.connect.file.FileStreamSourceConnector',
    );
    expect(catalog.resolveClass('DropHeaders')?.name).toBe('org.apache.kafka.connect.transforms.DropHeaders');
    // "Value" is the simple name of every X$Value transformation, so it names none.
    expect(catalog.resolveClass('Value')).toBeUndefined();
    expect(catalog.resolveClass('InsertField$Value')).toBeUndefined();
  });

  it('lists abstract classes nowhere but reports their concrete nested classes', () => {
    const insertField = catalog.resolveClass('org.apache.kafka.connect.transforms.InsertField');
    expect(insertField?.isAbstract).toBe(true);
    expect(insertField?.nestedClasses?.map((c) => c.name)).toEqual([
      'org.apache.kafka.connect.transforms.InsertField$Key',
      'org.apache.kafka.connect.transforms.InsertField$Value',
    ]);
    expect(catalog.classesOf('transformation')).not.toContain(
      'org.apache.kafka.connect.transforms.InsertField',
    );
  });

  it('explains a version no installed plugin has', () => {
    const c = new PluginCatalog([
      { className: 'a.B', type: 'converter', version: '1.0' },
      { className: 'a.B', type: 'header_converter', version: '1.0' },
    ]);
    expect(() =>
      c.requireVersion('a.B', { containsVersion: () => false, toString: () => '[2.0,2.0]' } as never),
    ).toThrow(
      'Plugin a.B not found that matches the version range [2.0,2.0], available versions: [1.0, 1.0]',
    );
  });
});

describe('FileStream connector definitions', () => {
  it('source: topic required and non-empty, batch.size 2000, file optional', () => {
    const def = fileStreamSourceConfigDef();
    expect(() => def.parse({})).toThrow('Missing required configuration "topic" which has no default value.');
    expect(() => def.parse({ topic: ' ' })).toThrow(
      'Invalid value  for configuration topic: String must be non-empty',
    );
    const parsed = def.parse({ topic: 't' });
    expect(parsed.get('batch.size')).toBe(2000);
    expect(parsed.get('file')).toBeNull();
  });

  it('sink: file optional (Apache 4.1.1 defaults it to null: standard output)', () => {
    expect(fileStreamSinkConfigDef().parse({}).get('file')).toBeNull();
  });
});
