/**
 * org.apache.kafka.connect.storage.StringConverter: values written as their Java string form in
 * `converter.encoding` (default UTF-8), read back as OPTIONAL_STRING. `key.serializer.encoding` /
 * `value.serializer.encoding` (and the deserializer equivalents) override it for one side, as Kafka's
 * StringSerializer/StringDeserializer allow. A header converter too (`converter.type=header` uses the `value.`
 * overrides, as Apache's does).
 */
import { toJavaString } from '../data/java-string.ts';
import type { Schema } from '../data/schema.ts';
import { Schemas } from '../data/schema.ts';
import type { SchemaAndValue } from '../data/schema-and-value.ts';
import { type JavaCharset, javaCharset, SUPPORTED_CHARSETS } from './charsets.ts';
import type { Converter } from './converter.ts';
import {
  type ConverterConfigs,
  converterType,
  parseConverterConfig,
  stringConverterConfigDef,
  withConverterType,
} from './converter-config.ts';
import { SerializationException } from './errors.ts';
import type { HeaderConverter } from './header-converter.ts';

export const ENCODING_CONFIG = 'converter.encoding';

function charsetFor(name: string): JavaCharset {
  const charset = javaCharset(name);
  if (charset === undefined) {
    throw new SerializationException(
      `Unsupported encoding ${name} (supported: ${SUPPORTED_CHARSETS.join(', ')})`,
    );
  }
  return charset;
}

const CONFIG_DEF = stringConverterConfigDef();

export class StringConverter implements Converter, HeaderConverter {
  #encoder: JavaCharset = charsetFor('UTF-8');
  #decoder: JavaCharset = charsetFor('UTF-8');

  /**
   * `configure(configs, isKey)`, or `configure(configs)` with `converter.type` in the configs. ConfigException
   * for a missing or unknown type, SerializationException for an unsupported encoding.
   */
  configure(configs: ConverterConfigs, isKey?: boolean): void {
    const parsed = parseConverterConfig(CONFIG_DEF, withConverterType(configs, isKey));
    const encoding = parsed.get(ENCODING_CONFIG) as string;
    const side = converterType(parsed) === 'key' ? 'key' : 'value';
    this.#encoder = charsetFor(configs[`${side}.serializer.encoding`] ?? encoding);
    this.#decoder = charsetFor(configs[`${side}.deserializer.encoding`] ?? encoding);
  }

  /** The value's Java string form, encoded; null stays null. */
  fromConnectData(_topic: string, schema: Schema | null, value: unknown): Uint8Array | null {
    if (value === null || value === undefined) return null;
    return this.#encoder.encode(toJavaString(value, schema ?? undefined));
  }

  /** The decoded string with schema OPTIONAL_STRING (value null for null bytes). */
  toConnectData(_topic: string, value: Uint8Array | null): SchemaAndValue {
    return { schema: Schemas.OPTIONAL_STRING, value: value === null ? null : this.#decoder.decode(value) };
  }

  fromConnectHeader(
    topic: string,
    _headerKey: string,
    schema: Schema | null,
    value: unknown,
  ): Uint8Array | null {
    return this.fromConnectData(topic, schema, value);
  }

  toConnectHeader(topic: string, _headerKey: string, value: Uint8Array | null): SchemaAndValue {
    return this.toConnectData(topic, value);
  }
}
