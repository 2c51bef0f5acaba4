/**
 * A faster decoder for the record batches of kafkajs 2.2.4's Fetch responses. kafkajs makes a Decoder object per
 * record, adds every offset and timestamp delta with its 64-bit Long class and formats them back to strings, and
 * builds each record's headers with an object spread per header — a sink task's largest cost after the put. This
 * one reads each batch straight from the response buffer, with plain numbers where the values are within 2^53 (and
 * BigInt otherwise), and returns exactly kafkajs' shapes: `{ ...batch fields, records }`, each record
 * `{ magicByte, attributes, timestamp, offset, key, value, headers, isControlRecord, batchContext }` (offset and
 * timestamp as decimal strings, key and value as views of the response buffer, a repeated header key as an array of
 * its values). A batch cut short by the fetch size throws KafkaJSPartialMessageError as kafkajs' does; compressed
 * batches are inflated by kafkajs' codecs.
 *
 * kafkajs is pinned, so, as null-header-values.ts does, this module installs itself in Node's CommonJS module cache
 * before kafkajs loads its Fetch decoders. Import it before `kafkajs` (shared/adapters/kafka/kafkajs.ts does).
 * test/unit/kafka/record-batch-decoder.test.ts checks it against kafkajs' own decoder.
 */
import { kafkajsModule, replaceKafkajsModule } from './kafkajs-module-cache.ts';

const BATCH_DECODER_MODULE = 'kafkajs/src/protocol/recordBatch/v0/decoder.js';
const ERRORS_MODULE = 'kafkajs/src/errors.js';
const COMPRESSION_MODULE = 'kafkajs/src/protocol/message/compression/index.js';

const TIMESTAMP_TYPE_FLAG = 0x08;
const TRANSACTIONAL_FLAG = 0x10;
const CONTROL_FLAG = 0x20;
const CREATE_TIME = 0;
const LOG_APPEND_TIME = 1;

/** The part of kafkajs' Decoder this module uses: a buffer and a read position. */
interface KafkaDecoder {
  buffer: Buffer;
  offset: number;
}

interface Codec {
  decompress(buffer: Buffer): Promise<Buffer>;
}

export interface DecodeDeps {
  /** kafkajs' codec for the batch attributes' compression bits, null for none. */
  readonly codecFor: (attributes: number) => Codec | null;
  /** kafkajs' KafkaJSPartialMessageError. */
  readonly partialMessage: (message: string) => Error;
}

type HeaderValue = Buffer | null;

/** kafkajs' record batch decoder: reads one batch at the decoder's position and moves it past the batch. */
export async function decodeRecordBatch(fetchDecoder: KafkaDecoder, deps: DecodeDeps): Promise<object> {
  const buf = fetchDecoder.buffer;
  let at = fetchDecoder.offset;
  const firstOffsetValue = buf.readBigInt64BE(at);
  at += 8;
  const length = buf.readInt32BE(at);
  at += 4;
  fetchDecoder.offset = at + length;
  const remainingBytes = Math.max(0, Math.min(buf.length, at + length) - at);
  if (remainingBytes < length) {
    throw deps.partialMessage(
      `Tried to decode a partial record batch: remainingBytes(${remainingBytes}) < recordBatchLength(${length})`,
    );
  }
  const end = at + length;
  const partitionLeaderEpoch = buf.readInt32BE(at);
  const magicByte = buf.readInt8(at + 4);
  at += 4 + 1 + 4; // epoch, magic, crc (not checked, as kafkajs)
  const attributes = buf.readInt16BE(at);
  const lastOffsetDelta = buf.readInt32BE(at + 2);
  const firstTimestampValue = buf.readBigInt64BE(at + 6);
  const maxTimestampValue = buf.readBigInt64BE(at + 14);
  const producerId = buf.readBigInt64BE(at + 22).toString();
  const producerEpoch = buf.readInt16BE(at + 30);
  const firstSequence = buf.readInt32BE(at + 32);
  at += 36;
  const timestampType = (attributes & TIMESTAMP_TYPE_FLAG) !== 0 ? LOG_APPEND_TIME : CREATE_TIME;
  const batchFields = {
    firstOffset: firstOffsetValue.toString(),
    firstTimestamp: firstTimestampValue.toString(),
    partitionLeaderEpoch,
    inTransaction: (attributes & TRANSACTIONAL_FLAG) !== 0,
    isControlBatch: (attributes & CONTROL_FLAG) !== 0,
    lastOffsetDelta,
    producerId,
    producerEpoch,
    firstSequence,
    maxTimestamp: maxTimestampValue.toString(),
    timestampType,
  };
  const batchContext = { ...batchFields, magicByte };
  const count = buf.readInt32BE(at);
  at += 4;
  const codec = deps.codecFor(attributes);
  let records: object[];
  if (!codec) {
    records = decodeRecords(buf, at, end, count, batchContext, firstOffsetValue, firstTimestampValue);
  } else if (count <= 0) {
    records = [];
  } else {
    const inflated = await codec.decompress(buf.subarray(at, end));
    records = decodeRecords(
      inflated,
      0,
      inflated.length,
      count,
      batchContext,
      firstOffsetValue,
      firstTimestampValue,
    );
  }
  return { ...batchFields, records };
}

interface BatchContext {
  readonly isControlBatch: boolean;
  readonly timestampType: number;
  readonly maxTimestamp: string;
  readonly magicByte: number;
}

function decodeRecords(
  buf: Buffer,
  start: number,
  end: number,
  count: number,
  batchContext: BatchContext,
  firstOffset: bigint,
  firstTimestamp: bigint,
): object[] {
  const records: object[] = [];
  if (count < 0) return records;
  const reader = { at: start };
  const offsets = new Base(firstOffset);
  const timestamps = new Base(firstTimestamp);
  const appendTime = batchContext.timestampType === LOG_APPEND_TIME && batchContext.maxTimestamp !== '';
  for (let i = 0; i < count && reader.at < end; i++) {
    const length = readVarint(buf, reader);
    const recordEnd = reader.at + length;
    const attributes = buf.readInt8(reader.at);
    reader.at++;
    const timestampDelta = readVarlong(buf, reader);
    const offsetDelta = readVarint(buf, reader);
    const key = readBytes(buf, reader);
    const value = readBytes(buf, reader);
    const headerCount = readVarint(buf, reader);
    const headers: Record<string, HeaderValue | HeaderValue[]> = {};
    for (let h = 0; h < headerCount; h++) {
      const keyLength = readVarint(buf, reader);
      const headerKey = keyLength === -1 ? 'null' : buf.toString('utf8', reader.at, reader.at + keyLength);
      if (keyLength > 0) reader.at += keyLength;
      addHeader(headers, headerKey, readBytes(buf, reader));
    }
    reader.at = recordEnd;
    records.push({
      magicByte: batchContext.magicByte,
      attributes,
      timestamp: appendTime ? batchContext.maxTimestamp : timestamps.plus(timestampDelta),
      offset: offsets.plus(offsetDelta),
      key,
      value,
      headers,
      isControlRecord: batchContext.isControlBatch,
      batchContext,
    });
  }
  return records;
}

/** A 64-bit base value plus small deltas, as decimal strings: plain numbers while exact, BigInt beyond. */
class Base {
  private readonly big: bigint;
  private readonly small: number;
  private readonly exact: boolean;

  constructor(value: bigint) {
    this.big = value;
    this.small = Number(value);
    this.exact = value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER);
  }

  plus(delta: number): string {
    if (this.exact) {
      const sum = this.small + delta;
      if (Number.isSafeInteger(sum)) return String(sum);
    }
    return (this.big + BigInt(delta)).toString();
  }
}

function addHeader(
  headers: Record<string, HeaderValue | HeaderValue[]>,
  key: string,
  value: HeaderValue,
): void {
  if (!Object.hasOwn(headers, key)) {
    // An own property even for "__proto__" (kafkajs' object spread defines it the same way).
    Object.defineProperty(headers, key, { value, enumerable: true, writable: true, configurable: true });
    return;
  }
  const current = headers[key] as HeaderValue | HeaderValue[];
  headers[key] = Array.isArray(current) ? current.concat([value]) : [current, value];
}

function readVarint(buf: Buffer, reader: { at: number }): number {
  let result = 0;
  let shift = 0;
  let byte: number;
  do {
    byte = buf[reader.at++] as number;
    result += (byte & 0x7f) << shift;
    shift += 7;
  } while (byte >= 0x80);
  return (result >>> 1) ^ -(result & 1);
}

/** A zigzag varlong as a number (exact within 2^53, which time and offset deltas are). */
function readVarlong(buf: Buffer, reader: { at: number }): number {
  let result = 0;
  let scale = 1;
  let byte: number;
  do {
    byte = buf[reader.at++] as number;
    result += (byte & 0x7f) * scale;
    scale *= 128;
  } while (byte >= 0x80);
  return result % 2 === 0 ? result / 2 : -(result + 1) / 2;
}

function readBytes(buf: Buffer, reader: { at: number }): Buffer | null {
  const length = readVarint(buf, reader);
  if (length === -1) return null;
  const bytes = buf.subarray(reader.at, reader.at + length);
  reader.at += length;
  return bytes;
}

const { KafkaJSPartialMessageError } = kafkajsModule<{
  KafkaJSPartialMessageError: new (message: string) => Error;
}>(ERRORS_MODULE);
const { lookupCodecByAttributes } = kafkajsModule<{
  lookupCodecByAttributes: (attributes: number) => Codec | null;
}>(COMPRESSION_MODULE);
const deps: DecodeDeps = {
  codecFor: lookupCodecByAttributes,
  partialMessage: (message) => new KafkaJSPartialMessageError(message),
};
replaceKafkajsModule(BATCH_DECODER_MODULE, (decoder: KafkaDecoder) => decodeRecordBatch(decoder, deps));
