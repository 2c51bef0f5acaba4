/** Converters and header converters: Connect data <-> record bytes, byte-identical to Apache Kafka Connect's. */

export { BooleanConverter } from './boolean-converter.ts';
export { ByteArrayConverter } from './byte-array-converter.ts';
export { type JavaCharset, javaCharset, SUPPORTED_CHARSETS } from './charsets.ts';
export { formatConnectTemporal, parseConnectTemporal, type TemporalKind } from './connect-date-format.ts';
export type { Converter } from './converter.ts';
export {
  CONVERTER_TYPE_CONFIG,
  type ConverterConfigs,
  type ConverterType,
  converterConfigDef,
  jsonConverterConfigDef,
  simpleHeaderConverterConfigDef,
  stringConverterConfigDef,
} from './converter-config.ts';
export { ConfigException, SerializationException } from './errors.ts';
export type { HeaderConverter } from './header-converter.ts';
export { ENVELOPE_ERROR, JsonConverter } from './json-converter.ts';
export {
  type DecimalFormat,
  type JsonConverterConfig,
  parseJsonConverterConfig,
} from './json-converter-config.ts';
export {
  DoubleConverter,
  FloatConverter,
  IntegerConverter,
  LongConverter,
  ShortConverter,
} from './number-converters.ts';
export { ABSTRACT_CONVERTER_PLUGINS, CONVERTER_PLUGIN_VERSION, CONVERTER_PLUGINS } from './plugins.ts';
export {
  CONVERTER_CLASS_NAMES,
  type ConverterFactory,
  converterClassName,
  converterRegistry,
  createConverter,
  createHeaderConverter,
  HEADER_CONVERTER_CLASS_NAMES,
  type HeaderConverterFactory,
  headerConverterRegistry,
} from './registry.ts';
export { SimpleHeaderConverter } from './simple-header-converter.ts';
export { StringConverter } from './string-converter.ts';
export { parseString as parseValuesString } from './values.ts';
export { convertToString as convertValueToString } from './values-string.ts';
