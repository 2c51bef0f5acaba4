/**
 * JsonConverter's configs (JsonConverterConfig): schemas.enable (true), schemas.cache.size (1000),
 * decimal.format (BASE64 | NUMERIC, case-insensitive) and replace.null.with.default (true).
 */
import { booleanConfig, intConfig, stringConfig } from './config-values.ts';
import { ConfigException } from './errors.ts';

export type DecimalFormat = 'BASE64' | 'NUMERIC';

export interface JsonConverterConfig {
  readonly schemasEnabled: boolean;
  readonly schemaCacheSize: number;
  readonly decimalFormat: DecimalFormat;
  readonly replaceNullWithDefault: boolean;
}

export const SCHEMAS_ENABLE_CONFIG = 'schemas.enable';
export const SCHEMAS_CACHE_SIZE_CONFIG = 'schemas.cache.size';
export const DECIMAL_FORMAT_CONFIG = 'decimal.format';
export const REPLACE_NULL_WITH_DEFAULT_CONFIG = 'replace.null.with.default';

export const DEFAULT_JSON_CONVERTER_CONFIG: JsonConverterConfig = Object.freeze({
  schemasEnabled: true,
  schemaCacheSize: 1000,
  decimalFormat: 'BASE64',
  replaceNullWithDefault: true,
});

/** Parses JsonConverter configs; throws ConfigException with Apache's message for a bad value. */
export function parseJsonConverterConfig(configs: Readonly<Record<string, unknown>>): JsonConverterConfig {
  const decimalFormat = stringConfig(configs, DECIMAL_FORMAT_CONFIG, 'BASE64').toUpperCase();
  if (decimalFormat !== 'BASE64' && decimalFormat !== 'NUMERIC') {
    throw ConfigException.invalidValue(
      DECIMAL_FORMAT_CONFIG,
      String(configs[DECIMAL_FORMAT_CONFIG]).trim(),
      'String must be one of (case insensitive): NUMERIC, BASE64',
    );
  }
  return {
    schemasEnabled: booleanConfig(configs, SCHEMAS_ENABLE_CONFIG, true),
    schemaCacheSize: intConfig(configs, SCHEMAS_CACHE_SIZE_CONFIG, 1000),
    decimalFormat,
    replaceNullWithDefault: booleanConfig(configs, REPLACE_NULL_WITH_DEFAULT_CONFIG, true),
  };
}
