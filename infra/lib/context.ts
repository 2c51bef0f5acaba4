/**
 * Deployment parameters from CDK context (`cdk deploy -c groupId=orders -c bootstrapServers=…`, or the `context`
 * block of cdk.json). Values from the command line arrive as strings; cdk.json may hold numbers, booleans and
 * objects. Every parameter is checked here, so a typo fails the synth with a message instead of deploying.
 */
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { LogLevel } from '../../shared/logging/logger.ts';
import type { ExecutorArchitecture } from './constructs/executor-service.ts';
import type { KafkaAuthSpec, TributaryStackProps } from './tributary-stack.ts';
import { validateGroupId } from './worker-properties.ts';

export type ContextReader = (key: string) => unknown;

/** Apache's sample connect-distributed.properties value, used only when no bootstrapServers is given. */
export const DEFAULT_BOOTSTRAP_SERVERS = 'localhost:9092';

export interface StackParameters {
  readonly stackName: string;
  readonly props: TributaryStackProps;
  /** Parameters that were missing and fell back to a default that cannot work in AWS. */
  readonly warnings: readonly string[];
}

function text(read: ContextReader, key: string): string | undefined {
  const value = read(key);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`context ${key} must be a string, got ${JSON.stringify(value)}`);
}

function integer(read: ContextReader, key: string, min: number): number | undefined {
  const value = text(read, key);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) {
    throw new Error(`context ${key} must be a whole number >= ${min}, got "${value}"`);
  }
  return Number(value);
}

function bool(read: ContextReader, key: string): boolean | undefined {
  const value = text(read, key);
  if (value === undefined) return undefined;
  if (value !== 'true' && value !== 'false')
    throw new Error(`context ${key} must be true or false, got "${value}"`);
  return value === 'true';
}

function oneOf<T extends string>(read: ContextReader, key: string, allowed: readonly T[]): T | undefined {
  const value = text(read, key);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new Error(`context ${key} must be one of ${allowed.join(', ')}, got "${value}"`);
  }
  return value as T;
}

function stringMap(read: ContextReader, key: string): Record<string, string> | undefined {
  let value = read(key);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      throw new Error(`context ${key} must be a JSON object of strings, e.g. {"key.converter":"…"}`);
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`context ${key} must be a JSON object of strings`);
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string') throw new Error(`context ${key}: value of "${k}" must be a string`);
    out[k] = v;
  }
  return out;
}

const KAFKA_AUTH = ['plaintext', 'tls', 'scram-sha-512', 'scram-sha-256', 'sasl-plain', 'msk-iam'] as const;
const LOG_LEVELS: readonly LogLevel[] = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR'];

function kafkaAuth(read: ContextReader): KafkaAuthSpec {
  const type = oneOf(read, 'kafkaAuth', KAFKA_AUTH) ?? 'plaintext';
  switch (type) {
    case 'plaintext':
    case 'tls':
      return { type };
    case 'scram-sha-512':
    case 'scram-sha-256':
    case 'sasl-plain': {
      const secretArn = text(read, 'kafkaSecretArn');
      if (!secretArn)
        throw new Error(`context kafkaAuth=${type} needs kafkaSecretArn (a Secrets Manager secret ARN)`);
      const secretKmsKeyArn = text(read, 'kafkaSecretKmsKeyArn');
      return {
        type: 'sasl',
        mechanism:
          type === 'sasl-plain' ? 'PLAIN' : type === 'scram-sha-512' ? 'SCRAM-SHA-512' : 'SCRAM-SHA-256',
        secretArn,
        ...(secretKmsKeyArn ? { secretKmsKeyArn } : {}),
      };
    }
    case 'msk-iam': {
      const clusterArn = text(read, 'mskClusterArn');
      if (!clusterArn) throw new Error('context kafkaAuth=msk-iam needs mskClusterArn');
      return { type: 'msk-iam', clusterArn };
    }
    default:
      return type satisfies never;
  }
}

/** The stack's name for a group id: `Tributary-<group id>` with characters CloudFormation rejects replaced. */
export function defaultStackName(groupId: string): string {
  return `Tributary-${groupId.replace(/[^A-Za-z0-9-]/g, '-')}`;
}

export function stackParameters(
  read: ContextReader,
  env: Readonly<Record<string, string | undefined>>,
): StackParameters {
  const warnings: string[] = [];
  const groupId = validateGroupId(text(read, 'groupId') ?? 'connect-cluster');
  let bootstrapServers = text(read, 'bootstrapServers');
  if (!bootstrapServers) {
    bootstrapServers = DEFAULT_BOOTSTRAP_SERVERS;
    warnings.push(
      `bootstrapServers is not set: using ${DEFAULT_BOOTSTRAP_SERVERS}, which nothing in AWS can reach. ` +
        'Deploy with -c bootstrapServers=<host:port,…> (see docs/deploy.md).',
    );
  }
  const vpcId = text(read, 'vpcId');
  const jwtIssuer = text(read, 'jwtIssuer');
  const jwtAudience = text(read, 'jwtAudience');
  if ((jwtIssuer === undefined) !== (jwtAudience === undefined)) {
    throw new Error('context jwtIssuer and jwtAudience go together (JWT authorization needs both)');
  }
  const retentionDays = integer(read, 'logRetentionDays', 1);
  if (retentionDays !== undefined && !Object.values(RetentionDays).includes(retentionDays)) {
    throw new Error(
      `context logRetentionDays must be a CloudWatch Logs retention (1, 3, 5, 7, 14, 30, 60, 90, …)`,
    );
  }
  const optional = {
    kafkaSecurityGroupId: text(read, 'kafkaSecurityGroupId'),
    vpcId,
    natGateways: integer(read, 'natGateways', 1),
    executorCpu: integer(read, 'executorCpu', 256),
    executorMemoryMiB: integer(read, 'executorMemoryMiB', 512),
    executorArchitecture: oneOf<ExecutorArchitecture>(read, 'executorArchitecture', ['x86_64', 'arm64']),
    minExecutors: integer(read, 'minExecutors', 0),
    maxExecutors: integer(read, 'maxExecutors', 1),
    tasksPerExecutor: integer(read, 'tasksPerExecutor', 1),
    rebalanceDelayMs: integer(read, 'rebalanceDelayMs', 0),
    workerProperties: stringMap(read, 'workerProperties'),
    jwt:
      jwtIssuer && jwtAudience
        ? { issuer: jwtIssuer, audience: jwtAudience.split(',').map((a) => a.trim()) }
        : undefined,
    logRetention: retentionDays as RetentionDays | undefined,
    logLevel: oneOf(read, 'logLevel', LOG_LEVELS),
    alarmTopicArn: text(read, 'alarmTopicArn'),
    retainData: bool(read, 'retainData'),
    // Looking up an existing VPC needs the account and region the CLI resolved.
    env: vpcId ? { account: env.CDK_DEFAULT_ACCOUNT, region: env.CDK_DEFAULT_REGION } : undefined,
  };
  const props: TributaryStackProps = {
    groupId,
    bootstrapServers,
    kafkaAuth: kafkaAuth(read),
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
  };
  return { stackName: text(read, 'stackName') ?? defaultStackName(groupId), props, warnings };
}
