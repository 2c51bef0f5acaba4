/**
 * The executors: an ECS cluster with one Fargate service whose tasks run executor/main.ts from the image built from
 * executor/Dockerfile. The image is built by `cdk deploy` (synth only stages the build context, no Docker needed).
 * The scheduler owns the service's desired count within [minExecutors, maxExecutors]; the template starts it at
 * minExecutors.
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Platform } from 'aws-cdk-lib/aws-ecr-assets';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { DEFAULT_SHUTDOWN_BUDGET_MS } from '../../../executor/config.ts';
import { ENV } from '../../../shared/runtime/env.ts';
import { EXECUTOR_DOCKERFILE, EXECUTOR_HEALTHCHECK_SCRIPT, REPO_ROOT } from '../paths.ts';

/** Extra time ECS waits after SIGTERM beyond the executor's own shutdown budget, before it sends SIGKILL. */
export const STOP_TIMEOUT_MARGIN_MS = 10_000;
/** Fargate's largest stopTimeout. */
const MAX_STOP_TIMEOUT_MS = 120_000;

export type ExecutorArchitecture = 'x86_64' | 'arm64';

/** Fargate's task sizes (Linux): memory range and step in MiB per CPU value. */
const FARGATE_MEMORY: Readonly<Record<number, readonly [number, number, number]>> = {
  256: [512, 2048, 512],
  512: [1024, 4096, 1024],
  1024: [2048, 8192, 1024],
  2048: [4096, 16384, 1024],
  4096: [8192, 30720, 1024],
  8192: [16384, 61440, 4096],
  16384: [32768, 122880, 8192],
};

/** Throws unless cpu/memory is a task size Fargate offers (CloudFormation would only reject it at deploy time). */
export function validateFargateSize(cpu: number, memoryMiB: number): void {
  const range = FARGATE_MEMORY[cpu];
  if (range === undefined) {
    throw new Error(`executorCpu must be one of ${Object.keys(FARGATE_MEMORY).join(', ')}, got ${cpu}`);
  }
  const [min, max, step] = range;
  if (memoryMiB < min || memoryMiB > max || (memoryMiB - min) % step !== 0) {
    throw new Error(
      `executorMemoryMiB ${memoryMiB} does not fit executorCpu ${cpu}: Fargate allows ${min}-${max} MiB in steps of ${step}`,
    );
  }
}

export interface ExecutorServiceProps {
  readonly vpc: ec2.IVpc;
  readonly clusterName: string;
  /** Plain (non-secret) environment: worker properties as CONNECT_* and Tributary settings. */
  readonly environment: Readonly<Record<string, string>>;
  /** Environment values ECS reads from Secrets Manager when a task starts. */
  readonly secrets?: Readonly<Record<string, ecs.Secret>>;
  /** Fargate vCPU units per executor (256 = 0.25 vCPU). */
  readonly cpu: number;
  readonly memoryLimitMiB: number;
  /** The scheduler keeps the executor count within these bounds; the service starts at `minExecutors`. */
  readonly minExecutors: number;
  readonly maxExecutors: number;
  readonly logRetention: logs.RetentionDays;
  /**
   * How long an executor's graceful shutdown may take (TRIBUTARY_SHUTDOWN_BUDGET_MS); ECS's stopTimeout is this plus
   * STOP_TIMEOUT_MARGIN_MS, so SIGKILL never cuts a drain short.
   * @default DEFAULT_SHUTDOWN_BUDGET_MS (25 s)
   */
  readonly shutdownBudgetMs?: number;
  /**
   * CPU architecture of the image and the tasks. `cdk deploy` builds the image for it (cross-building needs
   * Docker's emulation).
   * @default 'x86_64'
   */
  readonly architecture?: ExecutorArchitecture;
}

export class ExecutorService extends Construct {
  readonly cluster: ecs.Cluster;
  readonly service: ecs.FargateService;
  readonly taskDefinition: ecs.FargateTaskDefinition;
  readonly container: ecs.ContainerDefinition;
  readonly securityGroup: ec2.SecurityGroup;
  readonly logGroup: logs.LogGroup;
  readonly minExecutors: number;
  readonly maxExecutors: number;

  constructor(scope: Construct, id: string, props: ExecutorServiceProps) {
    super(scope, id);
    const { minExecutors, maxExecutors } = props;
    if (!Number.isInteger(minExecutors) || minExecutors < 0) {
      throw new Error(`minExecutors must be a whole number >= 0, got ${minExecutors}`);
    }
    if (!Number.isInteger(maxExecutors) || maxExecutors < Math.max(1, minExecutors)) {
      throw new Error(`maxExecutors must be a whole number >= max(1, minExecutors), got ${maxExecutors}`);
    }
    const shutdownBudgetMs = props.shutdownBudgetMs ?? DEFAULT_SHUTDOWN_BUDGET_MS;
    const stopTimeoutMs = shutdownBudgetMs + STOP_TIMEOUT_MARGIN_MS;
    if (!Number.isInteger(shutdownBudgetMs) || shutdownBudgetMs < 0 || stopTimeoutMs > MAX_STOP_TIMEOUT_MS) {
      throw new Error(
        `shutdownBudgetMs must be a whole number of milliseconds up to ${MAX_STOP_TIMEOUT_MS - STOP_TIMEOUT_MARGIN_MS} ` +
          `(Fargate stops a task at most ${MAX_STOP_TIMEOUT_MS / 1000} s after SIGTERM), got ${shutdownBudgetMs}`,
      );
    }
    validateFargateSize(props.cpu, props.memoryLimitMiB);
    this.minExecutors = minExecutors;
    this.maxExecutors = maxExecutors;
    const arm = props.architecture === 'arm64';

    this.cluster = new ecs.Cluster(this, 'Cluster', {
      vpc: props.vpc,
      containerInsightsV2: ecs.ContainerInsights.ENABLED,
    });

    this.taskDefinition = new ecs.FargateTaskDefinition(this, 'TaskDefinition', {
      cpu: props.cpu,
      memoryLimitMiB: props.memoryLimitMiB,
      runtimePlatform: {
        cpuArchitecture: arm ? ecs.CpuArchitecture.ARM64 : ecs.CpuArchitecture.X86_64,
        operatingSystemFamily: ecs.OperatingSystemFamily.LINUX,
      },
    });
    // The root filesystem is read-only; /tmp is the task's scratch space.
    this.taskDefinition.addVolume({ name: 'tmp' });

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.container = this.taskDefinition.addContainer('executor', {
      image: ecs.ContainerImage.fromAsset(REPO_ROOT, {
        file: EXECUTOR_DOCKERFILE,
        platform: arm ? Platform.LINUX_ARM64 : Platform.LINUX_AMD64,
      }),
      essential: true,
      readonlyRootFilesystem: true,
      environment: {
        ...props.environment,
        [ENV.shutdownBudgetMs]: String(shutdownBudgetMs),
      },
      secrets: { ...props.secrets },
      stopTimeout: Duration.millis(stopTimeoutMs),
      healthCheck: {
        command: ['CMD', 'node', EXECUTOR_HEALTHCHECK_SCRIPT],
        interval: Duration.seconds(30),
        timeout: Duration.seconds(5),
        retries: 3,
        startPeriod: Duration.seconds(60),
      },
      logging: ecs.LogDrivers.awsLogs({ streamPrefix: 'executor', logGroup: this.logGroup }),
    });
    this.container.addMountPoints({ containerPath: '/tmp', sourceVolume: 'tmp', readOnly: false });

    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: `Tributary ${props.clusterName} executors: outbound to Kafka and AWS APIs; no inbound`,
      allowAllOutbound: true,
    });

    this.service = new ecs.FargateService(this, 'Service', {
      cluster: this.cluster,
      taskDefinition: this.taskDefinition,
      desiredCount: minExecutors,
      // Replace executors stop-first: an executor drains (offsets committed, statuses written) before its
      // replacement starts, so no task runs on two executors during a deployment.
      minHealthyPercent: 0,
      maxHealthyPercent: 100,
      circuitBreaker: { rollback: true },
      assignPublicIp: false,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      securityGroups: [this.securityGroup],
    });

    Validations.of(this.taskDefinition).acknowledge({
      id: 'AwsSolutions-ECS2',
      reason:
        'The plain environment holds only non-secret settings (bootstrap servers, topic and table names, limits); ' +
        'credentials are ECS secrets read from Secrets Manager.',
    });
    Validations.of(this.taskDefinition.obtainExecutionRole()).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'ecr:GetAuthorizationToken, which ECS needs to pull the executor image, supports no resource-level ' +
        'permissions; every other statement of the execution role names its repository, log group or secret.',
    });
  }
}
