/**
 * org.apache.kafka.connect.converters.ByteArrayConverter: passes bytes through unchanged; only BYTES schemas (or
 * none) and byte values are accepted. Reads back as OPTIONAL_BYTES. A header converter too, with the same bytes;
 * it takes no configs (not even `converter.type` is checked).
 */
import { DataException } from '../data/errors.ts';
import { javaClassName } from '../data/java-class.ts';
import type { Schema } from '../data/schema.ts';
import { Schemas } from '../data/schema.ts';
import type { SchemaAndValue } from '../data/schema-and-value.ts';
import type { Converter } from './converter.ts';
import type { HeaderConverter } from './header-converter.ts';

export class ByteArrayConverter implements Converter, HeaderConverter {
  configure(_configs: Readonly<Record<string, string>>, _isKey?: boolean): void {}

  /** The value itself (the same Uint8Array); DataException for a non-BYTES schema or a non-bytes value. */
  fromConnectData(_topic: string, schema: Schema | null, value: unknown): Uint8Array | null {
    if (schema !== null && schema.type !== 'BYTES') {
      throw new DataException(`Invalid schema type for ByteArrayConverter: ${schema.type}`);
    }
    if (value !== null && value !== undefined && !(value instanceof Uint8Array)) {
      throw new DataException(
        `ByteArrayConverter is not compatible with objects of type ${javaClassName(value)}`,
      );
    }
    return value ?? null;
  }

  toConnectData(_topic: string, value: Uint8Array | null): SchemaAndValue {
    return { schema: Schemas.OPTIONAL_BYTES, value };
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
