/**
 * The converter plugin descriptors against a real Apache Kafka 4.1.1 Connect worker
 * (fixtures/apache-converter-plugins.json): the converters and header converters
 * `GET /connector-plugins?connectorsOnly=false` listed, and `GET /connector-plugins/{plugin}/config` for each class
 * and for some aliases.
 */
import { describe, expect, it } from 'vitest';
import { type ConfigKeyInfo, convertConfigKey } from '../../../shared/config/config-info.ts';
import { PluginCatalog, type PluginType } from '../../../shared/config/plugin-catalog.ts';
import {
  ABSTRACT_CONVERTER_PLUGINS,
  CONVERTER_PLUGIN_VERSION,
  CONVERTER_PLUGINS,
} from '../../../shared/converters/plugins.ts';
import {
  CONVERTER_CLASS_NAMES,
  converterRegistry,
  HEADER_CONVERTER_CLASS_NAMES,
} from '../../../shared/converters/registry.ts';
import { fixture } from './header-support.ts';

interface Captured {
  readonly plugins: readonly {
    readonly class: string;
    readonly type: PluginType;
    readonly version: string;
  }[];
  readonly configs: Readonly<Record<string, { readonly status: number; readonly body: unknown }>>;
}

const APACHE = fixture<Captured>('apache-converter-plugins.json');
const catalog = new PluginCatalog([...CONVERTER_PLUGINS, ...ABSTRACT_CONVERTER_PLUGINS]);

/** What `GET /connector-plugins/{plugin}/config` answers: the ConfigKeyInfo of every key, in definition order. */
function configBody(nameOrAlias: string): ConfigKeyInfo[] | undefined {
  const [descriptor] = catalog.descriptors(nameOrAlias);
  const def = descriptor?.configDef?.();
  return def === undefined || def === null
    ? undefined
    : [...def.configKeys().values()].map((k) => convertConfigKey(k));
}

describe('converter plugin descriptors', () => {
  it('are the converters and header converters the Apache worker lists, with its version', () => {
    const ours = CONVERTER_PLUGINS.map((p) => `${p.type} ${p.className} ${p.version}`).sort();
    const theirs = APACHE.plugins.map((p) => `${p.type} ${p.class} ${p.version}`).sort();
    expect(ours).toEqual(theirs);
    expect(CONVERTER_PLUGIN_VERSION).toBe('4.1.1');
  });

  it('match the classes the registries can create', () => {
    const byType = (type: PluginType) =>
      CONVERTER_PLUGINS.filter((p) => p.type === type)
        .map((p) => p.className)
        .sort();
    expect(byType('converter')).toEqual([...CONVERTER_CLASS_NAMES].sort());
    expect(byType('header_converter')).toEqual([...HEADER_CONVERTER_CLASS_NAMES].sort());
  });

  const configCases = Object.entries(APACHE.configs).filter(([, answer]) => answer.status === 200);

  it.each(configCases)('GET /connector-plugins/%s/config', (name, answer) => {
    expect(configBody(name)).toEqual(answer.body);
  });

  it('an unknown plugin has no definition (Apache answers 404 "Unknown plugin ...")', () => {
    expect(APACHE.configs.NoSuchConverter?.status).toBe(404);
    expect(configBody('NoSuchConverter')).toBeUndefined();
  });

  it('NumberConverter is known, abstract and never listed', () => {
    expect(catalog.resolveClass('org.apache.kafka.connect.converters.NumberConverter')?.isAbstract).toBe(
      true,
    );
    expect(catalog.classesOf('converter')).not.toContain(
      'org.apache.kafka.connect.converters.NumberConverter',
    );
  });

  it('each alias the catalog computes is one the converter registry accepts', () => {
    for (const className of CONVERTER_CLASS_NAMES) {
      const simple = className.slice(className.lastIndexOf('.') + 1);
      for (const alias of [simple, simple.replace(/Converter$/, '')]) {
        expect(catalog.fullClassName(alias)).toBe(className);
        expect(converterRegistry.has(alias)).toBe(true);
      }
    }
  });
});
