/**
 * A faster encoder for kafkajs 2.2.4's Produce requests (v3, which v4–v7 reuse) of uncompressed record batches:
 * the whole request is sized first and written into one buffer, where kafkajs builds an Encoder per record and per
 * header, copies each into its batch and the batch into its request, sorts every timestamp as a string and computes
 * the CRC one byte at a time — half of a source task's CPU went there. The bytes are kafkajs' own (partition leader
 * epoch 0, first timestamp the smallest of the batch, deltas from it; null header values as length −1, as
 * null-header-values.ts allows), except that the smallest timestamp is taken numerically where kafkajs compares
 * them as strings (the same unless they differ in length). Compressed batches are left to kafkajs.
 *
 * kafkajs is pinned, so, as null-header-values.ts does, this module installs itself in Node's CommonJS module cache
 * before kafkajs loads its Produce request versions. Import it before `kafkajs` (shared/adapters/kafka/kafkajs.ts
 * does). test/unit/kafka/produce-request-encoder.test.ts checks the bytes against kafkajs' own encoder.
 */
import { kafkajsModule, wrapKafkajsModule } from './kafkajs-module-cache.ts';

const PRODUCE_V3_MODULE = 'kafkajs/src/protocol/requests/produce/v3/request.js';
const ENCODER_MODULE = 'kafkajs/src/protocol/encoder.js';

type HeaderValue = Buffer | string | null | undefined;

/** A message as kafkajs' producer hands it to the Produce request. */
export interface ProduceMessage {
  readonly key?: Buffer | string | null;
  readonly value: Buffer | string | null;
  readonly headers?: Record<string, HeaderValue | HeaderValue[]>;
  /** Milliseconds, as a string (kafkajs' type) or a number. */
  readonly timestamp?: string | number;
}

export interface ProduceRequestArgs {
  readonly acks: number;
  readonly timeout: number;
  readonly transactionalId?: string | null;
  readonly producerId?: unknown;
  readonly producerEpoch?: number;
  readonly compression?: number;
  readonly topicData: ReadonlyArray<{
    readonly topic: string;
    readonly partitions: ReadonlyArray<{
      readonly partition: number;
      readonly firstSequence?: number;
      readonly messages: readonly ProduceMessage[];
    }>;
  }>;
}

const MAGIC = 2;
/** Bytes of a record batch before its records: base offset, length, epoch, magic, crc, attributes … record count. */
const BATCH_HEADER_BYTES = 8 + 4 + 4 + 1 + 4 + 2 + 4 + 8 + 8 + 8 + 2 + 4 + 4;
/** Where the CRC'd part of a batch starts (attributes), from the batch start. */
const CRC_START = 8 + 4 + 4 + 1 + 4;

/** Encodes the body of a Produce request (v3 layout) of uncompressed batches into one buffer. */
export function encodeProduceRequest(args: ProduceRequestArgs): Buffer {
  const now = Date.now();
  const transactionalId = args.transactionalId ?? null;
  // Sizes first: per partition, its records' sizes and timestamps.
  const plans = args.topicData.map((topic) => ({
    topic,
    partitions: topic.partitions.map((p) => planBatch(p.messages, now)),
  }));
  let size = 2 + (transactionalId === null ? 0 : Buffer.byteLength(transactionalId)) + 2 + 4 + 4;
  for (const plan of plans) {
    size += 2 + Buffer.byteLength(plan.topic.topic) + 4;
    for (const batch of plan.partitions) size += 4 + 4 + batch.size;
  }
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  if (transactionalId === null) at = out.writeInt16BE(-1, at);
  else {
    at = out.writeInt16BE(Buffer.byteLength(transactionalId), at);
    at += out.write(transactionalId, at, 'utf8');
  }
  at = out.writeInt16BE(args.acks, at);
  at = out.writeInt32BE(args.timeout, at);
  at = out.writeInt32BE(plans.length, at);
  const producerId = longValue(args.producerId ?? -1);
  const producerEpoch = args.producerEpoch ?? 0;
  for (const plan of plans) {
    at = out.writeInt16BE(Buffer.byteLength(plan.topic.topic), at);
    at += out.write(plan.topic.topic, at, 'utf8');
    at = out.writeInt32BE(plan.partitions.length, at);
    plan.topic.partitions.forEach((partition, index) => {
      const batch = plan.partitions[index] as BatchPlan;
      at = out.writeInt32BE(partition.partition, at);
      at = out.writeInt32BE(batch.size, at);
      at = writeBatch(out, at, partition.messages, batch, {
        transactional: transactionalId !== null,
        producerId,
        producerEpoch,
        firstSequence: partition.firstSequence ?? 0,
      });
    });
  }
  if (at !== size) throw new Error(`Produce request encoded to ${at} bytes, ${size} expected`);
  return out;
}

interface BatchPlan {
  /** The whole batch in bytes, base offset and length included. */
  readonly size: number;
  readonly firstTimestamp: number;
  readonly maxTimestamp: number;
  /** Each record's timestamp (the batch's encoding time for a record without one). */
  readonly timestamps: Float64Array;
  /** Each record's body size (what its leading length varint says). */
  readonly bodySizes: Int32Array;
  /** Each record's number of headers (a repeated key counts once per value). */
  readonly headerCounts: Int32Array;
}

function planBatch(messages: readonly ProduceMessage[], now: number): BatchPlan {
  let first = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const timestamps = new Float64Array(messages.length);
  messages.forEach((message, i) => {
    if (message.timestamp === undefined || message.timestamp === null) {
      timestamps[i] = now;
      return;
    }
    const t = Number(message.timestamp);
    timestamps[i] = t;
    if (t < first) first = t;
    if (t > max) max = t;
  });
  // kafkajs' batch bounds: the smallest and largest timestamp given, or the encoding time when none is.
  if (first === Number.POSITIVE_INFINITY) first = max = now;
  const bodySizes = new Int32Array(messages.length);
  const headerCounts = new Int32Array(messages.length);
  let size = BATCH_HEADER_BYTES;
  messages.forEach((message, i) => {
    let body = 1 + varlongSize((timestamps[i] as number) - first) + varintSize(i);
    body += bytesFieldSize(message.key);
    body += bytesFieldSize(message.value);
    const headers = message.headers;
    let count = 0;
    let headerBytes = 0;
    if (headers) {
      for (const key in headers) {
        const entry = headers[key];
        const values = Array.isArray(entry) ? entry : [entry];
        const keyBytes = Buffer.byteLength(key);
        for (const value of values) {
          count++;
          headerBytes += varintSize(keyBytes) + keyBytes + bytesFieldSize(value);
        }
      }
    }
    body += varintSize(count) + headerBytes;
    bodySizes[i] = body;
    headerCounts[i] = count;
    size += varintSize(body) + body;
  });
  return { size, firstTimestamp: first, maxTimestamp: max, timestamps, bodySizes, headerCounts };
}

function writeBatch(
  out: Buffer,
  start: number,
  messages: readonly ProduceMessage[],
  plan: BatchPlan,
  producer: { transactional: boolean; producerId: bigint; producerEpoch: number; firstSequence: number },
): number {
  let at = out.writeBigInt64BE(0n, start); // base offset
  at = out.writeInt32BE(plan.size - 12, at); // length: everything after it
  at = out.writeInt32BE(0, at); // partition leader epoch (as kafkajs writes it)
  at = out.writeInt8(MAGIC, at);
  const crcAt = at;
  at += 4;
  at = out.writeInt16BE(producer.transactional ? 0x10 : 0, at); // attributes: no compression, create time
  at = out.writeInt32BE(messages.length - 1, at); // last offset delta
  at = out.writeBigInt64BE(BigInt(plan.firstTimestamp), at);
  at = out.writeBigInt64BE(BigInt(plan.maxTimestamp), at);
  at = out.writeBigInt64BE(producer.producerId, at);
  at = out.writeInt16BE(producer.producerEpoch, at);
  at = out.writeInt32BE(producer.firstSequence, at);
  at = out.writeInt32BE(messages.length, at);
  messages.forEach((message, i) => {
    at = writeVarint(out, at, plan.bodySizes[i] as number);
    out[at++] = 0; // record attributes
    at = writeVarlong(out, at, (plan.timestamps[i] as number) - plan.firstTimestamp);
    at = writeVarint(out, at, i);
    at = writeBytesField(out, at, message.key);
    at = writeBytesField(out, at, message.value);
    at = writeVarint(out, at, plan.headerCounts[i] as number);
    const headers = message.headers;
    if (!headers) return;
    for (const key in headers) {
      const entry = headers[key];
      for (const value of Array.isArray(entry) ? entry : [entry]) {
        at = writeVarint(out, at, Buffer.byteLength(key));
        at += out.write(key, at, 'utf8');
        at = writeBytesField(out, at, value);
      }
    }
  });
  out.writeUInt32BE(crc32c(out, start + CRC_START, at), crcAt);
  return at;
}

function bytesFieldSize(value: unknown): number {
  if (value === null || value === undefined) return 1; // varint -1
  const length = Buffer.isBuffer(value) ? value.length : Buffer.byteLength(String(value));
  return varintSize(length) + length;
}

function writeBytesField(out: Buffer, at: number, value: unknown): number {
  if (value === null || value === undefined) return writeVarint(out, at, -1);
  if (Buffer.isBuffer(value)) {
    at = writeVarint(out, at, value.length);
    return at + value.copy(out, at);
  }
  const text = String(value);
  at = writeVarint(out, at, Buffer.byteLength(text));
  return at + out.write(text, at, 'utf8');
}

/** Zigzag-encoded (signed) varint of a 32-bit value, as Kafka's record fields use. */
function zigzag32(value: number): number {
  return ((value << 1) ^ (value >> 31)) >>> 0;
}

function varintSize(value: number): number {
  let v = zigzag32(value);
  let size = 1;
  while (v >= 0x80) {
    v >>>= 7;
    size++;
  }
  return size;
}

function writeVarint(out: Buffer, at: number, value: number): number {
  let v = zigzag32(value);
  while (v >= 0x80) {
    out[at++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  out[at++] = v;
  return at;
}

/** Zigzag of a safe integer, as a non-negative number (up to 2^54). */
function zigzag64(value: number): number {
  return value >= 0 ? value * 2 : -value * 2 - 1;
}

function varlongSize(value: number): number {
  let v = zigzag64(value);
  let size = 1;
  while (v >= 0x80) {
    v = Math.floor(v / 128);
    size++;
  }
  return size;
}

function writeVarlong(out: Buffer, at: number, value: number): number {
  let v = zigzag64(value);
  while (v >= 0x80) {
    out[at++] = (v % 128) | 0x80;
    v = Math.floor(v / 128);
  }
  out[at++] = v;
  return at;
}

/** kafkajs' Long (or a number, string, bigint) as a bigint. */
function longValue(value: unknown): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' || typeof value === 'string') return BigInt(value);
  return BigInt(String(value));
}

/** CRC-32C (Castagnoli), slicing by 8. */
const CRC_TABLES: Int32Array[] = (() => {
  const tables = Array.from({ length: 8 }, () => new Int32Array(256));
  const base = tables[0] as Int32Array;
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
    base[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = base[n] as number;
    for (let t = 1; t < 8; t++) {
      c = (base[c & 0xff] as number) ^ (c >>> 8);
      (tables[t] as Int32Array)[n] = c;
    }
  }
  return tables;
})();

export function crc32c(bytes: Uint8Array, start = 0, end = bytes.length): number {
  const t0 = CRC_TABLES[0] as Int32Array;
  let crc = -1;
  let i = start;
  // Byte by byte up to a 4-byte boundary of the underlying memory, then 8 bytes a step as two little-endian words.
  while (i < end && ((bytes.byteOffset + i) & 3) !== 0) {
    crc = (t0[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
    i++;
  }
  const words = (end - i) >>> 3;
  if (words > 0 && LITTLE_ENDIAN) {
    const [, t1, t2, t3, t4, t5, t6, t7] = CRC_TABLES as [
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
    ];
    const view = new Int32Array(bytes.buffer, bytes.byteOffset + i, words * 2);
    for (let w = 0; w < view.length; w += 2) {
      const a = crc ^ (view[w] as number);
      const b = view[w + 1] as number;
      crc =
        (t7[a & 0xff] as number) ^
        (t6[(a >>> 8) & 0xff] as number) ^
        (t5[(a >>> 16) & 0xff] as number) ^
        (t4[a >>> 24] as number) ^
        (t3[b & 0xff] as number) ^
        (t2[(b >>> 8) & 0xff] as number) ^
        (t1[(b >>> 16) & 0xff] as number) ^
        (t0[b >>> 24] as number);
    }
    i += words * 8;
  }
  for (; i < end; i++) crc = (t0[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

type ProduceRequestFactory = (
  args: ProduceRequestArgs,
) => { encode: () => Promise<unknown> } & Record<string, unknown>;

// kafkajs' own Produce v3 request stays for compressed batches; uncompressed ones are encoded here.
const Encoder = kafkajsModule<{ prototype: object }>(ENCODER_MODULE);
wrapKafkajsModule<ProduceRequestFactory>(PRODUCE_V3_MODULE, (original) => (args) => {
  const request = original(args);
  if ((args.compression ?? 0) !== 0) return request;
  return {
    ...request,
    encode: async () => {
      const buf = encodeProduceRequest(args);
      // An Encoder holding the bytes, as kafkajs' request framing expects.
      return Object.assign(Object.create(Encoder.prototype), { buf, offset: buf.length });
    },
  };
});
