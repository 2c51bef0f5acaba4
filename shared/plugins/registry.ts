/**
 * Every connector plugin Tributary ships, listed explicitly and keyed by Apache's class names. A registry is a
 * value, so tests can build one with a subset of plugins.
 *
 * Aliases follow Apache's rules: the simple class name, and the simple name without its `Connector` suffix; a
 * connector also matches when its simple name equals the given name + `Connector`.
 */
import type { ConfigDef } from '../config/config-def.ts';
import type { SourceCapabilities } from '../config/distributed-checks.ts';
import {
  fileStreamSinkConfigDef,
  fileStreamSourceConfigDef,
  fileStreamSourceExactlyOnceSupport,
} from '../config/file-stream-config.ts';
import { PluginCatalog, type PluginDescriptor } from '../config/plugin-catalog.ts';
import { ABSTRACT_CONVERTER_PLUGINS, CONVERTER_PLUGINS } from '../converters/plugins.ts';
import { TRANSFORM_PLUGIN_DESCRIPTORS } from '../transforms/registry.ts';
import type { Connector, ConnectorType, SinkTask, SourceTask } from './api.ts';
import { FileStreamSinkConnector, FileStreamSourceConnector } from './file-stream/connectors.ts';
import { FileStreamSinkTask } from './file-stream/sink-task.ts';
import { FileStreamSourceTask } from './file-stream/source-task.ts';

/** The Apache Kafka version whose behaviour Tributary reproduces; plugins under Apache's names report it. */
export const COMPATIBLE_KAFKA_VERSION = '4.1.1';

interface PluginBase {
  readonly className: string;
  readonly taskClassName: string;
  readonly version: string;
  /** The connector's `config()`: its own keys, validators and docs. */
  configDef(): ConfigDef;
  /** A source connector's exactly-once capabilities (`exactlyOnceSupport`), checked by validation. */
  readonly capabilities?: SourceCapabilities;
  createConnector(): Connector;
}

export interface SourcePlugin extends PluginBase {
  readonly type: 'source';
  createTask(): SourceTask;
}

export interface SinkPlugin extends PluginBase {
  readonly type: 'sink';
  createTask(): SinkTask;
}

export type ConnectorPlugin = SourcePlugin | SinkPlugin;

export const BUILTIN_PLUGINS: readonly ConnectorPlugin[] = [
  {
    type: 'sink',
    className: 'org.apache.kafka.connect.file.FileStreamSinkConnector',
    taskClassName: 'org.apache.kafka.connect.file.FileStreamSinkTask',
    version: COMPATIBLE_KAFKA_VERSION,
    configDef: fileStreamSinkConfigDef,
    createConnector: () => new FileStreamSinkConnector(),
    createTask: () => new FileStreamSinkTask(),
  },
  {
    type: 'source',
    className: 'org.apache.kafka.connect.file.FileStreamSourceConnector',
    taskClassName: 'org.apache.kafka.connect.file.FileStreamSourceTask',
    version: COMPATIBLE_KAFKA_VERSION,
    configDef: fileStreamSourceConfigDef,
    capabilities: { exactlyOnceSupport: (props) => fileStreamSourceExactlyOnceSupport(props) },
    createConnector: () => new FileStreamSourceConnector(),
    createTask: () => new FileStreamSourceTask(),
  },
];

const installed: ConnectorPlugin[] = [];

/**
 * Adds connector plugins to this process's installation (what Apache finds on its plugin.path), before its
 * registries are built: a module preloaded with `node --import` can install its own plugins (tests do, for their
 * test-only connectors). A class name already installed is not added twice.
 */
export function installPlugins(...plugins: ConnectorPlugin[]): void {
  for (const plugin of plugins) {
    if (
      !BUILTIN_PLUGINS.some((p) => p.className === plugin.className) &&
      !installed.some((p) => p.className === plugin.className)
    )
      installed.push(plugin);
  }
}

/** The built-in plugins, then those installed with installPlugins. */
export function installedPlugins(): readonly ConnectorPlugin[] {
  return [...BUILTIN_PLUGINS, ...installed];
}

function simpleName(className: string): string {
  return className.slice(className.lastIndexOf('.') + 1);
}

export class PluginRegistry {
  private readonly plugins: readonly ConnectorPlugin[];
  private readonly others: readonly PluginDescriptor[];
  private readonly byName = new Map<string, ConnectorPlugin>();

  /**
   * @param plugins the connectors executors can run (default: the built-in and installed ones)
   * @param others converters, header converters, transformations and predicates (for listing and validation)
   */
  constructor(
    plugins: readonly ConnectorPlugin[] = installedPlugins(),
    others: readonly PluginDescriptor[] = [
      ...CONVERTER_PLUGINS,
      ...ABSTRACT_CONVERTER_PLUGINS,
      ...TRANSFORM_PLUGIN_DESCRIPTORS,
    ],
  ) {
    this.plugins = plugins;
    this.others = others;
    const aliasOwners = new Map<string, Set<ConnectorPlugin>>();
    for (const plugin of plugins) {
      this.byName.set(plugin.className, plugin);
      const simple = simpleName(plugin.className);
      const aliases = [simple];
      if (simple.endsWith('Connector') && simple !== 'Connector')
        aliases.push(simple.slice(0, -'Connector'.length));
      for (const alias of aliases) {
        const owners = aliasOwners.get(alias) ?? new Set();
        owners.add(plugin);
        aliasOwners.set(alias, owners);
      }
    }
    // An alias that names more than one class is dropped, as Apache does.
    for (const [alias, owners] of aliasOwners) {
      const [only] = owners;
      if (owners.size === 1 && only && !this.byName.has(alias)) this.byName.set(alias, only);
    }
  }

  /** Every plugin as the validation catalog describes it (connectors with their config definitions). */
  catalog(): PluginCatalog {
    return new PluginCatalog([
      ...this.plugins.map((p) => ({ className: p.className, type: p.type, version: p.version })),
      ...this.others,
    ]);
  }

  /** The plugin a `connector.class` value names (class name or alias), if any. */
  resolve(name: string): ConnectorPlugin | undefined {
    return this.byName.get(name) ?? this.byName.get(`${name}Connector`);
  }

  /** Sinks then sources, each sorted by class name (Apache's listing order). */
  list(): ConnectorPlugin[] {
    const order: Record<ConnectorType, number> = { sink: 0, source: 1 };
    return [...this.plugins].sort(
      (a, b) =>
        order[a.type] - order[b.type] || (a.className < b.className ? -1 : a.className > b.className ? 1 : 0),
    );
  }

  /** The non-connector plugins (converters, header converters, transformations, predicates). */
  otherPlugins(): readonly PluginDescriptor[] {
    return this.others;
  }

  /** Apache's message for an unknown `connector.class`. */
  unknownClassMessage(name: string): string {
    return `Failed to find any class that implements Connector and which name matches ${name}, available connectors are: ${this.availableDescription()}`;
  }

  private availableDescription(): string {
    return this.list()
      .map(
        (p) =>
          `PluginDesc{klass=class ${p.className}, name='${p.className}', version='${p.version}', encodedVersion=${p.version}, type=${p.type}, typeName='${p.type}', location='classpath'}`,
      )
      .join(', ');
  }
}
