/**
 * /connector-plugins answers: the installed plugins in Apache's order (sink and source connectors, then
 * transformations, predicates, converters, header converters; each sorted by class name), and one plugin's
 * config definitions.
 */
import { type ConfigKeyInfo, convertConfigKey } from '../../shared/config/config-info.ts';
import type { PluginType } from '../../shared/config/plugin-catalog.ts';
import { connectorPluginConfig } from '../../shared/config/validate.ts';
import { BadRequestError, NotFoundError } from '../../shared/domain/errors.ts';
import type { PluginRegistry } from '../../shared/plugins/registry.ts';
import type { PluginInfo } from './entities.ts';

const LISTING_ORDER: readonly PluginType[] = [
  'sink',
  'source',
  'transformation',
  'predicate',
  'converter',
  'header_converter',
];

const byClassName = (a: PluginInfo, b: PluginInfo) => (a.class < b.class ? -1 : a.class > b.class ? 1 : 0);

export function listPlugins(registry: PluginRegistry, connectorsOnly: boolean): PluginInfo[] {
  const all: Array<PluginInfo & { type: PluginType }> = [
    ...registry.list().map((p) => ({ class: p.className, type: p.type, version: p.version })),
    ...registry
      .otherPlugins()
      .filter((p) => !p.abstract)
      .map((p) => ({ class: p.className, type: p.type, version: p.version })),
  ];
  const types = connectorsOnly ? LISTING_ORDER.slice(0, 2) : LISTING_ORDER;
  return types.flatMap((type) =>
    all
      .filter((p) => p.type === type)
      .sort(byClassName)
      .map((p) => (p.version === 'undefined' ? { class: p.class, type: p.type } : p)),
  );
}

/** GET /connector-plugins/{plugin}/config. */
export function pluginConfig(registry: PluginRegistry, name: string): ConfigKeyInfo[] {
  const connector = registry.resolve(name);
  if (connector) {
    return connectorPluginConfig(
      connector.type,
      connector.configDef(),
      registry.catalog(),
      connector.className,
    );
  }
  const catalog = registry.catalog();
  const className = catalog.fullClassName(name);
  const descriptors = registry.otherPlugins().filter((p) => p.className === className && !p.abstract);
  const first = descriptors[0];
  if (!first) throw new NotFoundError(`Unknown plugin ${name}.`);
  const def = first.configDef?.();
  if (!def) {
    throw new BadRequestError(
      `Invalid plugin class ${name}. Valid types are sink, source, converter, header_converter, transformation, predicate.`,
    );
  }
  return [...def.configKeys().values()].map((key) => convertConfigKey(key));
}
