import { describe, expect, it } from 'vitest';
import { bootstrapPorts, kafkaClientProperties, parseMskClusterArn } from '../../infra/lib/kafka.ts';
import { internalTopics, workerEnvironment, workerProperties } from '../../infra/lib/worker-properties.ts';
import { workerPropertiesFromEnv } from '../../shared/runtime/worker-config.ts';

describe('Kafka connection settings', () => {
  it('map each authentication mode to the worker properties an Apache worker would use', () => {
    expect(kafkaClientProperties({ type: 'plaintext' })).toEqual({ 'security.protocol': 'PLAINTEXT' });
    expect(kafkaClientProperties({ type: 'tls' })).toEqual({ 'security.protocol': 'SSL' });
    expect(kafkaClientProperties({ type: 'sasl', mechanism: 'PLAIN', secret: {} as never })).toEqual({
      'security.protocol': 'SASL_SSL',
      'sasl.mechanism': 'PLAIN',
    });
    expect(kafkaClientProperties({ type: 'msk-iam', clusterArn: 'arn' })).toMatchObject({
      'security.protocol': 'SASL_SSL',
      'sasl.mechanism': 'AWS_MSK_IAM',
    });
  });

  it('find the distinct ports of bootstrap.servers, and insist on a port per server', () => {
    expect(bootstrapPorts(' b-1:9096, b-2:9096 ,b-3:9098')).toEqual([9096, 9098]);
    expect(bootstrapPorts('[::1]:9092')).toEqual([9092]);
    expect(() => bootstrapPorts('b-1')).toThrow(/needs a port/);
    expect(() => bootstrapPorts(' , ')).toThrow(/empty/);
  });

  it('split an MSK cluster ARN into the parts topic and group ARNs are built from', () => {
    expect(parseMskClusterArn('arn:aws:kafka:eu-west-1:123456789012:cluster/orders/abc-1')).toEqual({
      prefix: 'arn:aws:kafka:eu-west-1:123456789012',
      name: 'orders',
      uuid: 'abc-1',
    });
  });
});

describe('worker properties of a deployed cluster', () => {
  const kafka = { bootstrapServers: 'b-1:9092', auth: { type: 'plaintext' } as const };

  it('prefix the internal topics with the group id', () => {
    expect(internalTopics('orders')).toEqual({
      config: 'orders-configs',
      offset: 'orders-offsets',
      status: 'orders-status',
    });
  });

  it('let extra properties rename the internal topics but not the deployment-owned keys', () => {
    const props = workerProperties({
      groupId: 'orders',
      kafka,
      rebalanceDelayMs: 0,
      extra: { 'config.storage.topic': 'connect-configs' },
    });
    expect(props['config.storage.topic']).toBe('connect-configs');
    expect(props['scheduled.rebalance.max.delay.ms']).toBe('0');
    expect(() =>
      workerProperties({
        groupId: 'orders',
        kafka,
        rebalanceDelayMs: 0,
        extra: { 'bootstrap.servers': 'x:1' },
      }),
    ).toThrow(/set by the deployment/);
  });

  it('refuse credentials as plain worker properties', () => {
    for (const key of [
      'sasl.jaas.config',
      'ssl.keystore.password',
      'value.converter.basic.auth.user.info',
      'producer.sasl.jaas.config',
    ]) {
      expect(
        () => workerProperties({ groupId: 'orders', kafka, rebalanceDelayMs: 0, extra: { [key]: 'x' } }),
        key,
      ).toThrow();
    }
  });

  it('survive the CONNECT_* round trip through the environment, underscores included', () => {
    const props = { 'bootstrap.servers': 'b:1', 'producer.client_dns_lookup': 'use_all_dns_ips' };
    expect(workerPropertiesFromEnv(workerEnvironment(props))).toEqual(props);
  });
});
