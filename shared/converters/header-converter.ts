/**
 * The HeaderConverter plugin interface (org.apache.kafka.connect.storage.HeaderConverter): Connect header values
 * <-> Kafka record header bytes.
 *
 * Connect's worker creates one per task from `header.converter` (connector config, else worker config; the worker
 * default is SimpleHeaderConverter) and calls `configure(configs)` with the `header.converter.*` keys, prefix
 * stripped, plus `converter.type=header` (see createHeaderConverter).
 */
import type { Schema } from '../data/schema.ts';
import type { SchemaAndValue } from '../data/schema-and-value.ts';

export interface HeaderConverter {
  /**
   * Applies the configs. `converter.type` is read from them (Connect puts `header` there); converters built on
   * ConverterConfig reject a missing or unknown type with a ConfigException.
   */
  configure(configs: Readonly<Record<string, string>>): void;
  /** The bytes of a header value (source side); null for a null value. */
  fromConnectHeader(
    topic: string,
    headerKey: string,
    schema: Schema | null,
    value: unknown,
  ): Uint8Array | null;
  /** A header's value and schema from its bytes (sink side; null bytes give {schema: null, value: null}). */
  toConnectHeader(topic: string, headerKey: string, value: Uint8Array | null): SchemaAndValue;
}
