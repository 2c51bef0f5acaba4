/**
 * The converters and header converters an Apache Kafka 4.1.1 worker has on its class path, as plugin descriptors
 * (`GET /connector-plugins?connectorsOnly=false` lists them; `GET /connector-plugins/{plugin}/config` answers the
 * ConfigKeyInfo list of `configDef`, each class's `config()`).
 */
import type { ConfigDef } from '../config/config-def.ts';
import type { PluginDescriptor } from '../config/plugin-catalog.ts';
import {
  converterConfigDef,
  jsonConverterConfigDef,
  simpleHeaderConverterConfigDef,
  stringConverterConfigDef,
} from './converter-config.ts';

/** The version every built-in converter reports (AppInfoParser.getVersion() of the 4.1.1 jars). */
export const CONVERTER_PLUGIN_VERSION = '4.1.1';

const CONVERTERS_AND_HEADER_CONVERTERS: readonly (readonly [string, () => ConfigDef])[] = [
  ['org.apache.kafka.connect.converters.BooleanConverter', converterConfigDef],
  ['org.apache.kafka.connect.converters.ByteArrayConverter', converterConfigDef],
  ['org.apache.kafka.connect.converters.DoubleConverter', converterConfigDef],
  ['org.apache.kafka.connect.converters.FloatConverter', converterConfigDef],
  ['org.apache.kafka.connect.converters.IntegerConverter', converterConfigDef],
  ['org.apache.kafka.connect.converters.LongConverter', converterConfigDef],
  ['org.apache.kafka.connect.converters.ShortConverter', converterConfigDef],
  ['org.apache.kafka.connect.json.JsonConverter', jsonConverterConfigDef],
  ['org.apache.kafka.connect.storage.StringConverter', stringConverterConfigDef],
];

/**
 * One descriptor per (class, plugin type): the nine converters, each also a header converter, and
 * SimpleHeaderConverter (header converter only), sorted by class name (converter before header_converter).
 */
export const CONVERTER_PLUGINS: readonly PluginDescriptor[] = (
  [
    ...CONVERTERS_AND_HEADER_CONVERTERS.flatMap(([className, configDef]): PluginDescriptor[] => [
      { className, type: 'converter', version: CONVERTER_PLUGIN_VERSION, configDef },
      { className, type: 'header_converter', version: CONVERTER_PLUGIN_VERSION, configDef },
    ]),
    {
      className: 'org.apache.kafka.connect.storage.SimpleHeaderConverter',
      type: 'header_converter',
      version: CONVERTER_PLUGIN_VERSION,
      configDef: simpleHeaderConverterConfigDef,
    },
  ] satisfies PluginDescriptor[]
).sort((a, b) => (a.className < b.className ? -1 : a.className > b.className ? 1 : 0));

/**
 * Abstract converter classes Apache's class loader can still find by name (config validation reports "This class is
 * abstract and cannot be created."); never listed. For a PluginCatalog next to CONVERTER_PLUGINS.
 */
export const ABSTRACT_CONVERTER_PLUGINS: readonly PluginDescriptor[] = [
  {
    className: 'org.apache.kafka.connect.converters.NumberConverter',
    type: 'converter',
    version: CONVERTER_PLUGIN_VERSION,
    abstract: true,
  },
];
