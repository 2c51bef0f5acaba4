/**
 * The keys `transforms` and `predicates` add to a connector's definition (Apache's `ConnectorConfig.enrich` and
 * `EnrichablePlugin`): for each alias, `<prefix>.type` (the plugin class), `<prefix>.plugin.version`, and the
 * plugin's own keys embedded under the prefix (for transformations also the implicit `predicate` and `negate`).
 * The class and version checks run as validators of the `type` / `plugin.version` keys, as in Apache.
 */
import {
  ConfigDef,
  ConfigException,
  ConfigKey,
  isJavaClass,
  type JavaClass,
  parseType,
  type RawConfig,
  rawConfigMap,
} from './config-def.ts';
import {
  classRecommender,
  ConnectorConfigKeys as K,
  PLUGIN_VERSION_SUFFIX,
  PREDICATE_SUPERTYPE,
  PREDICATES_GROUP,
  rawString,
  TRANSFORMATION_SUPERTYPE,
  TRANSFORMS_GROUP,
} from './connector-config.ts';
import { type PluginCatalog, type PluginType, VersionedPluginLoadingError } from './plugin-catalog.ts';
import { InvalidVersionSpecificationError, versionRequirement } from './plugin-version.ts';
import { ensureConcreteSubclass, LambdaValidator } from './validators.ts';

interface EnrichablePlugin {
  readonly kind: 'Transformation' | 'Predicate';
  readonly aliasConfig: string;
  readonly aliasGroup: string;
  readonly pluginType: PluginType;
  readonly supertype: typeof TRANSFORMATION_SUPERTYPE | typeof PREDICATE_SUPERTYPE;
}

const TRANSFORMATIONS: EnrichablePlugin = {
  kind: 'Transformation',
  aliasConfig: K.TRANSFORMS,
  aliasGroup: TRANSFORMS_GROUP,
  pluginType: 'transformation',
  supertype: TRANSFORMATION_SUPERTYPE,
};

const PREDICATES: EnrichablePlugin = {
  kind: 'Predicate',
  aliasConfig: K.PREDICATES,
  aliasGroup: PREDICATES_GROUP,
  pluginType: 'predicate',
  supertype: PREDICATE_SUPERTYPE,
};

/** The keys every transformation gets implicitly (`TransformationStage.PREDICATE_CONFIG` / `NEGATE_CONFIG`). */
export const TRANSFORM_PREDICATE_CONFIG = 'predicate';
export const TRANSFORM_NEGATE_CONFIG = 'negate';

class Enricher {
  private readonly catalog: PluginCatalog;
  private readonly raw: ReadonlyMap<string, unknown>;
  private readonly requireFullConfig: boolean;
  private readonly plugin: EnrichablePlugin;

  constructor(
    catalog: PluginCatalog,
    raw: ReadonlyMap<string, unknown>,
    requireFullConfig: boolean,
    plugin: EnrichablePlugin,
  ) {
    this.catalog = catalog;
    this.raw = raw;
    this.requireFullConfig = requireFullConfig;
    this.plugin = plugin;
  }

  private prop(key: string): string | null {
    return rawString(this.raw, key);
  }

  enrich(newDef: ConfigDef): void {
    const aliases = parseType(this.plugin.aliasConfig, this.raw.get(this.plugin.aliasConfig), 'LIST');
    if (!Array.isArray(aliases)) return;
    const kindLower = this.plugin.kind.toLowerCase();
    for (const alias of new Set(aliases as readonly string[])) {
      const prefix = `${this.plugin.aliasConfig}.${alias}.`;
      const group = `${this.plugin.aliasGroup}: ${alias}`;
      let orderInGroup = 0;
      const typeConfig = `${prefix}type`;
      const versionConfig = `${prefix}${PLUGIN_VERSION_SUFFIX}`;
      const defaultVersion = fetchPluginVersion(
        this.catalog,
        this.prop(K.CONNECTOR_CLASS),
        this.prop(K.CONNECTOR_VERSION),
        this.prop(typeConfig),
        this.plugin.pluginType,
      );
      newDef.define(
        new ConfigKey(
          {
            name: typeConfig,
            type: 'CLASS',
            validator: LambdaValidator.with(
              (_name, value) => {
                this.validateProps(prefix);
                if (isJavaClass(value)) {
                  const version = this.raw.has(versionConfig) ? this.prop(versionConfig) : defaultVersion;
                  this.configDefFromPlugin(typeConfig, value.name, version);
                }
              },
              () => `valid configs for ${alias} ${kindLower}`,
            ),
            importance: 'HIGH',
            documentation: `Class for the '${alias}' ${kindLower}.`,
            group,
            orderInGroup: orderInGroup++,
            width: 'LONG',
            displayName: `${this.plugin.kind} type for ${alias}`,
            recommender: classRecommender(this.catalog, (c) => c.classesOf(this.plugin.pluginType)),
          },
          this.catalog.resolveClass,
        ),
      );
      newDef.define(
        new ConfigKey({
          name: versionConfig,
          type: 'STRING',
          defaultValue: defaultVersion,
          validator: {
            ensureValid: (_name, value) => {
              if (value === null) return;
              try {
                this.configDefFromPlugin(typeConfig, this.prop(typeConfig), value as string);
              } catch (e) {
                // Only version problems are reported here; the type key reports the rest.
                if (e instanceof VersionedPluginLoadingError) throw e;
              }
            },
            toString: () => '',
          },
          importance: 'HIGH',
          documentation: `Version of the '${alias}' ${kindLower}.`,
          group,
          orderInGroup: orderInGroup++,
          width: 'LONG',
          displayName: `${this.plugin.kind} version for ${alias}`,
          recommender: {
            validValues: (_name, parsed) => {
              const cls = parsed.get(typeConfig);
              return isJavaClass(cls) ? this.catalog.versions(cls.name, [this.plugin.pluginType]) : [];
            },
            visible: () => true,
          },
        }),
      );
      const childDef = this.populateConfigDef(typeConfig, versionConfig);
      if (childDef !== null) newDef.embed(prefix, group, orderInGroup, childDef);
    }
  }

  /** Transformations: `negate` needs a `predicate` to negate. */
  private validateProps(prefix: string): void {
    if (this.plugin.kind !== 'Transformation') return;
    const negate = `${prefix}${TRANSFORM_NEGATE_CONFIG}`;
    const predicate = `${prefix}${TRANSFORM_PREDICATE_CONFIG}`;
    if (this.raw.has(negate) && !this.raw.has(predicate)) {
      throw new ConfigException(
        `Config '${negate}' was provided but there is no config '${predicate}' defining a predicate to be negated.`,
      );
    }
  }

  private initialConfigDef(): ConfigDef {
    const def = new ConfigDef();
    if (this.plugin.kind === 'Transformation') {
      def
        .define({
          name: TRANSFORM_PREDICATE_CONFIG,
          type: 'STRING',
          defaultValue: null,
          importance: 'MEDIUM',
          documentation: 'The alias of a predicate used to determine whether to apply this transformation.',
        })
        .define({
          name: TRANSFORM_NEGATE_CONFIG,
          type: 'BOOLEAN',
          defaultValue: false,
          importance: 'MEDIUM',
          documentation: 'Whether the configured predicate should be negated.',
        });
    }
    return def;
  }

  private populateConfigDef(typeConfig: string, versionConfig: string): ConfigDef | null {
    const def = this.initialConfigDef();
    try {
      const typeValue = this.prop(typeConfig);
      if (typeValue === null) {
        throw ConfigException.invalid(typeConfig, null, `Not a ${this.plugin.kind}`);
      }
      const pluginDef = this.configDefFromPlugin(typeConfig, typeValue, this.prop(versionConfig));
      for (const key of pluginDef.configKeys().values()) {
        // The implicit keys mask the plugin's own keys of the same name.
        if (
          this.plugin.kind === 'Transformation' &&
          (key.name === TRANSFORM_PREDICATE_CONFIG || key.name === TRANSFORM_NEGATE_CONFIG)
        ) {
          continue;
        }
        def.define(key);
      }
    } catch (e) {
      if (!(e instanceof ConfigException) || this.requireFullConfig) throw e;
      return null;
    }
    return def;
  }

  /**
   * `EnrichablePlugin.getConfigDefFromPlugin`: checks the class and version named for the alias and returns the
   * plugin's own definition (empty when the catalog does not know it).
   */
  private configDefFromPlugin(key: string, pluginClass: string | null, version: string | null): ConfigDef {
    const connectorClass = this.prop(K.CONNECTOR_CLASS);
    if (pluginClass === null || connectorClass === null) return new ConfigDef();
    try {
      versionRequirement(this.prop(K.CONNECTOR_VERSION));
    } catch (e) {
      if (e instanceof InvalidVersionSpecificationError) return new ConfigDef();
      throw e;
    }
    let range: ReturnType<typeof versionRequirement>;
    try {
      range = versionRequirement(version);
    } catch (e) {
      if (e instanceof InvalidVersionSpecificationError) throw new VersionedPluginLoadingError(e.message);
      throw e;
    }
    const cls = parseType(key, this.raw.get(key), 'CLASS', this.catalog.resolveClass) as JavaClass;
    ensureConcreteSubclass(this.plugin.supertype, cls);
    this.catalog.requireVersion(pluginClass, range);
    return this.catalog.configDef(pluginClass, this.plugin.pluginType) ?? new ConfigDef();
  }
}

/**
 * `ConnectorConfig.fetchPluginVersion`: the version a plugin named in a connector config would load with (its
 * latest installed version of that type), or null when unknown or when the connector's version is invalid.
 */
export function fetchPluginVersion(
  catalog: PluginCatalog,
  connectorClass: string | null,
  connectorVersion: string | null,
  pluginName: string | null,
  type: PluginType,
): string | null {
  if (pluginName === null || connectorClass === null) return null;
  try {
    catalog.requireVersion(connectorClass, versionRequirement(connectorVersion));
  } catch (e) {
    if (e instanceof InvalidVersionSpecificationError || e instanceof VersionedPluginLoadingError)
      return null;
    throw e;
  }
  return catalog.latestVersion(pluginName, [type]);
}

/**
 * `ConnectorConfig.enrich(plugins, base, props, requireFullConfig)`: `base` plus, for every alias in `transforms`
 * and `predicates`, its `type` and `plugin.version` keys and the plugin's own keys (group `Transforms: <alias>`).
 * With `requireFullConfig` false, an alias whose type is missing or invalid just gets no plugin keys.
 */
export function enrichConnectorConfigDef(
  catalog: PluginCatalog,
  base: ConfigDef,
  props: RawConfig,
  requireFullConfig: boolean,
): ConfigDef {
  const newDef = new ConfigDef(base);
  const raw = rawConfigMap(props);
  new Enricher(catalog, raw, requireFullConfig, TRANSFORMATIONS).enrich(newDef);
  new Enricher(catalog, raw, requireFullConfig, PREDICATES).enrich(newDef);
  return newDef;
}
