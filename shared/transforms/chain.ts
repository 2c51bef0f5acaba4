/**
 * The transformation chain a connector config describes (Apache's `ConnectorConfig.transformationStages`,
 * `TransformationStage` and `TransformationChain`):
 *
 *   transforms=a,b                      aliases, applied in this order
 *   transforms.a.type=<class or alias>  e.g. org.apache.kafka.connect.transforms.InsertField$Value, RegexRouter
 *   transforms.a.<key>=...              the transformation's own settings
 *   transforms.a.predicate=p            apply only to records the predicate matches...
 *   transforms.a.negate=true            ...or does not match
 *   predicates=p
 *   predicates.p.type=<class or alias>  e.g. TopicNameMatches
 *   predicates.p.<key>=...
 *
 * Building it fails as a task start fails in Apache: settings the enriched connector definition rejects throw
 * ConfigException (as `new ConnectorConfig(...)` does); a transformation or predicate that cannot be created or
 * configured throws ConnectException wrapping the cause ("org.apache.kafka.common.config.ConfigException: ...").
 * Applying it runs the stages in order and stops at the first null; errors from a stage propagate unchanged (error
 * tolerance is the task runner's business).
 */

import { enrichConnectorConfigDef } from '../config/alias-enrichment.ts';
import {
  ConfigDef,
  ConfigException,
  isJavaClass,
  type RawConfig,
  rawConfigMap,
} from '../config/config-def.ts';
import {
  connectorConfigDef,
  ConnectorConfigKeys as K,
  PLUGIN_VERSION_SUFFIX,
} from '../config/connector-config.ts';
import { javaEqualsIgnoreCase } from '../config/java-text.ts';
import { PluginCatalog } from '../config/plugin-catalog.ts';
import { versionRequirement } from '../config/plugin-version.ts';
import { ConnectException } from '../data/errors.ts';
import type { Predicate, Transformation, TransformPlugin } from './plugin.ts';
import type { ConnectRecord } from './record.ts';
import { TRANSFORM_PLUGIN_DESCRIPTORS, TRANSFORM_PLUGINS } from './registry.ts';

const PREDICATE_CONFIG = 'predicate';
const NEGATE_CONFIG = 'negate';

/** One configured stage: a transformation, optionally guarded by a (possibly negated) predicate. */
export interface TransformationStage {
  readonly alias: string;
  readonly className: string;
  readonly predicate: { readonly alias: string; readonly className: string } | null;
  readonly negate: boolean;
  apply(record: ConnectRecord): ConnectRecord | null;
}

/** Applies the stages in order; null means the record was dropped. */
export type TransformationChain = ((record: ConnectRecord) => ConnectRecord | null) & {
  readonly stages: readonly TransformationStage[];
};

export interface TransformationChainOptions {
  /**
   * Resolves class names and aliases, checks versions and knows the plugins' definitions (the worker's catalog).
   * Default: a catalog of the bundled transformations and predicates.
   */
  readonly catalog?: PluginCatalog;
  /** Implementations by binary class name. Default: the bundled ones. */
  readonly plugins?: readonly TransformPlugin[];
}

const JAVA_EXCEPTION_NAMES: Readonly<Record<string, string>> = {
  ConfigException: 'org.apache.kafka.common.config.ConfigException',
  ConnectException: 'org.apache.kafka.connect.errors.ConnectException',
  DataException: 'org.apache.kafka.connect.errors.DataException',
  SchemaBuilderException: 'org.apache.kafka.connect.errors.SchemaBuilderException',
  IllegalArgumentException: 'java.lang.IllegalArgumentException',
  NullPointerException: 'java.lang.NullPointerException',
  IndexOutOfBoundsException: 'java.lang.IndexOutOfBoundsException',
  ArrayIndexOutOfBoundsException: 'java.lang.ArrayIndexOutOfBoundsException',
};

/** Java's `new ConnectException(cause)`: the message is `cause.toString()`. */
function wrap(error: unknown): ConnectException {
  if (!(error instanceof Error)) return new ConnectException(String(error), { cause: error });
  const name = JAVA_EXCEPTION_NAMES[error.name] ?? error.name;
  return new ConnectException(error.message.length > 0 ? `${name}: ${error.message}` : name, {
    cause: error,
  });
}

/** The `transforms` and `predicates` keys exactly as Apache defines them. */
function aliasListsDef(): ConfigDef {
  const common = connectorConfigDef();
  const def = new ConfigDef();
  for (const name of [K.TRANSFORMS, K.PREDICATES]) {
    const key = common.configKeys().get(name);
    if (key !== undefined) def.define(key);
  }
  return def;
}

/** `originalsWithPrefix(prefix)`: the submitted settings under the prefix, with the prefix removed. */
function withPrefix(raw: ReadonlyMap<string, unknown>, prefix: string): Map<string, unknown> {
  const result = new Map<string, unknown>();
  for (const [key, value] of raw) if (key.startsWith(prefix)) result.set(key.slice(prefix.length), value);
  return result;
}

let bundledCatalog: PluginCatalog | undefined;

/** Builds the chain a connector config describes; throws as Apache's task start does for bad settings. */
export function buildTransformationChain(
  connectorConfig: RawConfig,
  options: TransformationChainOptions = {},
): TransformationChain {
  bundledCatalog ??= new PluginCatalog(TRANSFORM_PLUGIN_DESCRIPTORS);
  const catalog = options.catalog ?? bundledCatalog;
  const implementations = new Map(
    (options.plugins ?? TRANSFORM_PLUGINS).map((p) => [p.className, p] as const),
  );
  const raw = rawConfigMap(connectorConfig);
  const enriched = enrichConnectorConfigDef(catalog, aliasListsDef(), raw, true);
  const parsed = enriched.parse(raw, { resolveClass: catalog.resolveClass });

  /** `getTransformationOrPredicate`: the plugin a `type` key names, at the requested version. */
  const pluginFor = (typeKey: string, versionKey: string): TransformPlugin => {
    try {
      for (const key of [versionKey, typeKey]) {
        if (!parsed.has(key)) throw new ConfigException(`Unknown configuration '${key}'`);
      }
      const cls = parsed.get(typeKey);
      if (!isJavaClass(cls)) throw new ConfigException(`Unknown configuration '${typeKey}'`);
      const version = parsed.get(versionKey);
      catalog.requireVersion(cls.name, versionRequirement(typeof version === 'string' ? version : null));
      const plugin = implementations.get(cls.name);
      if (plugin === undefined) throw new ConnectException(`No implementation of ${cls.name} is installed`);
      return plugin;
    } catch (e) {
      throw wrap(e);
    }
  };

  const aliases = (parsed.get(K.TRANSFORMS) as readonly string[] | null) ?? [];
  const stages = aliases.map((alias): TransformationStage => {
    const prefix = `${K.TRANSFORMS}.${alias}.`;
    try {
      const plugin = pluginFor(`${prefix}type`, `${prefix}${PLUGIN_VERSION_SUFFIX}`);
      if (plugin.type !== 'transformation')
        throw new ConnectException(`${plugin.className} is not a Transformation`);
      const configs = withPrefix(raw, prefix);
      const predicateAlias = configs.get(PREDICATE_CONFIG);
      const negateText = configs.get(NEGATE_CONFIG);
      configs.delete(PREDICATE_CONFIG);
      configs.delete(NEGATE_CONFIG);
      const transformation: Transformation = plugin.create(configs);
      if (predicateAlias === null || predicateAlias === undefined) {
        return {
          alias,
          className: plugin.className,
          predicate: null,
          negate: false,
          apply: (record) => transformation.apply(record),
        };
      }
      const predicatePrefix = `${K.PREDICATES}.${String(predicateAlias)}.`;
      const predicatePlugin = pluginFor(
        `${predicatePrefix}type`,
        `${predicatePrefix}${PLUGIN_VERSION_SUFFIX}`,
      );
      if (predicatePlugin.type !== 'predicate') {
        throw new ConnectException(`${predicatePlugin.className} is not a Predicate`);
      }
      const predicate: Predicate = predicatePlugin.create(withPrefix(raw, predicatePrefix));
      const negate =
        negateText !== null && negateText !== undefined && javaEqualsIgnoreCase(String(negateText), 'true');
      return {
        alias,
        className: plugin.className,
        predicate: { alias: String(predicateAlias), className: predicatePlugin.className },
        negate,
        apply: (record) => (negate !== predicate.test(record) ? transformation.apply(record) : record),
      };
    } catch (e) {
      throw wrap(e);
    }
  });

  const chain = (record: ConnectRecord): ConnectRecord | null => {
    let current: ConnectRecord | null = record;
    for (const stage of stages) {
      current = stage.apply(current);
      if (current === null) break;
    }
    return current;
  };
  return Object.assign(chain, { stages: Object.freeze(stages) });
}
