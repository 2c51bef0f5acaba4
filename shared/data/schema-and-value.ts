/** A value with its schema (org.apache.kafka.connect.data.SchemaAndValue); schema null means schemaless. */
import type { Schema } from './schema.ts';

export interface SchemaAndValue {
  readonly schema: Schema | null;
  readonly value: unknown;
}

/** SchemaAndValue.NULL: no schema, no value (what a tombstone converts to). */
export const SCHEMA_AND_VALUE_NULL: SchemaAndValue = Object.freeze({ schema: null, value: null });
