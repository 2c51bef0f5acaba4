/**
 * The scheduler's CloudWatch datapoints against moto's CloudWatch: published in the Tributary namespace with the
 * cluster's dimension, where the alarms (infra/lib/constructs/alarms.ts) look for them.
 */
import { GetMetricStatisticsCommand, ListMetricsCommand } from '@aws-sdk/client-cloudwatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Moto, startMoto } from '../../infra/local/moto.ts';
import { createCloudWatchClient, publishClusterMetrics } from '../../shared/adapters/aws/cloudwatch.ts';
import { CLUSTER_DIMENSION, METRIC, METRICS_NAMESPACE } from '../../shared/runtime/cloud-metrics.ts';
import { uniqueName } from '../support/cluster.ts';

describe('cluster metrics in CloudWatch', () => {
  let moto: Moto;

  beforeAll(async () => {
    moto = await startMoto();
  });

  afterAll(async () => {
    await moto?.stop();
  });

  it('publishes the failed-task gauge and lease churn for one cluster', async () => {
    const client = createCloudWatchClient({ endpoint: moto.endpoint });
    const cluster = uniqueName('cw');
    try {
      const now = new Date();
      await publishClusterMetrics(
        client,
        cluster,
        { [METRIC.failedTasks]: 2, [METRIC.leaseExpirations]: 1 },
        now,
      );
      const listed = await client.send(
        new ListMetricsCommand({
          Namespace: METRICS_NAMESPACE,
          Dimensions: [{ Name: CLUSTER_DIMENSION, Value: cluster }],
        }),
      );
      expect((listed.Metrics ?? []).map((m) => m.MetricName).sort()).toEqual(
        [METRIC.failedTasks, METRIC.leaseExpirations].sort(),
      );
      const stats = await client.send(
        new GetMetricStatisticsCommand({
          Namespace: METRICS_NAMESPACE,
          MetricName: METRIC.failedTasks,
          Dimensions: [{ Name: CLUSTER_DIMENSION, Value: cluster }],
          StartTime: new Date(now.getTime() - 60_000),
          EndTime: new Date(now.getTime() + 60_000),
          Period: 60,
          Statistics: ['Maximum'],
        }),
      );
      expect(stats.Datapoints?.map((d) => d.Maximum)).toEqual([2]);
    } finally {
      client.destroy();
    }
  });
});
