/**
 * Helpers for tests that check Tributary against vectors recorded from Apache Kafka Connect 4.1.1: the vector
 * shape, exact byte comparison, and a canonical description of a SchemaAndValue that the recording program also
 * printed for each value Apache read back.
 */
import { expect } from 'vitest';
import { BigDecimal } from '../../../shared/data/big-decimal.ts';
import type { Schema } from '../../../shared/data/schema.ts';
import type { SchemaAndValue } from '../../../shared/data/schema-and-value.ts';
import { Struct } from '../../../shared/data/struct.ts';
import { javaDoubleToString, javaFloatToString } from '../../../shared/json/java-number-format.ts';

/** One recorded outcome. */
export interface Vector {
  /** Output bytes, as UTF-8 text. */
  readonly text?: string;
  /** Output bytes, as hex (when not UTF-8, or in addition to text). */
  readonly hex?: string;
  /** The output was null (a Kafka tombstone). */
  readonly null?: true;
  /** What was read back, as describe() prints it. */
  readonly read?: string;
  /** A config was accepted; the output bytes of a probe conversion. */
  readonly ok?: string;
  /** The Java exception class and message. */
  readonly error?: string;
  readonly message?: string;
  readonly cause?: string;
}

/** Looks a vector up, failing the test when it is missing. */
export function vector(vectors: Readonly<Record<string, Vector>>, name: string): Vector {
  const v = vectors[name];
  if (v === undefined) throw new Error(`no recorded vector named ${JSON.stringify(name)}`);
  return v;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes as text, failing on invalid UTF-8. */
export function utf8(bytes: Uint8Array): string {
  return strictUtf8.decode(bytes);
}

export function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** Asserts that bytes are exactly what the vector recorded. */
export function expectBytes(actual: Uint8Array | null, expected: Vector): void {
  if (expected.null) {
    expect(actual).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  const bytes = actual as Uint8Array;
  if (expected.text !== undefined) expect(utf8(bytes)).toBe(expected.text);
  if (expected.hex !== undefined) expect(hex(bytes)).toBe(expected.hex);
  if (expected.text === undefined && expected.hex === undefined) {
    throw new Error(`vector records no bytes: ${JSON.stringify(expected)}`);
  }
}

/** Asserts that `run` throws the recorded exception (class name and message). */
export function expectError(run: () => unknown, expected: Vector): Error {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected an exception').toBeInstanceOf(Error);
  const error = thrown as Error;
  expect(error.name).toBe(expected.error);
  expect(error.message).toBe(expected.message);
  return error;
}

/** Java's quoting in the recorder: `"` and `\` escaped, other non-printable-ASCII as \uxxxx. */
export function javaQuote(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) out += `\\${text[i]}`;
    else if (c < 0x20 || c >= 0x7f) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += text[i];
  }
  return `${out}"`;
}

function describeValue(value: unknown, schema: Schema | null | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof BigDecimal) return `dec:${value.unscaled}/${value.scale}`;
  if (value instanceof Date) return `date:${value.getTime()}`;
  if (value instanceof Struct) {
    const parts = (value.schema.fields ?? []).map(
      (field) => `${field.name}=${describeValue(value.getWithoutDefault(field.name), field.schema)}`,
    );
    return `struct{${parts.join(',')}}`;
  }
  if (value instanceof Uint8Array) return `x:${hex(value)}`;
  if (Array.isArray(value))
    return `[${value.map((item) => describeValue(item, schema?.valueSchema)).join(',')}]`;
  if (value instanceof Map) {
    const entries = [...value].map(
      ([k, v]) => `${describeValue(k, schema?.keySchema)}=>${describeValue(v, schema?.valueSchema)}`,
    );
    return `{${entries.sort().join(',')}}`;
  }
  switch (typeof value) {
    case 'string':
      return `s:${javaQuote(value)}`;
    case 'boolean':
      return `b:${value}`;
    case 'bigint':
      return `i64:${value}`;
    case 'number':
      switch (schema?.type) {
        case 'INT8':
          return `i8:${value}`;
        case 'INT16':
          return `i16:${value}`;
        case 'INT32':
          return `i32:${value}`;
        case 'INT64':
          return `i64:${value}`;
        case 'FLOAT32':
          return `f32:${javaFloatToString(value)}`;
        default:
          return `f64:${javaDoubleToString(value)}`;
      }
    default:
      return `?${String(value)}`;
  }
}

/** The recorder's description of a schema: S(TYPE? n=.. v=.. d=.. p={..} def=.. items=.. keys=.. values=.. fields=[..]). */
export function describeSchema(schema: Schema | null): string {
  if (schema === null) return 'null';
  let out = `S(${schema.type}`;
  if (schema.optional) out += '?';
  if (schema.name !== undefined) out += ` n=${schema.name}`;
  if (schema.version !== undefined) out += ` v=${schema.version}`;
  if (schema.doc !== undefined) out += ` d=${schema.doc}`;
  if (schema.parameters !== undefined) {
    out += ` p={${Object.entries(schema.parameters)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}}`;
  }
  if (schema.defaultValue !== undefined && schema.defaultValue !== null) {
    out += ` def=${describeValue(schema.defaultValue, schema)}`;
  }
  if (schema.type === 'ARRAY') out += ` items=${describeSchema(schema.valueSchema ?? null)}`;
  if (schema.type === 'MAP') {
    out += ` keys=${describeSchema(schema.keySchema ?? null)} values=${describeSchema(schema.valueSchema ?? null)}`;
  }
  if (schema.type === 'STRUCT') {
    out += ` fields=[${(schema.fields ?? []).map((f) => `${f.index}:${f.name}:${describeSchema(f.schema)}`).join(',')}]`;
  }
  return `${out})`;
}

/** "schema = value", as the recorder printed what a converter read. */
export function describe(result: SchemaAndValue): string {
  return `${describeSchema(result.schema)} = ${describeValue(result.value, result.schema)}`;
}
