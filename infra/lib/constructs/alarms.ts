/**
 * CloudWatch alarms of one cluster. Two watch Tributary's custom metrics (see ../metrics.ts; nothing publishes them
 * yet, and missing data counts as OK), the others watch metrics AWS publishes today: running executors (Container
 * Insights) and Lambda errors.
 */
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { CLUSTER_DIMENSION, METRIC, METRICS_NAMESPACE } from '../metrics.ts';
import type { ExecutorService } from './executor-service.ts';

export interface ClusterAlarmsProps {
  /** The group.id: the value of the metrics' `Cluster` dimension. */
  readonly clusterName: string;
  readonly executors: ExecutorService;
  readonly apiFunction: lambda.IFunction;
  readonly schedulerFunction?: lambda.IFunction;
  /**
   * Where alarm state changes are sent.
   * @default no actions (alarms show in the console only)
   */
  readonly topic?: sns.ITopic;
  /**
   * Lease expirations within 15 minutes that count as churn.
   * @default 3
   */
  readonly leaseChurnThreshold?: number;
}

export class ClusterAlarms extends Construct {
  readonly failedTasks: cloudwatch.Alarm;
  readonly leaseChurn: cloudwatch.Alarm;
  readonly executorsBelowMinimum: cloudwatch.Alarm | undefined;
  readonly apiErrors: cloudwatch.Alarm;
  readonly schedulerErrors: cloudwatch.Alarm | undefined;

  constructor(scope: Construct, id: string, props: ClusterAlarmsProps) {
    super(scope, id);
    const cluster = props.clusterName;
    const dimensionsMap = { [CLUSTER_DIMENSION]: cluster };

    this.failedTasks = new cloudwatch.Alarm(this, 'FailedTasks', {
      alarmDescription: `Tributary ${cluster}: at least one connector task is FAILED (GET /connectors/<name>/status shows the trace)`,
      metric: new cloudwatch.Metric({
        namespace: METRICS_NAMESPACE,
        metricName: METRIC.failedTasks,
        dimensionsMap,
        statistic: cloudwatch.Stats.MAXIMUM,
        period: Duration.minutes(1),
      }),
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      threshold: 1,
      evaluationPeriods: 5,
      datapointsToAlarm: 3,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    const churn = props.leaseChurnThreshold ?? 3;
    this.leaseChurn = new cloudwatch.Alarm(this, 'LeaseChurn', {
      alarmDescription: `Tributary ${cluster}: ${churn} or more executor leases expired within 15 minutes (executors dying or stalling)`,
      metric: new cloudwatch.Metric({
        namespace: METRICS_NAMESPACE,
        metricName: METRIC.leaseExpirations,
        dimensionsMap,
        statistic: cloudwatch.Stats.SUM,
        period: Duration.minutes(15),
      }),
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      threshold: churn,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    const { executors } = props;
    this.executorsBelowMinimum =
      executors.minExecutors > 0
        ? new cloudwatch.Alarm(this, 'ExecutorsBelowMinimum', {
            alarmDescription: `Tributary ${cluster}: fewer than ${executors.minExecutors} executors running for 5 minutes`,
            metric: new cloudwatch.Metric({
              namespace: 'ECS/ContainerInsights',
              metricName: 'RunningTaskCount',
              dimensionsMap: {
                ClusterName: executors.cluster.clusterName,
                ServiceName: executors.service.serviceName,
              },
              statistic: cloudwatch.Stats.MINIMUM,
              period: Duration.minutes(1),
            }),
            comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
            threshold: executors.minExecutors,
            evaluationPeriods: 5,
            // No data means Container Insights sees no running task either.
            treatMissingData: cloudwatch.TreatMissingData.BREACHING,
          })
        : undefined;

    this.apiErrors = new cloudwatch.Alarm(this, 'ApiErrors', {
      alarmDescription: `Tributary ${cluster}: the REST API function failed 5 or more invocations within 5 minutes`,
      metric: props.apiFunction.metricErrors({
        period: Duration.minutes(5),
        statistic: cloudwatch.Stats.SUM,
      }),
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      threshold: 5,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    this.schedulerErrors = props.schedulerFunction
      ? new cloudwatch.Alarm(this, 'SchedulerErrors', {
          alarmDescription: `Tributary ${cluster}: the scheduler failed in 3 of the last 5 minutes`,
          metric: props.schedulerFunction.metricErrors({
            period: Duration.minutes(1),
            statistic: cloudwatch.Stats.SUM,
          }),
          comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          threshold: 1,
          evaluationPeriods: 5,
          datapointsToAlarm: 3,
          treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        })
      : undefined;

    if (props.topic) {
      const action = new actions.SnsAction(props.topic);
      for (const alarm of this.all()) {
        alarm.addAlarmAction(action);
        alarm.addOkAction(action);
      }
    }
  }

  all(): cloudwatch.Alarm[] {
    return [
      this.failedTasks,
      this.leaseChurn,
      this.executorsBelowMinimum,
      this.apiErrors,
      this.schedulerErrors,
    ].filter((a): a is cloudwatch.Alarm => a !== undefined);
  }
}
