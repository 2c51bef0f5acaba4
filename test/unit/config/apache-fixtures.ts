/**
 * Access to the outputs captured from Apache Kafka 4.1.1 (see fixtures/README.md) and a plugin catalog equal to
 * the captured worker's: the plugins it listed, plus the abstract classes the fixtures name.
 */
import { readFileSync } from 'node:fs';
import {
  ConfigDef,
  type ConfigType,
  type Importance,
  type Width,
} from '../../../shared/config/config-def.ts';
import type { ConfigInfos, ConfigKeyInfo } from '../../../shared/config/config-info.ts';
import {
  PluginCatalog,
  type PluginDescriptor,
  type PluginType,
} from '../../../shared/config/plugin-catalog.ts';

export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as T;
}

export interface ValidateCase {
  readonly plugin: string;
  readonly request: Record<string, string | null>;
  readonly status: number;
  readonly response: ConfigInfos;
}

/** Captured validation answers by case name (the fixture is split in two to stay under the linter's size cap). */
export const validateCases: Record<string, ValidateCase> = {
  ...fixture<Record<string, ValidateCase>>('validate-source.json'),
  ...fixture<Record<string, ValidateCase>>('validate-sink.json'),
};

interface PluginInfo {
  readonly class: string;
  readonly type: PluginType;
  readonly version: string;
}

/**
 * Rebuilds a plugin's own ConfigDef from the definitions Apache printed for it under `prefix` in a validation
 * answer (validators are not visible there, so none are rebuilt). Used only to give the test catalog the
 * definitions of converters, transformations and client configs that Tributary has not implemented yet.
 */
function configDefFromInfos(
  infos: readonly ConfigKeyInfo[],
  prefix: string,
  groupPrefix: string | null,
): ConfigDef {
  const def = new ConfigDef();
  for (const info of infos) {
    let group = info.group;
    if (groupPrefix !== null && group !== null) {
      group = group === groupPrefix ? null : group.slice(groupPrefix.length + 2);
    }
    def.define({
      name: info.name.slice(prefix.length),
      type: info.type as ConfigType,
      defaultValue: info.required ? undefined : info.default_value,
      importance: info.importance as Importance,
      documentation: info.documentation,
      group,
      orderInGroup: groupPrefix === null ? info.order : -1,
      width: info.width as Width,
      displayName: info.display_name,
      dependents: info.dependents.map((d) => d.slice(prefix.length)),
    });
  }
  return def;
}

function definitionsUnder(caseName: string, prefix: string, skip: readonly string[] = []): ConfigKeyInfo[] {
  const response = (validateCases[caseName] as ValidateCase).response;
  return response.configs
    .map((c) => c.definition)
    .filter((d): d is ConfigKeyInfo => d?.name.startsWith(prefix) === true)
    .filter((d) => !skip.includes(d.name.slice(prefix.length)));
}

const SMT_IMPLICIT = ['type', 'plugin.version', 'predicate', 'negate'];

const KNOWN_DEFS: Record<string, () => ConfigDef> = {
  'converter:org.apache.kafka.connect.storage.StringConverter': () =>
    configDefFromInfos(
      definitionsUnder('source-string-converter', 'value.converter.', ['plugin.version']),
      'value.converter.',
      null,
    ),
  'header_converter:org.apache.kafka.connect.storage.StringConverter': () =>
    configDefFromInfos(
      definitionsUnder('source-unknown-converter', 'header.converter.', ['plugin.version']),
      'header.converter.',
      null,
    ),
  'converter:org.apache.kafka.connect.json.JsonConverter': () =>
    configDefFromInfos(
      definitionsUnder('source-json-converter', 'value.converter.', ['plugin.version']),
      'value.converter.',
      null,
    ),
  'transformation:org.apache.kafka.connect.transforms.InsertField$Value': () =>
    configDefFromInfos(
      definitionsUnder('source-transform-known', 'transforms.ins.', SMT_IMPLICIT),
      'transforms.ins.',
      'Transforms: ins',
    ),
  'transformation:org.apache.kafka.connect.transforms.DropHeaders': () =>
    configDefFromInfos(
      definitionsUnder('source-transform-alias', 'transforms.drop.', SMT_IMPLICIT),
      'transforms.drop.',
      'Transforms: drop',
    ),
  'transformation:org.apache.kafka.connect.transforms.Filter': () => new ConfigDef(),
  'predicate:org.apache.kafka.connect.transforms.predicates.TopicNameMatches': () =>
    configDefFromInfos(
      definitionsUnder('source-transform-predicate', 'predicates.isT.', ['type', 'plugin.version']),
      'predicates.isT.',
      'Predicates: isT',
    ),
};

/** The producer client definition, as far as the captured answers show it. */
export function producerConfigDef(): ConfigDef {
  return configDefFromInfos(
    definitionsUnder('source-producer-override', 'producer.override.'),
    'producer.override.',
    null,
  );
}

/** The consumer client definition, as far as the captured answers show it. */
export function consumerConfigDef(): ConfigDef {
  return configDefFromInfos(
    definitionsUnder('sink-group-override-conflict-ok', 'consumer.override.'),
    'consumer.override.',
    null,
  );
}

/** The captured worker's plugins, with the definitions above attached, plus two abstract classes. */
export function apacheCatalog(): PluginCatalog {
  const plugins = fixture<PluginInfo[]>('connector-plugins.json').map((p): PluginDescriptor => {
    const known = KNOWN_DEFS[`${p.type}:${p.class}`];
    return { className: p.class, type: p.type, version: p.version, ...(known ? { configDef: known } : {}) };
  });
  plugins.push(
    {
      className: 'org.apache.kafka.connect.transforms.InsertField',
      type: 'transformation',
      version: '4.1.1',
      abstract: true,
    },
    {
      className: 'org.apache.kafka.connect.converters.NumberConverter',
      type: 'converter',
      version: '4.1.1',
      abstract: true,
    },
  );
  return new PluginCatalog(plugins);
}

/** The captured worker's settings (connect-distributed.properties: group.id connect-test, no exactly-once). */
export const APACHE_WORKER = {
  keyConverter: 'org.apache.kafka.connect.json.JsonConverter',
  valueConverter: 'org.apache.kafka.connect.json.JsonConverter',
  headerConverter: 'org.apache.kafka.connect.storage.SimpleHeaderConverter',
  distributed: { groupId: 'connect-test', exactlyOnceSourceEnabled: false },
} as const;
