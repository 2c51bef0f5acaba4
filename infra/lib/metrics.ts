/**
 * The custom CloudWatch metrics the alarms watch. Names follow Apache Kafka Connect's metric names where Connect
 * has one (`connector-failed-task-count`, connect-worker-metrics) and are Tributary's own otherwise. Nothing emits
 * them yet: the scheduler (or executors) will publish them with PutMetricData in this namespace, one datapoint per
 * minute, dimension `Cluster` = the cluster's group.id. Alarms treat missing data as "not breaching".
 */
import { Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
export const METRICS_NAMESPACE = 'Tributary';

/** The dimension that separates clusters deployed side by side; its value is the group.id. */
export const CLUSTER_DIMENSION = 'Cluster';

export const METRIC = {
  /** Gauge: connector tasks whose latest status is FAILED (Apache: connect-worker-metrics connector-failed-task-count). */
  failedTasks: 'connector-failed-task-count',
  /** Counter: executor leases that expired instead of being renewed or released (an executor died or stalled). */
  leaseExpirations: 'lease-expirations-total',
} as const;

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
