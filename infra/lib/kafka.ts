/**
 * How the control plane and executors reach Kafka: bootstrap servers plus one of four authentication modes, each
 * expressed the way an Apache Connect worker is configured (`security.protocol`, `sasl.mechanism`, …), so the same
 * worker properties work with Apache Kafka Connect. Credentials never appear as plain values: SASL passwords come
 * from Secrets Manager, MSK IAM uses the task and function roles.
 */
import { Validations } from 'aws-cdk-lib';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { DEPLOY_ENV } from './deploy-env.ts';

/** SASL mechanisms with a username and password (Apache's `sasl.mechanism` values). */
export type SaslMechanism = 'SCRAM-SHA-512' | 'SCRAM-SHA-256' | 'PLAIN';

export type KafkaAuth =
  /** No TLS, no authentication (security.protocol=PLAINTEXT), e.g. MSK's port 9092. */
  | { readonly type: 'plaintext' }
  /** TLS without client authentication (security.protocol=SSL), e.g. MSK's port 9094. */
  | { readonly type: 'tls' }
  /**
   * SASL with a username and password over TLS (security.protocol=SASL_SSL): SCRAM (MSK's port 9096) or PLAIN
   * (e.g. Confluent Cloud API keys). The secret holds `{"username": "…", "password": "…"}` — the format MSK
   * requires for SCRAM secrets, so one secret serves both.
   */
  | {
      readonly type: 'sasl';
      readonly mechanism: SaslMechanism;
      readonly secret: secretsmanager.ISecret;
      /** The customer managed KMS key that encrypts the secret, if any (MSK requires one for SCRAM secrets). */
      readonly secretKeyArn?: string;
    }
  /** MSK IAM over TLS (security.protocol=SASL_SSL, sasl.mechanism=AWS_MSK_IAM), MSK's port 9098. */
  | { readonly type: 'msk-iam'; readonly clusterArn: string };

export interface KafkaConnection {
  /** `bootstrap.servers`: comma-separated host:port pairs. */
  readonly bootstrapServers: string;
  readonly auth: KafkaAuth;
}

/** Connection properties for the worker configuration (the non-secret part). */
export function kafkaClientProperties(auth: KafkaAuth): Record<string, string> {
  switch (auth.type) {
    case 'plaintext':
      return { 'security.protocol': 'PLAINTEXT' };
    case 'tls':
      return { 'security.protocol': 'SSL' };
    case 'sasl':
      // sasl.jaas.config carries the password: the runtime builds it from the injected credentials.
      return { 'security.protocol': 'SASL_SSL', 'sasl.mechanism': auth.mechanism };
    case 'msk-iam':
      // What Apache Connect workers set with the aws-msk-iam-auth library; none of it is secret.
      return {
        'security.protocol': 'SASL_SSL',
        'sasl.mechanism': 'AWS_MSK_IAM',
        'sasl.jaas.config': 'software.amazon.msk.auth.iam.IAMLoginModule required;',
        'sasl.client.callback.handler.class': 'software.amazon.msk.auth.iam.IAMClientCallbackHandler',
      };
    default:
      return auth satisfies never;
  }
}

/** The distinct ports of `bootstrap.servers` (what a Kafka security group must admit). */
export function bootstrapPorts(bootstrapServers: string): number[] {
  const ports = new Set<number>();
  for (const server of bootstrapServers.split(',')) {
    const entry = server.trim();
    if (entry === '') continue;
    const match = /:(\d+)$/.exec(entry);
    const port = match?.[1] === undefined ? Number.NaN : Number(match[1]);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new Error(`bootstrap server "${entry}" needs a port (host:port), as in bootstrap.servers`);
    }
    ports.add(port);
  }
  if (ports.size === 0) throw new Error('bootstrapServers is empty: give host:port[,host:port…]');
  return [...ports].sort((a, b) => a - b);
}

/**
 * Lets a Lambda function's role authenticate to Kafka; returns the environment the function needs for it. With SASL
 * the function gets the secret's ARN (Lambda has no secret injection) and reads it at cold start.
 */
export function grantKafkaToFunction(
  scope: Construct,
  auth: KafkaAuth,
  role: iam.Role,
): Record<string, string> {
  switch (auth.type) {
    case 'plaintext':
    case 'tls':
      return {};
    case 'sasl':
      grantSecretRead(auth, role);
      return { [DEPLOY_ENV.kafkaSaslSecretArn]: auth.secret.secretArn };
    case 'msk-iam':
      attachMskIamPolicy(scope, auth.clusterArn, role);
      return {};
    default:
      return auth satisfies never;
  }
}

/**
 * Lets an executor task authenticate to Kafka: SASL credentials as ECS secrets (read by the execution role when
 * a task starts; the task role gets nothing), or MSK IAM on the task role.
 */
export function grantKafkaToTask(
  scope: Construct,
  auth: KafkaAuth,
  roles: { readonly taskRole: iam.IRole; readonly executionRole: iam.IRole },
): Record<string, ecs.Secret> {
  switch (auth.type) {
    case 'plaintext':
    case 'tls':
      return {};
    case 'sasl':
      // ecs.Secret grants the execution role read access to the secret itself when the container uses it.
      grantSecretKey(auth, roles.executionRole);
      return {
        [DEPLOY_ENV.kafkaSaslUsername]: ecs.Secret.fromSecretsManager(auth.secret, 'username'),
        [DEPLOY_ENV.kafkaSaslPassword]: ecs.Secret.fromSecretsManager(auth.secret, 'password'),
      };
    case 'msk-iam':
      attachMskIamPolicy(scope, auth.clusterArn, roles.taskRole);
      return {};
    default:
      return auth satisfies never;
  }
}

type SaslAuth = Extract<KafkaAuth, { type: 'sasl' }>;

function grantSecretRead(auth: SaslAuth, grantee: iam.IGrantable): void {
  auth.secret.grantRead(grantee);
  grantSecretKey(auth, grantee);
}

/** kms:Decrypt on the secret's key, only through Secrets Manager in the key's region. */
function grantSecretKey(auth: SaslAuth, grantee: iam.IGrantable): void {
  if (auth.secretKeyArn === undefined) return;
  const region = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):\d{12}:key\/[A-Za-z0-9-]+$/.exec(auth.secretKeyArn)?.[1];
  if (region === undefined) {
    throw new Error(
      `kafkaSecretKmsKeyArn "${auth.secretKeyArn}" is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<id>)`,
    );
  }
  iam.Grant.addToPrincipal({
    grantee,
    actions: ['kms:Decrypt'],
    resourceArns: [auth.secretKeyArn],
    conditions: { StringEquals: { 'kms:ViaService': `secretsmanager.${region}.amazonaws.com` } },
  });
}

const MSK_CLUSTER_ARN = /^arn:(aws[a-z-]*):kafka:([a-z0-9-]+):(\d{12}):cluster\/([^/]+)\/([^/]+)$/;

/** Parses an MSK cluster ARN (arn:aws:kafka:<region>:<account>:cluster/<name>/<uuid>). */
export function parseMskClusterArn(clusterArn: string): { prefix: string; name: string; uuid: string } {
  const match = MSK_CLUSTER_ARN.exec(clusterArn);
  if (!match) {
    throw new Error(
      `mskClusterArn "${clusterArn}" is not an MSK cluster ARN (arn:aws:kafka:<region>:<account>:cluster/<name>/<uuid>)`,
    );
  }
  const [, partition, region, account, name, uuid] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return { prefix: `arn:${partition}:kafka:${region}:${account}`, name, uuid };
}

/**
 * The MSK IAM permissions of a Connect worker, limited to one cluster: connect and describe it, produce
 * idempotently, use any of its topics, consumer groups and transactional ids. Connectors read and write topics and
 * groups the deployment cannot know in advance (`connect-<connector>` groups, user topics), hence the per-cluster
 * wildcards.
 */
function attachMskIamPolicy(scope: Construct, clusterArn: string, role: iam.IRole): void {
  const { prefix, name, uuid } = parseMskClusterArn(clusterArn);
  const topics = `${prefix}:topic/${name}/${uuid}/*`;
  const groups = `${prefix}:group/${name}/${uuid}/*`;
  const transactionalIds = `${prefix}:transactional-id/${name}/${uuid}/*`;
  const policy = new iam.Policy(scope, 'KafkaClusterAccess', {
    statements: [
      new iam.PolicyStatement({
        actions: [
          'kafka-cluster:Connect',
          'kafka-cluster:DescribeCluster',
          'kafka-cluster:WriteDataIdempotently',
        ],
        resources: [clusterArn],
      }),
      new iam.PolicyStatement({
        actions: [
          'kafka-cluster:CreateTopic',
          'kafka-cluster:DescribeTopic',
          'kafka-cluster:DescribeTopicDynamicConfiguration',
          'kafka-cluster:ReadData',
          'kafka-cluster:WriteData',
        ],
        resources: [topics],
      }),
      new iam.PolicyStatement({
        actions: ['kafka-cluster:AlterGroup', 'kafka-cluster:DescribeGroup'],
        resources: [groups],
      }),
      new iam.PolicyStatement({
        actions: ['kafka-cluster:AlterTransactionalId', 'kafka-cluster:DescribeTransactionalId'],
        resources: [transactionalIds],
      }),
    ],
  });
  policy.attachToRole(role);
  for (const resource of [topics, groups, transactionalIds]) {
    Validations.of(policy).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${resource}]`,
      reason:
        'Connectors use topics, consumer groups and transactional ids chosen at run time by their configs; the ' +
        'wildcard stays inside the one MSK cluster this deployment uses.',
    });
  }
}
