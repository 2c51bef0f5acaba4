/**
 * Connector config validation as Apache Connect's `AbstractHerder.validateConnectorConfig` does it (4.1.1): the
 * body of `PUT /connector-plugins/{plugin}/config/validate`, the 400 message of create/update, and the definition
 * list of `GET /connector-plugins/{plugin}/config`.
 *
 * Pure: the caller passes the connector plugin's definition (and optional extra validation), the worker's plugin
 * catalog and the worker settings validation depends on. Entry order follows Apache's exactly, including the
 * places where Apache iterates a Java HashMap.
 * Not covered: config provider references (`${provider:path:key}`) are validated as literal text.
 */

import { enrichConnectorConfigDef, fetchPluginVersion } from './alias-enrichment.ts';
import {
  type ConfigDef,
  type ConfigKey,
  ConfigValue,
  parseType,
  type RawConfig,
  rawConfigMap,
} from './config-def.ts';
import {
  type ConfigInfos,
  type ConfigKeyInfo,
  convertConfigKey,
  generateResult,
  mergeConfigInfos,
  prefixedConfigInfos,
} from './config-info.ts';
import {
  ADMIN_OVERRIDES_PREFIX,
  CONSUMER_OVERRIDES_PREFIX,
  type ConverterDefaults,
  connectorConfigDef,
  hasDlqTopic,
  ConnectorConfigKeys as K,
  PRODUCER_OVERRIDES_PREFIX,
  sinkConnectorConfigDef,
  sourceConnectorConfigDef,
  usesTopicCreation,
  validateSinkTopics,
} from './connector-config.ts';
import {
  checkExactlyOnceSupport,
  checkSinkGroupId,
  checkTransactionBoundary,
  type DistributedWorkerSettings,
  type SourceCapabilities,
  usesSeparateOffsetsTopicClients,
} from './distributed-checks.ts';
import { javaHashMapCopyOrder, javaHashMapOrder } from './java-hash-order.ts';
import { type PluginCatalog, type PluginType, VersionedPluginLoadingError } from './plugin-catalog.ts';
import { InvalidVersionSpecificationError, versionRequirement } from './plugin-version.ts';

export type ConnectorKind = 'source' | 'sink';

/** A request Apache rejects before validating (HTTP 400), e.g. a config without `connector.class`. */
export class BadConnectorConfigRequest extends Error {
  override readonly name = 'BadConnectorConfigRequest';
}

/** Which connector-level client overrides the worker permits (`connector.client.config.override.policy`). */
export type ClientConfigOverridePolicy = 'All' | 'None' | 'Principal';

const PRINCIPAL_ALLOWED = ['sasl.jaas.config', 'sasl.mechanism', 'security.protocol'];

/** The worker settings validation depends on. */
export interface WorkerValidationSettings {
  /** Worker `key.converter` as configured (class name or alias); null when unset. */
  readonly keyConverter: string | null;
  readonly keyConverterVersion?: string | null;
  readonly valueConverter: string | null;
  readonly valueConverterVersion?: string | null;
  /** Worker `header.converter` class name (Apache's default is SimpleHeaderConverter). */
  readonly headerConverter: string | null;
  readonly headerConverterVersion?: string | null;
  /** Default `All`. */
  readonly clientConfigOverridePolicy?: ClientConfigOverridePolicy;
  /** Producer/consumer/admin client definitions, to describe `*.override.*` keys; unknown keys get none. */
  readonly producerConfigDef?: ConfigDef;
  readonly consumerConfigDef?: ConfigDef;
  readonly adminConfigDef?: ConfigDef;
  /**
   * Set for a worker in distributed mode: adds `DistributedHerder`'s checks (sink consumer group vs worker group,
   * exactly-once and transaction boundary capabilities) and its separate-offsets-topic client rules.
   */
  readonly distributed?: DistributedWorkerSettings | null;
}

export const APACHE_DEFAULT_HEADER_CONVERTER = 'org.apache.kafka.connect.storage.SimpleHeaderConverter';

export interface ConnectorValidationInput {
  readonly connectorType: ConnectorKind;
  /** The connector's `config()`. */
  readonly configDef: ConfigDef;
  /**
   * The connector's `validate(props)`; by default `configDef.validate(props)` (Apache's `Connector.validate`).
   * Values returned here replace the framework's values for the same key.
   */
  readonly validate?: (props: ReadonlyMap<string, string | null>) => readonly ConfigValue[];
  /** A source connector's exactly-once capabilities (checked in distributed mode). */
  readonly capabilities?: SourceCapabilities;
  readonly catalog: PluginCatalog;
  readonly worker: WorkerValidationSettings;
}

const NULL_VALUE_ERROR = 'Null value can not be supplied as the configuration value.';

/** Java's `AbstractMap.toString()` for a String map: `{k=v, k2=null}`. */
function javaMapString(keys: readonly string[], raw: ReadonlyMap<string, string | null>): string {
  return `{${keys.map((k) => `${k}=${raw.get(k) ?? 'null'}`).join(', ')}}`;
}

function stringProps(props: RawConfig): Map<string, string | null> {
  const result = new Map<string, string | null>();
  for (const [k, v] of rawConfigMap(props)) {
    result.set(k, v === null || v === undefined ? null : String(v));
  }
  return result;
}

class Validation {
  private readonly input: ConnectorValidationInput;
  private readonly raw: Map<string, string | null>;
  /** The order Apache iterates the submitted config in (it copies it into a HashMap first). */
  private readonly propsOrder: string[];
  private readonly connType: string;

  constructor(input: ConnectorValidationInput, raw: Map<string, string | null>, connType: string) {
    this.input = input;
    this.raw = raw;
    this.propsOrder = javaHashMapCopyOrder([...raw.keys()]);
    this.connType = connType;
  }

  private get catalog(): PluginCatalog {
    return this.input.catalog;
  }

  private prop(key: string): string | null {
    return this.raw.get(key) ?? null;
  }

  run(): ConfigInfos {
    let connectorRange: ReturnType<typeof versionRequirement>;
    try {
      connectorRange = versionRequirement(this.prop(K.CONNECTOR_VERSION));
    } catch (e) {
      if (e instanceof InvalidVersionSpecificationError) throw new BadConnectorConfigRequest(e.message);
      throw e;
    }
    try {
      this.catalog.requireVersion(this.connType, connectorRange);
    } catch (e) {
      if (e instanceof VersionedPluginLoadingError) return this.invalidVersionedConnector(e);
      throw e;
    }

    const enrichedDef = this.enrichedConfigDef();
    const validated = enrichedDef.validateAll(this.raw, { resolveClass: this.catalog.resolveClass });
    if (this.input.connectorType === 'sink') validateSinkTopics(this.raw, validated);
    const checkedKeys = this.distributedChecks(validated);
    const nullKeys = this.addNullValuedErrors(validated);
    // Converter checks may add errors to the converter keys, so they run before the results are built.
    const converterInfos = this.validateConverters(validated);
    const clientInfos = this.validateClientOverrides();
    const validatedOrder = javaHashMapOrder([...enrichedDef.names(), ...checkedKeys, ...nullKeys]);
    const connectorInfos = this.connectorResult(
      enrichedDef,
      validatedOrder.map((n) => validated.get(n) as ConfigValue),
    );
    return mergeConfigInfos(this.connType, connectorInfos, clientInfos, converterInfos);
  }

  /** `DistributedHerder`'s extra checks; returns the keys they added to `validated`. */
  private distributedChecks(validated: Map<string, ConfigValue>): string[] {
    const distributed = this.input.worker.distributed;
    if (!distributed) return [];
    if (this.input.connectorType === 'sink')
      return checkSinkGroupId(this.raw, validated, distributed.groupId);
    const capabilities = this.input.capabilities ?? {};
    checkExactlyOnceSupport(this.raw, validated, distributed, capabilities);
    checkTransactionBoundary(this.raw, validated, capabilities);
    return [];
  }

  /** `SourceConnectorConfig/SinkConnectorConfig.enrichedConfigDef(plugins, props, worker)` then `enrich(...)`. */
  private enrichedConfigDef(): ConfigDef {
    const worker = this.input.worker;
    const options = {
      catalog: this.catalog,
      connectorVersion: this.catalog.latestVersion(this.connType, ['sink', 'source']),
      keyConverter: this.converterDefaults(
        K.KEY_CONVERTER,
        worker.keyConverter,
        worker.keyConverterVersion,
        'converter',
      ),
      valueConverter: this.converterDefaults(
        K.VALUE_CONVERTER,
        worker.valueConverter,
        worker.valueConverterVersion,
        'converter',
      ),
      headerConverter: this.converterDefaults(
        K.HEADER_CONVERTER,
        worker.headerConverter,
        worker.headerConverterVersion,
        'header_converter',
      ),
    };
    const base =
      this.input.connectorType === 'source'
        ? sourceConnectorConfigDef(options)
        : sinkConnectorConfigDef(options);
    return enrichConnectorConfigDef(this.catalog, base, this.raw, false);
  }

  /**
   * `ConnectorConfig.converterDefaults`: the worker's converter is the default class; the default version is the
   * one the connector's own converter would load with, else the worker's configured or latest version.
   */
  private converterDefaults(
    key: string,
    workerConverter: string | null,
    workerVersion: string | null | undefined,
    type: PluginType,
  ): ConverterDefaults {
    const connectorConverter = this.prop(key);
    const connectorClass = this.prop(K.CONNECTOR_CLASS);
    if (connectorClass === null || (connectorConverter === null && workerConverter === null)) {
      return { className: null, version: null };
    }
    let version: string | null;
    if (connectorConverter !== null) {
      version = fetchPluginVersion(
        this.catalog,
        connectorClass,
        this.prop(K.CONNECTOR_VERSION),
        connectorConverter,
        type,
      );
    } else {
      version = workerVersion ?? this.catalog.latestVersion(workerConverter, [type]);
    }
    return { className: workerConverter, version };
  }

  /** `addNullValuedErrors`; returns the keys it had to add, in the order added. */
  private addNullValuedErrors(validated: Map<string, ConfigValue>): string[] {
    const added: string[] = [];
    for (const key of this.propsOrder) {
      if (this.raw.get(key) !== null) continue;
      let value = validated.get(key);
      if (value === undefined) {
        value = new ConfigValue(key);
        validated.set(key, value);
        added.push(key);
      }
      value.addErrorMessage(NULL_VALUE_ERROR);
    }
    return added;
  }

  private validateConverters(validated: Map<string, ConfigValue>): ConfigInfos {
    const header = this.validateConverter(
      validated,
      K.HEADER_CONVERTER,
      K.HEADER_CONVERTER_VERSION,
      'header_converter',
      'header',
    );
    const key = this.validateConverter(
      validated,
      K.KEY_CONVERTER,
      K.KEY_CONVERTER_VERSION,
      'converter',
      'key',
    );
    const value = this.validateConverter(
      validated,
      K.VALUE_CONVERTER,
      K.VALUE_CONVERTER_VERSION,
      'converter',
      'value',
    );
    return mergeConfigInfos(this.connType, header, key, value);
  }

  /**
   * `AbstractHerder.validateConverterConfig`: for a converter named in the connector config (and valid so far),
   * checks its version and validates its `<key>.*` sub-configs against its own definition, when the catalog has it.
   */
  private validateConverter(
    validated: Map<string, ConfigValue>,
    classKey: string,
    versionKey: string,
    type: PluginType,
    converterType: 'key' | 'value' | 'header',
  ): ConfigInfos | null {
    const pluginClass = this.prop(classKey);
    const classValue = validated.get(classKey);
    const versionValue = validated.get(versionKey);
    if (pluginClass === null || classValue === undefined || classValue.errorMessages.length > 0) return null;
    if (versionValue !== undefined && versionValue.errorMessages.length > 0) return null;
    try {
      this.catalog.requireVersion(pluginClass, versionRequirement(this.prop(versionKey)));
    } catch (e) {
      if (e instanceof VersionedPluginLoadingError) {
        classValue.addErrorMessage(e.message);
        versionValue?.addErrorMessage(e.message);
        return null;
      }
      if (e instanceof InvalidVersionSpecificationError) {
        versionValue?.addErrorMessage(e.message);
        return null;
      }
      throw e;
    }
    const configDef = this.catalog.configDef(pluginClass, type);
    if (configDef === null) return null;
    const prefix = `${classKey}.`;
    const subConfig = new Map<string, string | null>();
    for (const key of this.propsOrder) {
      if (key.startsWith(prefix)) subConfig.set(key.slice(prefix.length), this.raw.get(key) ?? null);
    }
    if (!subConfig.has('converter.type')) subConfig.set('converter.type', converterType);
    const values = configDef.validate(subConfig, { resolveClass: this.catalog.resolveClass });
    return prefixedConfigInfos(configDef.configKeys(), values, prefix);
  }

  /** `AbstractHerder.validateClientOverrides`: producer, consumer and admin `*.override.*` keys. */
  private validateClientOverrides(): ConfigInfos {
    const sink = this.input.connectorType === 'sink';
    const worker = this.input.worker;
    const dlq = sink && hasDlqTopic(this.raw);
    const usesProducer = !sink || dlq;
    const distributed = worker.distributed;
    const separateOffsets = () =>
      !sink &&
      distributed !== null &&
      distributed !== undefined &&
      usesSeparateOffsetsTopicClients(this.raw, distributed);
    const usesAdmin = sink ? dlq : usesTopicCreation(this.raw) || separateOffsets();
    const producer = usesProducer
      ? this.clientOverrides(PRODUCER_OVERRIDES_PREFIX, worker.producerConfigDef)
      : null;
    const admin = usesAdmin ? this.clientOverrides(ADMIN_OVERRIDES_PREFIX, worker.adminConfigDef) : null;
    const consumer =
      sink || separateOffsets()
        ? this.clientOverrides(CONSUMER_OVERRIDES_PREFIX, worker.consumerConfigDef)
        : null;
    return mergeConfigInfos(this.connType, producer, consumer, admin);
  }

  private clientOverrides(prefix: string, clientDef: ConfigDef | undefined): ConfigInfos {
    const policy = this.input.worker.clientConfigOverridePolicy ?? 'All';
    const keys = clientDef?.configKeys() ?? new Map<string, ConfigKey>();
    const names = javaHashMapOrder(
      this.propsOrder.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)),
    );
    const values = names.map((name) => {
      const rawValue = this.raw.get(prefix + name) ?? null;
      const key = keys.get(name);
      const parsed =
        key === undefined ? rawValue : parseType(name, rawValue, key.type, this.catalog.resolveClass);
      const value = new ConfigValue(name, parsed);
      const allowed = policy === 'All' || (policy === 'Principal' && PRINCIPAL_ALLOWED.includes(name));
      if (!allowed) {
        value.addErrorMessage(
          `The '${policy}' policy does not allow '${name}' to be overridden in the connector configuration.`,
        );
      }
      return value;
    });
    return prefixedConfigInfos(keys, values, prefix);
  }

  /** `validateConnectorPluginSpecifiedConfigs`: framework results plus the connector's own definition and checks. */
  private connectorResult(enrichedDef: ConfigDef, frameworkValues: readonly ConfigValue[]): ConfigInfos {
    const pluginDef = this.input.configDef;
    const configKeys = new Map<string, ConfigKey>(enrichedDef.configKeys());
    for (const [name, key] of pluginDef.configKeys()) configKeys.set(name, key);
    const groups = [...enrichedDef.groups()];
    for (const group of pluginDef.groups()) if (!groups.includes(group)) groups.push(group);
    const pluginValues =
      this.input.validate?.(this.raw) ??
      pluginDef.validate(this.raw, { resolveClass: this.catalog.resolveClass });
    return generateResult(this.connType, configKeys, [...frameworkValues, ...pluginValues], groups);
  }

  /** `invalidVersionedConnectorValidation`: no connector matches the requested version; only common keys. */
  private invalidVersionedConnector(error: VersionedPluginLoadingError): ConfigInfos {
    const def = connectorConfigDef({
      catalog: this.catalog,
      recommend: false,
      connectorVersion: this.catalog.latestVersion(this.connType, ['sink', 'source']),
    });
    const validated = def.validateAll(this.raw, { resolveClass: this.catalog.resolveClass });
    validated.get(K.CONNECTOR_CLASS)?.addErrorMessage(error.message);
    const version = validated.get(K.CONNECTOR_VERSION);
    if (version !== undefined) {
      version.addErrorMessage(error.message);
      version.recommendedValues = [...(error.availableVersions ?? [])];
    }
    const nullKeys = this.addNullValuedErrors(validated);
    const order = javaHashMapOrder([...def.names(), ...nullKeys]);
    return generateResult(
      this.connType,
      def.configKeys(),
      order.map((n) => validated.get(n) as ConfigValue),
      def.groups(),
    );
  }
}

/**
 * The `PUT /connector-plugins/{plugin}/config/validate` answer for `props` (values may be null): framework keys,
 * transforms/predicates, the connector's keys, client overrides and converter sub-configs, with error counts.
 * Throws BadConnectorConfigRequest where Apache answers 400 instead (no `connector.class`, malformed
 * `connector.plugin.version`).
 */
export function validateConnectorConfig(input: ConnectorValidationInput, props: RawConfig): ConfigInfos {
  const raw = stringProps(props);
  const connType = raw.get(K.CONNECTOR_CLASS) ?? null;
  if (connType === null) {
    const shown = javaMapString(javaHashMapCopyOrder([...raw.keys()]), raw);
    throw new BadConnectorConfigRequest(`Connector config ${shown} contains no connector type`);
  }
  return new Validation(input, raw, connType).run();
}

/**
 * The 400 message of `POST /connectors` and `PUT /connectors/{name}/config` for a config with errors, or null
 * when `error_count` is 0 (`AbstractHerder.maybeAddConfigErrors`).
 */
export function configErrorsMessage(infos: ConfigInfos): string | null {
  if (infos.error_count <= 0) return null;
  let message = `Connector configuration is invalid and contains the following ${infos.error_count} error(s):`;
  for (const config of infos.configs) {
    for (const error of config.value?.errors ?? []) message += `\n${error}`;
  }
  return `${message}\nYou can also find the above list of errors at the endpoint \`/connector-plugins/{connectorType}/config/validate\``;
}

/**
 * `GET /connector-plugins/{plugin}/config` for a connector: its own keys first, then the framework keys it does not
 * define itself. `connectorClass` is the plugin's class name (for the `connector.plugin.version` default).
 */
export function connectorPluginConfig(
  connectorType: ConnectorKind,
  pluginDef: ConfigDef,
  catalog: PluginCatalog | null,
  connectorClass: string,
): ConfigKeyInfo[] {
  const options = {
    catalog,
    recommend: false,
    connectorVersion: catalog?.latestVersion(connectorClass, ['sink', 'source']) ?? null,
  };
  const base =
    connectorType === 'source' ? sourceConnectorConfigDef(options) : sinkConnectorConfigDef(options);
  const keys = new Map<string, ConfigKey>(pluginDef.configKeys());
  for (const [name, key] of base.configKeys()) if (!keys.has(name)) keys.set(name, key);
  return [...keys.values()].map((key) => convertConfigKey(key));
}
