/**
 * Publishing the cluster's custom metrics to CloudWatch (PutMetricData in the Tributary namespace, dimension
 * Cluster = group.id). With an emulator endpoint (moto) it uses dummy credentials; otherwise the SDK's default
 * region and credentials (the function's role).
 */
import { CloudWatchClient, PutMetricDataCommand, type StandardUnit } from '@aws-sdk/client-cloudwatch';
import { CLUSTER_DIMENSION, METRICS_NAMESPACE } from '../../runtime/cloud-metrics.ts';

const LOCAL_CREDENTIALS = { accessKeyId: 'tributarylocal', secretAccessKey: 'tributarylocal' };

export function createCloudWatchClient(
  options: { endpoint?: string; region?: string } = {},
): CloudWatchClient {
  return new CloudWatchClient(
    options.endpoint
      ? { endpoint: options.endpoint, region: options.region ?? 'us-east-1', credentials: LOCAL_CREDENTIALS }
      : options.region
        ? { region: options.region }
        : {},
  );
}

/** One datapoint per metric, now, for cluster `cluster`. */
export async function publishClusterMetrics(
  client: CloudWatchClient,
  cluster: string,
  values: Readonly<Record<string, number>>,
  now: Date = new Date(),
): Promise<void> {
  await client.send(
    new PutMetricDataCommand({
      Namespace: METRICS_NAMESPACE,
      MetricData: Object.entries(values).map(([name, value]) => ({
        MetricName: name,
        Dimensions: [{ Name: CLUSTER_DIMENSION, Value: cluster }],
        Timestamp: now,
        Value: value,
        Unit: 'Count' as StandardUnit,
      })),
    }),
  );
}
