/**
 * One Tributary cluster: the REST API (API Gateway → Lambda), the scheduler (when its handler exists), the executors
 * (ECS Fargate), the state tables, alarms, and a VPC (new, or an existing one). Everything is named by CloudFormation
 * and the Kafka topics are prefixed with the group.id, so stacks for different group ids deploy side by side.
 */
import { CfnOutput, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import type { LogLevel } from '../../shared/logging/logger.ts';
import { ENV } from '../../shared/runtime/env.ts';
import { ClusterAlarms } from './constructs/alarms.ts';
import { ControlPlaneApi, type JwtAuthorization } from './constructs/control-plane-api.ts';
import { type ExecutorArchitecture, ExecutorService } from './constructs/executor-service.ts';
import { Scheduler } from './constructs/scheduler.ts';
import { StateTables } from './constructs/state-tables.ts';
import { DEPLOY_ENV } from './deploy-env.ts';
import {
  bootstrapPorts,
  grantKafkaToFunction,
  grantKafkaToTask,
  type KafkaAuth,
  parseMskClusterArn,
  type SaslMechanism,
} from './kafka.ts';
import { grantPutTributaryMetrics } from './metrics.ts';
import { validateGroupId, workerEnvironment, workerProperties } from './worker-properties.ts';

/** Kafka authentication as deployment parameters (ARNs as strings). */
export type KafkaAuthSpec =
  | { readonly type: 'plaintext' }
  | { readonly type: 'tls' }
  | {
      readonly type: 'sasl';
      readonly mechanism: SaslMechanism;
      /** Complete ARN of a secret holding {"username", "password"} (with the 6-character suffix). */
      readonly secretArn: string;
      /** The customer managed KMS key that encrypts the secret (MSK requires one for SCRAM secrets). */
      readonly secretKmsKeyArn?: string;
    }
  | { readonly type: 'msk-iam'; readonly clusterArn: string };

export interface TributaryStackProps extends StackProps {
  /** The Connect cluster's group.id; it also prefixes the internal topics (`<group.id>-configs`, …). */
  readonly groupId: string;
  /** `bootstrap.servers`: comma-separated host:port pairs. */
  readonly bootstrapServers: string;
  /** @default plaintext */
  readonly kafkaAuth?: KafkaAuthSpec;
  /** A security group of the Kafka brokers: the stack admits its functions and executors on the bootstrap ports. */
  readonly kafkaSecurityGroupId?: string;
  /** An existing VPC with private subnets that have egress (looked up at synth, needs account and region). */
  readonly vpcId?: string;
  /** NAT gateways of a new VPC. @default 1 */
  readonly natGateways?: number;
  /** Fargate CPU units per executor. @default 512 */
  readonly executorCpu?: number;
  /** @default 1024 */
  readonly executorMemoryMiB?: number;
  /** @default 'x86_64' */
  readonly executorArchitecture?: ExecutorArchitecture;
  /** @default 1 */
  readonly minExecutors?: number;
  /** @default 4 */
  readonly maxExecutors?: number;
  /** How many connector tasks the scheduler places on one executor before it adds another. @default 8 */
  readonly tasksPerExecutor?: number;
  /** `scheduled.rebalance.max.delay.ms`. @default 300000 (Apache's default) */
  readonly rebalanceDelayMs?: number;
  /** More worker properties (converters, replication factors, …); never credentials. */
  readonly workerProperties?: Readonly<Record<string, string>>;
  /** Authorize API callers with JWTs instead of IAM. */
  readonly jwt?: JwtAuthorization;
  /** @default logs.RetentionDays.ONE_MONTH */
  readonly logRetention?: logs.RetentionDays;
  /** TRIBUTARY_LOG_LEVEL of every process. @default 'INFO' */
  readonly logLevel?: LogLevel;
  /** An SNS topic for alarm notifications. */
  readonly alarmTopicArn?: string;
  /** Keep the DynamoDB tables when the stack is deleted. @default true */
  readonly retainData?: boolean;
  /**
   * The scheduler's handler module; no scheduler is deployed without one. bin/app.ts passes
   * control-plane/scheduler-lambda.ts once that file exists.
   */
  readonly schedulerEntry?: string;
}

export class TributaryStack extends Stack {
  readonly tables: StateTables;
  readonly executors: ExecutorService;
  readonly api: ControlPlaneApi;
  readonly scheduler: Scheduler | undefined;
  readonly alarms: ClusterAlarms;

  constructor(scope: Construct, id: string, props: TributaryStackProps) {
    super(scope, id, {
      description: `Tributary (Kafka Connect as a service), cluster ${props.groupId}`,
      ...props,
    });
    const groupId = validateGroupId(props.groupId);
    const minExecutors = props.minExecutors ?? 1;
    const maxExecutors = props.maxExecutors ?? 4;
    const tasksPerExecutor = props.tasksPerExecutor ?? 8;
    const rebalanceDelayMs = props.rebalanceDelayMs ?? 300_000;
    const logRetention = props.logRetention ?? logs.RetentionDays.ONE_MONTH;
    for (const [name, value, min] of [
      ['tasksPerExecutor', tasksPerExecutor, 1],
      ['rebalanceDelayMs', rebalanceDelayMs, 0],
    ] as const) {
      if (!Number.isInteger(value) || value < min)
        throw new Error(`${name} must be a whole number >= ${min}`);
    }

    const auth = this.kafkaAuth(props.kafkaAuth ?? { type: 'plaintext' });
    const kafka = { bootstrapServers: props.bootstrapServers, auth };
    const ports = bootstrapPorts(props.bootstrapServers);
    const workerEnv = workerEnvironment(
      workerProperties({ groupId, kafka, rebalanceDelayMs, extra: props.workerProperties ?? {} }),
    );
    const commonEnv = { ...workerEnv, [ENV.logLevel]: props.logLevel ?? 'INFO' };

    const vpc = this.vpc(props, logRetention);

    this.tables = new StateTables(this, 'State', {
      removalPolicy: props.retainData === false ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });
    const tableEnv = {
      [DEPLOY_ENV.leaseTable]: this.tables.leases.tableName,
      [DEPLOY_ENV.assignmentTable]: this.tables.assignments.tableName,
    };

    // Executors.
    this.executors = new ExecutorService(this, 'Executors', {
      vpc,
      clusterName: groupId,
      environment: { ...commonEnv, ...tableEnv },
      cpu: props.executorCpu ?? 512,
      memoryLimitMiB: props.executorMemoryMiB ?? 1024,
      architecture: props.executorArchitecture ?? 'x86_64',
      minExecutors,
      maxExecutors,
      logRetention,
    });
    const taskRole = this.executors.taskDefinition.taskRole;
    const executionRole = this.executors.taskDefinition.obtainExecutionRole();
    for (const [name, secret] of Object.entries(
      grantKafkaToTask(this.executors, auth, { taskRole, executionRole }),
    )) {
      this.executors.container.addSecret(name, secret);
    }
    this.tables.leases.grantReadWriteData(taskRole);
    this.tables.assignments.grantReadData(taskRole);

    // Scheduler (only when its handler exists).
    if (props.schedulerEntry !== undefined) {
      const scheduler = new Scheduler(this, 'Scheduler', {
        entry: props.schedulerEntry,
        vpc,
        clusterName: groupId,
        logRetention,
        environment: {
          ...commonEnv,
          ...tableEnv,
          [DEPLOY_ENV.ecsCluster]: this.executors.cluster.clusterName,
          [DEPLOY_ENV.ecsService]: this.executors.service.serviceName,
          [DEPLOY_ENV.minExecutors]: String(minExecutors),
          [DEPLOY_ENV.maxExecutors]: String(maxExecutors),
          [DEPLOY_ENV.tasksPerExecutor]: String(tasksPerExecutor),
          [ENV.publishMetrics]: 'true',
        },
      });
      const { role, function: fn } = scheduler.handler;
      for (const [name, value] of Object.entries(grantKafkaToFunction(scheduler.handler, auth, role))) {
        fn.addEnvironment(name, value);
      }
      // Leases: read, and written to mark executors draining before scale-in.
      this.tables.leases.grantReadWriteData(role);
      this.tables.assignments.grantReadWriteData(role);
      // The ECS executor fleet: reads and sets the service's desired count, lists the service's tasks and stops
      // drained executors' tasks.
      role.addToPrincipalPolicy(
        new iam.PolicyStatement({
          actions: ['ecs:DescribeServices', 'ecs:UpdateService'],
          resources: [this.executors.service.serviceArn],
        }),
      );
      const taskArns = Stack.of(this).formatArn({
        service: 'ecs',
        resource: 'task',
        resourceName: `${this.executors.cluster.clusterName}/*`,
      });
      const fleet = new iam.Policy(scheduler, 'EcsFleet', {
        statements: [
          new iam.PolicyStatement({
            actions: ['ecs:ListTasks'],
            resources: ['*'],
            conditions: { ArnEquals: { 'ecs:cluster': this.executors.cluster.clusterArn } },
          }),
          new iam.PolicyStatement({ actions: ['ecs:DescribeTasks', 'ecs:StopTask'], resources: [taskArns] }),
        ],
      });
      fleet.attachToRole(role);
      Validations.of(fleet).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'ecs:ListTasks names no resource; the statement is limited to the executors’ cluster by condition.',
      });
      Validations.of(fleet).acknowledge({
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ecs:<AWS::Region>:<AWS::AccountId>:task/<${Stack.of(this).getLogicalId(this.executors.cluster.node.defaultChild as ecs.CfnCluster)}>/*]`,
        reason:
          'Executor task ids are not known before ECS starts them; the pattern covers the executors’ cluster only.',
      });
      grantPutTributaryMetrics(scheduler.handler, role);
      this.scheduler = scheduler;
    }

    // REST API.
    this.api = new ControlPlaneApi(this, 'Api', {
      vpc,
      clusterName: groupId,
      logRetention,
      environment: { ...commonEnv, ...tableEnv },
      ...(props.jwt ? { jwt: props.jwt } : {}),
    });
    const apiFunction = this.api.handler;
    // The config write lock lives in the lease table (one item, conditional writes); restarts check for a
    // rebalance in progress and GET /metrics reports on it by reading both tables.
    this.tables.leases.grantReadWriteData(apiFunction.role);
    this.tables.assignments.grantReadData(apiFunction.role);
    for (const [name, value] of Object.entries(grantKafkaToFunction(apiFunction, auth, apiFunction.role))) {
      apiFunction.function.addEnvironment(name, value);
    }
    if (this.scheduler) {
      this.scheduler.grantInvoke(apiFunction.role);
      apiFunction.function.addEnvironment(
        DEPLOY_ENV.schedulerFunction,
        this.scheduler.handler.function.functionName,
      );
    }

    // Kafka brokers admit the functions and executors on the bootstrap ports.
    if (props.kafkaSecurityGroupId) {
      const brokers = ec2.SecurityGroup.fromSecurityGroupId(
        this,
        'KafkaSecurityGroup',
        props.kafkaSecurityGroupId,
        {
          mutable: true,
          allowAllOutbound: false,
        },
      );
      const clients = [
        this.executors.securityGroup,
        apiFunction.securityGroup,
        ...(this.scheduler ? [this.scheduler.handler.securityGroup] : []),
      ];
      for (const client of clients) {
        for (const port of ports) {
          brokers.connections.allowFrom(client, ec2.Port.tcp(port), `Tributary ${groupId} to Kafka`);
        }
      }
    }

    this.alarms = new ClusterAlarms(this, 'Alarms', {
      clusterName: groupId,
      executors: this.executors,
      apiFunction: apiFunction.function,
      ...(this.scheduler ? { schedulerFunction: this.scheduler.handler.function } : {}),
      ...(props.alarmTopicArn
        ? { topic: sns.Topic.fromTopicArn(this, 'AlarmTopic', props.alarmTopicArn) }
        : {}),
    });

    new CfnOutput(this, 'ConnectGroupId', { value: groupId, description: 'Kafka Connect group.id' });
    new CfnOutput(this, 'ApiUrl', { value: this.api.url, description: 'Kafka Connect REST API base URL' });
    new CfnOutput(this, 'ApiExecuteArn', {
      value: this.api.api.arnForExecuteApi(),
      description: 'Resource for execute-api:Invoke in the policies of IAM callers',
    });
    new CfnOutput(this, 'ExecutorCluster', { value: this.executors.cluster.clusterName });
    new CfnOutput(this, 'ExecutorService', { value: this.executors.service.serviceName });
    new CfnOutput(this, 'LeaseTable', { value: this.tables.leases.tableName });
    new CfnOutput(this, 'AssignmentTable', { value: this.tables.assignments.tableName });
    new CfnOutput(this, 'ExecutorSecurityGroup', { value: this.executors.securityGroup.securityGroupId });
    new CfnOutput(this, 'ApiSecurityGroup', { value: apiFunction.securityGroup.securityGroupId });
    if (this.scheduler) {
      new CfnOutput(this, 'SchedulerFunction', { value: this.scheduler.handler.function.functionName });
      new CfnOutput(this, 'SchedulerSecurityGroup', {
        value: this.scheduler.handler.securityGroup.securityGroupId,
      });
    }
  }

  private kafkaAuth(spec: KafkaAuthSpec): KafkaAuth {
    switch (spec.type) {
      case 'plaintext':
      case 'tls':
        return spec;
      case 'sasl': {
        if (
          !/^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:.+-[A-Za-z0-9]{6}$/.test(spec.secretArn)
        ) {
          throw new Error(
            `kafkaSecretArn "${spec.secretArn}" must be a secret's complete ARN (…:secret:<name>-<6 characters>), ` +
              'so the grants name exactly that secret',
          );
        }
        const secret = secretsmanager.Secret.fromSecretCompleteArn(this, 'KafkaSecret', spec.secretArn);
        return {
          type: 'sasl',
          mechanism: spec.mechanism,
          secret,
          ...(spec.secretKmsKeyArn ? { secretKeyArn: spec.secretKmsKeyArn } : {}),
        };
      }
      case 'msk-iam':
        parseMskClusterArn(spec.clusterArn);
        return spec;
      default:
        return spec satisfies never;
    }
  }

  private vpc(props: TributaryStackProps, logRetention: logs.RetentionDays): ec2.IVpc {
    if (props.vpcId) return ec2.Vpc.fromLookup(this, 'Vpc', { vpcId: props.vpcId });
    const natGateways = props.natGateways ?? 1;
    if (!Number.isInteger(natGateways) || natGateways < 1) {
      throw new Error(
        'natGateways must be at least 1: functions and executors reach Kafka and AWS APIs through NAT',
      );
    }
    const flowLogs = new logs.LogGroup(this, 'VpcFlowLogs', { retention: logRetention });
    return new ec2.Vpc(this, 'Vpc', {
      maxAzs: 2,
      natGateways,
      subnetConfiguration: [
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
        { name: 'private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 22 },
      ],
      gatewayEndpoints: { DynamoDb: { service: ec2.GatewayVpcEndpointAwsService.DYNAMODB } },
      // Rejected connections show security-group mistakes (e.g. Kafka not admitting the executors) cheaply.
      flowLogs: {
        Rejected: {
          destination: ec2.FlowLogDestination.toCloudWatchLogs(flowLogs),
          trafficType: ec2.FlowLogTrafficType.REJECT,
        },
      },
    });
  }
}
