/**
 * The scheduler: a Lambda function that turns live membership (leases) and the config log into an assignment, and
 * sets the executors' desired count. It runs on an EventBridge schedule and on demand (the API function invokes it
 * after config writes); the design makes concurrent runs safe, so the two may overlap.
 */
import { Duration } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { VpcFunction } from './vpc-function.ts';

export interface SchedulerProps {
  /** The handler module (absolute path); it must export `handler`. */
  readonly entry: string;
  readonly vpc: ec2.IVpc;
  readonly environment: Readonly<Record<string, string>>;
  readonly logRetention: logs.RetentionDays;
  readonly clusterName: string;
  /**
   * How often the scheduler runs when nothing invokes it.
   * @default one minute
   */
  readonly interval?: Duration;
}

export class Scheduler extends Construct {
  readonly handler: VpcFunction;
  readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: SchedulerProps) {
    super(scope, id);
    this.handler = new VpcFunction(this, 'Handler', {
      entry: props.entry,
      description: `Tributary ${props.clusterName}: scheduler (assigns connectors and tasks to executors)`,
      vpc: props.vpc,
      environment: props.environment,
      logRetention: props.logRetention,
      timeout: Duration.minutes(1),
    });
    this.rule = new events.Rule(this, 'Schedule', {
      description: `Tributary ${props.clusterName}: run the scheduler periodically`,
      schedule: events.Schedule.rate(props.interval ?? Duration.minutes(1)),
      // A missed run is repeated by the next one; retrying an old tick only adds a late, redundant run.
      targets: [new targets.LambdaFunction(this.handler.function, { retryAttempts: 0 })],
    });
  }

  /**
   * Lets a principal run the scheduler on demand: lambda:InvokeFunction on the function's unqualified ARN only
   * (Function.grantInvoke would add every version and alias with `:*`).
   */
  grantInvoke(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipal({
      grantee,
      actions: ['lambda:InvokeFunction'],
      resourceArns: [this.handler.function.functionArn],
    });
  }
}
