import { describe, expect, it } from 'vitest';
import {
  connectorStatusKey,
  parseStatusKey,
  taskStatusKey,
  topicStatusKey,
} from '../../../shared/codecs/status-keys.ts';
import {
  decodeStatus,
  decodeTopicStatus,
  encodeStatus,
  encodeTopicStatus,
  type StatusRecord,
} from '../../../shared/codecs/status-records.ts';
import { expectBytes, vector } from '../json/vector-support.ts';
import { CODEC_VECTORS } from './codec-vectors.ts';

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text);

const statuses: [string, StatusRecord][] = [
  [
    'status connector running',
    { state: 'RUNNING', trace: null, workerId: '10.0.0.1:8083', generation: 7, version: '4.1.1' },
  ],
  [
    'status connector running nover',
    { state: 'RUNNING', trace: null, workerId: '10.0.0.1:8083', generation: 7, version: null },
  ],
  [
    'status connector failed',
    {
      state: 'FAILED',
      trace: 'org.apache.kafka.connect.errors.ConnectException: boom\n\tat X.y(X.java:1)\n',
      workerId: 'w:8083',
      generation: 2,
      version: null,
    },
  ],
  [
    'status task unassigned',
    { state: 'UNASSIGNED', trace: null, workerId: 'w:8083', generation: 0, version: '1.0' },
  ],
  [
    'status connector stopped',
    { state: 'STOPPED', trace: null, workerId: 'w:8083', generation: 2147483647, version: null },
  ],
];

describe('status topic values', () => {
  it.each(statuses)('%s is written as Apache writes it and reads back', (name, status) => {
    const written = encodeStatus(status);
    expectBytes(written, vector(CODEC_VECTORS, name));
    expect(decodeStatus(written)).toEqual({ ok: true, value: status });
  });

  it('writes and reads topic statuses', () => {
    const status = { topic: 'orders.v1', connector: 'my-conn', task: 2, discoverTimestamp: 1700000000123 };
    expectBytes(encodeTopicStatus(status), vector(CODEC_VECTORS, 'status topic'));
    expect(decodeTopicStatus(encodeTopicStatus(status))).toEqual({ ok: true, value: status });
  });

  it('reads records of older workers (no version field)', () => {
    expect(decodeStatus(bytes('{"state":"PAUSED","trace":null,"worker_id":"w:1","generation":3}'))).toEqual({
      ok: true,
      value: { state: 'PAUSED', trace: null, workerId: 'w:1', generation: 3, version: null },
    });
  });

  it('treats a null value as a tombstone', () => {
    expect(decodeStatus(null)).toEqual({ ok: true, value: null });
    expect(decodeTopicStatus(null)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['unknown state', '{"state":"SLEEPING","worker_id":"w","generation":1}'],
    ['no generation', '{"state":"RUNNING","worker_id":"w"}'],
    ['float generation', '{"state":"RUNNING","worker_id":"w","generation":1.0}'],
    ['trace not a string', '{"state":"FAILED","trace":5,"worker_id":"w","generation":1}'],
    ['not an object', '"RUNNING"'],
    ['JSON null', 'null'],
    ['garbage', '{{{'],
  ])('rejects a bad status (%s) without crashing', (_name, text) => {
    expect(decodeStatus(bytes(text))).toMatchObject({ ok: false, error: expect.any(String) });
  });

  it('rejects a bad topic status without crashing', () => {
    expect(decodeTopicStatus(bytes('{"topic":{"name":"t"}}'))).toMatchObject({ ok: false });
    expect(decodeTopicStatus(bytes('{"topic":5}'))).toMatchObject({ ok: false });
  });
});

describe('status topic keys', () => {
  it('are built like Apache’s', () => {
    expect(connectorStatusKey('my-conn')).toBe('status-connector-my-conn');
    expect(taskStatusKey('my-conn', 2)).toBe('status-task-my-conn-2');
    expect(topicStatusKey('orders', 'my-conn')).toBe('status-topic-orders:connector-my-conn');
  });

  it.each([
    ['status-connector-my-conn', { type: 'connector', connector: 'my-conn' }],
    ['status-task-my-conn-2', { type: 'task', connector: 'my-conn', task: 2 }],
    ['status-task-a-b-c-10', { type: 'task', connector: 'a-b-c', task: 10 }],
    ['status-topic-orders.v1:connector-my-conn', { type: 'topic', topic: 'orders.v1', connector: 'my-conn' }],
  ] as const)('%s', (key, expected) => {
    expect(parseStatusKey(key)).toEqual(expected);
  });

  it.each([
    'status-connector-',
    'status-task-x',
    'status-task-a-b',
    'status-topic-orders',
    'status-topic-:connector-c',
    'status-topic-t:connector-',
    'status-other-x',
  ])('%s is not understood', (key) => {
    expect(parseStatusKey(key)).toMatchObject({ type: 'unknown', key });
  });
});
