import { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SHUTDOWN_BUDGET_MS } from '../../executor/config.ts';
import {
  ExecutorService,
  type ExecutorServiceProps,
  STOP_TIMEOUT_MARGIN_MS,
  validateFargateSize,
} from '../../infra/lib/constructs/executor-service.ts';
import { EXECUTOR_HEALTHCHECK_SCRIPT } from '../../infra/lib/paths.ts';
import { ENV } from '../../shared/runtime/env.ts';
import { containerEnvironment, executorContainer } from './support/synth.ts';

function synth(overrides: Partial<ExecutorServiceProps> = {}) {
  const stack = new Stack();
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const executors = new ExecutorService(stack, 'Executors', {
    vpc,
    clusterName: 'orders',
    environment: { CONNECT_GROUP_ID: 'orders' },
    cpu: 512,
    memoryLimitMiB: 1024,
    minExecutors: 1,
    maxExecutors: 4,
    logRetention: RetentionDays.ONE_MONTH,
    ...overrides,
  });
  return { stack, executors, template: Template.fromStack(stack) };
}

describe('ExecutorService', () => {
  const { template } = synth();
  const container = executorContainer(template);

  it('runs one Fargate service in its own cluster with Container Insights', () => {
    template.resourceCountIs('AWS::ECS::Cluster', 1);
    template.hasResourceProperties('AWS::ECS::Cluster', {
      ClusterSettings: [{ Name: 'containerInsights', Value: 'enabled' }],
      ClusterName: Match.absent(),
    });
    template.resourceCountIs('AWS::ECS::Service', 1);
    template.hasResourceProperties('AWS::ECS::Service', {
      LaunchType: 'FARGATE',
      DesiredCount: 1,
      ServiceName: Match.absent(),
      NetworkConfiguration: { AwsvpcConfiguration: { AssignPublicIp: 'DISABLED' } },
    });
  });

  it('replaces executors stop-first, so no task runs on two executors during a deployment', () => {
    template.hasResourceProperties('AWS::ECS::Service', {
      DeploymentConfiguration: {
        MinimumHealthyPercent: 0,
        MaximumPercent: 100,
        DeploymentCircuitBreaker: { Enable: true, Rollback: true },
      },
    });
  });

  it('sizes the task from cpu and memory, on x86_64 Linux by default', () => {
    template.hasResourceProperties('AWS::ECS::TaskDefinition', {
      Cpu: '512',
      Memory: '1024',
      RequiresCompatibilities: ['FARGATE'],
      RuntimePlatform: { CpuArchitecture: 'X86_64', OperatingSystemFamily: 'LINUX' },
    });
    synth({ architecture: 'arm64' }).template.hasResourceProperties('AWS::ECS::TaskDefinition', {
      RuntimePlatform: { CpuArchitecture: 'ARM64' },
    });
  });

  it('gives the executor longer than its shutdown budget before SIGKILL', () => {
    expect(DEFAULT_SHUTDOWN_BUDGET_MS).toBe(25_000);
    expect(container.StopTimeout).toBe((DEFAULT_SHUTDOWN_BUDGET_MS + STOP_TIMEOUT_MARGIN_MS) / 1000);
    expect(container.StopTimeout as number).toBeGreaterThan(DEFAULT_SHUTDOWN_BUDGET_MS / 1000);
    expect(containerEnvironment(container)[ENV.shutdownBudgetMs]).toBe(String(DEFAULT_SHUTDOWN_BUDGET_MS));
  });

  it('derives stopTimeout from a custom budget and rejects budgets Fargate cannot honour', () => {
    const custom = executorContainer(synth({ shutdownBudgetMs: 60_000 }).template);
    expect(custom.StopTimeout).toBe(70);
    expect(containerEnvironment(custom)[ENV.shutdownBudgetMs]).toBe('60000');
    expect(() => synth({ shutdownBudgetMs: 115_000 })).toThrow(/shutdownBudgetMs/);
  });

  it('checks container health with the script baked into the image', () => {
    expect(container.HealthCheck).toEqual({
      Command: ['CMD', 'node', EXECUTOR_HEALTHCHECK_SCRIPT],
      Interval: 30,
      Timeout: 5,
      Retries: 3,
      StartPeriod: 60,
    });
  });

  it('builds the image from executor/Dockerfile as a deploy-time asset', () => {
    expect(JSON.stringify(container.Image)).toContain('container-assets');
  });

  it('runs on a read-only root filesystem with a writable /tmp volume', () => {
    expect(container.ReadonlyRootFilesystem).toBe(true);
    expect(container.MountPoints).toEqual([{ ContainerPath: '/tmp', ReadOnly: false, SourceVolume: 'tmp' }]);
    template.hasResourceProperties('AWS::ECS::TaskDefinition', { Volumes: [{ Name: 'tmp' }] });
  });

  it('ships logs to its own log group with retention', () => {
    expect(container.LogConfiguration).toMatchObject({
      LogDriver: 'awslogs',
      Options: { 'awslogs-stream-prefix': 'executor' },
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', {
      RetentionInDays: 30,
      LogGroupName: Match.absent(),
    });
  });

  it('admits no inbound traffic', () => {
    template.hasResourceProperties('AWS::EC2::SecurityGroup', {
      GroupDescription: Match.stringLikeRegexp('executors'),
      SecurityGroupIngress: Match.absent(),
    });
  });

  it('accepts only task sizes Fargate offers', () => {
    expect(() => validateFargateSize(256, 512)).not.toThrow();
    expect(() => validateFargateSize(8192, 20480)).not.toThrow();
    expect(() => validateFargateSize(256, 4096)).toThrow(/does not fit executorCpu 256/);
    expect(() => validateFargateSize(8192, 18432)).toThrow(/steps of 4096/);
    expect(() => validateFargateSize(384, 1024)).toThrow(/executorCpu must be one of/);
    expect(() => synth({ cpu: 1024, memoryLimitMiB: 1024 })).toThrow(/executorMemoryMiB/);
  });

  it('starts at minExecutors and rejects inconsistent bounds', () => {
    synth({ minExecutors: 0, maxExecutors: 2 }).template.hasResourceProperties('AWS::ECS::Service', {
      DesiredCount: 0,
    });
    expect(() => synth({ minExecutors: 3, maxExecutors: 2 })).toThrow(/maxExecutors/);
    expect(() => synth({ minExecutors: -1 })).toThrow(/minExecutors/);
  });
});
