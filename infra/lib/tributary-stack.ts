/**
 * The Tributary stack. For now it only names the cluster; the API, scheduler, executors and tables are added by
 * the serverless-deployment work (issue 6).
 */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';

export interface TributaryStackProps extends StackProps {
  /** The Connect cluster's group.id; it also names the internal topics' consumers. */
  readonly groupId: string;
}

export class TributaryStack extends Stack {
  constructor(scope: Construct, id: string, props: TributaryStackProps) {
    super(scope, id, props);
    new CfnOutput(this, 'ConnectGroupId', { value: props.groupId, description: 'Kafka Connect group.id' });
  }
}
