/**
 * The built-in converters by Apache class name and alias (the simple class name, and that name without its
 * "Converter" suffix), as Connect's plugin loader resolves `key.converter` / `value.converter`.
 */
import { ByteArrayConverter } from './byte-array-converter.ts';
import type { Converter } from './converter.ts';
import { ConfigException } from './errors.ts';
import { JsonConverter } from './json-converter.ts';
import { StringConverter } from './string-converter.ts';

export type ConverterFactory = () => Converter;

const PLUGINS: readonly (readonly [string, ConverterFactory])[] = [
  ['org.apache.kafka.connect.json.JsonConverter', () => new JsonConverter()],
  ['org.apache.kafka.connect.storage.StringConverter', () => new StringConverter()],
  ['org.apache.kafka.connect.converters.ByteArrayConverter', () => new ByteArrayConverter()],
];

function aliases(className: string): string[] {
  const simple = className.slice(className.lastIndexOf('.') + 1);
  return [className, simple, simple.replace(/Converter$/, '')];
}

/** Every accepted name (class name and aliases) -> factory. */
export const converterRegistry: ReadonlyMap<string, ConverterFactory> = new Map(
  PLUGINS.flatMap(([className, factory]) => aliases(className).map((name) => [name, factory] as const)),
);

/** The Apache class names of the built-in converters. */
export const CONVERTER_CLASS_NAMES: readonly string[] = PLUGINS.map(([className]) => className);

/**
 * A new converter for the class name or alias, configured. Throws ConfigException (Apache's wording for an
 * unknown `key.converter` / `value.converter` class) when the name is unknown.
 */
export function createConverter(
  className: string,
  configs: Readonly<Record<string, string>>,
  isKey: boolean,
): Converter {
  const factory = converterRegistry.get(className.trim());
  if (factory === undefined) {
    throw ConfigException.invalidValue(
      `${isKey ? 'key' : 'value'}.converter`,
      className,
      `Class ${className} could not be found.`,
    );
  }
  const converter = factory();
  converter.configure(configs, isKey);
  return converter;
}
