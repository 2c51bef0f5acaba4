/**
 * A model of Apache Kafka's `ConfigDef` (clients, 4.1.1): typed key definitions, parsing of string values exactly as
 * `ConfigDef.parseType` does (same results, same error messages), and the validation pass that
 * `PUT /connector-plugins/{plugin}/config/validate` reports (`validateAll`, dependents, recommenders).
 *
 * Value model (what parsing yields):
 *   BOOLEAN → boolean, STRING → string (trimmed), INT/SHORT/DOUBLE → number, LONG → bigint (Java longs exceed
 *   JS's safe integers), LIST → string[], PASSWORD → Password, CLASS → JavaClass, unset → null.
 * CLASS values are looked up through a `ClassResolver` (the worker's plugin catalog): without one, no class name
 * resolves and parsing fails with Apache's "Class X could not be found." message.
 */
import { javaHashMapOrder } from './java-hash-order.ts';
import {
  formatJavaDouble,
  javaEqualsIgnoreCase,
  javaTrim,
  parseJavaDouble,
  parseJavaInteger,
} from './java-text.ts';

export type ConfigType =
  | 'BOOLEAN'
  | 'STRING'
  | 'INT'
  | 'SHORT'
  | 'LONG'
  | 'DOUBLE'
  | 'LIST'
  | 'CLASS'
  | 'PASSWORD';
export type Importance = 'HIGH' | 'MEDIUM' | 'LOW';
export type Width = 'NONE' | 'SHORT' | 'MEDIUM' | 'LONG';

const IMPORTANCE_ORDER: Record<Importance, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

/** A secret value: prints as `[hidden]` everywhere (logs, error messages, REST). */
export class Password {
  static readonly HIDDEN = '[hidden]';
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  value(): string {
    return this.#value;
  }

  toString(): string {
    return Password.HIDDEN;
  }

  toJSON(): string {
    return Password.HIDDEN;
  }

  equals(other: unknown): boolean {
    return other instanceof Password && other.#value === this.#value;
  }
}

/**
 * What Connect knows about a class named in a CLASS config: its binary name, which Connect plugin supertypes it is
 * assignable to (by simple name: `Converter`, `HeaderConverter`, `Transformation`, `Predicate`, `Connector`, ...),
 * whether it is abstract, and its public concrete nested classes (for "Did you mean ...?").
 */
export interface JavaClass {
  readonly name: string;
  readonly supertypes: readonly string[];
  readonly isAbstract?: boolean;
  readonly isInterface?: boolean;
  readonly nestedClasses?: readonly JavaClass[];
}

/** Resolves a class name or plugin alias, as Connect's plugin class loader does; undefined when unknown. */
export type ClassResolver = (nameOrAlias: string) => JavaClass | undefined;

export type ParsedValue =
  | boolean
  | string
  | number
  | bigint
  | readonly string[]
  | Password
  | JavaClass
  | null;

/** The `ConfigDef.NO_DEFAULT_VALUE` marker: the key is required. */
export const NO_DEFAULT_VALUE: unique symbol = Symbol('NO_DEFAULT_VALUE');
export type DefaultValue = ParsedValue | typeof NO_DEFAULT_VALUE;

export function isJavaClass(value: unknown): value is JavaClass {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as JavaClass).name === 'string' &&
    Array.isArray((value as JavaClass).supertypes)
  );
}

/**
 * `String.valueOf(value)` for config values, as Apache's messages print them: lists as `[a, b]`, passwords as
 * `[hidden]`, classes as `class a.b.C`, DOUBLE numbers as Java prints doubles (`1.0`, `1.0E7`).
 */
export function javaValueString(value: unknown, type?: ConfigType | null): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'number') {
    return type === 'DOUBLE' || !Number.isInteger(value) ? formatJavaDouble(value) : String(value);
  }
  if (value instanceof Password) return Password.HIDDEN;
  if (Array.isArray(value)) return `[${value.map((v) => javaValueString(v)).join(', ')}]`;
  if (isJavaClass(value)) return `${value.isInterface ? 'interface' : 'class'} ${value.name}`;
  return String(value);
}

/** Apache's `ConfigException`. Its message is what Connect reports as a validation error. */
export class ConfigException extends Error {
  override readonly name: string = 'ConfigException';

  /** `new ConfigException(name, value, message)`: "Invalid value <value> for configuration <name>[: <message>]". */
  static invalid(
    configName: string,
    value: unknown,
    message?: string | null,
    type?: ConfigType | null,
  ): ConfigException {
    const suffix = message === null || message === undefined ? '' : `: ${message}`;
    return new ConfigException(
      `Invalid value ${javaValueString(value, type)} for configuration ${configName}${suffix}`,
    );
  }
}

/** Validation logic for one config value (Apache's `ConfigDef.Validator`); throws ConfigException. */
export interface Validator {
  /** `type` is the key's type, so messages can print the value as Java would. */
  ensureValid(name: string, value: ParsedValue, type?: ConfigType): void;
  toString(): string;
}

/** Valid values and visibility of a config given the other parsed values (Apache's `ConfigDef.Recommender`). */
export interface Recommender {
  validValues(name: string, parsedConfig: ReadonlyMap<string, ParsedValue>): ParsedValue[];
  visible(name: string, parsedConfig: ReadonlyMap<string, ParsedValue>): boolean;
}

function javaClassName(value: unknown): string {
  if (typeof value === 'boolean') return 'java.lang.Boolean';
  if (typeof value === 'bigint') return 'java.lang.Long';
  if (typeof value === 'number') return Number.isInteger(value) ? 'java.lang.Integer' : 'java.lang.Double';
  if (Array.isArray(value)) return 'java.util.ArrayList';
  if (value instanceof Password) return 'org.apache.kafka.common.config.types.Password';
  if (isJavaClass(value)) return 'java.lang.Class';
  return 'java.lang.Object';
}

const COMMA_WITH_WHITESPACE = /[ \t\n\v\f\r]*,[ \t\n\v\f\r]*/;

function notANumber(name: string, value: unknown, type: ConfigType): ConfigException {
  return ConfigException.invalid(name, value, `Not a number of type ${type}`);
}

function parseInteger(name: string, value: unknown, trimmed: string, type: ConfigType, bits: 16 | 32 | 64) {
  const parsed = parseJavaInteger(trimmed, bits);
  if (parsed === undefined) throw notANumber(name, value, type);
  return parsed;
}

/**
 * `ConfigDef.parseType(name, value, type)`: strings are trimmed (Java's trim) and converted; values that already
 * have the right JS type pass through. Throws ConfigException with Apache's message on failure.
 */
export function parseType(
  name: string,
  value: unknown,
  type: ConfigType,
  resolveClass?: ClassResolver,
): ParsedValue {
  if (value === null || value === undefined) return null;
  const isString = typeof value === 'string';
  const trimmed = isString ? javaTrim(value) : '';
  switch (type) {
    case 'BOOLEAN':
      if (isString) {
        if (javaEqualsIgnoreCase(trimmed, 'true')) return true;
        if (javaEqualsIgnoreCase(trimmed, 'false')) return false;
        throw ConfigException.invalid(name, value, 'Expected value to be either true or false');
      }
      if (typeof value === 'boolean') return value;
      throw ConfigException.invalid(name, value, 'Expected value to be either true or false');
    case 'PASSWORD':
      if (value instanceof Password) return value;
      if (isString) return new Password(trimmed);
      throw ConfigException.invalid(
        name,
        value,
        `Expected value to be a string, but it was a ${javaClassName(value)}`,
      );
    case 'STRING':
      if (isString) return trimmed;
      throw ConfigException.invalid(
        name,
        value,
        `Expected value to be a string, but it was a ${javaClassName(value)}`,
      );
    case 'INT':
      if (typeof value === 'number' && Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31)
        return value;
      if (isString) return Number(parseInteger(name, value, trimmed, type, 32));
      throw ConfigException.invalid(
        name,
        value,
        `Expected value to be a 32-bit integer, but it was a ${javaClassName(value)}`,
      );
    case 'SHORT':
      if (typeof value === 'number' && Number.isInteger(value) && value >= -(2 ** 15) && value < 2 ** 15)
        return value;
      if (isString) return Number(parseInteger(name, value, trimmed, type, 16));
      throw ConfigException.invalid(
        name,
        value,
        `Expected value to be a 16-bit integer (short), but it was a ${javaClassName(value)}`,
      );
    case 'LONG':
      if (typeof value === 'bigint') return value;
      if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
      if (isString) return parseInteger(name, value, trimmed, type, 64);
      throw ConfigException.invalid(
        name,
        value,
        `Expected value to be a 64-bit integer (long), but it was a ${javaClassName(value)}`,
      );
    case 'DOUBLE': {
      if (typeof value === 'number') return value;
      if (typeof value === 'bigint') return Number(value);
      if (isString) {
        const parsed = parseJavaDouble(trimmed);
        if (parsed === undefined) throw notANumber(name, value, type);
        return parsed;
      }
      throw ConfigException.invalid(
        name,
        value,
        `Expected value to be a double, but it was a ${javaClassName(value)}`,
      );
    }
    case 'LIST':
      if (Array.isArray(value)) return value as readonly string[];
      if (isString) return trimmed.length === 0 ? [] : trimmed.split(COMMA_WITH_WHITESPACE);
      throw ConfigException.invalid(name, value, 'Expected a comma separated list.');
    case 'CLASS': {
      if (isJavaClass(value)) return value;
      if (isString) {
        const cls = resolveClass?.(trimmed);
        if (cls === undefined)
          throw ConfigException.invalid(name, value, `Class ${value} could not be found.`);
        return cls;
      }
      throw ConfigException.invalid(name, value, 'Expected a Class instance or class name.');
    }
  }
}

/** `ConfigDef.convertToString(value, type)`: the REST string form (lists comma-joined, classes by name). */
export function convertToString(value: ParsedValue | undefined, type: ConfigType | null): string | null {
  if (value === null || value === undefined) return null;
  if (type === 'LIST' && Array.isArray(value)) return value.map((v) => javaValueString(v)).join(',');
  if (type === 'CLASS' && isJavaClass(value)) return value.name;
  if (type === 'PASSWORD' && value instanceof Password) return Password.HIDDEN;
  return javaValueString(value, type);
}

/** How a key is declared; optional fields take the defaults of Apache's short `define(...)` overloads. */
export interface ConfigKeySpec {
  readonly name: string;
  readonly type: ConfigType;
  /** Omitted or undefined: required (no default). `null`: the default is null. Strings are parsed per `type`. */
  readonly defaultValue?: unknown;
  readonly validator?: Validator | null;
  readonly importance: Importance;
  readonly documentation?: string | null;
  /** Default null. */
  readonly group?: string | null;
  /** Default -1. */
  readonly orderInGroup?: number;
  /** Default NONE. */
  readonly width?: Width;
  /** Default: the key's name. */
  readonly displayName?: string | null;
  readonly dependents?: readonly string[];
  readonly recommender?: Recommender | null;
  readonly internalConfig?: boolean;
}

/** One defined key (Apache's `ConfigDef.ConfigKey`). The default is parsed, and validated, when it is built. */
export class ConfigKey {
  readonly name: string;
  readonly type: ConfigType;
  readonly documentation: string | null;
  readonly defaultValue: DefaultValue;
  readonly validator: Validator | null;
  readonly importance: Importance;
  readonly group: string | null;
  readonly orderInGroup: number;
  readonly width: Width;
  readonly displayName: string | null;
  readonly dependents: readonly string[];
  readonly recommender: Recommender | null;
  readonly internalConfig: boolean;

  constructor(spec: ConfigKeySpec, resolveClass?: ClassResolver) {
    this.name = spec.name;
    this.type = spec.type;
    const hasDefault = spec.defaultValue !== undefined && spec.defaultValue !== NO_DEFAULT_VALUE;
    this.defaultValue = hasDefault
      ? parseType(spec.name, spec.defaultValue, spec.type, resolveClass)
      : NO_DEFAULT_VALUE;
    this.validator = spec.validator ?? null;
    this.importance = spec.importance;
    if (this.validator !== null && hasDefault) {
      this.validator.ensureValid(this.name, this.defaultValue as ParsedValue, this.type);
    }
    this.documentation = spec.documentation ?? null;
    this.dependents = spec.dependents ?? [];
    this.group = spec.group ?? null;
    this.orderInGroup = spec.orderInGroup ?? -1;
    this.width = spec.width ?? 'NONE';
    this.displayName = spec.displayName === undefined ? spec.name : spec.displayName;
    this.recommender = spec.recommender ?? null;
    this.internalConfig = spec.internalConfig ?? false;
  }

  hasDefault(): boolean {
    return this.defaultValue !== NO_DEFAULT_VALUE;
  }
}

/** The validation result of one key (Apache's `ConfigValue`). Mutable, as Apache's is. */
export class ConfigValue {
  readonly name: string;
  value: ParsedValue;
  recommendedValues: ParsedValue[];
  readonly errorMessages: string[];
  visible: boolean;

  constructor(
    name: string,
    value: ParsedValue = null,
    recommendedValues: ParsedValue[] = [],
    errorMessages: string[] = [],
  ) {
    this.name = name;
    this.value = value;
    this.recommendedValues = recommendedValues;
    this.errorMessages = errorMessages;
    this.visible = true;
  }

  addErrorMessage(message: string): void {
    this.errorMessages.push(message);
  }
}

/** Config values as submitted: a Map or a plain object; a null value means "set to null" (JSON null). */
export type RawConfig = ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>>;

export function rawConfigMap(props: RawConfig): ReadonlyMap<string, unknown> {
  return props instanceof Map ? props : new Map(Object.entries(props));
}

export interface ConfigParseOptions {
  readonly resolveClass?: ClassResolver;
}

function sameValue(a: ParsedValue, b: ParsedValue): boolean {
  if (a === b) return true;
  if (isJavaClass(a) && isJavaClass(b)) return a.name === b.name;
  if (a instanceof Password) return a.equals(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return false;
}

/** A set of key definitions in definition order, plus the groups in first-use order. */
export class ConfigDef {
  private readonly keys: Map<string, ConfigKey>;
  private readonly groupList: string[];

  /** An empty definition, or a copy of `base` (`new ConfigDef(base)`). */
  constructor(base?: ConfigDef) {
    this.keys = new Map(base?.keys ?? []);
    this.groupList = [...(base?.groupList ?? [])];
  }

  /** Adds a key; throws ConfigException "Configuration X is defined twice." for a duplicate name. */
  define(key: ConfigKey | ConfigKeySpec, resolveClass?: ClassResolver): this {
    const configKey = key instanceof ConfigKey ? key : new ConfigKey(key, resolveClass);
    if (this.keys.has(configKey.name)) {
      throw new ConfigException(`Configuration ${configKey.name} is defined twice.`);
    }
    if (configKey.group !== null && !this.groupList.includes(configKey.group))
      this.groupList.push(configKey.group);
    this.keys.set(configKey.name, configKey);
    return this;
  }

  configKeys(): ReadonlyMap<string, ConfigKey> {
    return this.keys;
  }

  names(): string[] {
    return [...this.keys.keys()];
  }

  groups(): readonly string[] {
    return this.groupList;
  }

  defaultValues(): Map<string, ParsedValue> {
    const defaults = new Map<string, ParsedValue>();
    for (const key of this.keys.values()) {
      if (key.hasDefault()) defaults.set(key.name, key.defaultValue as ParsedValue);
    }
    return defaults;
  }

  /**
   * `ConfigDef.embed`: adds `child`'s keys (in its documentation order) under `keyPrefix`, in group
   * `groupPrefix[: childGroup]`, numbered from `startingOrd`. Embedded validators and recommenders see the
   * un-prefixed names, so their messages name the child's own key.
   */
  embed(keyPrefix: string, groupPrefix: string, startingOrd: number, child: ConfigDef): this {
    let orderInGroup = startingOrd;
    for (const key of child.sortedConfigs()) {
      this.define(
        new ConfigKey({
          name: keyPrefix + key.name,
          type: key.type,
          defaultValue: key.defaultValue === NO_DEFAULT_VALUE ? undefined : key.defaultValue,
          validator: embeddedValidator(keyPrefix, key.validator),
          importance: key.importance,
          documentation: key.documentation,
          group: groupPrefix + (key.group === null ? '' : `: ${key.group}`),
          orderInGroup: orderInGroup++,
          width: key.width,
          displayName: key.displayName,
          dependents: key.dependents.map((d) => keyPrefix + d),
          recommender: embeddedRecommender(keyPrefix, key.recommender),
          internalConfig: key.internalConfig,
        }),
      );
    }
    return this;
  }

  /** Keys sorted as Apache documents them: by group, order in group, required first, importance, then name. */
  sortedConfigs(): ConfigKey[] {
    const groupOrd = new Map(this.groupList.map((g, i) => [g, i] as const));
    return [...this.keys.values()].sort((a, b) => {
      if (a.group !== b.group) {
        if (a.group === null) return -1;
        if (b.group === null) return 1;
        const cmp = (groupOrd.get(a.group) ?? 0) - (groupOrd.get(b.group) ?? 0);
        if (cmp !== 0) return cmp;
      }
      if (a.orderInGroup !== b.orderInGroup) return a.orderInGroup < b.orderInGroup ? -1 : 1;
      if (!a.hasDefault() && b.hasDefault()) return -1;
      if (!b.hasDefault() && a.hasDefault()) return 1;
      const imp = IMPORTANCE_ORDER[a.importance] - IMPORTANCE_ORDER[b.importance];
      if (imp !== 0) return imp;
      return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    });
  }

  /**
   * `ConfigDef.parse`: every defined key parsed and validated; throws ConfigException on the first problem
   * (including `Missing required configuration "X" which has no default value.`).
   */
  parse(props: RawConfig, options: ConfigParseOptions = {}): Map<string, ParsedValue> {
    const undefinedKeys = this.undefinedDependentConfigs();
    if (undefinedKeys.length > 0) {
      throw new ConfigException(
        `Some configurations in are referred in the dependents, but not defined: ${undefinedKeys.join(',')}`,
      );
    }
    const raw = rawConfigMap(props);
    const values = new Map<string, ParsedValue>();
    for (const key of this.keys.values()) {
      let parsed: ParsedValue;
      if (raw.has(key.name)) {
        parsed = parseType(key.name, raw.get(key.name), key.type, options.resolveClass);
      } else if (!key.hasDefault()) {
        throw new ConfigException(`Missing required configuration "${key.name}" which has no default value.`);
      } else {
        parsed = key.defaultValue as ParsedValue;
      }
      key.validator?.ensureValid(key.name, parsed, key.type);
      values.set(key.name, parsed);
    }
    return values;
  }

  /**
   * `ConfigDef.validateAll`: one ConfigValue per defined key (plus one per undefined dependent), holding the parsed
   * value, every error message, recommended values and visibility. Problems are collected, never thrown (errors
   * other than ConfigException, which Apache does not catch either, still propagate).
   * Apache returns a HashMap; this Map is in definition order. `validate()` gives Apache's list order.
   */
  validateAll(props: RawConfig, options: ConfigParseOptions = {}): Map<string, ConfigValue> {
    const raw = rawConfigMap(props);
    const configValues = new Map<string, ConfigValue>();
    for (const name of this.keys.keys()) configValues.set(name, new ConfigValue(name));
    for (const name of this.undefinedDependentConfigs()) {
      const value = new ConfigValue(name);
      value.addErrorMessage(`${name} is referred in the dependents, but not defined.`);
      value.visible = false;
      configValues.set(name, value);
    }
    const parsed = new Map<string, ParsedValue>();
    const roots = this.configsWithNoParent();
    for (const name of roots) this.parseForValidate(name, raw, parsed, configValues, options);
    for (const name of roots) this.runRecommenders(name, parsed, configValues);
    return configValues;
  }

  /** `ConfigDef.validate`: the ConfigValues in the order Apache's list has them (its HashMap's order). */
  validate(props: RawConfig, options: ConfigParseOptions = {}): ConfigValue[] {
    const all = this.validateAll(props, options);
    return javaHashMapOrder(all.keys()).map((name) => all.get(name) as ConfigValue);
  }

  private undefinedDependentConfigs(): string[] {
    const undefinedKeys: string[] = [];
    for (const key of this.keys.values()) {
      for (const dependent of key.dependents) {
        if (!this.keys.has(dependent) && !undefinedKeys.includes(dependent)) undefinedKeys.push(dependent);
      }
    }
    return javaHashMapOrder(undefinedKeys);
  }

  private configsWithNoParent(): string[] {
    const withParent = new Set<string>();
    for (const key of this.keys.values()) for (const d of key.dependents) withParent.add(d);
    return [...this.keys.keys()].filter((name) => !withParent.has(name));
  }

  private parseForValidate(
    name: string,
    raw: ReadonlyMap<string, unknown>,
    parsed: Map<string, ParsedValue>,
    configValues: Map<string, ConfigValue>,
    options: ConfigParseOptions,
  ): void {
    const key = this.keys.get(name);
    const config = configValues.get(name);
    if (key === undefined || config === undefined) return;
    let value: ParsedValue = null;
    if (raw.has(key.name)) {
      try {
        value = parseType(key.name, raw.get(key.name), key.type, options.resolveClass);
      } catch (e) {
        if (!(e instanceof ConfigException)) throw e;
        config.addErrorMessage(e.message);
      }
    } else if (!key.hasDefault()) {
      config.addErrorMessage(`Missing required configuration "${key.name}" which has no default value.`);
    } else {
      value = key.defaultValue as ParsedValue;
    }
    if (key.validator !== null) {
      try {
        key.validator.ensureValid(key.name, value, key.type);
      } catch (e) {
        if (!(e instanceof ConfigException)) throw e;
        config.addErrorMessage(e.message);
      }
    }
    config.value = value;
    parsed.set(name, value);
    for (const dependent of key.dependents)
      this.parseForValidate(dependent, raw, parsed, configValues, options);
  }

  private runRecommenders(
    name: string,
    parsed: ReadonlyMap<string, ParsedValue>,
    configValues: Map<string, ConfigValue>,
  ): void {
    const key = this.keys.get(name);
    const value = configValues.get(name);
    if (key === undefined || value === undefined) return;
    if (key.recommender !== null) {
      try {
        let recommended = [...key.recommender.validValues(name, parsed)];
        const original = value.recommendedValues;
        if (original.length > 0)
          recommended = recommended.filter((r) => original.some((o) => sameValue(o, r)));
        value.recommendedValues = recommended;
        value.visible = key.recommender.visible(name, parsed);
      } catch (e) {
        if (!(e instanceof ConfigException)) throw e;
        value.addErrorMessage(e.message);
      }
    }
    for (const dependent of key.dependents) this.runRecommenders(dependent, parsed, configValues);
  }
}

function embeddedValidator(keyPrefix: string, base: Validator | null): Validator | null {
  if (base === null) return null;
  return {
    ensureValid: (name, value, type) => base.ensureValid(name.slice(keyPrefix.length), value, type),
    toString: () => base.toString(),
  };
}

function embeddedRecommender(keyPrefix: string, base: Recommender | null): Recommender | null {
  if (base === null) return null;
  const unprefixed = (parsed: ReadonlyMap<string, ParsedValue>) => {
    const result = new Map<string, ParsedValue>();
    for (const [k, v] of parsed) if (k.startsWith(keyPrefix)) result.set(k.slice(keyPrefix.length), v);
    return result;
  };
  return {
    validValues: (name, parsed) => base.validValues(name.slice(keyPrefix.length), unprefixed(parsed)),
    visible: (name, parsed) => base.visible(name.slice(keyPrefix.length), unprefixed(parsed)),
  };
}
