/**
 * Outcomes recorded from Apache Kafka Connect 4.1.1's runtime (SinkConnectorConfig/SourceConnectorConfig with a
 * classpath Plugins, then ConnectorConfig.transformationStages) for the cases in ./cases/chain.ts. Generated data: do
 * not edit by hand.
 */
import type { ChainOutcome } from './cases/chain.ts';

export const CHAIN_VECTORS: Readonly<Record<string, ChainOutcome>> = {
  'chain empty': {
    stages: [],
    results: [
      {
        record: {
          topic: 'orders-1',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":false,"field":"name"}],"optional":false},"payload":{"id":1,"name":"n"}}',
          timestamp: 1700000000000,
          headers: [['trace', '{"schema":{"type":"string","optional":false},"payload":"t"}']],
        },
      },
      {
        record: {
          topic: 'users',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"id":2}}',
          timestamp: 1700000000000,
          headers: [],
        },
      },
      {
        record: {
          topic: 'orders-2',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
      },
    ],
  },
  'chain in order': {
    stages: [
      'insert=org.apache.kafka.connect.transforms.InsertField$Value',
      'rename=org.apache.kafka.connect.transforms.ReplaceField$Value',
      'route=org.apache.kafka.connect.transforms.RegexRouter',
    ],
    results: [
      {
        record: {
          topic: 'orders',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":false,"field":"name"},{"type":"string","optional":true,"field":"source"}],"optional":false},"payload":{"id":1,"name":"n","source":"chain"}}',
          timestamp: 1700000000000,
          headers: [['trace', '{"schema":{"type":"string","optional":false},"payload":"t"}']],
        },
      },
      {
        record: {
          topic: 'users',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"source":"chain","id":2}}',
          timestamp: 1700000000000,
          headers: [],
        },
      },
      {
        record: {
          topic: 'orders',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
      },
    ],
  },
  'chain predicate and negate': {
    stages: [
      'drop=org.apache.kafka.connect.transforms.Filter if notOrders=org.apache.kafka.connect.transforms.predicates.TopicNameMatches',
      'mark=org.apache.kafka.connect.transforms.InsertHeader if traced=org.apache.kafka.connect.transforms.predicates.HasHeaderKey',
    ],
    results: [
      {
        record: {
          topic: 'orders-1',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":false,"field":"name"}],"optional":false},"payload":{"id":1,"name":"n"}}',
          timestamp: 1700000000000,
          headers: [
            ['trace', '{"schema":{"type":"string","optional":false},"payload":"t"}'],
            ['seen', '{"schema":{"type":"string","optional":false},"payload":"yes"}'],
          ],
        },
      },
      { null: true },
      {
        record: {
          topic: 'orders-2',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
      },
    ],
  },
  'chain predicate negate false text': {
    stages: [
      'drop=org.apache.kafka.connect.transforms.Filter if tomb=org.apache.kafka.connect.transforms.predicates.RecordIsTombstone',
    ],
    results: [
      {
        record: {
          topic: 'orders-1',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":false,"field":"name"}],"optional":false},"payload":{"id":1,"name":"n"}}',
          timestamp: 1700000000000,
          headers: [['trace', '{"schema":{"type":"string","optional":false},"payload":"t"}']],
        },
      },
      {
        record: {
          topic: 'users',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"id":2}}',
          timestamp: 1700000000000,
          headers: [],
        },
      },
      { null: true },
    ],
  },
  'chain filter stops chain': {
    stages: [
      'drop=org.apache.kafka.connect.transforms.Filter',
      'route=org.apache.kafka.connect.transforms.TimestampRouter',
    ],
    results: [{ null: true }, { null: true }, { null: true }],
  },
  'chain source records': {
    stages: ['key=org.apache.kafka.connect.transforms.ValueToKey'],
    results: [
      {
        record: {
          topic: 'orders-1',
          partition: 0,
          key: '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"}],"optional":false},"payload":{"id":1}}',
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":false,"field":"name"}],"optional":false},"payload":{"id":1,"name":"n"}}',
          timestamp: 1700000000000,
          headers: [['trace', '{"schema":{"type":"string","optional":false},"payload":"t"}']],
        },
      },
      {
        record: {
          topic: 'users',
          partition: 0,
          key: '{"schema":null,"payload":{"id":2}}',
          value: '{"schema":null,"payload":{"id":2}}',
          timestamp: 1700000000000,
          headers: [],
        },
      },
      {
        error: 'DataException',
        message:
          'Only Map objects supported in absence of schema for [copying fields from value to key], found: null',
      },
    ],
  },
  'chain unknown class': {
    error: 'ConfigException',
    message:
      'Invalid value com.example.Nope for configuration transforms.x.type: Class com.example.Nope could not be found.',
    causes: [],
  },
  'chain nested class simple name': {
    error: 'ConfigException',
    message:
      'Invalid value InsertField$Value for configuration transforms.x.type: Class InsertField$Value could not be found.',
    causes: [],
  },
  'chain ambiguous alias': {
    error: 'ConfigException',
    message: 'Invalid value Value for configuration transforms.x.type: Class Value could not be found.',
    causes: [],
  },
  'chain abstract class': {
    error: 'ConfigException',
    message:
      'This class is abstract and cannot be created. Did you mean org.apache.kafka.connect.transforms.InsertField$Key, org.apache.kafka.connect.transforms.InsertField$Value?',
    causes: [],
  },
  'chain missing type': {
    error: 'ConfigException',
    message: 'Invalid value null for configuration transforms.x.type: Not a Transformation',
    causes: [],
  },
  'chain duplicate alias': {
    error: 'ConfigException',
    message: 'Invalid value [x, x] for configuration transforms: Duplicate alias provided.',
    causes: [],
  },
  'chain undefined predicate': {
    error: 'ConnectException',
    message:
      "org.apache.kafka.connect.errors.ConnectException: org.apache.kafka.common.config.ConfigException: Unknown configuration 'predicates.p.plugin.version'",
    causes: [
      "ConnectException: org.apache.kafka.common.config.ConfigException: Unknown configuration 'predicates.p.plugin.version'",
      "ConfigException: Unknown configuration 'predicates.p.plugin.version'",
    ],
  },
  'chain negate without predicate': {
    error: 'ConfigException',
    message:
      "Config 'transforms.x.negate' was provided but there is no config 'transforms.x.predicate' defining a predicate to be negated.",
    causes: [],
  },
  'chain bad negate': {
    error: 'ConfigException',
    message:
      'Invalid value yes for configuration transforms.x.negate: Expected value to be either true or false',
    causes: [],
  },
  'chain predicate is a transformation': {
    error: 'ConfigException',
    message:
      'Class class org.apache.kafka.connect.transforms.Filter does not implement the Predicate interface',
    causes: [],
  },
  'chain transformation is a predicate': {
    error: 'ConfigException',
    message:
      'Class class org.apache.kafka.connect.transforms.predicates.RecordIsTombstone does not implement the Transformation interface',
    causes: [],
  },
  'chain transformation configure fails': {
    error: 'ConnectException',
    message: 'org.apache.kafka.common.config.ConfigException: No field insertion configured',
    causes: ['ConfigException: No field insertion configured'],
  },
  'chain transformation missing required': {
    error: 'ConfigException',
    message: 'Missing required configuration "transforms.x.fields" which has no default value.',
    causes: [],
  },
  'chain transformation bad embedded value': {
    error: 'ConfigException',
    message:
      'Invalid value java.lang.IllegalArgumentException: No enum constant org.apache.kafka.connect.data.Schema.Type.NOPE for configuration Invalid type found in casting spec: nope',
    causes: [],
  },
  'chain predicate configure fails': {
    error: 'ConfigException',
    message: 'Missing required configuration "predicates.p.name" which has no default value.',
    causes: [],
  },
  'chain predicate bad value': {
    error: 'ConfigException',
    message:
      'Invalid value (unclosed for configuration pattern: Invalid regex: Unclosed group near index 9\n(unclosed',
    causes: [],
  },
  'chain unused predicate with bad type': {
    error: 'ConfigException',
    message: 'Invalid value Nope for configuration predicates.p.type: Class Nope could not be found.',
    causes: [],
  },
  'chain transform version': {
    stages: ['x=org.apache.kafka.connect.transforms.Filter'],
    results: [{ null: true }, { null: true }, { null: true }],
  },
  'chain transform bad version': {
    error: 'VersionedPluginLoadingException',
    message:
      'Plugin org.apache.kafka.connect.transforms.Filter not found that matches the version range [1.0,2.0), available versions: [4.1.1]',
    causes: [],
  },
  'chain data error propagates': {
    stages: ['x=org.apache.kafka.connect.transforms.InsertField$Value'],
    results: [
      {
        error: 'DataException',
        message:
          'Only Map objects supported in absence of schema for [field insertion], found: java.lang.String',
      },
    ],
  },
};
