/**
 * The REST shapes Connect uses to describe config definitions and validation results
 * (`rest/entities/ConfigKeyInfo`, `ConfigValueInfo`, `ConfigInfo`, `ConfigInfos`), and the conversions
 * `AbstractHerder` applies (`convertConfigKey`, `convertConfigValue`, `generateResult`, merging, prefixing).
 * Object keys are built in the order Apache's Jackson serialisation writes them.
 */
import {
  type ConfigKey,
  type ConfigType,
  type ConfigValue,
  convertToString,
  NO_DEFAULT_VALUE,
} from './config-def.ts';

/** `GET /connector-plugins/{plugin}/config` items and `definition` in validation results. */
export interface ConfigKeyInfo {
  readonly name: string;
  readonly type: ConfigType;
  readonly required: boolean;
  /** The default in string form (lists comma-joined); null when required or when the default is null. */
  readonly default_value: string | null;
  readonly importance: string;
  readonly documentation: string | null;
  readonly group: string | null;
  readonly width: string;
  readonly display_name: string | null;
  readonly dependents: readonly string[];
  /** The order in the group (`orderInGroup`). */
  readonly order: number;
}

/** The `value` part of a validation result. */
export interface ConfigValueInfo {
  readonly name: string;
  readonly value: string | null;
  readonly recommended_values: readonly (string | null)[];
  readonly errors: readonly string[];
  readonly visible: boolean;
}

export interface ConfigInfo {
  readonly definition: ConfigKeyInfo | null;
  readonly value: ConfigValueInfo | null;
}

/** The body of `PUT /connector-plugins/{plugin}/config/validate`. */
export interface ConfigInfos {
  readonly name: string;
  readonly error_count: number;
  readonly groups: readonly string[];
  readonly configs: readonly ConfigInfo[];
}

/** `AbstractHerder.convertConfigKey`: a definition as REST shows it, its name optionally prefixed. */
export function convertConfigKey(key: ConfigKey, prefix = ''): ConfigKeyInfo {
  const defaultValue = key.defaultValue === NO_DEFAULT_VALUE ? null : key.defaultValue;
  return {
    name: prefix + key.name,
    type: key.type,
    required: !key.hasDefault(),
    default_value: convertToString(defaultValue, key.type),
    importance: key.importance,
    documentation: key.documentation,
    group: key.group,
    width: key.width,
    display_name: key.displayName,
    dependents: [...key.dependents],
    order: key.orderInGroup,
  };
}

/** `AbstractHerder.convertConfigValue`: values in string form (passwords `[hidden]`); type null for undefined keys. */
export function convertConfigValue(value: ConfigValue, type: ConfigType | null): ConfigValueInfo {
  const recommendedType: ConfigType | null = type === 'LIST' ? 'STRING' : type;
  return {
    name: value.name,
    value: convertToString(value.value, type),
    recommended_values: value.recommendedValues.map((v) => convertToString(v, recommendedType)),
    errors: [...value.errorMessages],
    visible: value.visible,
  };
}

/**
 * `AbstractHerder.generateResult`: first the values for names with no definition (`definition: null`, in the
 * given order), then one entry per defined key in definition order (`value: null` when nothing validated it; a
 * later value for the same name wins). `error_count` counts every error message.
 */
export function generateResult(
  connType: string,
  configKeys: ReadonlyMap<string, ConfigKey>,
  configValues: readonly ConfigValue[],
  groups: readonly string[],
): ConfigInfos {
  let errorCount = 0;
  const configs: ConfigInfo[] = [];
  const byName = new Map<string, ConfigValue>();
  for (const value of configValues) {
    byName.set(value.name, value);
    if (!configKeys.has(value.name)) {
      configs.push({ definition: null, value: convertConfigValue(value, null) });
      errorCount += value.errorMessages.length;
    }
  }
  for (const [name, key] of configKeys) {
    const value = byName.get(name);
    if (value !== undefined) errorCount += value.errorMessages.length;
    configs.push({
      definition: convertConfigKey(key),
      value: value === undefined ? null : convertConfigValue(value, key.type),
    });
  }
  return { name: connType, error_count: errorCount, groups: [...groups], configs };
}

/**
 * `AbstractHerder.prefixedConfigInfos`: results of a sub-config validation (converter, client override) with the
 * names prefixed. Here `error_count` counts entries that have at least one error.
 */
export function prefixedConfigInfos(
  configKeys: ReadonlyMap<string, ConfigKey>,
  configValues: readonly ConfigValue[],
  prefix: string,
): ConfigInfos {
  let errorCount = 0;
  const groups: string[] = [];
  const configs: ConfigInfo[] = [];
  for (const value of configValues) {
    const key = configKeys.get(value.name);
    if (key !== undefined && key.group !== null && !groups.includes(key.group)) groups.push(key.group);
    if (value.errorMessages.length > 0) errorCount++;
    const info = convertConfigValue(value, key === undefined ? null : key.type);
    configs.push({
      definition: key === undefined ? null : convertConfigKey(key, prefix),
      // Apache copies the value into a new ConfigValue, which is visible again.
      value: { ...info, name: prefix + value.name, visible: true },
    });
  }
  return { name: '', error_count: errorCount, groups, configs };
}

/** `AbstractHerder.mergeConfigInfos`: concatenates results (nulls skipped), sums error counts, unions groups. */
export function mergeConfigInfos(connType: string, ...parts: readonly (ConfigInfos | null)[]): ConfigInfos {
  let errorCount = 0;
  const configs: ConfigInfo[] = [];
  const groups: string[] = [];
  for (const part of parts) {
    if (part === null) continue;
    errorCount += part.error_count;
    configs.push(...part.configs);
    for (const group of part.groups) if (!groups.includes(group)) groups.push(group);
  }
  return { name: connType, error_count: errorCount, groups, configs };
}
