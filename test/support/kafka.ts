/** Kafka helpers for tests: topics with a chosen partition count, and counting records in a topic. */
import { inject } from 'vitest';
import { createKafka } from '../../shared/adapters/kafka/client.ts';
import { createLogger } from '../../shared/logging/logger.ts';
import { waitFor } from '../../shared/util/wait.ts';

const silent = createLogger({}, { write: () => undefined });

export function testKafka(clientId = 'test') {
  return createKafka({ bootstrapServers: inject('kafkaBootstrapServers'), clientId, logger: silent });
}

export async function createTopic(topic: string, partitions = 1): Promise<void> {
  const admin = testKafka('test-admin').admin();
  await admin.connect();
  try {
    await admin.createTopics({
      topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }],
      waitForLeaders: true,
    });
  } finally {
    await admin.disconnect();
  }
}

/** Sum over partitions of (high watermark − low watermark): the records in a non-compacted topic. */
export async function countRecords(topic: string): Promise<number> {
  const admin = testKafka('test-admin').admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((sum, p) => sum + (Number(p.high) - Number(p.low)), 0);
  } finally {
    await admin.disconnect();
  }
}

/** Describes a consumer group's members (client ids) — e.g. to check Apache's client naming. */
export async function groupMembers(groupId: string): Promise<Array<{ clientId: string; memberId: string }>> {
  const admin = testKafka('test-admin').admin();
  await admin.connect();
  try {
    const { groups } = await admin.describeGroups([groupId]);
    return groups[0]?.members.map((m) => ({ clientId: m.clientId, memberId: m.memberId })) ?? [];
  } finally {
    await admin.disconnect();
  }
}

/** Reads the first `count` records of a topic (raw key/value bytes), from the beginning. */
export async function readRecords(
  topic: string,
  count: number,
  timeoutMs = 30_000,
  withHeaders = false,
): Promise<
  Array<{ key: Buffer | null; value: Buffer | null; partition: number; headers?: Record<string, string> }>
> {
  // The connector under test may not have created the topic yet.
  await waitFor(() => topicExists(topic), timeoutMs, `topic ${topic} to exist`);
  const consumer = testKafka('test-reader').consumer({
    groupId: `test-reader-${Math.random().toString(36).slice(2)}`,
  });
  await consumer.connect();
  const records: Array<{
    key: Buffer | null;
    value: Buffer | null;
    partition: number;
    headers?: Record<string, string>;
  }> = [];
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`read ${records.length} of ${count} records from ${topic}`)),
        timeoutMs,
      );
      consumer
        .run({
          eachMessage: async ({ message, partition }) => {
            if (records.length < count) {
              const headers = withHeaders
                ? Object.fromEntries(
                    Object.entries(message.headers ?? {}).map(([k, v]) => [
                      k,
                      String(Array.isArray(v) ? v[0] : v),
                    ]),
                  )
                : undefined;
              records.push({
                key: message.key,
                value: message.value,
                partition,
                ...(headers ? { headers } : {}),
              });
            }
            if (records.length >= count) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return records;
}

/** Produces string records (acks=all) to a topic. */
export async function produce(topic: string, values: string[]): Promise<void> {
  const producer = testKafka('test-producer').producer();
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages: values.map((value) => ({ value })) });
  } finally {
    await producer.disconnect();
  }
}

export async function topicExists(topic: string): Promise<boolean> {
  const admin = testKafka('test-admin').admin();
  await admin.connect();
  try {
    if (!(await admin.listTopics()).includes(topic)) return false;
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.length > 0;
  } finally {
    await admin.disconnect();
  }
}
