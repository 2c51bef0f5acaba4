import { describe, expect, it } from 'vitest';
import {
  commitRecord,
  connectorConfigRecord,
  decodeConfigRecord,
  restartRequestRecord,
  targetStateRecord,
  taskConfigRecord,
} from '../../../shared/cluster/config-codec.ts';

// Expected bytes are what Apache's KafkaConfigBackingStore writes: JsonConverter (schemas.enable=false) over the
// record Structs — compact JSON, every field present, fields in schema order.
const text = (record: { key: string; value: Uint8Array | null }) => ({
  key: record.key,
  value: record.value === null ? null : Buffer.from(record.value).toString('utf8'),
});
const bytes = (json: string) => Buffer.from(json, 'utf8');

describe('config topic records', () => {
  it('writes connector configs as {"properties":{...}} in the config map order', () => {
    const record = text(
      connectorConfigRecord('file-src', {
        'connector.class': 'FileStreamSource',
        file: '/tmp/in.txt',
        topic: 'lines',
        name: 'file-src',
      }),
    );
    expect(record).toEqual({
      key: 'connector-file-src',
      value:
        '{"properties":{"connector.class":"FileStreamSource","file":"/tmp/in.txt","topic":"lines","name":"file-src"}}',
    });
  });

  it('writes a tombstone to delete a connector', () => {
    expect(text(connectorConfigRecord('a', null))).toEqual({ key: 'connector-a', value: null });
    expect(text(targetStateRecord('a', null))).toEqual({ key: 'target-state-a', value: null });
  });

  it('writes both target-state fields, with PAUSED in the legacy field for STOPPED', () => {
    expect(text(targetStateRecord('c', 'PAUSED')).value).toBe('{"state":"PAUSED","state.v2":"PAUSED"}');
    expect(text(targetStateRecord('c', 'STARTED')).value).toBe('{"state":"STARTED","state.v2":"STARTED"}');
    expect(text(targetStateRecord('c', 'STOPPED')).value).toBe('{"state":"PAUSED","state.v2":"STOPPED"}');
  });

  it('writes task configs and commits', () => {
    expect(text(taskConfigRecord('my-conn', 3, { 'task.class': 'X' }))).toEqual({
      key: 'task-my-conn-3',
      value: '{"properties":{"task.class":"X"}}',
    });
    expect(text(commitRecord('my-conn', 4))).toEqual({ key: 'commit-my-conn', value: '{"tasks":4}' });
  });

  it('writes restart requests', () => {
    expect(text(restartRequestRecord('c', true, false))).toEqual({
      key: 'restart-connector-c',
      value: '{"include-tasks":true,"only-failed":false}',
    });
  });

  it('escapes non-ASCII and control characters as Jackson does', () => {
    expect(text(connectorConfigRecord('ü', { a: 'line\nbreak "q" \\ é' })).value).toBe(
      '{"properties":{"a":"line\\nbreak \\"q\\" \\\\ é"}}',
    );
  });

  it('reads every record type back', () => {
    expect(decodeConfigRecord('connector-x', bytes('{"properties":{"a":"b"}}'))).toEqual({
      type: 'connector-config',
      connector: 'x',
      config: { a: 'b' },
    });
    expect(decodeConfigRecord('connector-x', null)).toEqual({
      type: 'connector-config',
      connector: 'x',
      config: null,
    });
    expect(decodeConfigRecord('target-state-x', bytes('{"state":"PAUSED","state.v2":"STOPPED"}'))).toEqual({
      type: 'target-state',
      connector: 'x',
      state: 'STOPPED',
    });
    expect(decodeConfigRecord('task-a-b-c-12', bytes('{"properties":{"k":"v"}}'))).toEqual({
      type: 'task-config',
      connector: 'a-b-c',
      task: 12,
      config: { k: 'v' },
    });
    expect(decodeConfigRecord('commit-a-b', bytes('{"tasks":2}'))).toEqual({
      type: 'commit',
      connector: 'a-b',
      tasks: 2,
    });
    expect(
      decodeConfigRecord('restart-connector-r', bytes('{"include-tasks":true,"only-failed":true}')),
    ).toEqual({
      type: 'restart-request',
      connector: 'r',
      includeTasks: true,
      onlyFailed: true,
    });
  });

  it('falls back to the legacy state field written by older workers', () => {
    expect(decodeConfigRecord('target-state-x', bytes('{"state":"PAUSED"}'))).toEqual({
      type: 'target-state',
      connector: 'x',
      state: 'PAUSED',
    });
  });

  it('ignores records it cannot read instead of failing', () => {
    expect(decodeConfigRecord('connector-x', bytes('{not json')).type).toBe('ignored');
    expect(decodeConfigRecord('connector-x', bytes('{"properties":5}')).type).toBe('ignored');
    expect(decodeConfigRecord('target-state-x', bytes('{"state":"SLEEPING"}')).type).toBe('ignored');
    expect(decodeConfigRecord('task-nonumber', bytes('{"properties":{}}')).type).toBe('ignored');
    expect(
      decodeConfigRecord(
        'session-key',
        bytes('{"key":"abc","algorithm":"HmacSHA256","creation-timestamp":1}'),
      ).type,
    ).toBe('ignored');
  });

  it("reads Tributary's task restart requests, and ignores them when malformed", () => {
    expect(decodeConfigRecord('tributary-restart-task-a-b-2', bytes('{"requested":1}'))).toEqual({
      type: 'task-restart-request',
      connector: 'a-b',
      task: 2,
    });
    expect(decodeConfigRecord('tributary-restart-task-nonumber', bytes('{}')).type).toBe('ignored');
  });
});
