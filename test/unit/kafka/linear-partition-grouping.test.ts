/**
 * The linear replacement of kafkajs' groupMessagesPerPartition gives the same grouping as kafkajs' own (same
 * partitions, messages in send order), and it is the one kafkajs' producer loads once the adapter is imported.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import '../../../shared/adapters/kafka/kafkajs.ts';
import { groupMessagesPerPartition } from '../../../shared/adapters/kafka/linear-partition-grouping.ts';

const require = createRequire(import.meta.url);
const MODULE = 'kafkajs/src/producer/groupMessagesPerPartition.js';
type Group = typeof groupMessagesPerPartition;

function originalGrouping(): Group {
  const path = require.resolve(MODULE);
  const cache = require.cache as Record<string, unknown>;
  const patched = cache[path];
  delete cache[path];
  try {
    return require(path) as Group;
  } finally {
    cache[path] = patched;
  }
}

describe('linear kafkajs partition grouping', () => {
  it('groups like kafkajs: same partitions, messages in send order', () => {
    const original = originalGrouping();
    const partitionMetadata = [{ partitionId: 0 }, { partitionId: 1 }, { partitionId: 2 }];
    const messages = Array.from({ length: 50 }, (_, i) => ({ value: `m${i}`, partition: (i * 7) % 3 }));
    const partitioner = ({ message }: { message: { partition: number } }) => message.partition;
    const input = { topic: 't', partitionMetadata, messages, partitioner } as never;
    const ours = groupMessagesPerPartition(input);
    expect(ours).toEqual(original(input));
    expect(Object.keys(ours)).toEqual(['0', '1', '2']);
    expect(ours[1]?.map((m) => (m as { value: string }).value).slice(0, 3)).toEqual(['m1', 'm4', 'm7']);
  });

  it('gives no groups when the topic has no partition metadata', () => {
    const input = { topic: 't', partitionMetadata: [], messages: [{ value: 'x' }], partitioner: () => 0 };
    expect(groupMessagesPerPartition(input)).toEqual({});
  });

  it('is what kafkajs requires', () => {
    expect(require(MODULE)).toBe(groupMessagesPerPartition);
  });
});
