/**
 * The framework's connector config definitions, as Apache Connect 4.1.1 declares them: `ConnectorConfig` (keys
 * every connector has), `SinkConnectorConfig` and `SourceConnectorConfig` additions, and the sink's cross-field
 * topic checks. The per-alias keys of `transforms` / `predicates` are added by `alias-enrichment.ts`.
 * Documentation texts, groups, orders, widths and display names are Apache's, since clients show them.
 */
import {
  ConfigDef,
  ConfigException,
  ConfigValue,
  isJavaClass,
  type JavaClass,
  parseType,
  type RawConfig,
  type Recommender,
  rawConfigMap,
  type Validator,
} from './config-def.ts';
import { checkJavaRegex, compileJavaRegexFullMatch } from './java-regex.ts';
import { javaTrim } from './java-text.ts';
import { type PluginCatalog, type PluginType, VersionedPluginLoadingError } from './plugin-catalog.ts';
import { InvalidVersionSpecificationError, versionRequirement } from './plugin-version.ts';
import {
  CaseInsensitiveValidString,
  CompositeValidator,
  ConcreteSubClassValidator,
  LambdaValidator,
  NonEmptyString,
  NonEmptyStringWithoutControlChars,
  NonNullValidator,
  Range,
  RegexValidator,
  ValidString,
} from './validators.ts';

export const COMMON_GROUP = 'Common';
export const TRANSFORMS_GROUP = 'Transforms';
export const PREDICATES_GROUP = 'Predicates';
export const ERROR_GROUP = 'Error Handling';
export const TOPIC_CREATION_GROUP = 'Topic Creation';
export const EXACTLY_ONCE_SUPPORT_GROUP = 'Exactly Once Support';
export const OFFSETS_TOPIC_GROUP = 'offsets.topic';

export const PLUGIN_VERSION_SUFFIX = 'plugin.version';

/** Config key names (Apache's `*_CONFIG` constants). */
export const ConnectorConfigKeys = {
  NAME: 'name',
  CONNECTOR_CLASS: 'connector.class',
  CONNECTOR_VERSION: 'connector.plugin.version',
  TASKS_MAX: 'tasks.max',
  TASKS_MAX_ENFORCE: 'tasks.max.enforce',
  KEY_CONVERTER: 'key.converter',
  KEY_CONVERTER_VERSION: 'key.converter.plugin.version',
  VALUE_CONVERTER: 'value.converter',
  VALUE_CONVERTER_VERSION: 'value.converter.plugin.version',
  HEADER_CONVERTER: 'header.converter',
  HEADER_CONVERTER_VERSION: 'header.converter.plugin.version',
  TRANSFORMS: 'transforms',
  PREDICATES: 'predicates',
  CONFIG_RELOAD_ACTION: 'config.action.reload',
  ERRORS_RETRY_TIMEOUT: 'errors.retry.timeout',
  ERRORS_RETRY_MAX_DELAY: 'errors.retry.delay.max.ms',
  ERRORS_TOLERANCE: 'errors.tolerance',
  ERRORS_LOG_ENABLE: 'errors.log.enable',
  ERRORS_LOG_INCLUDE_MESSAGES: 'errors.log.include.messages',
  // sink
  TOPICS: 'topics',
  TOPICS_REGEX: 'topics.regex',
  DLQ_TOPIC_NAME: 'errors.deadletterqueue.topic.name',
  DLQ_TOPIC_REPLICATION_FACTOR: 'errors.deadletterqueue.topic.replication.factor',
  DLQ_CONTEXT_HEADERS_ENABLE: 'errors.deadletterqueue.context.headers.enable',
  // source
  TOPIC_CREATION_GROUPS: 'topic.creation.groups',
  EXACTLY_ONCE_SUPPORT: 'exactly.once.support',
  TRANSACTION_BOUNDARY: 'transaction.boundary',
  TRANSACTION_BOUNDARY_INTERVAL: 'transaction.boundary.interval.ms',
  OFFSETS_TOPIC: 'offsets.storage.topic',
} as const;

const K = ConnectorConfigKeys;

export const TOPIC_CREATION_PREFIX = 'topic.creation.';
export const PRODUCER_OVERRIDES_PREFIX = 'producer.override.';
export const CONSUMER_OVERRIDES_PREFIX = 'consumer.override.';
export const ADMIN_OVERRIDES_PREFIX = 'admin.override.';

const CONNECTOR_CLASS_DOC =
  'Name or alias of the class for this connector. Must be a subclass of org.apache.kafka.connect.connector.Connector. ' +
  'If the connector is org.apache.kafka.connect.file.FileStreamSinkConnector, you can either specify this full name, ' +
  ' or use "FileStreamSink" or "FileStreamSinkConnector" to make the configuration a bit shorter';

const CONVERTER_DOC = (what: string) =>
  'Converter class used to convert between Kafka Connect format and the serialized form that is written to Kafka. ' +
  `This controls the format of the ${what} in messages written to or read from Kafka, and since this is independent ` +
  'of connectors it allows any connector to work with any serialization format. Examples of common formats include ' +
  'JSON and Avro.';

const HEADER_CONVERTER_DOC =
  'HeaderConverter class used to convert between Kafka Connect format and the serialized form that is written to ' +
  'Kafka. This controls the format of the header values in messages written to or read from Kafka, and since this ' +
  'is independent of connectors it allows any connector to work with any serialization format. Examples of common ' +
  'formats include JSON and Avro. By default, the SimpleHeaderConverter is used to serialize header values to ' +
  'strings and deserialize them by inferring the schemas.';

const TASKS_MAX_ENFORCE_DOC =
  '(Deprecated) Whether to enforce that the tasks.max property is respected by the connector. ' +
  'By default, connectors that generate too many tasks will fail, and existing sets of tasks that exceed the ' +
  'tasks.max property will also be failed. If this property is set to false, then connectors will be allowed to ' +
  'generate more than the maximum number of tasks, and existing sets of tasks that exceed the tasks.max property ' +
  'will be allowed to run. This property is deprecated and will be removed in an upcoming major release.';

const CONFIG_RELOAD_ACTION_DOC =
  "The action that Connect should take on the connector when changes in external configuration providers result in a change in the connector's configuration properties. " +
  "A value of 'none' indicates that Connect will do nothing. " +
  "A value of 'restart' indicates that Connect should restart/reload the connector with the updated configuration properties." +
  'The restart may actually be scheduled in the future if the external configuration provider indicates that a configuration value will expire in the future.';

const ERRORS_RETRY_TIMEOUT_DOC =
  'The maximum duration in milliseconds that a failed operation will be reattempted. The default is 0, which means ' +
  'no retries will be attempted. Use -1 for infinite retries.';

const ERRORS_RETRY_MAX_DELAY_DOC =
  'The maximum duration in milliseconds between consecutive retry attempts. Jitter will be added to the delay once ' +
  'this limit is reached to prevent thundering herd issues.';

const ERRORS_TOLERANCE_DOC =
  "Behavior for tolerating errors during connector operation. 'none' is the default value and signals that any " +
  "error will result in an immediate connector task failure; 'all' changes the behavior to skip over problematic records.";

const ERRORS_LOG_ENABLE_DOC =
  'If true, write each error and the details of the failed operation and problematic record to the Connect ' +
  "application log. This is 'false' by default, so that only errors that are not tolerated are reported.";

const ERRORS_LOG_INCLUDE_MESSAGES_DOC =
  'Whether to include in the log the Connect record that resulted in a failure. For sink records, the topic, ' +
  'partition, offset, and timestamp will be logged. For source records, the key and value (and their schemas), all ' +
  'headers, and the timestamp, Kafka topic, Kafka partition, source partition, and source offset will be logged. ' +
  "This is 'false' by default, which will prevent record keys, values, and headers from being written to log files.";

const TOPICS_REGEX_DOC =
  'Regular expression giving topics to consume. Under the hood, the regex is compiled to a ' +
  '<code>java.util.regex.Pattern</code>. Only one of topics or topics.regex should be specified.';

const DLQ_TOPIC_NAME_DOC =
  'The name of the topic to be used as the dead letter queue (DLQ) for messages that result in an error when ' +
  'processed by this sink connector, or its transformations or converters. The topic name is blank by default, ' +
  'which means that no messages are to be recorded in the DLQ.';

const DLQ_CONTEXT_HEADERS_ENABLE_DOC =
  'If true, add headers containing error context to the messages written to the dead letter queue. To avoid ' +
  'clashing with headers from the original record, all error context header keys, all error context header keys ' +
  'will start with <code>__connect.errors.</code>';

const EXACTLY_ONCE_SUPPORT_DOC =
  'Permitted values are requested, required. If set to "required", forces a preflight check for the connector to ' +
  'ensure that it can provide exactly-once semantics with the given configuration. Some connectors may be capable ' +
  'of providing exactly-once semantics but not signal to Connect that they support this; in that case, ' +
  'documentation for the connector should be consulted carefully before creating it, and the value for this ' +
  'property should be set to "requested". Additionally, if the value is set to "required" but the worker that ' +
  'performs preflight validation does not have exactly-once support enabled for source connectors, requests to ' +
  'create or validate the connector will fail.';

const TRANSACTION_BOUNDARY_DOC =
  "Permitted values are: poll, interval, connector. If set to 'poll', a new producer transaction will be started " +
  'and committed for every batch of records that each task from this connector provides to Connect. If set to ' +
  "'connector', relies on connector-defined transaction boundaries; note that not all connectors are capable of " +
  'defining their own transaction boundaries, and in that case, attempts to instantiate a connector with this ' +
  "value will fail. Finally, if set to 'interval', commits transactions only after a user-defined time interval " +
  'has passed.';

const TRANSACTION_BOUNDARY_INTERVAL_DOC =
  "If 'transaction.boundary' is set to 'interval', determines the interval for producer transaction commits by " +
  "connector tasks. If unset, defaults to the value of the worker-level 'offset.flush.interval.ms' property. It " +
  'has no effect if a different transaction.boundary is specified.';

const OFFSETS_TOPIC_DOC =
  'The name of a separate offsets topic to use for this connector. If empty or not specified, the worker\u2019s ' +
  'global offsets topic name will be used. If specified, the offsets topic will be created if it does not already ' +
  "exist on the Kafka cluster targeted by this connector (which may be different from the one used for the worker's " +
  "global offsets topic if the bootstrap.servers property of the connector's producer has been overridden from the " +
  "worker's). Only applicable in distributed mode; in standalone mode, setting this property will have no effect.";

/** Connect plugin supertypes, as class checks name them. */
export const CONVERTER_SUPERTYPE = { simpleName: 'Converter', isInterface: true } as const;
export const HEADER_CONVERTER_SUPERTYPE = { simpleName: 'HeaderConverter', isInterface: true } as const;
export const TRANSFORMATION_SUPERTYPE = { simpleName: 'Transformation', isInterface: true } as const;
export const PREDICATE_SUPERTYPE = { simpleName: 'Predicate', isInterface: true } as const;

/** The default class and version of a converter key (from the worker config), null when none. */
export interface ConverterDefaults {
  readonly className: string | null;
  readonly version: string | null;
}

const NO_CONVERTER: ConverterDefaults = { className: null, version: null };

export interface ConnectorConfigDefOptions {
  /**
   * The installed plugins: resolves CLASS defaults and values, and feeds the recommenders. Without it the
   * recommenders offer nothing (Apache's definition-only `configDef()`), and class defaults must be null.
   */
  readonly catalog?: PluginCatalog | null;
  /**
   * Whether recommenders list installed plugins (Apache's enriched definition used by validation); false gives
   * empty recommendations, as Apache's plain definition does. Default true when a catalog is given.
   */
  readonly recommend?: boolean;
  /** Default of `connector.plugin.version` (the connector's latest installed version); null by default. */
  readonly connectorVersion?: string | null;
  readonly keyConverter?: ConverterDefaults;
  readonly valueConverter?: ConverterDefaults;
  readonly headerConverter?: ConverterDefaults;
}

/** Recommends installed plugin classes (Apache's converter recommenders and the transforms `ClassRecommender`). */
export function classRecommender(
  catalog: PluginCatalog | null,
  classes: (c: PluginCatalog) => string[],
): Recommender {
  return {
    validValues: () => {
      if (catalog === null) return [];
      return [...new Set(classes(catalog))].map((name) => catalog.resolveClass(name) ?? null);
    },
    visible: () => true,
  };
}

function converterVersionRecommender(
  catalog: PluginCatalog | null,
  converterKey: string,
  type: PluginType,
): Recommender {
  return {
    validValues: (_name, parsed) => {
      if (catalog === null) return [];
      const cls = parsed.get(converterKey);
      if (!isJavaClass(cls)) return [];
      return catalog.versions(cls.name, [type]);
    },
    visible: (_name, parsed) => (parsed.get(converterKey) ?? null) !== null,
  };
}

function connectorVersionRecommender(catalog: PluginCatalog | null): Recommender {
  return {
    validValues: (_name, parsed) => {
      if (catalog === null) return [];
      const connectorClass = parsed.get(K.CONNECTOR_CLASS);
      if (typeof connectorClass !== 'string') return [];
      const source = catalog.versions(connectorClass, ['source']);
      return source.length > 0 ? source : catalog.versions(connectorClass, ['sink']);
    },
    visible: (_name, parsed) => (parsed.get(K.CONNECTOR_CLASS) ?? null) !== null,
  };
}

/** Connect's `PluginVersionValidator`: the value must be a valid Maven version or range (null passes). */
export const PLUGIN_VERSION_VALIDATOR: Validator = {
  ensureValid: (_name, value) => {
    try {
      versionRequirement(typeof value === 'string' ? value : null);
    } catch (e) {
      if (e instanceof InvalidVersionSpecificationError) throw new VersionedPluginLoadingError(e.message);
      throw e;
    }
  },
  toString: () => 'PluginVersionValidator',
};

/** Connect's `InstantiableClassValidator`; every class our catalog resolves can be instantiated. */
const INSTANTIABLE_CLASS_VALIDATOR: Validator = {
  ensureValid: () => {},
  toString: () => 'A class with a public, no-argument constructor',
};

function converterClassValidator(
  supertype: typeof CONVERTER_SUPERTYPE | typeof HEADER_CONVERTER_SUPERTYPE,
  binaryName: string,
): Validator {
  return CompositeValidator.of(
    ConcreteSubClassValidator.forSuperClass(supertype, binaryName),
    INSTANTIABLE_CLASS_VALIDATOR,
  );
}

/** `transforms` / `predicates` / `topic.creation.groups`: non-null and without duplicates. */
function aliasValidator(describe: string): Validator {
  return CompositeValidator.of(
    new NonNullValidator(),
    LambdaValidator.with(
      (name, value) => {
        const aliases = value as readonly string[];
        if (aliases.length > new Set(aliases).size) {
          throw ConfigException.invalid(name, value, 'Duplicate alias provided.');
        }
      },
      () => describe,
    ),
  );
}

function classDefault(catalog: PluginCatalog | null, className: string | null): JavaClass | null {
  if (className === null) return null;
  const resolved = catalog?.resolveClass(className);
  if (resolved === undefined)
    throw ConfigException.invalid('default', className, `Class ${className} could not be found.`);
  return resolved;
}

/** `ConnectorConfig.configDef(...)`: the keys every connector has. */
export function connectorConfigDef(options: ConnectorConfigDefOptions = {}): ConfigDef {
  const catalog = options.catalog ?? null;
  const recommending = options.recommend === false ? null : catalog;
  const key = options.keyConverter ?? NO_CONVERTER;
  const value = options.valueConverter ?? NO_CONVERTER;
  const header = options.headerConverter ?? NO_CONVERTER;
  const converters = classRecommender(recommending, (c) => c.classesOf('converter'));
  let order = 0;
  let errorOrder = 0;
  return new ConfigDef()
    .define({
      name: K.NAME,
      type: 'STRING',
      validator: NonEmptyStringWithoutControlChars.nonEmptyStringWithoutControlChars(),
      importance: 'HIGH',
      documentation: 'Globally unique name to use for this connector.',
      group: COMMON_GROUP,
      orderInGroup: ++order,
      width: 'MEDIUM',
      displayName: 'Connector name',
    })
    .define({
      name: K.CONNECTOR_CLASS,
      type: 'STRING',
      importance: 'HIGH',
      documentation: CONNECTOR_CLASS_DOC,
      group: COMMON_GROUP,
      orderInGroup: ++order,
      width: 'LONG',
      displayName: 'Connector class',
    })
    .define({
      name: K.CONNECTOR_VERSION,
      type: 'STRING',
      defaultValue: options.connectorVersion ?? null,
      validator: PLUGIN_VERSION_VALIDATOR,
      importance: 'MEDIUM',
      documentation: 'Version of the connector.',
      group: COMMON_GROUP,
      orderInGroup: ++order,
      width: 'MEDIUM',
      displayName: 'Connector version',
      recommender: connectorVersionRecommender(recommending),
    })
    .define({
      name: K.TASKS_MAX,
      type: 'INT',
      defaultValue: 1,
      validator: Range.atLeast(1),
      importance: 'HIGH',
      documentation: 'Maximum number of tasks to use for this connector.',
      group: COMMON_GROUP,
      orderInGroup: ++order,
      width: 'SHORT',
      displayName: 'Tasks max',
    })
    .define({
      name: K.TASKS_MAX_ENFORCE,
      type: 'BOOLEAN',
      defaultValue: true,
      importance: 'LOW',
      documentation: TASKS_MAX_ENFORCE_DOC,
      group: COMMON_GROUP,
      orderInGroup: ++order,
      width: 'SHORT',
      displayName: 'Enforce tasks max',
    })
    .define({
      name: K.KEY_CONVERTER,
      type: 'CLASS',
      defaultValue: classDefault(catalog, key.className),
      validator: converterClassValidator(CONVERTER_SUPERTYPE, 'org.apache.kafka.connect.storage.Converter'),
      importance: 'LOW',
      documentation: CONVERTER_DOC('keys'),
      group: COMMON_GROUP,
      orderInGroup: ++order,
      width: 'SHORT',
      displayName: 'Key converter class',
      recommender: converters,
    })
    .define({
      name: K.KEY_CONVERTER_VERSION,
      type: 'STRING',
      defaultValue: key.version,
      validator: PLUGIN_VERSION_VALIDATOR,
      importance: 'LOW',
      documentation: 'Version of the key converter.',
      group: COMMON_GROUP,
      orderInGroup: ++order,
      width: 'SHORT',
      displayName: 'Key converter version',
      recommender: converterVersionRecommender(recommending, K.KEY_CONVERTER, 'converter'),
    })
    .define({
      name: K.VALUE_CONVERTER,
      type: 'CLASS',
      defaultValue: classDefault(catalog, value.className),
      validator: converterClassValidator(CONVERTER_SUPERTYPE, 'org.apache.kafka.connect.storage.Converter'),
      importance: 'LOW',
      documentation: CONVERTER_DOC('values'),
      group: COMMON_GROUP,
      orderInGroup: ++order,
      width: 'SHORT',
      displayName: 'Value converter class',
      recommender: converters,
    })
    .define({
      name: K.VALUE_CONVERTER_VERSION,
      type: 'STRING',
      defaultValue: value.version,
      validator: PLUGIN_VERSION_VALIDATOR,
      importance: 'LOW',
      documentation: 'Version of the value converter.',
      group: COMMON_GROUP,
      orderInGroup: ++order,
      width: 'SHORT',
      displayName: 'Value converter version',
      recommender: converterVersionRecommender(recommending, K.VALUE_CONVERTER, 'converter'),
    })
    .define({
      name: K.HEADER_CONVERTER,
      type: 'CLASS',
      defaultValue: classDefault(catalog, header.className),
      validator: converterClassValidator(
        HEADER_CONVERTER_SUPERTYPE,
        'org.apache.kafka.connect.storage.HeaderConverter',
      ),
      importance: 'LOW',
      documentation: HEADER_CONVERTER_DOC,
      group: COMMON_GROUP,
      orderInGroup: ++order,
      width: 'SHORT',
      displayName: 'Header converter class',
      recommender: classRecommender(recommending, (c) => c.classesOf('header_converter')),
    })
    .define({
      name: K.HEADER_CONVERTER_VERSION,
      type: 'STRING',
      defaultValue: header.version,
      validator: PLUGIN_VERSION_VALIDATOR,
      importance: 'LOW',
      documentation: 'Version of the header converter.',
      group: COMMON_GROUP,
      orderInGroup: ++order,
      width: 'SHORT',
      displayName: 'Header converter version',
      recommender: converterVersionRecommender(recommending, K.HEADER_CONVERTER, 'header_converter'),
    })
    .define({
      name: K.TRANSFORMS,
      type: 'LIST',
      defaultValue: [],
      validator: aliasValidator('unique transformation aliases'),
      importance: 'LOW',
      documentation: 'Aliases for the transformations to be applied to records.',
      group: TRANSFORMS_GROUP,
      orderInGroup: ++order,
      width: 'LONG',
      displayName: 'Transforms',
    })
    .define({
      name: K.PREDICATES,
      type: 'LIST',
      defaultValue: [],
      validator: aliasValidator('unique predicate aliases'),
      importance: 'LOW',
      documentation: 'Aliases for the predicates used by transformations.',
      group: PREDICATES_GROUP,
      orderInGroup: ++order,
      width: 'LONG',
      displayName: 'Predicates',
    })
    .define({
      name: K.CONFIG_RELOAD_ACTION,
      type: 'STRING',
      defaultValue: 'restart',
      validator: ValidString.in('none', 'restart'),
      importance: 'LOW',
      documentation: CONFIG_RELOAD_ACTION_DOC,
      group: COMMON_GROUP,
      orderInGroup: ++order,
      width: 'MEDIUM',
      displayName: 'Reload Action',
    })
    .define({
      name: K.ERRORS_RETRY_TIMEOUT,
      type: 'LONG',
      defaultValue: 0,
      importance: 'MEDIUM',
      documentation: ERRORS_RETRY_TIMEOUT_DOC,
      group: ERROR_GROUP,
      orderInGroup: ++errorOrder,
      width: 'MEDIUM',
      displayName: 'Retry Timeout for Errors',
    })
    .define({
      name: K.ERRORS_RETRY_MAX_DELAY,
      type: 'LONG',
      defaultValue: 60000,
      importance: 'MEDIUM',
      documentation: ERRORS_RETRY_MAX_DELAY_DOC,
      group: ERROR_GROUP,
      orderInGroup: ++errorOrder,
      width: 'MEDIUM',
      displayName: 'Maximum Delay Between Retries for Errors',
    })
    .define({
      name: K.ERRORS_TOLERANCE,
      type: 'STRING',
      defaultValue: 'none',
      validator: ValidString.in('none', 'all'),
      importance: 'MEDIUM',
      documentation: ERRORS_TOLERANCE_DOC,
      group: ERROR_GROUP,
      orderInGroup: ++errorOrder,
      width: 'SHORT',
      displayName: 'Error Tolerance',
    })
    .define({
      name: K.ERRORS_LOG_ENABLE,
      type: 'BOOLEAN',
      defaultValue: false,
      importance: 'MEDIUM',
      documentation: ERRORS_LOG_ENABLE_DOC,
      group: ERROR_GROUP,
      orderInGroup: ++errorOrder,
      width: 'SHORT',
      displayName: 'Log Errors',
    })
    .define({
      name: K.ERRORS_LOG_INCLUDE_MESSAGES,
      type: 'BOOLEAN',
      defaultValue: false,
      importance: 'MEDIUM',
      documentation: ERRORS_LOG_INCLUDE_MESSAGES_DOC,
      group: ERROR_GROUP,
      orderInGroup: ++errorOrder,
      width: 'SHORT',
      displayName: 'Log Error Details',
    });
}

/** `SinkConnectorConfig.configDef(...)`: the common keys plus topics, topics.regex and the dead letter queue. */
export function sinkConnectorConfigDef(options: ConnectorConfigDefOptions = {}): ConfigDef {
  return connectorConfigDef(options)
    .define({
      name: K.TOPICS,
      type: 'LIST',
      defaultValue: '',
      importance: 'HIGH',
      documentation: 'List of topics to consume, separated by commas',
      group: COMMON_GROUP,
      orderInGroup: 4,
      width: 'LONG',
      displayName: 'Topics',
    })
    .define({
      name: K.TOPICS_REGEX,
      type: 'STRING',
      defaultValue: '',
      validator: new RegexValidator(),
      importance: 'HIGH',
      documentation: TOPICS_REGEX_DOC,
      group: COMMON_GROUP,
      orderInGroup: 4,
      width: 'LONG',
      displayName: 'Topics regex',
    })
    .define({
      name: K.DLQ_TOPIC_NAME,
      type: 'STRING',
      defaultValue: '',
      importance: 'MEDIUM',
      documentation: DLQ_TOPIC_NAME_DOC,
      group: ERROR_GROUP,
      orderInGroup: 6,
      width: 'MEDIUM',
      displayName: 'Dead Letter Queue Topic Name',
    })
    .define({
      name: K.DLQ_TOPIC_REPLICATION_FACTOR,
      type: 'SHORT',
      defaultValue: 3,
      importance: 'MEDIUM',
      documentation:
        "Replication factor used to create the dead letter queue topic when it doesn't already exist.",
      group: ERROR_GROUP,
      orderInGroup: 7,
      width: 'MEDIUM',
      displayName: 'Dead Letter Queue Topic Replication Factor',
    })
    .define({
      name: K.DLQ_CONTEXT_HEADERS_ENABLE,
      type: 'BOOLEAN',
      defaultValue: false,
      importance: 'MEDIUM',
      documentation: DLQ_CONTEXT_HEADERS_ENABLE_DOC,
      group: ERROR_GROUP,
      orderInGroup: 8,
      width: 'MEDIUM',
      displayName: 'Enable Error Context Headers',
    });
}

/** `SourceConnectorConfig.configDef(...)`: the common keys plus topic creation, exactly-once and offsets topic. */
export function sourceConnectorConfigDef(options: ConnectorConfigDefOptions = {}): ConfigDef {
  const atLeastZero = Range.atLeast(0);
  let order = 0;
  return new ConfigDef(connectorConfigDef(options))
    .define({
      name: K.TOPIC_CREATION_GROUPS,
      type: 'LIST',
      defaultValue: [],
      validator: aliasValidator('unique topic creation groups'),
      importance: 'LOW',
      documentation: 'Groups of configurations for topics created by source connectors',
      group: TOPIC_CREATION_GROUP,
      orderInGroup: ++order,
      width: 'LONG',
      displayName: 'Topic Creation Groups',
    })
    .define({
      name: K.EXACTLY_ONCE_SUPPORT,
      type: 'STRING',
      defaultValue: 'requested',
      validator: CaseInsensitiveValidString.in('requested', 'required'),
      importance: 'MEDIUM',
      documentation: EXACTLY_ONCE_SUPPORT_DOC,
      group: EXACTLY_ONCE_SUPPORT_GROUP,
      orderInGroup: ++order,
      width: 'SHORT',
      displayName: 'Exactly once support',
    })
    .define({
      name: K.TRANSACTION_BOUNDARY,
      type: 'STRING',
      defaultValue: 'poll',
      validator: CaseInsensitiveValidString.in('poll', 'interval', 'connector'),
      importance: 'MEDIUM',
      documentation: TRANSACTION_BOUNDARY_DOC,
      group: EXACTLY_ONCE_SUPPORT_GROUP,
      orderInGroup: ++order,
      width: 'SHORT',
      displayName: 'Transaction Boundary',
    })
    .define({
      name: K.TRANSACTION_BOUNDARY_INTERVAL,
      type: 'LONG',
      defaultValue: null,
      validator: LambdaValidator.with(
        (name, value, type) => {
          if (value !== null) atLeastZero.ensureValid(name, value, type);
        },
        () => atLeastZero.toString(),
      ),
      importance: 'LOW',
      documentation: TRANSACTION_BOUNDARY_INTERVAL_DOC,
      group: EXACTLY_ONCE_SUPPORT_GROUP,
      orderInGroup: ++order,
      width: 'SHORT',
      displayName: 'Transaction boundary interval',
    })
    .define({
      name: K.OFFSETS_TOPIC,
      type: 'STRING',
      defaultValue: null,
      validator: new NonEmptyString(),
      importance: 'LOW',
      documentation: OFFSETS_TOPIC_DOC,
      group: OFFSETS_TOPIC_GROUP,
      orderInGroup: 1,
      width: 'LONG',
      displayName: 'Offsets topic',
    });
}

/** `Utils.isBlank`: null, or empty after Java's trim. */
export function isBlank(value: string | null | undefined): boolean {
  return value === null || value === undefined || javaTrim(value).length === 0;
}

/** A submitted value as a string; null when missing or null. */
export function rawString(raw: ReadonlyMap<string, unknown>, key: string): string | null {
  const value = raw.get(key);
  return typeof value === 'string' ? value : null;
}

/** `SinkConnectorConfig.parseTopicsList`: the `topics` list without empty names and repeats. */
export function parseTopicsList(props: RawConfig): string[] {
  const topics = parseType(K.TOPICS, rawConfigMap(props).get(K.TOPICS), 'LIST') as readonly string[] | null;
  return [...new Set((topics ?? []).filter((t) => t.length > 0))];
}

/**
 * `SinkConnectorConfig.validate(props, validatedConfig)`: exactly one of topics / topics.regex, and the DLQ topic
 * neither listed in topics nor matched by topics.regex. Errors are added to the values in `validated` (created when
 * missing). A DLQ topic name given as null fails, as Apache's does (it is not a config error there either).
 */
export function validateSinkTopics(props: RawConfig, validated: Map<string, ConfigValue>): void {
  const raw = rawConfigMap(props);
  const topicsList = rawString(raw, K.TOPICS);
  const topicsRegex = rawString(raw, K.TOPICS_REGEX);
  const dlqRaw = raw.has(K.DLQ_TOPIC_NAME) ? raw.get(K.DLQ_TOPIC_NAME) : '';
  if (typeof dlqRaw !== 'string') throw new TypeError(`${K.DLQ_TOPIC_NAME} may not be null`);
  const dlqTopic = javaTrim(dlqRaw);
  const hasTopics = !isBlank(topicsList);
  const hasTopicsRegex = !isBlank(topicsRegex);
  const addError = (name: string, value: string | null, message: string) => {
    let configValue = validated.get(name);
    if (configValue === undefined) {
      configValue = new ConfigValue(name, value);
      validated.set(name, configValue);
    }
    configValue.addErrorMessage(message);
  };
  if (hasTopics && hasTopicsRegex) {
    const message = `${K.TOPICS} and ${K.TOPICS_REGEX} are mutually exclusive options, but both are set.`;
    addError(K.TOPICS, topicsList, message);
    addError(K.TOPICS_REGEX, topicsRegex, message);
  }
  if (!hasTopics && !hasTopicsRegex) {
    const message = `Must configure one of ${K.TOPICS} or ${K.TOPICS_REGEX}`;
    addError(K.TOPICS, topicsList, message);
    addError(K.TOPICS_REGEX, topicsRegex, message);
  }
  if (dlqTopic.length > 0) {
    if (hasTopics) {
      const topics = parseTopicsList(props);
      if (topics.includes(dlqTopic)) {
        addError(
          K.TOPICS,
          topicsList,
          `The DLQ topic '${dlqTopic}' may not be included in the list of topics ('${K.TOPICS}=[${topics.join(', ')}]') consumed by the connector`,
        );
      }
    }
    if (hasTopicsRegex) {
      const regex = topicsRegex as string;
      const syntaxError = checkJavaRegex(regex);
      if (syntaxError !== null) throw new SyntaxError(syntaxError);
      if (compileJavaRegexFullMatch(regex)?.test(dlqTopic)) {
        addError(
          K.TOPICS_REGEX,
          topicsRegex,
          `The DLQ topic '${dlqTopic}' may not be matched by the regex for the topics ('${K.TOPICS_REGEX}=${regex}') consumed by the connector`,
        );
      }
    }
  }
}

/** Whether a sink config names a dead letter queue topic (`SinkConnectorConfig.hasDlqTopicConfig`). */
export function hasDlqTopic(props: RawConfig): boolean {
  const value = rawConfigMap(props).get(K.DLQ_TOPIC_NAME);
  return typeof value === 'string' && !isBlank(value);
}

/** Whether a source config uses topic creation (`SourceConnectorConfig.usesTopicCreation`). */
export function usesTopicCreation(props: RawConfig): boolean {
  return [...rawConfigMap(props).keys()].some((k) => k.startsWith(TOPIC_CREATION_PREFIX));
}
