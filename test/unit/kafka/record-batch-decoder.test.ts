/**
 * The fetched-record-batch decoder gives exactly what kafkajs' own gives — batch fields, every record's offset,
 * timestamp, key, value and headers (repeated and null values included), for create-time, log-append-time and
 * gzip-compressed batches and for offsets and timestamps beyond 2^53 — moves the reader past each batch as kafkajs
 * does, throws KafkaJSPartialMessageError for a batch cut short, and is what kafkajs' Fetch decoding loads.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import '../../../shared/adapters/kafka/kafkajs.ts';
import {
  encodeProduceRequest,
  type ProduceMessage,
} from '../../../shared/adapters/kafka/produce-request-encoder.ts';

const require = createRequire(import.meta.url);
const BATCH_DECODER = 'kafkajs/src/protocol/recordBatch/v0/decoder.js';
type DecoderInstance = { buffer: Buffer; offset: number };
const Decoder = require('kafkajs/src/protocol/decoder.js') as new (buffer: Buffer) => DecoderInstance;
type BatchDecoder = (decoder: DecoderInstance) => Promise<{ records: unknown[] } & Record<string, unknown>>;

function originalDecoder(): BatchDecoder {
  const path = require.resolve(BATCH_DECODER);
  const cache = require.cache as Record<string, unknown>;
  const patched = cache[path];
  delete cache[path];
  try {
    return require(path) as BatchDecoder;
  } finally {
    cache[path] = patched;
  }
}

/** The record batch bytes (base offset onwards) of a one-partition Produce request. */
function batchOf(messages: ProduceMessage[]): Buffer {
  const request = encodeProduceRequest({
    acks: 1,
    timeout: 1000,
    topicData: [{ topic: 't', partitions: [{ partition: 0, messages }] }],
  });
  // transactional id (2) + acks (2) + timeout (4) + topics (4) + topic (2 + 1) + partitions (4) + partition (4) + size (4)
  return request.subarray(27);
}

const messages: ProduceMessage[] = [
  { key: Buffer.from('k'), value: Buffer.from('v1'), timestamp: '1765000000005' },
  { key: null, value: null, timestamp: '1765000000001' },
  {
    value: Buffer.from('with headers'),
    headers: {
      a: Buffer.from('1'),
      b: [Buffer.from('2'), Buffer.from('3'), null],
      c: null,
      ü: Buffer.from('x'),
    },
    timestamp: '1765000900000',
  },
  { key: Buffer.from('grüße'), value: Buffer.alloc(300, 7), timestamp: '1765000000003' },
];

/** Base offset and base timestamp of a batch set to large values (kafkajs' decoder checks no CRC). */
function withBase(batch: Buffer, offset: bigint, timestamp: bigint): Buffer {
  const copy = Buffer.from(batch);
  copy.writeBigInt64BE(offset, 0);
  copy.writeBigInt64BE(timestamp, 8 + 4 + 4 + 1 + 4 + 2 + 4);
  return copy;
}

async function both(bytes: Buffer) {
  const oursDecoder = new Decoder(bytes);
  const theirsDecoder = new Decoder(bytes);
  const ours = await (require(BATCH_DECODER) as BatchDecoder)(oursDecoder);
  const theirs = await originalDecoder()(theirsDecoder);
  return { ours, theirs, oursAt: oursDecoder.offset, theirsAt: theirsDecoder.offset };
}

describe('record batch decoder', () => {
  it('is the batch decoder kafkajs loads once the adapter is imported', () => {
    const loaded = require(BATCH_DECODER) as BatchDecoder;
    expect(loaded).not.toBe(originalDecoder());
    expect(loaded.toString()).toContain('decodeRecordBatch');
  });

  it('decodes a create-time batch as kafkajs does', async () => {
    const bytes = Buffer.concat([
      batchOf(messages),
      batchOf([{ value: Buffer.from('next'), timestamp: '1' }]),
    ]);
    const { ours, theirs, oursAt, theirsAt } = await both(bytes);
    expect(ours).toEqual(theirs);
    expect(ours.records).toHaveLength(4);
    expect(oursAt).toBe(theirsAt);
    expect(oursAt).toBeLessThan(bytes.length);
  });

  it('gives every record the batch max timestamp in a log-append-time batch', async () => {
    const bytes = Buffer.from(batchOf(messages));
    const attributesAt = 8 + 4 + 4 + 1 + 4;
    bytes.writeInt16BE(bytes.readInt16BE(attributesAt) | 0x08, attributesAt);
    const { ours, theirs } = await both(bytes);
    expect(ours).toEqual(theirs);
    expect(new Set(ours.records.map((r) => (r as { timestamp: string }).timestamp))).toEqual(
      new Set(['1765000900000']),
    );
  });

  it('keeps offsets and timestamps beyond 2^53 exact', async () => {
    const bytes = withBase(batchOf(messages), 2n ** 60n + 5n, 2n ** 55n);
    const { ours, theirs } = await both(bytes);
    expect(ours).toEqual(theirs);
    expect((ours.records[3] as { offset: string }).offset).toBe(String(2n ** 60n + 8n));
  });

  it('inflates a gzip batch as kafkajs does', async () => {
    const { RecordBatch } = require('kafkajs/src/protocol/recordBatch/v0/index.js') as {
      RecordBatch: (args: Record<string, unknown>) => Promise<{ buffer: Buffer }>;
    };
    const Record = require('kafkajs/src/protocol/recordBatch/record/v0/index.js') as (
      args: Record<string, unknown>,
    ) => unknown;
    const records = ['a', 'bb', 'ccc'].map((value, i) =>
      Record({
        key: null,
        value: Buffer.from(value),
        headers: { h: Buffer.from(String(i)) },
        offsetDelta: i,
        timestampDelta: i,
      }),
    );
    const encoded = await RecordBatch({
      compression: 1,
      records,
      firstTimestamp: 1000,
      maxTimestamp: 1002,
      lastOffsetDelta: 2,
    });
    const { ours, theirs } = await both(encoded.buffer);
    expect(ours).toEqual(theirs);
    expect(ours.records.map((r) => (r as { value: Buffer }).value.toString())).toEqual(['a', 'bb', 'ccc']);
  });

  it('throws KafkaJSPartialMessageError for a batch cut short, having moved past it as kafkajs does', async () => {
    const bytes = batchOf(messages).subarray(0, 80);
    const ours = new Decoder(bytes);
    const theirs = new Decoder(bytes);
    await expect((require(BATCH_DECODER) as BatchDecoder)(ours)).rejects.toMatchObject({
      name: 'KafkaJSPartialMessageError',
    });
    await expect(originalDecoder()(theirs)).rejects.toMatchObject({ name: 'KafkaJSPartialMessageError' });
    expect(ours.offset).toBe(theirs.offset);
  });
});
