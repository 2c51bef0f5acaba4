/**
 * org.apache.kafka.connect.converters.BooleanConverter: a boolean as one byte (0x01 true, 0x00 false), null as
 * null; only BOOLEAN schemas (or none) and boolean values are accepted. Reads back as OPTIONAL_BOOLEAN. A header
 * converter too, with the same bytes.
 */
import { DataException } from '../data/errors.ts';
import { javaClassName } from '../data/java-class.ts';
import type { Schema } from '../data/schema.ts';
import { Schemas } from '../data/schema.ts';
import type { SchemaAndValue } from '../data/schema-and-value.ts';
import type { Converter } from './converter.ts';
import { type ConverterConfigs, resolveConverterType } from './converter-config.ts';
import { SerializationException } from './errors.ts';
import type { HeaderConverter } from './header-converter.ts';

export class BooleanConverter implements Converter, HeaderConverter {
  /** `configure(configs, isKey)`, or `configure(configs)` with `converter.type` in the configs (ConfigException if bad). */
  configure(configs: ConverterConfigs, isKey?: boolean): void {
    resolveConverterType(configs, isKey);
  }

  fromConnectData(_topic: string, schema: Schema | null, value: unknown): Uint8Array | null {
    if (schema !== null && schema.type !== 'BOOLEAN') {
      throw new DataException(`Invalid schema type for BooleanConverter: ${schema.type}`);
    }
    if (value === null || value === undefined) return null;
    if (typeof value !== 'boolean') {
      throw new DataException(
        `BooleanConverter is not compatible with objects of type ${javaClassName(value)}`,
      );
    }
    return Uint8Array.of(value ? 1 : 0);
  }

  toConnectData(_topic: string, value: Uint8Array | null): SchemaAndValue {
    if (value === null) return { schema: Schemas.OPTIONAL_BOOLEAN, value: null };
    let cause: SerializationException | undefined;
    if (value.length !== 1) {
      cause = new SerializationException('Size of data received by BooleanDeserializer is not 1');
    } else if (value[0] === 1 || value[0] === 0) {
      return { schema: Schemas.OPTIONAL_BOOLEAN, value: value[0] === 1 };
    } else {
      const signed = ((value[0] as number) << 24) >> 24;
      cause = new SerializationException(`Unexpected byte received by BooleanDeserializer: ${signed}`);
    }
    throw new DataException('Failed to deserialize boolean: ', { cause });
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
