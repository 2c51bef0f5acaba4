/** Converters: Connect data <-> record bytes, byte-identical to Apache Kafka Connect's. */

export { ByteArrayConverter } from './byte-array-converter.ts';
export { type JavaCharset, javaCharset, SUPPORTED_CHARSETS } from './charsets.ts';
export type { Converter } from './converter.ts';
export { ConfigException, SerializationException } from './errors.ts';
export { ENVELOPE_ERROR, JsonConverter } from './json-converter.ts';
export {
  type DecimalFormat,
  type JsonConverterConfig,
  parseJsonConverterConfig,
} from './json-converter-config.ts';
export {
  CONVERTER_CLASS_NAMES,
  type ConverterFactory,
  converterRegistry,
  createConverter,
} from './registry.ts';
export { StringConverter } from './string-converter.ts';
