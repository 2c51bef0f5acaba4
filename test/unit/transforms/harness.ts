/**
 * Runs a recorded case through Tributary's transformations and describes the outcome exactly as the recording
 * program described Apache's: records in and out go through JsonConverter (schemas.enable=true,
 * replace.null.with.default=false), errors as the Java exception's simple class name and message.
 *
 * Maps read from JSON are put in Java HashMap order first, because Apache's JsonConverter reads them into a HashMap.
 */
import { expect } from 'vitest';
import { JavaHashMap } from '../../../shared/config/java-hash-order.ts';
import { JsonConverter } from '../../../shared/converters/json-converter.ts';
import { ConnectTimestamp } from '../../../shared/data/logical-types.ts';
import { ConnectSchema, type Schema, Schemas } from '../../../shared/data/schema.ts';
import { SchemaBuilder } from '../../../shared/data/schema-builder.ts';
import { Struct } from '../../../shared/data/struct.ts';
import { ConnectHeaders } from '../../../shared/transforms/headers.ts';
import type { Predicate, Transformation } from '../../../shared/transforms/plugin.ts';
import {
  type ConnectRecord,
  SinkConnectRecord,
  SourceConnectRecord,
} from '../../../shared/transforms/record.ts';
import { bundledTransformPlugin } from '../../../shared/transforms/registry.ts';
import type { RecordOutcome, RecordSpec, SmtCase, SmtOutcome } from './cases/types.ts';
import { SMT_VECTORS } from './smt-vectors.ts';

const converter = new JsonConverter({ 'schemas.enable': 'true', 'replace.null.with.default': 'false' });
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Maps (also nested ones) rebuilt in Java HashMap order, as Apache's JsonConverter produces them. */
export function javaOrdered(schema: Schema | null, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Map) {
    const map = new JavaHashMap();
    for (const [k, v] of value) map.put(k, javaOrdered(schema?.valueSchema ?? null, v));
    return map.toMap();
  }
  if (Array.isArray(value)) return value.map((v) => javaOrdered(schema?.valueSchema ?? null, v));
  if (value instanceof Struct) {
    const copy = new Struct(value.schema);
    for (const field of value.schema.fields ?? []) {
      copy.put(field, javaOrdered(field.schema, value.getWithoutDefault(field.name)));
    }
    return copy;
  }
  return value;
}

function decode(topic: string, envelope: string | undefined, dropSchema: boolean) {
  const read = converter.toConnectData(topic, envelope === undefined ? null : encoder.encode(envelope));
  const value = javaOrdered(read.schema, read.value);
  return { schema: dropSchema ? null : read.schema, value };
}

function errorOf(error: unknown, prefix = ''): { error: string; message: string } {
  if (!(error instanceof Error)) throw error;
  return { error: prefix + error.name, message: error.message };
}

function encode(topic: string, schema: Schema | null, value: unknown): string | null {
  const bytes = converter.fromConnectData(topic, schema, value);
  return bytes === null ? null : decoder.decode(bytes);
}

function guarded<T>(run: () => T): T | { error: string; message: string } {
  try {
    return run();
  } catch (error) {
    return errorOf(error, 'serialize ');
  }
}

/** Values JsonConverter cannot read: struct schemas with struct defaults. */
function fixture(name: NonNullable<RecordSpec['valueFixture']>): { schema: Schema; value: unknown } {
  if (name === 'nested struct default') {
    const inner = SchemaBuilder.struct().optional().field('b', Schemas.OPTIONAL_STRING).build();
    const plain = SchemaBuilder.struct()
      .optional()
      .field('a', Schemas.OPTIONAL_INT32)
      .field('inner', inner)
      .build();
    const dflt = new Struct(plain).put('a', 5).put('inner', new Struct(inner).put('b', 'deep'));
    const s = new ConnectSchema({ ...plain, defaultValue: dflt });
    const outer = SchemaBuilder.struct().field('s', s).field('t', Schemas.OPTIONAL_STRING).build();
    return { schema: outer, value: new Struct(outer) };
  }
  const plain = SchemaBuilder.struct()
    .optional()
    .field('ts', ConnectTimestamp.builder().optional().build())
    .field('n', Schemas.OPTIONAL_INT32)
    .build();
  const schema = new ConnectSchema({
    ...plain,
    defaultValue: new Struct(plain).put('ts', new Date(1000)).put('n', 1),
  });
  if (name === 'timestamp struct default null') return { schema, value: null };
  return { schema, value: new Struct(schema).put('ts', new Date(2000)) };
}

export function buildRecord(spec: RecordSpec, source: boolean): ConnectRecord {
  const topic = spec.topic ?? 'test-topic';
  const partition = spec.partition === undefined ? 0 : spec.partition;
  const timestamp = spec.timestamp === undefined ? 1700000000000 : spec.timestamp;
  const key = decode(topic, spec.key, spec.keyDropSchema ?? false);
  const value =
    spec.valueFixture !== undefined
      ? fixture(spec.valueFixture)
      : decode(topic, spec.value, spec.valueDropSchema ?? false);
  const headers = new ConnectHeaders();
  for (const [name, envelope] of spec.headers ?? [])
    headers.addSchemaAndValue(name, decode(topic, envelope, false));
  const common = {
    topic,
    keySchema: key.schema,
    key: key.value,
    valueSchema: value.schema,
    value: value.value,
    timestamp,
    headers,
  };
  if (source) {
    return new SourceConnectRecord({
      ...common,
      kafkaPartition: partition,
      sourcePartition: { file: 'f' },
      sourceOffset: { position: 7n },
    });
  }
  return new SinkConnectRecord({
    ...common,
    kafkaPartition: partition as number,
    kafkaOffset: spec.offset ?? 42,
  });
}

export function describeRecord(record: ConnectRecord): NonNullable<RecordOutcome['record']> {
  return {
    topic: record.topic,
    partition: record.kafkaPartition,
    key: guarded(() => encode(record.topic, record.keySchema, record.key)),
    value: guarded(() => encode(record.topic, record.valueSchema, record.value)),
    timestamp: record.timestamp,
    headers: record.headers
      .toArray()
      .map((h) => [h.key, guarded(() => encode(record.topic, h.schema, h.value))] as const),
  };
}

/** The outcome of a case on Tributary, in the recorder's shape. */
export function runCase(c: SmtCase): SmtOutcome {
  const plugin = bundledTransformPlugin(c.plugin);
  if (plugin === undefined) return { error: 'instantiate ClassNotFoundException', message: c.plugin };
  let instance: Transformation | Predicate;
  try {
    instance = plugin.create(c.config);
  } catch (error) {
    return errorOf(error);
  }
  if (c.records === undefined) return { configured: true };
  const results = c.records.map((spec): RecordOutcome => {
    let input: ConnectRecord;
    try {
      input = buildRecord(spec, c.source ?? false);
    } catch (error) {
      return errorOf(error, 'input ');
    }
    try {
      if ('test' in instance) return { test: instance.test(input) };
      const output = instance.apply(input);
      if (output === null) return { null: true };
      return { record: describeRecord(output), same: output === input };
    } catch (error) {
      return errorOf(error);
    }
  });
  return { configured: true, results };
}

/** Java identity hashes ("InsertionSpec@2a40cd94", "[B@1b6d3586") differ from run to run: compare without them. */
function withoutIdentityHashes(outcome: unknown): unknown {
  return JSON.parse(JSON.stringify(outcome).replace(/@[0-9a-f]{1,8}\b/g, '@<hash>'));
}

/** Asserts that Tributary's outcome equals Apache's recorded one. */
export function expectApacheOutcome(c: SmtCase): void {
  const expected = SMT_VECTORS[c.name];
  if (expected === undefined) throw new Error(`no recorded vector named ${JSON.stringify(c.name)}`);
  expect(withoutIdentityHashes(runCase(c))).toEqual(withoutIdentityHashes(expected));
}
