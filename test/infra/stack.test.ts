import { App } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { DEPLOY_ENV } from '../../infra/lib/deploy-env.ts';
import { METRIC, METRICS_NAMESPACE } from '../../infra/lib/metrics.ts';
import { TributaryStack } from '../../infra/lib/tributary-stack.ts';
import { ENV } from '../../shared/runtime/env.ts';
import { parseWorkerConfig, workerPropertiesFromEnv } from '../../shared/runtime/worker-config.ts';
import {
  actionsOf,
  BASE_PROPS,
  containerEnvironment,
  executorContainer,
  FIXTURE_SCHEDULER_ENTRY,
  lambdaEnvironment,
  logicalId,
  MSK_CLUSTER_ARN,
  propertiesOf,
  resourcesOf,
  resourcesOfStatement,
  SCRAM_KEY_ARN,
  SCRAM_SECRET_ARN,
  type Statement,
  statementsOfRole,
  synthStack,
} from './support/synth.ts';

const ALARM_TOPIC = 'arn:aws:sns:eu-west-1:123456789012:tributary-alarms';
const KAFKA_SG = 'sg-0123456789abcdef0';

const plain = synthStack();
const full = synthStack({
  schedulerEntry: FIXTURE_SCHEDULER_ENTRY,
  bootstrapServers:
    'b-1.orders.kafka.eu-west-1.amazonaws.com:9096,b-2.orders.kafka.eu-west-1.amazonaws.com:9096',
  kafkaAuth: {
    type: 'sasl',
    mechanism: 'SCRAM-SHA-512',
    secretArn: SCRAM_SECRET_ARN,
    secretKmsKeyArn: SCRAM_KEY_ARN,
  },
  kafkaSecurityGroupId: KAFKA_SG,
  alarmTopicArn: ALARM_TOPIC,
  minExecutors: 1,
  maxExecutors: 6,
  tasksPerExecutor: 5,
  rebalanceDelayMs: 60_000,
  workerProperties: { 'config.storage.replication.factor': '2', 'key.converter.schemas.enable': 'false' },
});
const msk = synthStack({
  schedulerEntry: FIXTURE_SCHEDULER_ENTRY,
  bootstrapServers: 'b-1.orders.kafka.eu-west-1.amazonaws.com:9098',
  kafkaAuth: { type: 'msk-iam', clusterArn: MSK_CLUSTER_ARN },
});

function roleIds(s: ReturnType<typeof synthStack>) {
  const { stack } = s;
  return {
    task: logicalId(stack, stack.executors.taskDefinition.taskRole),
    execution: logicalId(stack, stack.executors.taskDefinition.obtainExecutionRole()),
    api: logicalId(stack, stack.api.handler.role),
    scheduler: stack.scheduler ? logicalId(stack, stack.scheduler.handler.role) : undefined,
  };
}

function functionIds(s: ReturnType<typeof synthStack>) {
  const { stack } = s;
  return {
    api: logicalId(stack, stack.api.handler.function),
    scheduler: stack.scheduler ? logicalId(stack, stack.scheduler.handler.function) : undefined,
  };
}

/** CONNECT_* variables → worker properties, exactly as the executor and control plane read them. */
function workerConfigFrom(env: Record<string, unknown>) {
  const strings = Object.fromEntries(
    Object.entries(env).filter(
      (e): e is [string, string] => e[0].startsWith('CONNECT_') && typeof e[1] === 'string',
    ),
  );
  return parseWorkerConfig(workerPropertiesFromEnv(strings));
}

function connectVariables(env: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('CONNECT_')));
}

function tableRef(s: ReturnType<typeof synthStack>, which: 'leases' | 'assignments') {
  return { Ref: logicalId(s.stack, s.stack.tables[which]) };
}

function dynamoStatementsOn(statements: Statement[], table: { Ref: string }): string[] {
  const arn = JSON.stringify({ 'Fn::GetAtt': [table.Ref, 'Arn'] });
  return statements
    .filter((s) => resourcesOfStatement(s).some((r) => JSON.stringify(r) === arn))
    .flatMap(actionsOf)
    .filter((a) => a.startsWith('dynamodb:'));
}

const DYNAMO_WRITES = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
];

describe('TributaryStack resources', () => {
  it('deploys one API function, one ECS service, two tables and four alarms without a scheduler entry', () => {
    const t = plain.template;
    t.resourceCountIs('AWS::Lambda::Function', 1);
    t.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    t.resourceCountIs('AWS::ECS::Cluster', 1);
    t.resourceCountIs('AWS::ECS::Service', 1);
    t.resourceCountIs('AWS::DynamoDB::Table', 2);
    t.resourceCountIs('AWS::Events::Rule', 0);
    t.resourceCountIs('AWS::CloudWatch::Alarm', 4);
    t.resourceCountIs('AWS::EC2::VPC', 1);
    t.resourceCountIs('AWS::EC2::NatGateway', 1);
    t.resourceCountIs('AWS::EC2::FlowLog', 1);
    t.hasResourceProperties('AWS::EC2::VPCEndpoint', { VpcEndpointType: 'Gateway' });
    expect(plain.stack.scheduler).toBeUndefined();
  });

  it('adds the scheduler function, its schedule and its alarm when a scheduler entry is given', () => {
    const t = full.template;
    t.resourceCountIs('AWS::Lambda::Function', 2);
    t.resourceCountIs('AWS::Events::Rule', 1);
    t.resourceCountIs('AWS::CloudWatch::Alarm', 5);
  });

  it('runs every function on nodejs22.x', () => {
    for (const s of [plain, full, msk])
      s.template.allResourcesProperties('AWS::Lambda::Function', { Runtime: 'nodejs22.x' });
  });

  it('sets no physical names, so stacks for several group ids deploy side by side', () => {
    const app = new App();
    const stacks = ['orders', 'payments'].map(
      (groupId) => new TributaryStack(app, `Tributary-${groupId}`, { ...BASE_PROPS, groupId }),
    );
    const templates = stacks.map(
      (s) =>
        Template.fromStack(s).toJSON() as {
          Resources: Record<string, { Type: string; Properties?: object }>;
        },
    );
    const physicalName: Record<string, string> = {
      'AWS::DynamoDB::Table': 'TableName',
      'AWS::Lambda::Function': 'FunctionName',
      'AWS::ECS::Cluster': 'ClusterName',
      'AWS::ECS::Service': 'ServiceName',
      'AWS::Logs::LogGroup': 'LogGroupName',
      'AWS::IAM::Role': 'RoleName',
      'AWS::EC2::SecurityGroup': 'GroupName',
      'AWS::Events::Rule': 'Name',
      'AWS::CloudWatch::Alarm': 'AlarmName',
    };
    for (const template of templates) {
      for (const [id, resource] of Object.entries(template.Resources)) {
        const property = physicalName[resource.Type];
        if (property) expect(resource.Properties ?? {}, id).not.toHaveProperty(property);
      }
    }
    const topics = stacks.map((s) =>
      workerConfigFrom(containerEnvironment(executorContainer(Template.fromStack(s)))),
    );
    expect(topics.map((w) => [w.groupId, w.configTopic, w.offsetTopic, w.statusTopic])).toEqual([
      ['orders', 'orders-configs', 'orders-offsets', 'orders-status'],
      ['payments', 'payments-configs', 'payments-offsets', 'payments-status'],
    ]);
    expect(
      templates.map((t) => JSON.stringify(t)).map((j) => /"Name":"tributary-(\w+)"/.exec(j)?.[1]),
    ).toEqual(['orders', 'payments']);
  });

  it('outputs what callers and operators need', () => {
    const outputs = Object.keys(full.template.findOutputs('*'));
    for (const name of [
      'ApiUrl',
      'ApiExecuteArn',
      'ConnectGroupId',
      'ExecutorCluster',
      'ExecutorService',
      'LeaseTable',
      'AssignmentTable',
      'ExecutorSecurityGroup',
      'ApiSecurityGroup',
      'SchedulerFunction',
      'SchedulerSecurityGroup',
    ]) {
      expect(outputs).toContain(name);
    }
  });
});

describe('TributaryStack environment wiring', () => {
  it('gives the executors the worker configuration as CONNECT_* variables the runtime parses', () => {
    const worker = workerConfigFrom(containerEnvironment(executorContainer(plain.template)));
    expect(worker.bootstrapServers).toBe(BASE_PROPS.bootstrapServers);
    expect(worker.groupId).toBe('orders');
    expect([worker.configTopic, worker.offsetTopic, worker.statusTopic]).toEqual([
      'orders-configs',
      'orders-offsets',
      'orders-status',
    ]);
    expect(worker.props['security.protocol']).toBe('PLAINTEXT');
    expect(worker.props['scheduled.rebalance.max.delay.ms']).toBe('300000');
  });

  it('passes extra worker properties and the rebalance delay through to every process', () => {
    const worker = workerConfigFrom(containerEnvironment(executorContainer(full.template)));
    expect(worker.configReplicationFactor).toBe(2);
    expect(worker.props['key.converter.schemas.enable']).toBe('false');
    expect(worker.props['scheduled.rebalance.max.delay.ms']).toBe('60000');
  });

  it('gives the API, the scheduler and the executors the same worker configuration', () => {
    const ids = functionIds(full);
    const executor = connectVariables(containerEnvironment(executorContainer(full.template)));
    expect(connectVariables(lambdaEnvironment(full.template, ids.api))).toEqual(executor);
    expect(connectVariables(lambdaEnvironment(full.template, ids.scheduler as string))).toEqual(executor);
  });

  it('names the tables, log level and shutdown budget for the executors with the shared variable names', () => {
    const env = containerEnvironment(executorContainer(plain.template));
    expect(env[ENV.logLevel]).toBe('INFO');
    expect(env[ENV.shutdownBudgetMs]).toBe('25000');
    expect(env[DEPLOY_ENV.leaseTable]).toEqual(tableRef(plain, 'leases'));
    expect(env[DEPLOY_ENV.assignmentTable]).toEqual(tableRef(plain, 'assignments'));
    // Static assignment settings are left to their defaults: an ECS service cannot number its tasks.
    expect(env[ENV.executorIndex]).toBeUndefined();
    expect(env[ENV.executorCount]).toBeUndefined();
  });

  it('tells the scheduler the tables, the ECS service it scales and the executor bounds', () => {
    const env = lambdaEnvironment(full.template, functionIds(full).scheduler as string);
    expect(env[DEPLOY_ENV.leaseTable]).toEqual(tableRef(full, 'leases'));
    expect(env[DEPLOY_ENV.assignmentTable]).toEqual(tableRef(full, 'assignments'));
    expect(env[DEPLOY_ENV.ecsCluster]).toEqual({ Ref: logicalId(full.stack, full.stack.executors.cluster) });
    expect(env[DEPLOY_ENV.ecsService]).toEqual({
      'Fn::GetAtt': [logicalId(full.stack, full.stack.executors.service), 'Name'],
    });
    expect([
      env[DEPLOY_ENV.minExecutors],
      env[DEPLOY_ENV.maxExecutors],
      env[DEPLOY_ENV.tasksPerExecutor],
    ]).toEqual(['1', '6', '5']);
  });

  it('tells the API function which scheduler to nudge and where the lease and assignment tables are', () => {
    const env = lambdaEnvironment(full.template, functionIds(full).api);
    expect(env[DEPLOY_ENV.schedulerFunction]).toEqual({ Ref: functionIds(full).scheduler });
    expect(env[DEPLOY_ENV.leaseTable]).toEqual({ Ref: expect.stringMatching(/^StateLeases/) });
    expect(env[DEPLOY_ENV.assignmentTable]).toEqual({ Ref: expect.stringMatching(/^StateAssignments/) });
    expect(
      lambdaEnvironment(plain.template, functionIds(plain).api)[DEPLOY_ENV.schedulerFunction],
    ).toBeUndefined();
  });
});

describe('TributaryStack Kafka credentials', () => {
  it('injects SCRAM credentials into executors as ECS secrets, never as plain values', () => {
    const container = executorContainer(full.template);
    expect(container.Secrets).toEqual([
      { Name: DEPLOY_ENV.kafkaSaslUsername, ValueFrom: `${SCRAM_SECRET_ARN}:username::` },
      { Name: DEPLOY_ENV.kafkaSaslPassword, ValueFrom: `${SCRAM_SECRET_ARN}:password::` },
    ]);
    const env = containerEnvironment(container);
    expect(env[DEPLOY_ENV.kafkaSaslPassword]).toBeUndefined();
    expect(env.CONNECT_SASL_JAAS_CONFIG).toBeUndefined();
    expect(env.CONNECT_SASL_MECHANISM).toBe('SCRAM-SHA-512');
    expect(env.CONNECT_SECURITY_PROTOCOL).toBe('SASL_SSL');
  });

  it('lets only the execution role read the secret for the executors, with the key that encrypts it', () => {
    const roles = roleIds(full);
    const execution = statementsOfRole(full.template, roles.execution);
    const read = execution.find((s) => actionsOf(s).includes('secretsmanager:GetSecretValue'));
    expect(read?.Resource).toBe(SCRAM_SECRET_ARN);
    const decrypt = execution.find((s) => actionsOf(s).includes('kms:Decrypt'));
    expect(decrypt?.Resource).toBe(SCRAM_KEY_ARN);
    expect(decrypt?.Condition).toEqual({
      StringEquals: { 'kms:ViaService': 'secretsmanager.eu-west-1.amazonaws.com' },
    });
    const task = statementsOfRole(full.template, roles.task);
    expect(task.flatMap(actionsOf).filter((a) => a.startsWith('secretsmanager:'))).toEqual([]);
  });

  it('gives the Lambda functions the secret ARN and read access to that secret only', () => {
    const roles = roleIds(full);
    const ids = functionIds(full);
    for (const [role, fn] of [
      [roles.api, ids.api],
      [roles.scheduler as string, ids.scheduler as string],
    ] as const) {
      expect(lambdaEnvironment(full.template, fn)[DEPLOY_ENV.kafkaSaslSecretArn]).toBe(SCRAM_SECRET_ARN);
      const read = statementsOfRole(full.template, role).filter((s) =>
        actionsOf(s).some((a) => a.startsWith('secretsmanager:')),
      );
      expect(read.flatMap(resourcesOfStatement)).toEqual([SCRAM_SECRET_ARN]);
      const decrypt = statementsOfRole(full.template, role).filter((s) =>
        actionsOf(s).includes('kms:Decrypt'),
      );
      expect(decrypt.map((s) => s.Resource)).toEqual([SCRAM_KEY_ARN]);
    }
  });

  it('configures MSK IAM like an Apache worker and grants kafka-cluster actions on that cluster only', () => {
    const env = containerEnvironment(executorContainer(msk.template));
    expect(env).toMatchObject({
      CONNECT_SECURITY_PROTOCOL: 'SASL_SSL',
      CONNECT_SASL_MECHANISM: 'AWS_MSK_IAM',
      CONNECT_SASL_JAAS_CONFIG: 'software.amazon.msk.auth.iam.IAMLoginModule required;',
      CONNECT_SASL_CLIENT_CALLBACK_HANDLER_CLASS: 'software.amazon.msk.auth.iam.IAMClientCallbackHandler',
    });
    const topics =
      'arn:aws:kafka:eu-west-1:123456789012:topic/orders/0a1b2c3d-4e5f-6789-abcd-ef0123456789-2/*';
    const roles = roleIds(msk);
    for (const role of [roles.task, roles.api, roles.scheduler as string]) {
      const statements = statementsOfRole(msk.template, role).filter((s) =>
        actionsOf(s).some((a) => a.startsWith('kafka-cluster:')),
      );
      expect(statements.find((s) => actionsOf(s).includes('kafka-cluster:Connect'))?.Resource).toBe(
        MSK_CLUSTER_ARN,
      );
      expect(statements.find((s) => actionsOf(s).includes('kafka-cluster:WriteData'))?.Resource).toBe(topics);
      for (const s of statements) expect(JSON.stringify(s.Resource)).toContain('/orders/0a1b2c3d');
    }
    expect(
      containerEnvironment(executorContainer(msk.template))[DEPLOY_ENV.kafkaSaslPassword],
    ).toBeUndefined();
  });

  it('admits the functions and executors to the Kafka security group on the bootstrap ports', () => {
    const ingress = Object.values(resourcesOf(full.template, 'AWS::EC2::SecurityGroupIngress')).map(
      propertiesOf,
    );
    const toKafka = ingress.filter((p) => p.GroupId === KAFKA_SG);
    expect(toKafka).toHaveLength(3);
    for (const rule of toKafka)
      expect([rule.FromPort, rule.ToPort, rule.IpProtocol]).toEqual([9096, 9096, 'tcp']);
  });
});

describe('TributaryStack permissions', () => {
  it('lets executors write leases and only read assignments', () => {
    const statements = statementsOfRole(plain.template, roleIds(plain).task);
    const leases = dynamoStatementsOn(statements, tableRef(plain, 'leases'));
    const assignments = dynamoStatementsOn(statements, tableRef(plain, 'assignments'));
    expect(leases).toEqual(
      expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']),
    );
    expect(assignments).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query']));
    for (const write of DYNAMO_WRITES) expect(assignments).not.toContain(write);
  });

  it('lets the scheduler write assignments and leases (draining marks) and scale only its own ECS service', () => {
    const statements = statementsOfRole(full.template, roleIds(full).scheduler as string);
    const assignments = dynamoStatementsOn(statements, tableRef(full, 'assignments'));
    const leases = dynamoStatementsOn(statements, tableRef(full, 'leases'));
    expect(assignments).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:GetItem']));
    expect(leases).toEqual(expect.arrayContaining(['dynamodb:UpdateItem', 'dynamodb:Scan']));
    const ecs = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('ecs:')));
    const cluster = logicalId(full.stack, full.stack.executors.cluster);
    expect(ecs).toEqual([
      {
        Effect: 'Allow',
        Action: ['ecs:DescribeServices', 'ecs:UpdateService'],
        Resource: { Ref: logicalId(full.stack, full.stack.executors.service) },
      },
      {
        Effect: 'Allow',
        Action: 'ecs:ListTasks',
        Resource: '*',
        Condition: { ArnEquals: { 'ecs:cluster': { 'Fn::GetAtt': [cluster, 'Arn'] } } },
      },
      expect.objectContaining({ Action: ['ecs:DescribeTasks', 'ecs:StopTask'] }),
    ]);
    expect(JSON.stringify(ecs[2]?.Resource)).toContain(`:task/`);
    expect(JSON.stringify(ecs[2]?.Resource)).toContain(cluster);
    const metrics = statements.find((s) => actionsOf(s).includes('cloudwatch:PutMetricData'));
    expect(metrics?.Condition).toEqual({ StringEquals: { 'cloudwatch:namespace': METRICS_NAMESPACE } });
  });

  it('lets the API function write only the lease table (the config write lock), read the assignments, and invoke the scheduler', () => {
    const statements = statementsOfRole(full.template, roleIds(full).api);
    const dynamo = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('dynamodb:')));
    const writers = dynamo.filter((s) => actionsOf(s).includes('dynamodb:PutItem'));
    expect(JSON.stringify(writers.map((s) => s.Resource))).toMatch(/StateLeases/);
    expect(JSON.stringify(writers.map((s) => s.Resource))).not.toMatch(/StateAssignments/);
    expect(JSON.stringify(dynamo.map((s) => s.Resource))).toMatch(/StateAssignments/);
    const invoke = statements.filter((s) => actionsOf(s).includes('lambda:InvokeFunction'));
    expect(invoke.map((s) => s.Resource)).toEqual([{ 'Fn::GetAtt': [functionIds(full).scheduler, 'Arn'] }]);
  });

  it('uses "*" resources only for actions that cannot name a resource', () => {
    const unscopable = new Set([
      'ec2:CreateNetworkInterface',
      'ec2:DescribeNetworkInterfaces',
      'ec2:DescribeSubnets',
      'ec2:DeleteNetworkInterface',
      'ec2:AssignPrivateIpAddresses',
      'ec2:UnassignPrivateIpAddresses',
      'ecr:GetAuthorizationToken',
      'cloudwatch:PutMetricData',
      'ecs:ListTasks',
    ]);
    for (const s of [plain, full, msk]) {
      for (const policy of Object.values(resourcesOf(s.template, 'AWS::IAM::Policy'))) {
        const document = propertiesOf(policy).PolicyDocument as { Statement: Statement[] };
        for (const statement of document.Statement) {
          if (!resourcesOfStatement(statement).includes('*')) continue;
          for (const action of actionsOf(statement)) expect(unscopable, action).toContain(action);
        }
      }
    }
  });

  it('attaches no AWS managed policies to any role', () => {
    for (const s of [plain, full, msk]) {
      s.template.allResourcesProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
    }
  });
});

describe('TributaryStack alarms', () => {
  it('alarms on the failed-task and lease-churn metrics of this cluster', () => {
    plain.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: METRICS_NAMESPACE,
      MetricName: METRIC.failedTasks,
      Dimensions: [{ Name: 'Cluster', Value: 'orders' }],
      Threshold: 1,
      TreatMissingData: 'notBreaching',
    });
    plain.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: METRICS_NAMESPACE,
      MetricName: METRIC.leaseExpirations,
      Dimensions: [{ Name: 'Cluster', Value: 'orders' }],
      Statistic: 'Sum',
      Period: 900,
    });
  });

  it('alarms when fewer executors run than the minimum', () => {
    plain.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'ECS/ContainerInsights',
      MetricName: 'RunningTaskCount',
      ComparisonOperator: 'LessThanThreshold',
      Threshold: 1,
    });
  });

  it('notifies the alarm topic of every alarm when one is given', () => {
    full.template.allResourcesProperties('AWS::CloudWatch::Alarm', {
      AlarmActions: [ALARM_TOPIC],
      OKActions: [ALARM_TOPIC],
    });
  });
});

describe('TributaryStack parameters', () => {
  it('synthesizes several executors without warnings (executors share work through leases)', () => {
    const { stack } = synthStack({ minExecutors: 2 });
    expect(Annotations.fromStack(stack).findWarning('*', Match.anyValue())).toEqual([]);
  });

  it('rejects parameters that cannot work, with a message saying why', () => {
    const cases: [Partial<typeof BASE_PROPS & Record<string, unknown>>, RegExp][] = [
      [{ groupId: 'orders cluster' }, /groupId/],
      [{ bootstrapServers: 'kafka.internal' }, /needs a port/],
      [{ natGateways: 0 }, /natGateways/],
      [{ tasksPerExecutor: 0 }, /tasksPerExecutor/],
      [{ workerProperties: { 'ssl.truststore.password': 'x' } }, /credential/],
      [{ workerProperties: { 'group.id': 'other' } }, /set by the deployment/],
      [
        { kafkaAuth: { type: 'sasl', mechanism: 'SCRAM-SHA-256', secretArn: 'AmazonMSK_tributary' } },
        /complete ARN/,
      ],
      [
        { kafkaAuth: { type: 'msk-iam', clusterArn: 'arn:aws:kafka:eu-west-1:123456789012:topic/x' } },
        /MSK cluster ARN/,
      ],
      [
        {
          kafkaAuth: {
            type: 'sasl',
            mechanism: 'PLAIN',
            secretArn: SCRAM_SECRET_ARN,
            secretKmsKeyArn: 'alias/tributary',
          },
        },
        /KMS key ARN/,
      ],
    ];
    for (const [props, message] of cases)
      expect(() => synthStack(props as never), JSON.stringify(props)).toThrow(message);
  });
});
