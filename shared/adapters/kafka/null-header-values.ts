/**
 * Lets kafkajs 2.2.4 send a record header whose value is null, as Kafka's protocol allows (length −1) and Apache
 * Connect does (a header converter that returns null, the DLQ's context headers of an exception without a
 * message). kafkajs writes a null header value correctly, but sizes the record first with
 * `Buffer.byteLength(value)`, which throws on null — so a null could not be sent at all.
 *
 * kafkajs is unmaintained and pinned, so this module replaces its v0 record encoder in Node's CommonJS module cache
 * with an equivalent one whose size computation accepts null, before kafkajs loads it. Import it before `kafkajs`
 * (shared/adapters/kafka/kafkajs.ts does); Lambda bundles keep kafkajs unbundled for this (infra/lib/bundle.ts). test/unit/kafka/null-header-values.test.ts checks the bytes against the
 * original encoder for non-null headers and the wire form for null ones.
 */
// kafkajs internals, imported statically so that a bundler includes them (types: kafkajs-internals.d.ts).
import Encoder from 'kafkajs/src/protocol/encoder.js';
import encodeHeader from 'kafkajs/src/protocol/recordBatch/header/v0/index.js';
import { replaceKafkajsModule } from './kafkajs-module-cache.ts';

type EncoderInstance = InstanceType<typeof Encoder>;

type HeaderValue = Buffer | string | null;

const RECORD_MODULE = 'kafkajs/src/protocol/recordBatch/record/v0/index.js';

/** The encoded size of the headers array: count, then each key and value (a null value is just length −1). */
function headersSize(headers: ReadonlyArray<{ key: string; value: HeaderValue }>): number {
  let size = Encoder.sizeOfVarInt(headers.length);
  for (const { key, value } of headers) {
    const keyBytes = Buffer.byteLength(key);
    size += Encoder.sizeOfVarInt(keyBytes) + keyBytes;
    if (value === null || value === undefined) size += Encoder.sizeOfVarInt(-1);
    else {
      const valueBytes = Buffer.byteLength(value);
      size += Encoder.sizeOfVarInt(valueBytes) + valueBytes;
    }
  }
  return size;
}

/** Kafka's v2 record (RecordBatch magic 2): length, attributes, deltas, key, value, headers. */
function encodeRecord({
  offsetDelta = 0,
  timestampDelta = 0,
  key,
  value,
  headers = {},
}: {
  offsetDelta?: number;
  timestampDelta?: unknown;
  key: unknown;
  value: unknown;
  headers?: Record<string, HeaderValue | HeaderValue[]>;
}): EncoderInstance {
  const list = Object.keys(headers).flatMap((name) => {
    const entry = headers[name] as HeaderValue | HeaderValue[];
    return Array.isArray(entry) ? entry.map((v) => ({ key: name, value: v })) : [{ key: name, value: entry }];
  });
  const bodySize =
    1 +
    Encoder.sizeOfVarLong(timestampDelta) +
    Encoder.sizeOfVarInt(offsetDelta) +
    Encoder.sizeOfVarIntBytes(key) +
    Encoder.sizeOfVarIntBytes(value) +
    headersSize(list);
  return new Encoder()
    .writeVarInt(bodySize)
    .writeInt8(0)
    .writeVarLong(timestampDelta)
    .writeVarInt(offsetDelta)
    .writeVarIntBytes(key)
    .writeVarIntBytes(value)
    .writeVarIntArray(list.map(encodeHeader));
}

replaceKafkajsModule(RECORD_MODULE, encodeRecord);

export { encodeRecord as nullSafeRecordEncoder };

/** Message headers whose values may be null (a header with no value). */
export type NullableHeaders = Record<string, Buffer | string | null | Array<Buffer | string | null>>;

/** kafkajs' header type has no null; with this module loaded, null values are sent as null headers. */
export function asKafkaHeaders(headers: NullableHeaders): import('kafkajs').IHeaders {
  return headers as import('kafkajs').IHeaders;
}
