/**
 * A compacted Kafka topic read as a log, the way Apache Connect's KafkaBasedLog does: a consumer follows the
 * topic from its beginning and hands every record to a callback; `readToEnd()` waits until everything written
 * before the call has been handed over (read-your-writes); `send()` resolves once the broker acknowledged.
 *
 * kafkajs has no manual partition assignment, so the follower is the only member of a private consumer group
 * (random id, never committed), which gives it every partition of the topic.
 */
import { randomUUID } from 'node:crypto';
import type { Admin, Consumer, Kafka, Producer } from 'kafkajs';
import type { Logger } from '../../logging/logger.ts';
import { delay } from '../../util/wait.ts';
import { Partitioners } from './kafkajs.ts';

export interface LogRecord {
  topic: string;
  partition: number;
  offset: number;
  key: Buffer | null;
  value: Buffer | null;
  timestamp: number;
}

export interface OutgoingRecord {
  key: Uint8Array | string | null;
  value: Uint8Array | string | null;
  partition?: number;
}

function asBuffer(data: Uint8Array | string | null): Buffer | string | null {
  if (data === null || typeof data === 'string' || Buffer.isBuffer(data)) return data;
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

const READ_TO_END_TIMEOUT_MS = 30_000;

export class KafkaTopicLog {
  private readonly positions = new Map<number, number>();
  private consumer: Consumer | undefined;
  private producer: Producer | undefined;
  private admin: Admin | undefined;
  private failure: Error | undefined;
  private readonly kafka: Kafka;
  private readonly topic: string;
  private readonly onRecord: (record: LogRecord) => void;
  private readonly logger: Logger;

  constructor(kafka: Kafka, topic: string, onRecord: (record: LogRecord) => void, logger: Logger) {
    this.kafka = kafka;
    this.topic = topic;
    this.onRecord = onRecord;
    this.logger = logger.child({ topic });
  }

  /** Connects; with `follow: false` the log only writes (no consumer, `readToEnd` is unavailable). */
  async start(options: { follow?: boolean } = {}): Promise<void> {
    this.admin = this.kafka.admin();
    await this.admin.connect();
    this.producer = this.kafka.producer({
      createPartitioner: Partitioners.DefaultPartitioner,
      allowAutoTopicCreation: false,
      idempotent: false,
      maxInFlightRequests: 1,
    });
    await this.producer.connect();
    if (options.follow === false) return;
    this.consumer = this.kafka.consumer({
      groupId: `tributary-log-${this.topic}-${randomUUID()}`,
      allowAutoTopicCreation: false,
      maxWaitTimeInMs: 250,
      sessionTimeout: 30_000,
    });
    this.consumer.on(this.consumer.events.CRASH, (event) => {
      if (!event.payload.restart) this.failure = event.payload.error;
    });
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.topic, fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch, heartbeat }) => {
        for (const message of batch.messages) {
          const offset = Number(message.offset);
          try {
            this.onRecord({
              topic: batch.topic,
              partition: batch.partition,
              offset,
              key: message.key,
              value: message.value,
              timestamp: Number(message.timestamp),
            });
          } catch (err) {
            // A record we cannot apply must not stop the log: it is reported and skipped, as Apache logs and
            // discards records it cannot parse.
            this.logger.error('failed to apply a record from the log', {
              partition: batch.partition,
              offset,
              err,
            });
          }
          this.positions.set(batch.partition, offset + 1);
        }
        await heartbeat();
      },
    });
  }

  /** Waits until every record written before this call has been passed to the callback. */
  async readToEnd(timeoutMs = READ_TO_END_TIMEOUT_MS): Promise<void> {
    const admin = this.requireStarted(this.admin);
    this.requireStarted(this.consumer);
    const deadline = Date.now() + timeoutMs;
    const ends = await this.endOffsets(admin, deadline);
    for (;;) {
      if (this.failure) throw this.failure;
      const behind = ends.filter((p) => {
        const high = Number(p.high);
        const low = Number(p.low);
        return high > low && (this.positions.get(p.partition) ?? low) < high;
      });
      if (behind.length === 0) return;
      if (Date.now() > deadline) {
        this.logger.warn('timed out reading to the end of the log', {
          behind: behind.map((p) => ({
            partition: p.partition,
            high: p.high,
            position: this.positions.get(p.partition),
          })),
        });
        throw new Error(`Timed out reading topic ${this.topic} to its end`);
      }
      await delay(20);
    }
  }

  /**
   * The topic's end offsets. Right after a topic is created (or while leadership moves) the broker answers with
   * retriable errors such as NOT_LEADER_OR_FOLLOWER; those are retried until the deadline.
   */
  private async endOffsets(admin: Admin, deadline: number) {
    for (;;) {
      try {
        return await admin.fetchTopicOffsets(this.topic);
      } catch (err) {
        if (!(err as { retriable?: boolean }).retriable || Date.now() > deadline) throw err;
        this.logger.debug('retrying end offsets', { err });
        await delay(100);
      }
    }
  }

  /** Appends records; resolves when the broker acknowledged all of them (acks=all). */
  async send(records: OutgoingRecord[]): Promise<void> {
    if (records.length === 0) return;
    const producer = this.requireStarted(this.producer);
    await producer.send({
      topic: this.topic,
      acks: -1,
      messages: records.map((r) => ({
        key: asBuffer(r.key),
        value: asBuffer(r.value),
        ...(r.partition === undefined ? {} : { partition: r.partition }),
      })),
    });
  }

  async stop(): Promise<void> {
    await Promise.allSettled([
      this.consumer?.disconnect(),
      this.producer?.disconnect(),
      this.admin?.disconnect(),
    ]);
  }

  private requireStarted<T>(client: T | undefined): T {
    if (!client) throw new Error(`log for topic ${this.topic} is not started`);
    return client;
  }
}
