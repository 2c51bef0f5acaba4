/**
 * What a worker knows about installed plugins, as config validation needs it (Apache's `Plugins` and
 * `DelegatingClassLoader`): class lookup by name or alias, versions, the class lists recommenders offer, and the
 * config definitions of converters, transformations and predicates.
 *
 * Aliases follow Apache's `PluginUtils.computeAliases`: every plugin registers its simple class name (for nested
 * classes the part after `$`) and that name without its type suffix (`Connector`, `Converter`,
 * `HeaderConverter`, `Transformation`, `Predicate`, when the suffix is not the whole name); an alias naming two
 * different classes is dropped.
 */
import { type ConfigDef, ConfigException, type JavaClass } from './config-def.ts';
import { ComparableVersion, type VersionRange } from './plugin-version.ts';

export type PluginType =
  | 'source'
  | 'sink'
  | 'converter'
  | 'header_converter'
  | 'transformation'
  | 'predicate';

const TYPE_ORDER: readonly PluginType[] = [
  'source',
  'sink',
  'converter',
  'header_converter',
  'transformation',
  'predicate',
];

/** The Connect supertype simple names a plugin of each type is assignable to. */
const SUPERTYPES: Record<PluginType, readonly string[]> = {
  source: ['Connector', 'SourceConnector'],
  sink: ['Connector', 'SinkConnector'],
  converter: ['Converter'],
  header_converter: ['HeaderConverter'],
  transformation: ['Transformation'],
  predicate: ['Predicate'],
};

const ALIAS_SUFFIX: Record<PluginType, string> = {
  source: 'Connector',
  sink: 'Connector',
  converter: 'Converter',
  header_converter: 'HeaderConverter',
  transformation: 'Transformation',
  predicate: 'Predicate',
};

/** Apache's sentinel version for plugins that do not report one. */
export const UNDEFINED_VERSION = 'undefined';

export interface PluginDescriptor {
  /** Binary class name, e.g. `org.apache.kafka.connect.transforms.InsertField$Value`. */
  readonly className: string;
  readonly type: PluginType;
  readonly version: string;
  /**
   * A loadable abstract class of this type (e.g. `InsertField`): found by name, reported as abstract, never
   * listed, aliased or versioned.
   */
  readonly abstract?: boolean;
  /** `config()` of a converter, header converter, transformation or predicate; null/absent when unknown. */
  readonly configDef?: () => ConfigDef | null;
}

/**
 * Apache's `VersionedPluginLoadingException`: a version requirement no installed version meets. Like Apache's, it
 * is a ConfigException, so validation reports it as a config error.
 */
export class VersionedPluginLoadingError extends ConfigException {
  readonly availableVersions: readonly string[] | null;

  constructor(message: string, availableVersions: readonly string[] | null = null) {
    super(message);
    this.availableVersions = availableVersions;
  }
}

/** `Class.getSimpleName()` for a binary name. */
export function simpleClassName(className: string): string {
  const afterPackage = className.slice(className.lastIndexOf('.') + 1);
  return afterPackage.slice(afterPackage.lastIndexOf('$') + 1);
}

function prunedName(className: string, type: PluginType): string {
  const simple = simpleClassName(className);
  const pos = simple.lastIndexOf(ALIAS_SUFFIX[type]);
  return pos > 0 ? simple.slice(0, pos) : simple;
}

function compareDescriptors(a: PluginDescriptor, b: PluginDescriptor): number {
  if (a.className !== b.className) return a.className < b.className ? -1 : 1;
  const v = new ComparableVersion(a.version).compareTo(new ComparableVersion(b.version));
  if (v !== 0) return v;
  return TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type);
}

export class PluginCatalog {
  private readonly concrete: readonly PluginDescriptor[];
  private readonly byClass = new Map<string, PluginDescriptor[]>();
  private readonly aliases = new Map<string, string>();

  constructor(plugins: readonly PluginDescriptor[]) {
    const sorted = [...plugins].sort(compareDescriptors);
    this.concrete = sorted.filter((p) => !p.abstract);
    for (const plugin of sorted) {
      const list = this.byClass.get(plugin.className) ?? [];
      list.push(plugin);
      this.byClass.set(plugin.className, list);
    }
    const owners = new Map<string, Set<string>>();
    for (const plugin of this.concrete) {
      for (const alias of [simpleClassName(plugin.className), prunedName(plugin.className, plugin.type)]) {
        const set = owners.get(alias) ?? new Set<string>();
        set.add(plugin.className);
        owners.set(alias, set);
      }
    }
    for (const [alias, classNames] of owners) {
      if (classNames.size === 1) this.aliases.set(alias, [...classNames][0] as string);
    }
  }

  /** The full class name an alias stands for, or the name itself. */
  fullClassName(nameOrAlias: string): string {
    return this.aliases.get(nameOrAlias) ?? nameOrAlias;
  }

  /** Loads a class by name or alias, as Connect's class loader would; undefined when unknown. */
  readonly resolveClass = (nameOrAlias: string): JavaClass | undefined => {
    const name = this.fullClassName(nameOrAlias);
    const entries = this.byClass.get(name);
    if (entries === undefined) return undefined;
    return this.javaClass(name, entries);
  };

  private javaClass(name: string, entries: readonly PluginDescriptor[]): JavaClass {
    const supertypes = [...new Set(entries.flatMap((e) => SUPERTYPES[e.type]))];
    const isAbstract = entries.some((e) => e.abstract === true);
    const nestedClasses: JavaClass[] = [];
    if (isAbstract) {
      for (const [nestedName, nested] of this.byClass) {
        if (nestedName.startsWith(`${name}$`) && !nestedName.slice(name.length + 1).includes('$')) {
          nestedClasses.push(this.javaClass(nestedName, nested));
        }
      }
    }
    return { name, supertypes, isAbstract, nestedClasses };
  }

  /** Installed (concrete) plugins of a class, sorted as Apache sorts them (by version, then type). */
  descriptors(nameOrAlias: string, types?: readonly PluginType[]): PluginDescriptor[] {
    const name = this.fullClassName(nameOrAlias);
    return (this.byClass.get(name) ?? []).filter(
      (p) => !p.abstract && (types === undefined || types.includes(p.type)),
    );
  }

  /** `Plugins.pluginVersion` / `latestVersion`: the newest installed version of that class among `types`. */
  latestVersion(nameOrAlias: string | null | undefined, types: readonly PluginType[]): string | null {
    if (nameOrAlias === null || nameOrAlias === undefined) return null;
    const found = this.descriptors(nameOrAlias, types);
    return found.length === 0 ? null : (found[found.length - 1] as PluginDescriptor).version;
  }

  /** Distinct installed versions of a class among `types`, oldest first. */
  versions(nameOrAlias: string, types: readonly PluginType[]): string[] {
    return [...new Set(this.descriptors(nameOrAlias, types).map((p) => p.version))];
  }

  /** Concrete plugin classes of a type, sorted by class name (with repeats for several versions). */
  classesOf(type: PluginType): string[] {
    return this.concrete.filter((p) => p.type === type).map((p) => p.className);
  }

  /**
   * Checks that an installed version of the class satisfies `range` (null = any), as Connect does before loading a
   * versioned plugin; throws VersionedPluginLoadingError with Apache's message otherwise.
   */
  requireVersion(nameOrAlias: string, range: VersionRange | null): void {
    if (range === null) return;
    const name = this.fullClassName(nameOrAlias);
    const all = this.descriptors(name);
    if (all.length === 0) {
      if (this.byClass.has(name)) {
        throw new VersionedPluginLoadingError(
          `Plugin ${name} is not part of Connect's plugin loading mechanism (ClassPath or Plugin Path)`,
        );
      }
      return;
    }
    if (all.some((p) => range.containsVersion(p.version))) return;
    const available = all.map((p) => p.version);
    throw new VersionedPluginLoadingError(
      `Plugin ${name} not found that matches the version range ${range.toString()}, available versions: [${available.join(', ')}]`,
      available,
    );
  }

  /** The `config()` definition of a converter/transformation/predicate class, if the catalog knows it. */
  configDef(nameOrAlias: string, type: PluginType): ConfigDef | null {
    const found = this.descriptors(nameOrAlias, [type]);
    const latest = found[found.length - 1];
    return latest?.configDef?.() ?? null;
  }
}
