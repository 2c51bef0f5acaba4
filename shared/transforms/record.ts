/**
 * The record transformations and predicates work on (connect-api `ConnectRecord`, `SourceRecord`, `SinkRecord`):
 * immutable apart from its headers, which are a mutable ConnectHeaders. `newRecord(...)` makes a record of the same
 * kind with new routing and data, carrying over what only that kind has (a source record's partition and offset, a
 * sink record's Kafka offset, timestamp type and original coordinates); without explicit headers the new record gets
 * a duplicate of this record's headers.
 *
 * Plus the conversions to and from the plugin API's SourceRecord and SinkRecord.
 */
import { toJavaString } from '../data/java-string.ts';
import { type Schema, schemaToString } from '../data/schema.ts';
import type { ConnectHeader, OffsetMap, SinkRecord, SourceRecord } from '../plugins/api.ts';
import { ConnectHeaders } from './headers.ts';

/** Kafka's TimestampType, by the names Java prints. */
export type TimestampType = 'NoTimestampType' | 'CreateTime' | 'LogAppendTime';

/** What every record has. */
export interface ConnectRecordInit {
  readonly topic: string;
  readonly kafkaPartition?: number | null;
  readonly keySchema?: Schema | null;
  readonly key?: unknown;
  readonly valueSchema?: Schema | null;
  readonly value?: unknown;
  /** Milliseconds since the epoch. */
  readonly timestamp?: number | null;
  /** Used as is when a ConnectHeaders, otherwise copied. */
  readonly headers?: Iterable<ConnectHeader> | null;
}

function headersOf(headers: Iterable<ConnectHeader> | null | undefined): ConnectHeaders {
  return headers instanceof ConnectHeaders ? headers : new ConnectHeaders(headers ?? null);
}

function schemaString(schema: Schema | null): string {
  return schema === null ? 'null' : schemaToString(schema);
}

export abstract class ConnectRecord {
  readonly topic: string;
  readonly kafkaPartition: number | null;
  readonly keySchema: Schema | null;
  readonly key: unknown;
  readonly valueSchema: Schema | null;
  readonly value: unknown;
  readonly timestamp: number | null;
  readonly headers: ConnectHeaders;

  constructor(init: ConnectRecordInit) {
    this.topic = init.topic;
    this.kafkaPartition = init.kafkaPartition ?? null;
    this.keySchema = init.keySchema ?? null;
    this.key = init.key ?? null;
    this.valueSchema = init.valueSchema ?? null;
    this.value = init.value ?? null;
    this.timestamp = init.timestamp ?? null;
    this.headers = headersOf(init.headers);
  }

  /** The Java class this record is, for messages ("org.apache.kafka.connect.sink.SinkRecord"). */
  abstract get javaClassName(): string;

  /**
   * A record of the same kind with these fields; `headers` omitted means a duplicate of this record's headers.
   */
  abstract newRecord(
    topic: string,
    kafkaPartition: number | null,
    keySchema: Schema | null,
    key: unknown,
    valueSchema: Schema | null,
    value: unknown,
    timestamp: number | null,
    headers?: Iterable<ConnectHeader>,
  ): ConnectRecord;

  /** Java's ConnectRecord.toString(). */
  toString(): string {
    return (
      `ConnectRecord{topic='${this.topic}', kafkaPartition=${this.kafkaPartition}, ` +
      `key=${toJavaString(this.key, this.keySchema ?? undefined)}, keySchema=${schemaString(this.keySchema)}, ` +
      `value=${toJavaString(this.value, this.valueSchema ?? undefined)}, valueSchema=${schemaString(this.valueSchema)}, ` +
      `timestamp=${this.timestamp}, headers=${this.headers.toString()}}`
    );
  }
}

export interface SourceConnectRecordInit extends ConnectRecordInit {
  readonly sourcePartition: OffsetMap | null;
  readonly sourceOffset: OffsetMap | null;
}

/** A record a source task produced (connect-api `SourceRecord`). */
export class SourceConnectRecord extends ConnectRecord {
  readonly sourcePartition: OffsetMap | null;
  readonly sourceOffset: OffsetMap | null;

  constructor(init: SourceConnectRecordInit) {
    super(init);
    this.sourcePartition = init.sourcePartition;
    this.sourceOffset = init.sourceOffset;
  }

  get javaClassName(): string {
    return 'org.apache.kafka.connect.source.SourceRecord';
  }

  newRecord(
    topic: string,
    kafkaPartition: number | null,
    keySchema: Schema | null,
    key: unknown,
    valueSchema: Schema | null,
    value: unknown,
    timestamp: number | null,
    headers?: Iterable<ConnectHeader>,
  ): SourceConnectRecord {
    return new SourceConnectRecord({
      sourcePartition: this.sourcePartition,
      sourceOffset: this.sourceOffset,
      topic,
      kafkaPartition,
      keySchema,
      key,
      valueSchema,
      value,
      timestamp,
      headers: headers ?? this.headers.duplicate(),
    });
  }

  override toString(): string {
    const map = (m: OffsetMap | null) => (m === null ? 'null' : toJavaString(new Map(Object.entries(m))));
    return `SourceRecord{sourcePartition=${map(this.sourcePartition)}, sourceOffset=${map(this.sourceOffset)}} ${super.toString()}`;
  }
}

export interface SinkConnectRecordInit extends ConnectRecordInit {
  readonly kafkaPartition: number;
  readonly kafkaOffset: number;
  /** Default: CreateTime when there is a timestamp, NoTimestampType otherwise. */
  readonly timestampType?: TimestampType;
  /** Default: the record's topic, partition and offset. */
  readonly originalTopic?: string;
  readonly originalKafkaPartition?: number;
  readonly originalKafkaOffset?: number;
}

/** A record consumed for a sink task (connect-api `SinkRecord`). */
export class SinkConnectRecord extends ConnectRecord {
  declare readonly kafkaPartition: number;
  readonly kafkaOffset: number;
  readonly timestampType: TimestampType;
  readonly originalTopic: string;
  readonly originalKafkaPartition: number;
  readonly originalKafkaOffset: number;

  constructor(init: SinkConnectRecordInit) {
    if (init.kafkaPartition === null || init.kafkaPartition === undefined) {
      // Java unboxes the partition into an int.
      throw new TypeError('Cannot invoke "java.lang.Integer.intValue()" because "kafkaPartition" is null');
    }
    super(init);
    this.kafkaOffset = init.kafkaOffset;
    this.timestampType = init.timestampType ?? (this.timestamp === null ? 'NoTimestampType' : 'CreateTime');
    this.originalTopic = init.originalTopic ?? init.topic;
    this.originalKafkaPartition = init.originalKafkaPartition ?? init.kafkaPartition;
    this.originalKafkaOffset = init.originalKafkaOffset ?? init.kafkaOffset;
  }

  get javaClassName(): string {
    return 'org.apache.kafka.connect.sink.SinkRecord';
  }

  newRecord(
    topic: string,
    kafkaPartition: number | null,
    keySchema: Schema | null,
    key: unknown,
    valueSchema: Schema | null,
    value: unknown,
    timestamp: number | null,
    headers?: Iterable<ConnectHeader>,
  ): SinkConnectRecord {
    return new SinkConnectRecord({
      topic,
      kafkaPartition: kafkaPartition as number,
      keySchema,
      key,
      valueSchema,
      value,
      timestamp,
      headers: headers ?? this.headers.duplicate(),
      kafkaOffset: this.kafkaOffset,
      timestampType: this.timestampType,
      originalTopic: this.originalTopic,
      originalKafkaPartition: this.originalKafkaPartition,
      originalKafkaOffset: this.originalKafkaOffset,
    });
  }

  override toString(): string {
    return (
      `SinkRecord{kafkaOffset=${this.kafkaOffset}, timestampType=${this.timestampType}, ` +
      `originalTopic=${this.originalTopic}, originalKafkaPartition=${this.originalKafkaPartition}, ` +
      `originalKafkaOffset=${this.originalKafkaOffset}} ${super.toString()}`
    );
  }
}

function plainHeaders(headers: ConnectHeaders): ConnectHeader[] {
  return headers.toArray().map((h) => ({ key: h.key, schema: h.schema, value: h.value }));
}

/** A source task's record as a transformation input. */
export function fromSourceRecord(record: SourceRecord): SourceConnectRecord {
  return new SourceConnectRecord({
    sourcePartition: record.sourcePartition,
    sourceOffset: record.sourceOffset,
    topic: record.topic,
    kafkaPartition: record.kafkaPartition ?? null,
    keySchema: record.keySchema ?? null,
    key: record.key ?? null,
    valueSchema: record.valueSchema ?? null,
    value: record.value ?? null,
    timestamp: record.timestamp ?? null,
    headers: record.headers ?? null,
  });
}

/** A transformed source record back in the plugin API's shape. */
export function toSourceRecord(record: SourceConnectRecord): SourceRecord {
  return {
    sourcePartition: record.sourcePartition,
    sourceOffset: record.sourceOffset,
    topic: record.topic,
    kafkaPartition: record.kafkaPartition,
    keySchema: record.keySchema,
    key: record.key,
    valueSchema: record.valueSchema,
    value: record.value,
    timestamp: record.timestamp,
    headers: plainHeaders(record.headers),
  };
}

/** A consumed record as a transformation input; the timestamp type defaults as in SinkConnectRecordInit. */
export function fromSinkRecord(record: SinkRecord, timestampType?: TimestampType): SinkConnectRecord {
  return new SinkConnectRecord({
    topic: record.topic,
    kafkaPartition: record.kafkaPartition,
    kafkaOffset: record.kafkaOffset,
    keySchema: record.keySchema,
    key: record.key,
    valueSchema: record.valueSchema,
    value: record.value,
    timestamp: record.timestamp,
    headers: record.headers,
    ...(timestampType === undefined ? {} : { timestampType }),
  });
}

/** A transformed sink record back in the plugin API's shape (what `SinkTask.put` receives). */
export function toSinkRecord(record: SinkConnectRecord): SinkRecord {
  return {
    topic: record.topic,
    kafkaPartition: record.kafkaPartition,
    kafkaOffset: record.kafkaOffset,
    keySchema: record.keySchema,
    key: record.key,
    valueSchema: record.valueSchema,
    value: record.value,
    timestamp: record.timestamp,
    headers: plainHeaders(record.headers),
  };
}
