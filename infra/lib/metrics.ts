/**
 * The custom CloudWatch metrics the alarms watch. Names follow Apache Kafka Connect's metric names where Connect
 * has one (`connector-failed-task-count`, connect-worker-metrics) and are Tributary's own otherwise. The scheduler
 * Lambda publishes them with PutMetricData in this namespace after each round (once a minute), dimension `Cluster` =
 * the cluster's group.id. Alarms treat missing data as "not breaching".
 */
import { Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { CLUSTER_DIMENSION, METRIC, METRICS_NAMESPACE } from '../../shared/runtime/cloud-metrics.ts';

// The names live with the runtime that publishes them (shared/runtime/cloud-metrics.ts), so they cannot drift.
export { CLUSTER_DIMENSION, METRIC, METRICS_NAMESPACE };

/**
 * Lets a role publish datapoints in the Tributary namespace only. PutMetricData has no resource-level permissions,
 * so the statement is scoped by the `cloudwatch:namespace` condition instead.
 */
export function grantPutTributaryMetrics(scope: Construct, role: iam.IRole): iam.Policy {
  const policy = new iam.Policy(scope, 'PutTributaryMetrics', {
    statements: [
      new iam.PolicyStatement({
        actions: ['cloudwatch:PutMetricData'],
        resources: ['*'],
        conditions: { StringEquals: { 'cloudwatch:namespace': METRICS_NAMESPACE } },
      }),
    ],
  });
  policy.attachToRole(role);
  Validations.of(policy).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: `cloudwatch:PutMetricData supports no resource-level permissions; the statement is limited to the ${METRICS_NAMESPACE} namespace by condition.`,
  });
  return policy;
}
