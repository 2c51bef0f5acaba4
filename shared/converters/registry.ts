/**
 * The built-in converters and header converters by Apache class name and alias, as Connect's plugin loader
 * resolves `key.converter` / `value.converter` / `header.converter`. Aliases follow Apache's
 * `PluginUtils.computeAliases`: the simple class name, and that name without its plugin-type suffix
 * (`Converter` for converters, `HeaderConverter` for header converters): `Json`, `String`, `Integer`, `Simple`, ...
 * An alias names a class, so any alias of a class that is also a header converter works for `header.converter`.
 */
import { BooleanConverter } from './boolean-converter.ts';
import { ByteArrayConverter } from './byte-array-converter.ts';
import type { Converter } from './converter.ts';
import { CONVERTER_TYPE_CONFIG } from './converter-config.ts';
import { ConfigException } from './errors.ts';
import type { HeaderConverter } from './header-converter.ts';
import { JsonConverter } from './json-converter.ts';
import {
  DoubleConverter,
  FloatConverter,
  IntegerConverter,
  LongConverter,
  ShortConverter,
} from './number-converters.ts';
import { SimpleHeaderConverter } from './simple-header-converter.ts';
import { StringConverter } from './string-converter.ts';

export type ConverterFactory = () => Converter;
export type HeaderConverterFactory = () => HeaderConverter;

interface BuiltinClass {
  readonly className: string;
  /** Set for classes that implement Converter. */
  readonly converter?: ConverterFactory;
  /** Set for classes that implement HeaderConverter. */
  readonly headerConverter?: HeaderConverterFactory;
}

/** Both a Converter and a HeaderConverter. */
function both(className: string, create: () => Converter & HeaderConverter): BuiltinClass {
  return { className, converter: create, headerConverter: create };
}

/** Every built-in converter class of Apache Kafka 4.1.1 (connect-runtime, connect-api, connect-json). */
const BUILTINS: readonly BuiltinClass[] = [
  both('org.apache.kafka.connect.json.JsonConverter', () => new JsonConverter()),
  both('org.apache.kafka.connect.storage.StringConverter', () => new StringConverter()),
  both('org.apache.kafka.connect.converters.ByteArrayConverter', () => new ByteArrayConverter()),
  both('org.apache.kafka.connect.converters.BooleanConverter', () => new BooleanConverter()),
  both('org.apache.kafka.connect.converters.DoubleConverter', () => new DoubleConverter()),
  both('org.apache.kafka.connect.converters.FloatConverter', () => new FloatConverter()),
  both('org.apache.kafka.connect.converters.IntegerConverter', () => new IntegerConverter()),
  both('org.apache.kafka.connect.converters.LongConverter', () => new LongConverter()),
  both('org.apache.kafka.connect.converters.ShortConverter', () => new ShortConverter()),
  {
    className: 'org.apache.kafka.connect.storage.SimpleHeaderConverter',
    headerConverter: () => new SimpleHeaderConverter(),
  },
];

function simpleName(className: string): string {
  return className.slice(className.lastIndexOf('.') + 1);
}

function pruned(simple: string, suffix: string): string {
  const pos = simple.lastIndexOf(suffix);
  return pos > 0 ? simple.slice(0, pos) : simple;
}

/** The class name and its aliases (simple name, pruned per plugin type it is). */
function namesOf(builtin: BuiltinClass): string[] {
  const simple = simpleName(builtin.className);
  const names = new Set([builtin.className, simple]);
  if (builtin.converter) names.add(pruned(simple, 'Converter'));
  if (builtin.headerConverter) names.add(pruned(simple, 'HeaderConverter'));
  return [...names];
}

const BY_NAME: ReadonlyMap<string, BuiltinClass> = new Map(
  BUILTINS.flatMap((builtin) => namesOf(builtin).map((name) => [name, builtin] as const)),
);

/** Every accepted converter name (class name and aliases) -> factory. */
export const converterRegistry: ReadonlyMap<string, ConverterFactory> = new Map(
  [...BY_NAME].flatMap(([name, b]) => (b.converter ? [[name, b.converter] as const] : [])),
);

/** Every accepted header converter name (class name and aliases) -> factory. */
export const headerConverterRegistry: ReadonlyMap<string, HeaderConverterFactory> = new Map(
  [...BY_NAME].flatMap(([name, b]) => (b.headerConverter ? [[name, b.headerConverter] as const] : [])),
);

/** The Apache class names of the built-in converters. */
export const CONVERTER_CLASS_NAMES: readonly string[] = BUILTINS.filter((b) => b.converter).map(
  (b) => b.className,
);

/** The Apache class names of the built-in header converters. */
export const HEADER_CONVERTER_CLASS_NAMES: readonly string[] = BUILTINS.filter((b) => b.headerConverter).map(
  (b) => b.className,
);

/** The full class name for a class name or alias of a built-in converter class; undefined when unknown. */
export function converterClassName(nameOrAlias: string): string | undefined {
  return BY_NAME.get(nameOrAlias.trim())?.className;
}

function lookup(className: string, configKey: string, supertype: string): BuiltinClass {
  const builtin = BY_NAME.get(className.trim());
  if (builtin === undefined) {
    throw ConfigException.invalidValue(configKey, className, `Class ${className} could not be found.`);
  }
  if ((supertype === 'Converter' ? builtin.converter : builtin.headerConverter) === undefined) {
    throw new ConfigException(
      `Class class ${builtin.className} does not implement the ${supertype} interface`,
    );
  }
  return builtin;
}

/**
 * A new converter for the class name or alias, configured with `configure(configs, isKey)` (configs already
 * stripped of the `key.converter.` / `value.converter.` prefix). Throws ConfigException with Apache's wording for
 * an unknown class or a class that is not a Converter, and whatever the converter's configure throws.
 */
export function createConverter(
  className: string,
  configs: Readonly<Record<string, string>>,
  isKey: boolean,
): Converter {
  const converter = (
    lookup(className, `${isKey ? 'key' : 'value'}.converter`, 'Converter').converter as ConverterFactory
  )();
  converter.configure(configs, isKey);
  return converter;
}

/**
 * A new header converter for the class name or alias, configured as Connect's Plugins.newHeaderConverter does:
 * `configure(configs + converter.type=header)` (configs stripped of the `header.converter.` prefix). Throws
 * ConfigException with Apache's wording for an unknown class or a class that is not a HeaderConverter, and whatever
 * the converter's configure throws.
 */
export function createHeaderConverter(
  className: string,
  configs: Readonly<Record<string, string>>,
): HeaderConverter {
  const converter = (
    lookup(className, 'header.converter', 'HeaderConverter').headerConverter as HeaderConverterFactory
  )();
  converter.configure({ ...configs, [CONVERTER_TYPE_CONFIG]: 'header' });
  return converter;
}
