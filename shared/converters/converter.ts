/**
 * The Converter plugin interface (org.apache.kafka.connect.storage.Converter): Connect data <-> record bytes.
 */
import type { Schema } from '../data/schema.ts';
import type { SchemaAndValue } from '../data/schema-and-value.ts';

export interface Converter {
  /** Applies the converter's configs (already stripped of the `key.converter.` / `value.converter.` prefix). */
  configure(configs: Readonly<Record<string, string>>, isKey: boolean): void;
  /** Serializes a Connect value; null means a Kafka null (tombstone). */
  fromConnectData(topic: string, schema: Schema | null, value: unknown): Uint8Array | null;
  /** Deserializes record bytes (null for a tombstone) into a schema and value. */
  toConnectData(topic: string, value: Uint8Array | null): SchemaAndValue;
}
