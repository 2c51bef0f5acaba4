/**
 * A record header with a null value (Kafka's length −1, as Apache Connect writes for a header converter that
 * returns null or a DLQ context header of an exception without a message) reaches the real broker and comes back
 * as null — not as an empty value — through Tributary's Kafka client.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { asKafkaHeaders } from '../../shared/adapters/kafka/null-header-values.ts';
import { deleteTopics, uniqueName } from '../support/cluster.ts';
import { createTopic, readRecords, testKafka } from '../support/kafka.ts';

describe('null header values on the wire', () => {
  const topic = uniqueName('null-headers');

  afterAll(async () => {
    await deleteTopics([topic]);
  });

  it('sends and reads back null, empty and repeated header values', async () => {
    await createTopic(topic, 1);
    const producer = testKafka('null-headers').producer();
    await producer.connect();
    try {
      await producer.send({
        topic,
        acks: -1,
        messages: [
          {
            value: 'v',
            headers: asKafkaHeaders({ gone: null, empty: Buffer.alloc(0), twice: [Buffer.from('a'), null] }),
          },
        ],
      });
    } finally {
      await producer.disconnect();
    }
    const consumer = testKafka('null-headers-reader').consumer({
      groupId: uniqueName('null-headers-reader'),
    });
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      const headers = await new Promise<Record<string, unknown>>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no record within 30 s')), 30_000);
        void consumer.run({
          eachMessage: async ({ message }) => {
            clearTimeout(timer);
            resolve(message.headers as Record<string, unknown>);
          },
        });
      });
      expect(headers.gone).toBeNull();
      expect(headers.empty).toEqual(Buffer.alloc(0));
      expect(headers.twice).toEqual([Buffer.from('a'), null]);
    } finally {
      await consumer.disconnect();
    }
    expect((await readRecords(topic, 1)).length).toBe(1);
  });
});
