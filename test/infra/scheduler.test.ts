import { Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { describe, expect, it } from 'vitest';
import { Scheduler } from '../../infra/lib/constructs/scheduler.ts';
import { constructStack, FIXTURE_SCHEDULER_ENTRY, logicalId, statementsOfRole } from './support/synth.ts';

describe('Scheduler', () => {
  const { stack, vpc } = constructStack();
  const scheduler = new Scheduler(stack, 'Scheduler', {
    entry: FIXTURE_SCHEDULER_ENTRY,
    vpc,
    clusterName: 'orders',
    environment: { TRIBUTARY_LOG_LEVEL: 'INFO' },
    logRetention: RetentionDays.ONE_MONTH,
    interval: Duration.minutes(2),
  });
  const caller = new iam.Role(stack, 'Api', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  scheduler.grantInvoke(caller);
  const template = Template.fromStack(stack);
  const functionId = logicalId(stack, scheduler.handler.function);

  it('runs the given entry as a nodejs22.x function in the VPC', () => {
    template.resourceCountIs('AWS::Lambda::Function', 1);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Handler: 'index.handler',
      Timeout: 60,
      Environment: { Variables: { TRIBUTARY_LOG_LEVEL: 'INFO' } },
      VpcConfig: Match.anyValue(),
    });
  });

  it('is triggered by an EventBridge schedule, without retries of stale ticks', () => {
    template.resourceCountIs('AWS::Events::Rule', 1);
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(2 minutes)',
      State: 'ENABLED',
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [functionId, 'Arn'] },
          RetryPolicy: { MaximumRetryAttempts: 0 },
        }),
      ],
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'events.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [functionId, 'Arn'] },
    });
  });

  it('lets a granted principal invoke exactly this function (no version or alias wildcard)', () => {
    const statements = statementsOfRole(template, logicalId(stack, caller));
    expect(statements).toEqual([
      { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: { 'Fn::GetAtt': [functionId, 'Arn'] } },
    ]);
  });
});
