import { describe, expect, it } from 'vitest';
import { Schemas } from '../../../shared/data/schema.ts';
import { SchemaBuilder } from '../../../shared/data/schema-builder.ts';
import { Struct } from '../../../shared/data/struct.ts';
import type { SinkRecord, SourceRecord } from '../../../shared/plugins/api.ts';
import { ConnectHeaders, Header } from '../../../shared/transforms/headers.ts';
import {
  fromSinkRecord,
  fromSourceRecord,
  SinkConnectRecord,
  SourceConnectRecord,
  toSinkRecord,
  toSourceRecord,
} from '../../../shared/transforms/record.ts';

describe('ConnectHeaders (connect-api semantics)', () => {
  const headers = () =>
    new ConnectHeaders()
      .addString('a', 'one')
      .addValue('b', 2, Schemas.INT32)
      .addString('a', 'two')
      .add({ key: 'c', schema: null, value: null });

  it('finds the last and all headers of a key, in order', () => {
    const h = headers();
    expect(h.size).toBe(4);
    expect(h.lastWithName('a')?.value).toBe('two');
    expect(h.allWithName('a').map((x) => x.value)).toEqual(['one', 'two']);
    expect(h.lastWithName('zzz')).toBeNull();
    expect(h.allWithName('zzz')).toEqual([]);
  });

  it('removes, retains the latest and applies transforms in place', () => {
    const h = headers();
    expect(
      h
        .remove('a')
        .toArray()
        .map((x) => x.key),
    ).toEqual(['b', 'c']);
    const latest = headers().retainLatest();
    expect(latest.toArray().map((x) => `${x.key}=${x.value}`)).toEqual(['b=2', 'a=two', 'c=null']);
    const onlyA = headers().retainLatest('a');
    expect(onlyA.toArray().map((x) => x.key)).toEqual(['b', 'a', 'c']);
    const applied = headers().apply((x) => (x.key === 'b' ? null : x.rename(`${x.key}!`)));
    expect(applied.toArray().map((x) => x.key)).toEqual(['a!', 'a!', 'c!']);
    const appliedToA = headers().apply((x) => x.with(Schemas.STRING, 'x'), 'a');
    expect(appliedToA.toArray().map((x) => x.value)).toEqual(['x', 2, 'x', null]);
  });

  it('duplicates independently (what newRecord without headers gives)', () => {
    const original = headers();
    const copy = original.duplicate();
    copy.addString('d', 'new').remove('b');
    expect(original.size).toBe(4);
    expect(copy.toArray().map((x) => x.key)).toEqual(['a', 'a', 'c', 'd']);
    expect(copy.equals(original)).toBe(false);
    expect(original.duplicate().equals(original)).toBe(true);
  });

  it('checks values against schemas as Apache does', () => {
    const h = new ConnectHeaders();
    expect(() => h.addValue('x', null, Schemas.INT32)).toThrow(
      'A null value requires an optional schema but was Schema{INT32}',
    );
    expect(() => h.addValue('x', 'text', Schemas.INT32)).toThrow(
      'The value text is not compatible with the schema Schema{INT32}',
    );
    expect(() =>
      h.addValue(
        'x',
        new Date(0),
        SchemaBuilder.int64().name('org.apache.kafka.connect.data.Timestamp').build(),
      ),
    ).not.toThrow();
  });

  it("gives a schemaless Struct value its struct's schema", () => {
    const schema = SchemaBuilder.struct().field('f', Schemas.INT32).build();
    const header = new Header('s', null, new Struct(schema).put('f', 1));
    expect(header.schema).toBe(schema);
  });

  it('prints as Java does', () => {
    expect(new ConnectHeaders().toString()).toBe('ConnectHeaders(headers=)');
    expect(new ConnectHeaders().addString('a', 'x').remove('a').toString()).toBe(
      'ConnectHeaders(headers=[])',
    );
    expect(new ConnectHeaders().addValue('n', 5, Schemas.INT32).toString()).toBe(
      'ConnectHeaders(headers=[ConnectHeader(key=n, value=5, schema=Schema{INT32})])',
    );
  });
});

describe('records and their conversions', () => {
  const source: SourceRecord = {
    sourcePartition: { file: 'in.txt' },
    sourceOffset: { position: 10n },
    topic: 'lines',
    value: 'hello',
    valueSchema: Schemas.STRING,
    headers: [{ key: 'h', schema: Schemas.STRING, value: 'v' }],
  };

  it('carries source partition and offset through newRecord', () => {
    const record = fromSourceRecord(source);
    expect(record).toBeInstanceOf(SourceConnectRecord);
    expect(record.kafkaPartition).toBeNull();
    expect(record.timestamp).toBeNull();
    const next = record.newRecord('other', 3, Schemas.INT32, 1, null, 'x', 5);
    expect(next.sourcePartition).toBe(source.sourcePartition);
    expect(next.sourceOffset).toBe(source.sourceOffset);
    expect(next.headers).not.toBe(record.headers);
    expect(next.headers.equals(record.headers)).toBe(true);
    expect(toSourceRecord(next)).toEqual({
      sourcePartition: { file: 'in.txt' },
      sourceOffset: { position: 10n },
      topic: 'other',
      kafkaPartition: 3,
      keySchema: Schemas.INT32,
      key: 1,
      valueSchema: null,
      value: 'x',
      timestamp: 5,
      headers: [{ key: 'h', schema: Schemas.STRING, value: 'v' }],
    });
  });

  it('carries the Kafka offset, timestamp type and original coordinates of sink records', () => {
    const sink: SinkRecord = {
      topic: 't',
      kafkaPartition: 2,
      kafkaOffset: 99,
      keySchema: null,
      key: null,
      valueSchema: null,
      value: null,
      timestamp: 1000,
      headers: [],
    };
    const record = fromSinkRecord(sink, 'LogAppendTime');
    const next = record.newRecord('renamed', 4, null, 'k', null, 'v', null);
    expect(next).toBeInstanceOf(SinkConnectRecord);
    expect([next.kafkaOffset, next.timestampType, next.originalTopic, next.originalKafkaPartition]).toEqual([
      99,
      'LogAppendTime',
      't',
      2,
    ]);
    expect(fromSinkRecord(sink).timestampType).toBe('CreateTime');
    expect(fromSinkRecord({ ...sink, timestamp: null }).timestampType).toBe('NoTimestampType');
    expect(toSinkRecord(next)).toEqual({
      topic: 'renamed',
      kafkaPartition: 4,
      kafkaOffset: 99,
      keySchema: null,
      key: 'k',
      valueSchema: null,
      value: 'v',
      timestamp: null,
      headers: [],
    });
  });

  it('uses explicit ConnectHeaders as given', () => {
    const record = fromSourceRecord(source);
    const headers = new ConnectHeaders().addString('x', 'y');
    const next = record.newRecord('t', null, null, null, null, null, null, headers);
    expect(next.headers).toBe(headers);
  });

  it('prints as Java does', () => {
    const record = new SinkConnectRecord({
      topic: 't',
      kafkaPartition: 1,
      kafkaOffset: 7,
      keySchema: Schemas.STRING,
      key: 'k',
      value: null,
      timestamp: null,
    });
    expect(record.toString()).toBe(
      "SinkRecord{kafkaOffset=7, timestampType=NoTimestampType, originalTopic=t, originalKafkaPartition=1, originalKafkaOffset=7} ConnectRecord{topic='t', kafkaPartition=1, key=k, keySchema=Schema{STRING}, value=null, valueSchema=null, timestamp=null, headers=ConnectHeaders(headers=)}",
    );
  });
});
