/**
 * org.apache.kafka.connect.storage.StringConverter: values written as their Java string form in
 * `converter.encoding` (default UTF-8), read back as OPTIONAL_STRING. `key.serializer.encoding` /
 * `value.serializer.encoding` (and the deserializer equivalents) override it for one side, as Kafka's
 * StringSerializer/StringDeserializer allow.
 */
import { toJavaString } from '../data/java-string.ts';
import type { Schema } from '../data/schema.ts';
import { Schemas } from '../data/schema.ts';
import type { SchemaAndValue } from '../data/schema-and-value.ts';
import { type JavaCharset, javaCharset, SUPPORTED_CHARSETS } from './charsets.ts';
import { stringConfig } from './config-values.ts';
import type { Converter } from './converter.ts';
import { SerializationException } from './errors.ts';

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

export class StringConverter implements Converter {
  #encoder: JavaCharset = charsetFor('UTF-8');
  #decoder: JavaCharset = charsetFor('UTF-8');

  configure(configs: Readonly<Record<string, string>>, isKey: boolean): void {
    const encoding = stringConfig(configs, ENCODING_CONFIG, 'UTF-8');
    const side = isKey ? 'key' : 'value';
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
}
