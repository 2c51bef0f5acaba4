/**
 * The JSON of Connect's internal topics: JsonConverter with schemas.enable=false, as Apache's backing stores use
 * it. Values are written from Structs of Apache's record schemas (so every field is present, in schema order) and
 * read back schemaless into plain data: objects (own properties, string keys), arrays, strings, booleans, null,
 * integers as bigint and other numbers as number.
 */

import { JsonConverter } from '../converters/json-converter.ts';
import { DataException } from '../data/errors.ts';
import type { Schema } from '../data/schema.ts';
import { type DecodeResult, decoded, rejected } from './decode-result.ts';

const converter = new JsonConverter({ 'schemas.enable': 'false' });

/** JSON bytes of a value (a Struct of `schema`, or schemaless data when schema is null). */
export function writeInternalJson(schema: Schema | null, value: unknown): Uint8Array {
  const bytes = converter.fromConnectData('', schema, value);
  if (bytes === null) throw new DataException('internal-topic values must not be null here; use a tombstone');
  return bytes;
}

/** A schemaless Connect value as plain data: Maps become plain objects, recursively. */
export function toPlainData(value: unknown): unknown {
  if (value instanceof Map) {
    return Object.fromEntries([...value].map(([k, v]) => [String(k), toPlainData(v)]));
  }
  if (Array.isArray(value)) return value.map(toPlainData);
  return value;
}

/** Reads record-value bytes as Apache's JsonConverter would, then as plain data; rejects unreadable bytes. */
export function readInternalJson(bytes: Uint8Array): DecodeResult<unknown> {
  try {
    return decoded(toPlainData(converter.toConnectData('', bytes).value));
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return rejected(
      `not valid JSON (${error instanceof Error ? error.message.trim() : String(error)}${cause})`,
    );
  }
}

/** Plain-object test for decoded data (a JSON object). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array)
  );
}
