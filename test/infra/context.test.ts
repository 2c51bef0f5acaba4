import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOOTSTRAP_SERVERS, defaultStackName, stackParameters } from '../../infra/lib/context.ts';

function parse(context: Record<string, unknown>, env: Record<string, string> = {}) {
  return stackParameters((key) => context[key], env);
}

describe('stack parameters from CDK context', () => {
  it('falls back to defaults, warning that the default bootstrap servers cannot work in AWS', () => {
    const { stackName, props, warnings } = parse({});
    expect(stackName).toBe('Tributary-connect-cluster');
    expect(props).toEqual({
      groupId: 'connect-cluster',
      bootstrapServers: DEFAULT_BOOTSTRAP_SERVERS,
      kafkaAuth: { type: 'plaintext' },
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/bootstrapServers/);
  });

  it('reads command-line strings as numbers, booleans, lists and JSON objects', () => {
    const { props, warnings } = parse({
      groupId: 'orders',
      bootstrapServers: 'b-1:9092,b-2:9092',
      executorCpu: '1024',
      executorMemoryMiB: '2048',
      executorArchitecture: 'arm64',
      minExecutors: '0',
      maxExecutors: '3',
      tasksPerExecutor: '4',
      rebalanceDelayMs: '60000',
      natGateways: '2',
      logRetentionDays: '14',
      logLevel: 'DEBUG',
      retainData: 'false',
      jwtIssuer: 'https://issuer.example.com',
      jwtAudience: 'a, b',
      workerProperties: '{"key.converter":"org.apache.kafka.connect.storage.StringConverter"}',
    });
    expect(warnings).toEqual([]);
    expect(props).toMatchObject({
      executorCpu: 1024,
      executorMemoryMiB: 2048,
      executorArchitecture: 'arm64',
      minExecutors: 0,
      maxExecutors: 3,
      tasksPerExecutor: 4,
      rebalanceDelayMs: 60_000,
      natGateways: 2,
      logRetention: RetentionDays.TWO_WEEKS,
      logLevel: 'DEBUG',
      retainData: false,
      jwt: { issuer: 'https://issuer.example.com', audience: ['a', 'b'] },
      workerProperties: { 'key.converter': 'org.apache.kafka.connect.storage.StringConverter' },
    });
  });

  it('accepts typed values from cdk.json', () => {
    const { props } = parse({
      minExecutors: 2,
      retainData: true,
      workerProperties: { 'offset.storage.partitions': '5' },
    });
    expect(props).toMatchObject({
      minExecutors: 2,
      retainData: true,
      workerProperties: { 'offset.storage.partitions': '5' },
    });
  });

  it('builds SASL (SCRAM, PLAIN) and MSK IAM authentication from their ARNs', () => {
    const secretArn = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:AmazonMSK_x-AbCdEf';
    expect(parse({ kafkaAuth: 'scram-sha-256', kafkaSecretArn: secretArn }).props.kafkaAuth).toEqual({
      type: 'sasl',
      mechanism: 'SCRAM-SHA-256',
      secretArn,
    });
    expect(
      parse({ kafkaAuth: 'scram-sha-512', kafkaSecretArn: secretArn, kafkaSecretKmsKeyArn: 'arn:key' }).props
        .kafkaAuth,
    ).toMatchObject({ mechanism: 'SCRAM-SHA-512', secretKmsKeyArn: 'arn:key' });
    expect(parse({ kafkaAuth: 'sasl-plain', kafkaSecretArn: secretArn }).props.kafkaAuth).toMatchObject({
      type: 'sasl',
      mechanism: 'PLAIN',
    });
    expect(parse({ kafkaAuth: 'msk-iam', mskClusterArn: 'arn:cluster' }).props.kafkaAuth).toEqual({
      type: 'msk-iam',
      clusterArn: 'arn:cluster',
    });
  });

  it('resolves account and region only when an existing VPC must be looked up', () => {
    const env = { CDK_DEFAULT_ACCOUNT: '123456789012', CDK_DEFAULT_REGION: 'eu-west-1' };
    expect(parse({}, env).props.env).toBeUndefined();
    expect(parse({ vpcId: 'vpc-1' }, env).props).toMatchObject({
      vpcId: 'vpc-1',
      env: { account: '123456789012', region: 'eu-west-1' },
    });
  });

  it('rejects malformed parameters with a message naming them', () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ groupId: 'has space' }, /groupId/],
      [{ minExecutors: 'two' }, /minExecutors must be a whole number/],
      [{ executorCpu: '100' }, /executorCpu must be a whole number >= 256/],
      [{ kafkaAuth: 'kerberos' }, /kafkaAuth must be one of/],
      [{ kafkaAuth: 'scram-sha-512' }, /needs kafkaSecretArn/],
      [{ kafkaAuth: 'msk-iam' }, /needs mskClusterArn/],
      [{ jwtIssuer: 'https://issuer.example.com' }, /jwtIssuer and jwtAudience go together/],
      [{ logRetentionDays: '10' }, /logRetentionDays/],
      [{ retainData: 'yes' }, /retainData must be true or false/],
      [{ workerProperties: '{not json' }, /JSON object/],
      [{ workerProperties: { 'offset.storage.partitions': 5 } }, /must be a string/],
      [{ logLevel: 'VERBOSE' }, /logLevel/],
    ];
    for (const [context, message] of cases)
      expect(() => parse(context), JSON.stringify(context)).toThrow(message);
  });

  it('names stacks after the group id with characters CloudFormation accepts', () => {
    expect(defaultStackName('orders')).toBe('Tributary-orders');
    expect(defaultStackName('orders.v2_eu')).toBe('Tributary-orders-v2-eu');
    expect(parse({ groupId: 'orders', stackName: 'Custom' }).stackName).toBe('Custom');
  });
});
