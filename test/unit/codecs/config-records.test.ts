import { describe, expect, it } from 'vitest';
import {
  decodeConnectorConfig,
  decodeLoggerLevel,
  decodeRestartRequest,
  decodeSessionKey,
  decodeTargetState,
  decodeTaskCommit,
  decodeTaskConfig,
  decodeTaskCount,
  encodeConnectorConfig,
  encodeLoggerLevel,
  encodeRestartRequest,
  encodeSessionKey,
  encodeTargetState,
  encodeTaskCommit,
  encodeTaskConfig,
  encodeTaskCount,
  type TargetState,
} from '../../../shared/codecs/config-records.ts';
import { expectBytes, vector } from '../json/vector-support.ts';
import { CODEC_VECTORS } from './codec-vectors.ts';

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text);

const connectorProps = {
  'connector.class': 'org.apache.kafka.connect.file.FileStreamSourceConnector',
  'tasks.max': '1',
  file: '/tmp/ü "x".txt',
  topic: 't',
  name: 'my-conn',
};
const taskProps = {
  'task.class': 'org.apache.kafka.connect.file.FileStreamSourceTask',
  topic: 't',
  'batch.size': '2000',
};
const sessionKey = {
  key: Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 250, 251),
  algorithm: 'HmacSHA256',
  creationTimestamp: 1700000000000,
};

describe('config topic values are written byte for byte as Apache writes them', () => {
  it.each([
    ['cfg connector', () => encodeConnectorConfig(connectorProps)],
    ['cfg connector empty', () => encodeConnectorConfig({})],
    ['cfg target-state STARTED', () => encodeTargetState('STARTED')],
    ['cfg target-state PAUSED', () => encodeTargetState('PAUSED')],
    ['cfg target-state STOPPED', () => encodeTargetState('STOPPED')],
    ['cfg task', () => encodeTaskConfig(taskProps)],
    ['cfg commit', () => encodeTaskCommit(3)],
    ['cfg commit 0', () => encodeTaskCommit(0)],
    ['cfg task-count', () => encodeTaskCount(2)],
    ['cfg session-key', () => encodeSessionKey(sessionKey)],
    ['cfg restart false false', () => encodeRestartRequest({ includeTasks: false, onlyFailed: false })],
    ['cfg restart false true', () => encodeRestartRequest({ includeTasks: false, onlyFailed: true })],
    ['cfg restart true false', () => encodeRestartRequest({ includeTasks: true, onlyFailed: false })],
    ['cfg restart true true', () => encodeRestartRequest({ includeTasks: true, onlyFailed: true })],
    ['cfg logger', () => encodeLoggerLevel('DEBUG')],
  ] as const)('%s', (name, encode) => {
    expectBytes(encode(), vector(CODEC_VECTORS, name));
  });

  it('keeps the config’s key order, from a Map too', () => {
    const map = new Map([
      ['b', '1'],
      ['a', '2'],
    ]);
    expect(new TextDecoder().decode(encodeConnectorConfig(map))).toBe('{"properties":{"b":"1","a":"2"}}');
  });
});

describe('config topic values decode as Apache reads them', () => {
  it('round-trips every record type', () => {
    expect(decodeConnectorConfig(encodeConnectorConfig(connectorProps))).toEqual({
      ok: true,
      value: connectorProps,
    });
    expect(
      Object.keys((decodeConnectorConfig(encodeConnectorConfig(connectorProps)) as { value: object }).value),
    ).toEqual(Object.keys(connectorProps));
    expect(decodeTaskConfig(encodeTaskConfig(taskProps))).toEqual({ ok: true, value: taskProps });
    for (const state of ['STARTED', 'PAUSED', 'STOPPED'] as TargetState[]) {
      expect(decodeTargetState(encodeTargetState(state))).toEqual({ ok: true, value: state });
    }
    expect(decodeTaskCommit(encodeTaskCommit(3))).toEqual({ ok: true, value: 3 });
    expect(decodeTaskCount(encodeTaskCount(2))).toEqual({ ok: true, value: 2 });
    expect(decodeSessionKey(encodeSessionKey(sessionKey))).toEqual({ ok: true, value: sessionKey });
    expect(decodeRestartRequest(encodeRestartRequest({ includeTasks: true, onlyFailed: false }))).toEqual({
      ok: true,
      value: { includeTasks: true, onlyFailed: false },
    });
    expect(decodeLoggerLevel(encodeLoggerLevel('DEBUG'))).toEqual({ ok: true, value: 'DEBUG' });
  });

  it('reads Apache’s own bytes', () => {
    expect(decodeConnectorConfig(bytes(vector(CODEC_VECTORS, 'cfg connector').text as string))).toEqual({
      ok: true,
      value: connectorProps,
    });
    expect(
      decodeTargetState(bytes(vector(CODEC_VECTORS, 'cfg target-state STOPPED').text as string)),
    ).toEqual({
      ok: true,
      value: 'STOPPED',
    });
  });

  it('represents tombstones (and the JSON literal null) as null', () => {
    expect(decodeConnectorConfig(null)).toEqual({ ok: true, value: null });
    expect(decodeTargetState(null)).toEqual({ ok: true, value: null });
    expect(decodeTaskConfig(bytes('null'))).toEqual({ ok: true, value: null });
  });

  it('prefers state.v2 and falls back to the legacy state field', () => {
    expect(decodeTargetState(bytes('{"state":"PAUSED"}'))).toEqual({ ok: true, value: 'PAUSED' });
    expect(decodeTargetState(bytes('{"state":"PAUSED","state.v2":5}'))).toEqual({
      ok: true,
      value: 'PAUSED',
    });
    expect(decodeTargetState(bytes('{"state":"PAUSED","state.v2":null}'))).toEqual({
      ok: true,
      value: 'PAUSED',
    });
    expect(decodeTargetState(bytes('{"state":"STARTED","state.v2":"STOPPED"}'))).toEqual({
      ok: true,
      value: 'STOPPED',
    });
    expect(decodeTargetState(bytes('{"state":"RUNNING"}'))).toMatchObject({ ok: false });
    expect(decodeTargetState(bytes('{"state.v2":7}'))).toMatchObject({ ok: false });
  });

  it('drops null-valued properties (only a Java writer produces them) and rejects non-strings', () => {
    expect(
      decodeConnectorConfig(bytes(vector(CODEC_VECTORS, 'cfg connector null value').text as string)),
    ).toEqual({
      ok: true,
      value: { b: '' },
    });
    expect(decodeConnectorConfig(bytes('{"properties":{"a":1}}'))).toMatchObject({ ok: false });
    expect(decodeConnectorConfig(bytes('{"properties":[]}'))).toMatchObject({ ok: false });
  });

  it('reads task counts as Java ints and restart flags leniently', () => {
    expect(decodeTaskCommit(bytes('{"tasks":4294967297}'))).toEqual({ ok: true, value: 1 });
    expect(decodeTaskCommit(bytes('{"tasks":"3"}'))).toMatchObject({ ok: false });
    expect(decodeTaskCommit(bytes('{"tasks":3.0}'))).toMatchObject({ ok: false });
    expect(decodeRestartRequest(bytes('{"include-tasks":"yes"}'))).toEqual({
      ok: true,
      value: { includeTasks: false, onlyFailed: false },
    });
  });

  it.each([
    ['garbage', 'not json at all'],
    ['truncated', '{"properties":{"a":"b"'],
    ['wrong shape', '[1,2,3]'],
    ['number', '42'],
    ['NUL byte', '\u0000'],
  ])('never crashes on a foreign record (%s)', (_name, text) => {
    for (const decode of [
      decodeConnectorConfig,
      decodeTaskConfig,
      decodeTargetState,
      decodeTaskCommit,
      decodeTaskCount,
      decodeSessionKey,
      decodeRestartRequest,
      decodeLoggerLevel,
    ]) {
      const result = decode(bytes(text));
      if (!result.ok) expect(result.error).toMatch(/\S/);
    }
    expect(decodeConnectorConfig(bytes('not json at all'))).toMatchObject({
      ok: false,
      error: /not valid JSON/,
    });
    expect(decodeSessionKey(bytes('{"key":"!!","algorithm":"a","creation-timestamp":1}'))).toMatchObject({
      ok: false,
    });
  });
});
