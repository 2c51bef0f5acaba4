/**
 * Makes kafkajs 2.2.4's producer group a send's messages by partition in linear time. Its
 * `groupMessagesPerPartition` copies the partition's whole array for every message (`[...current, message]`), so a
 * send of n messages to one partition costs O(n²): 19% of a source task's CPU at 2,000 records a poll, and it grows
 * with the poll size. The replacement returns the same object (partition → messages in send order) with one push
 * per message.
 *
 * kafkajs is pinned, so, as null-header-values.ts does, this module puts the replacement into Node's CommonJS module
 * cache before kafkajs loads the original. Import it before `kafkajs` (shared/adapters/kafka/kafkajs.ts does).
 * test/unit/kafka/linear-partition-grouping.test.ts checks it against the original.
 */
import { replaceKafkajsModule } from './kafkajs-module-cache.ts';

const GROUPING_MODULE = 'kafkajs/src/producer/groupMessagesPerPartition.js';

interface GroupingInput<M> {
  readonly topic: string;
  readonly partitionMetadata: readonly unknown[];
  readonly messages: readonly M[];
  readonly partitioner: (args: {
    topic: string;
    partitionMetadata: readonly unknown[];
    message: M;
  }) => number;
}

/** Messages by the partition the partitioner picks for each, in send order; `{}` when the topic has no partitions. */
export function groupMessagesPerPartition<M>({
  topic,
  partitionMetadata,
  messages,
  partitioner,
}: GroupingInput<M>): Record<number, M[]> {
  const result: Record<number, M[]> = {};
  if (partitionMetadata.length === 0) return result;
  for (const message of messages) {
    const partition = partitioner({ topic, partitionMetadata, message });
    const list = result[partition];
    if (list) list.push(message);
    else result[partition] = [message];
  }
  return result;
}

replaceKafkajsModule(GROUPING_MODULE, groupMessagesPerPartition);
