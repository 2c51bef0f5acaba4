/**
 * The one-buffer Produce request encoder writes exactly the bytes kafkajs' own v3 encoder writes for uncompressed
 * batches (several topics and partitions, keys, null and string values, repeated and null header values,
 * timestamps, a transactional producer), its CRC-32C is Castagnoli's, and it is what kafkajs' Produce request
 * versions load once the adapter is imported.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import '../../../shared/adapters/kafka/kafkajs.ts';
import {
  crc32c,
  encodeProduceRequest,
  type ProduceRequestArgs,
} from '../../../shared/adapters/kafka/produce-request-encoder.ts';

const require = createRequire(import.meta.url);
const V3 = 'kafkajs/src/protocol/requests/produce/v3/request.js';
type Factory = (args: ProduceRequestArgs) => { encode(): Promise<{ buffer: Buffer }> };

/** kafkajs' own v3 request, loaded apart from the cached (replaced) one. */
function originalFactory(): Factory {
  const path = require.resolve(V3);
  const cache = require.cache as Record<string, unknown>;
  const patched = cache[path];
  delete cache[path];
  try {
    return require(path) as Factory;
  } finally {
    cache[path] = patched;
  }
}

const ts = (n: number) => String(1_765_000_000_000 + n);

const args: ProduceRequestArgs = {
  acks: -1,
  timeout: 30_000,
  topicData: [
    {
      topic: 'orders',
      partitions: [
        {
          partition: 0,
          messages: [
            { key: Buffer.from('k1'), value: Buffer.from('v1'), timestamp: ts(5) },
            { key: null, value: Buffer.from('x'.repeat(300)), timestamp: ts(2) },
            { value: null, timestamp: ts(900_000) },
            { key: 'string key', value: 'grüße ✓', timestamp: ts(3) },
          ],
        },
        {
          partition: 3,
          messages: [
            {
              value: Buffer.from('h'),
              headers: { a: Buffer.from('1'), b: [Buffer.from('2'), Buffer.from('')], c: null, ü: 'text' },
              timestamp: ts(1),
            },
          ],
        },
      ],
    },
    {
      topic: 'tópico',
      partitions: [{ partition: 1, messages: [{ value: Buffer.from('only'), timestamp: ts(7) }] }],
    },
  ],
};

describe('one-buffer Produce request encoder', () => {
  it('writes the bytes kafkajs writes', async () => {
    const original = await originalFactory()(args).encode();
    expect(encodeProduceRequest(args)).toEqual(original.buffer);
  });

  it('writes a transactional producer’s batches as kafkajs does', async () => {
    const transactional = {
      ...args,
      transactionalId: 'tx-1',
      producerId: 42,
      producerEpoch: 3,
    } as ProduceRequestArgs;
    const original = await originalFactory()(transactional).encode();
    expect(encodeProduceRequest(transactional)).toEqual(original.buffer);
  });

  it('computes CRC-32C (Castagnoli)', () => {
    expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283);
    expect(crc32c(Buffer.alloc(0))).toBe(0);
    const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 31) % 256));
    const bitwise = (data: Uint8Array) => {
      let crc = -1;
      for (const b of data) {
        crc ^= b;
        for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1;
      }
      return (crc ^ -1) >>> 0;
    };
    expect(crc32c(bytes)).toBe(bitwise(bytes));
    // Ranges that start and end off the 4- and 8-byte boundaries.
    for (const [start, end] of [
      [1, 999],
      [3, 17],
      [5, 6],
      [7, 7],
    ] as const) {
      expect(crc32c(bytes, start, end)).toBe(bitwise(bytes.subarray(start, end)));
      expect(crc32c(bytes.subarray(start), 0, end - start)).toBe(bitwise(bytes.subarray(start, end)));
    }
  });

  it('is the Produce request kafkajs uses, for every version that reuses v3', async () => {
    for (const version of ['v3', 'v4', 'v5', 'v6', 'v7']) {
      const factory = require(`kafkajs/src/protocol/requests/produce/${version}/request.js`) as Factory;
      const encoded = await factory(args).encode();
      expect(encoded.buffer).toEqual(encodeProduceRequest(args));
    }
  });
});
