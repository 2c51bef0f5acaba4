import { describe, expect, it } from 'vitest';
import {
  connectorStatusRecord,
  decodeStatusRecord,
  taskStatusRecord,
  topicStatusRecord,
} from '../../../shared/cluster/status-codec.ts';

const text = (record: { key: string; value: Uint8Array | null }) => ({
  key: record.key,
  value: record.value === null ? null : Buffer.from(record.value).toString('utf8'),
});
const bytes = (json: string) => Buffer.from(json, 'utf8');

// Apache 4.1's STATUS_SCHEMA_V0: state, trace (optional), worker_id, generation (int32), version (optional).
describe('status topic records', () => {
  const running = {
    state: 'RUNNING' as const,
    trace: null,
    workerId: 'executor-1',
    generation: 7,
    version: '4.1.1',
  };

  it('writes connector and task statuses with every field', () => {
    expect(text(connectorStatusRecord('c', running))).toEqual({
      key: 'status-connector-c',
      value: '{"state":"RUNNING","trace":null,"worker_id":"executor-1","generation":7,"version":"4.1.1"}',
    });
    expect(
      text(taskStatusRecord('c-d', 2, { ...running, state: 'FAILED', trace: 'boom\n\tat x', version: null })),
    ).toEqual({
      key: 'status-task-c-d-2',
      value:
        '{"state":"FAILED","trace":"boom\\n\\tat x","worker_id":"executor-1","generation":7,"version":null}',
    });
  });

  it('writes DESTROYED as a tombstone', () => {
    expect(text(taskStatusRecord('c', 0, null))).toEqual({ key: 'status-task-c-0', value: null });
  });

  it('writes topic-tracking records', () => {
    expect(
      text(topicStatusRecord({ topic: 't.1', connector: 'c', task: 0, discoverTimestamp: 1700000000000 })),
    ).toEqual({
      key: 'status-topic-t.1:connector-c',
      value: '{"topic":{"name":"t.1","connector":"c","task":0,"discoverTimestamp":1700000000000}}',
    });
  });

  it('reads statuses back, including records from workers before 4.1 without a version', () => {
    expect(
      decodeStatusRecord(
        'status-task-a-b-3',
        bytes('{"state":"PAUSED","trace":null,"worker_id":"w:8083","generation":1}'),
      ),
    ).toEqual({
      type: 'task-status',
      connector: 'a-b',
      task: 3,
      status: { state: 'PAUSED', trace: null, workerId: 'w:8083', generation: 1, version: null },
    });
    expect(decodeStatusRecord('status-connector-c', null)).toEqual({
      type: 'connector-status',
      connector: 'c',
      status: null,
    });
    expect(
      decodeStatusRecord(
        'status-topic-t:connector-c:x',
        bytes('{"topic":{"name":"t","connector":"c:x","task":1,"discoverTimestamp":5}}'),
      ),
    ).toEqual({
      type: 'topic-status',
      connector: 'c:x',
      topic: 't',
      status: { topic: 't', connector: 'c:x', task: 1, discoverTimestamp: 5 },
    });
  });

  it('ignores unreadable records', () => {
    expect(
      decodeStatusRecord('status-connector-c', bytes('{"state":"DANCING","worker_id":"w","generation":1}'))
        .type,
    ).toBe('ignored');
    expect(decodeStatusRecord('status-connector-c', bytes('garbage')).type).toBe('ignored');
    expect(decodeStatusRecord('something-else', bytes('{}')).type).toBe('ignored');
  });
});
