/**
 * Helpers for the number, header converter and Values tests: the recorded fixtures (fixtures/README.md) and the
 * recorder's schema-driven description of a SchemaAndValue. Numbers are tagged by their schema (i8:, i16:, i32:,
 * i64:, f32: as Float.toString, f64: as Double.toString); a number without a numeric schema is `n:` (integral
 * ones as integers, others as Double.toString), since a JavaScript value cannot carry its Java class; a bigint
 * (a schemaless integer) prints as is under any tag. Maps are described in iteration order.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { BigDecimal } from '../../../shared/data/big-decimal.ts';
import type { Schema } from '../../../shared/data/schema.ts';
import type { SchemaAndValue } from '../../../shared/data/schema-and-value.ts';
import { javaDoubleToString, javaFloatToString } from '../../../shared/json/java-number-format.ts';
import { describeSchema, hex, javaQuote } from '../json/vector-support.ts';

/** A recorded outcome: bytes (hex, and text when valid UTF-8), null, a read-back description, ok, or an error. */
export interface Recorded {
  readonly hex?: string;
  readonly text?: string;
  readonly null?: true;
  readonly read?: string;
  readonly ok?: string;
  readonly error?: string;
  readonly message?: string;
  /** "<ExceptionClass>: <message>" of the cause. */
  readonly cause?: string;
  /** A Java exception the recorder hit while writing a parsed header back. */
  readonly 'write error'?: string;
}

export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as T;
}

export function recorded(vectors: Readonly<Record<string, Recorded>>, name: string): Recorded {
  const v = vectors[name];
  if (v === undefined) throw new Error(`no recorded vector named ${JSON.stringify(name)}`);
  return v;
}

function describeNumber(value: number | bigint, schema: Schema | null | undefined): string {
  if (typeof value === 'bigint') {
    // A schemaless integer (Java's Byte/Short/Integer/Long): printed as is whatever the schema says.
    const tag = { INT8: 'i8', INT16: 'i16', INT32: 'i32', INT64: 'i64', FLOAT32: 'f32', FLOAT64: 'f64' }[
      schema?.type as string
    ];
    return `${tag ?? 'n'}:${value}`;
  }
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
      return `f32:${javaFloatToString(Number(value))}`;
    case 'FLOAT64':
      return `f64:${javaDoubleToString(Number(value))}`;
  }
  return Number.isSafeInteger(value) ? `n:${value}` : `n:${javaDoubleToString(value)}`;
}

export function describeValue(value: unknown, schema: Schema | null | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof BigDecimal) return `dec:${value.unscaled}/${value.scale}`;
  if (value instanceof Date) return `date:${value.getTime()}`;
  if (typeof value === 'number' || typeof value === 'bigint') return describeNumber(value, schema);
  if (typeof value === 'boolean') return `b:${value}`;
  if (typeof value === 'string') return `s:${javaQuote(value)}`;
  if (value instanceof Uint8Array) return `x:${hex(value)}`;
  if (Array.isArray(value)) return `[${value.map((v) => describeValue(v, schema?.valueSchema)).join(',')}]`;
  if (value instanceof Map) {
    const entries = [...value].map(
      ([k, v]) => `${describeValue(k, schema?.keySchema)}=>${describeValue(v, schema?.valueSchema)}`,
    );
    return `{${entries.join(',')}}`;
  }
  return `?${String(value)}`;
}

/** "schema = value" as the recorder printed it. */
export function describeRead(result: SchemaAndValue): string {
  return `${describeSchema(result.schema)} = ${describeValue(result.value, result.schema)}`;
}

/**
 * The recorder's description made comparable: a Java null SchemaAndValue is {null, null} here, and the `!Class`
 * mark the recorder adds to a value whose Java class differs from its schema's is dropped (JavaScript numbers
 * have no class).
 */
export function expectedRead(v: Recorded): string {
  if (v.read === 'JAVA_NULL') return 'null = null';
  if (v.read === undefined) throw new Error(`vector records no read: ${JSON.stringify(v)}`);
  return v.read.replace(/!(Byte|Short|Integer|Long|Float|Double)\b/g, '');
}

/** Asserts bytes equal the recorded ones (or null). */
export function expectRecordedBytes(actual: Uint8Array | null, v: Recorded): void {
  if (v.null) {
    expect(actual).toBeNull();
    return;
  }
  if (v.hex === undefined) throw new Error(`vector records no bytes: ${JSON.stringify(v)}`);
  expect(actual).not.toBeNull();
  expect(hex(actual as Uint8Array)).toBe(v.hex);
}

/** Asserts `run` throws the recorded exception: class, message and, when recorded, the cause's class and message. */
export function expectRecordedError(run: () => unknown, v: Recorded): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected an exception').toBeInstanceOf(Error);
  const error = thrown as Error;
  expect(error.name).toBe(v.error);
  expect(error.message).toBe(v.message);
  if (v.cause !== undefined) {
    const cause = error.cause as Error | undefined;
    expect(cause === undefined ? undefined : `${cause.name}: ${cause.message}`).toBe(v.cause);
  }
}

/** Runs a conversion and checks it against a vector recording bytes or an error. */
export function expectRecordedWrite(run: () => Uint8Array | null, v: Recorded): void {
  if (v.error !== undefined) expectRecordedError(run, v);
  else expectRecordedBytes(run(), v);
}

/** Runs a read and checks it against a vector recording a description or an error. */
export function expectRecordedRead(run: () => SchemaAndValue, v: Recorded): void {
  if (v.error !== undefined) expectRecordedError(run, v);
  else expect(describeRead(run())).toBe(expectedRead(v));
}

/** Runs a configure and checks it against a vector recording ok or an error. */
export function expectRecordedConfigure(run: () => void, v: Recorded): void {
  if (v.error !== undefined) expectRecordedError(run, v);
  else {
    expect(v.ok).toBe('ok');
    run();
  }
}

export function bytesOf(hexText: string): Uint8Array {
  return Uint8Array.from(Buffer.from(hexText, 'hex'));
}
