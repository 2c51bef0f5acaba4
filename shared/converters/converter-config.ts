/**
 * The config definitions of Apache's converters (`config()` of each class, as `GET /connector-plugins/{plugin}/config`
 * lists them) and the `converter.type` key every ConverterConfig has.
 *
 * Apache configures a converter in one of two ways: `configure(configs, isKey)` (key and value converters) puts
 * `converter.type` = `key` / `value` into the configs itself; `configure(configs)` (header converters) reads it from
 * the configs, where Connect's Plugins has put `header`. Either way the converter's ConfigDef then parses the
 * configs, so a missing or unknown `converter.type` is a ConfigException.
 */
import { ConfigDef, ConfigException as ConfigDefException, type ParsedValue } from '../config/config-def.ts';
import { CaseInsensitiveValidString, ValidString } from '../config/validators.ts';
import { ConfigException } from './errors.ts';

export const CONVERTER_TYPE_CONFIG = 'converter.type';
export type ConverterType = 'key' | 'value' | 'header';

/** Configs as handed to a converter: the worker or connector keys under the converter's prefix. */
export type ConverterConfigs = Readonly<Record<string, string>>;

/** `ConverterConfig.newConfigDef()`: just `converter.type` (required, one of key, value, header). */
export function converterConfigDef(): ConfigDef {
  return new ConfigDef().define({
    name: CONVERTER_TYPE_CONFIG,
    type: 'STRING',
    validator: ValidString.in('key', 'value', 'header'),
    importance: 'LOW',
    documentation: 'How this converter will be used.',
  });
}

/** `StringConverterConfig.configDef()`: converter.type and converter.encoding (default UTF-8). */
export function stringConverterConfigDef(): ConfigDef {
  return converterConfigDef().define({
    name: 'converter.encoding',
    type: 'STRING',
    defaultValue: 'UTF-8',
    importance: 'HIGH',
    documentation: 'The name of the Java character set to use for encoding strings as byte arrays.',
    group: null,
    orderInGroup: -1,
    width: 'MEDIUM',
    displayName: 'Encoding',
  });
}

/** `JsonConverterConfig.configDef()`: converter.type, then the Schemas and Serialization groups. */
export function jsonConverterConfigDef(): ConfigDef {
  return converterConfigDef()
    .define({
      name: 'schemas.enable',
      type: 'BOOLEAN',
      defaultValue: true,
      importance: 'HIGH',
      documentation: 'Include schemas within each of the serialized values and keys.',
      group: 'Schemas',
      orderInGroup: 0,
      width: 'MEDIUM',
      displayName: 'Enable Schemas',
    })
    .define({
      name: 'schemas.cache.size',
      type: 'INT',
      defaultValue: 1000,
      importance: 'HIGH',
      documentation: 'The maximum number of schemas that can be cached in this converter instance.',
      group: 'Schemas',
      orderInGroup: 1,
      width: 'MEDIUM',
      displayName: 'Schema Cache Size',
    })
    .define({
      name: 'decimal.format',
      type: 'STRING',
      defaultValue: 'BASE64',
      validator: CaseInsensitiveValidString.in('BASE64', 'NUMERIC'),
      importance: 'LOW',
      documentation:
        'Controls which format this converter will serialize decimals in.' +
        " This value is case insensitive and can be either 'BASE64' (default) or 'NUMERIC'",
      group: 'Serialization',
      orderInGroup: 0,
      width: 'MEDIUM',
      displayName: 'Decimal Format',
    })
    .define({
      name: 'replace.null.with.default',
      type: 'BOOLEAN',
      defaultValue: true,
      importance: 'LOW',
      documentation:
        'Whether to replace fields that have a default value and that are null to the default value. ' +
        'When set to true, the default value is used, otherwise null is used.',
      group: 'Serialization',
      orderInGroup: 1,
      width: 'MEDIUM',
      displayName: 'Replace null with default',
    });
}

/** SimpleHeaderConverter's `config()`: an empty definition. */
export function simpleHeaderConverterConfigDef(): ConfigDef {
  return new ConfigDef();
}

/**
 * The configs a converter parses: with `isKey` given (`configure(configs, isKey)`) `converter.type` is replaced
 * by `key` / `value`; without it (`configure(configs)`) the configs are taken as they are.
 */
export function withConverterType(configs: ConverterConfigs, isKey: boolean | undefined): ConverterConfigs {
  if (isKey === undefined) return configs;
  return { ...configs, [CONVERTER_TYPE_CONFIG]: isKey ? 'key' : 'value' };
}

/**
 * Parses the configs with the converter's definition, as Apache's ConverterConfig constructor does; throws
 * ConfigException with Apache's message for the first bad or missing key (in definition order).
 */
export function parseConverterConfig(def: ConfigDef, configs: ConverterConfigs): Map<string, ParsedValue> {
  try {
    return def.parse(configs);
  } catch (error) {
    if (error instanceof ConfigDefException && !(error instanceof ConfigException)) {
      throw new ConfigException(error.message, { cause: error });
    }
    throw error;
  }
}

/** `ConverterConfig.type()` of parsed configs. */
export function converterType(parsed: ReadonlyMap<string, ParsedValue>): ConverterType {
  return parsed.get(CONVERTER_TYPE_CONFIG) as ConverterType;
}

let baseDef: ConfigDef | undefined;

/**
 * Checks `converter.type` alone (for converters whose ConfigDef is ConverterConfig's) and returns it. With `isKey`
 * given it is simply `key` or `value`.
 */
export function resolveConverterType(configs: ConverterConfigs, isKey: boolean | undefined): ConverterType {
  if (isKey !== undefined) return isKey ? 'key' : 'value';
  baseDef ??= converterConfigDef();
  return converterType(parseConverterConfig(baseDef, configs));
}
