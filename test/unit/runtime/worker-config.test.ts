import { describe, expect, it } from 'vitest';
import { workerPropsToEnv } from '../../../shared/adapters/local/process-launcher.ts';
import {
  parseProperties,
  parseWorkerConfig,
  workerPropertiesFromEnv,
} from '../../../shared/runtime/worker-config.ts';

describe('worker configuration', () => {
  it("applies Apache's defaults and internal topic names", () => {
    const config = parseWorkerConfig({ 'bootstrap.servers': 'k:9092' });
    expect(config.configTopic).toBe('connect-configs');
    expect(config.offsetTopic).toBe('connect-offsets');
    expect(config.statusTopic).toBe('connect-status');
    expect(config.offsetPartitions).toBe(25);
    expect(config.statusPartitions).toBe(5);
    expect(config.configReplicationFactor).toBe(3);
    expect(config.props['value.converter']).toBe('org.apache.kafka.connect.json.JsonConverter');
  });

  it('rejects bad numbers with the key named', () => {
    expect(() => parseWorkerConfig({ 'offset.storage.partitions': '0' })).toThrow(
      /offset.storage.partitions/,
    );
    expect(() => parseWorkerConfig({ 'offset.flush.interval.ms': 'soon' })).toThrow(
      /offset.flush.interval.ms/,
    );
    expect(() => parseWorkerConfig({ 'group.id': '  ' })).toThrow(/group.id/);
  });

  it('reads Java properties files', () => {
    const props = parseProperties(
      [
        '# comment',
        '! also a comment',
        'bootstrap.servers=a:1,b:2',
        'group.id : my-group',
        'key.converter.schemas.enable false',
        'plugin.path=/a,\\',
        '   /b',
        'empty=',
      ].join('\n'),
    );
    expect(props).toEqual({
      'bootstrap.servers': 'a:1,b:2',
      'group.id': 'my-group',
      'key.converter.schemas.enable': 'false',
      'plugin.path': '/a,/b',
      empty: '',
    });
  });

  it('round-trips worker properties through CONNECT_* variables', () => {
    const props = {
      'bootstrap.servers': 'x:1',
      'offset.flush.interval.ms': '1000',
      'some_key.with_underscore': 'v',
    };
    expect(workerPropertiesFromEnv(workerPropsToEnv(props))).toEqual(props);
  });
});
