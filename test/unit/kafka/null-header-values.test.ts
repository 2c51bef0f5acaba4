/**
 * The null-safe replacement of kafkajs' record encoder: byte-identical to kafkajs' own for records it could
 * encode, and a null header value encoded as Kafka's protocol has it (length −1) instead of throwing. End to end,
 * the DLQ and source paths send such headers on the real broker (test/e2e/error-handling.test.ts).
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { nullSafeRecordEncoder } from '../../../shared/adapters/kafka/null-header-values.ts';

const require = createRequire(import.meta.url);
type Encode = (record: Record<string, unknown>) => { buffer: Buffer };

function originalEncoder(): Encode {
  const path = require.resolve('kafkajs/src/protocol/recordBatch/record/v0/index.js');
  const cache = require.cache as Record<string, unknown>;
  const patched = cache[path];
  delete cache[path];
  try {
    return require(path) as Encode;
  } finally {
    cache[path] = patched;
  }
}

describe('null-safe kafkajs record encoder', () => {
  it('encodes records without null header values exactly as kafkajs does', () => {
    const original = originalEncoder();
    const records = [
      { key: Buffer.from('k'), value: Buffer.from('v'), headers: {} },
      { key: null, value: null, offsetDelta: 3, timestampDelta: 17, headers: { a: Buffer.from('1') } },
      { key: 'text', value: 'é', headers: { a: [Buffer.from('1'), Buffer.from('')], ü: 'x' } },
    ];
    for (const record of records) {
      expect(nullSafeRecordEncoder(record as never).buffer).toEqual(original(record).buffer);
    }
    expect(() => original({ key: null, value: null, headers: { h: null } })).toThrow(TypeError);
  });

  it('writes a null header value as length -1', () => {
    const withNull = nullSafeRecordEncoder({ key: null, value: null, headers: { h: null } }).buffer;
    // body: attributes 0, timestamp delta 0, offset delta 0, key -1, value -1, 1 header: key "h", value -1
    const body = Buffer.from([0x00, 0x00, 0x00, 0x01, 0x01, 0x02, 0x02, 0x68, 0x01]);
    expect(withNull).toEqual(Buffer.concat([Buffer.from([body.length * 2]), body]));
  });
});
