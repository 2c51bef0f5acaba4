/**
 * The custom CloudWatch metrics a deployed cluster publishes (the scheduler Lambda, once a minute) and its alarms
 * watch (infra/lib/constructs/alarms.ts). Names follow Apache Kafka Connect's where Connect has one.
 */
export const METRICS_NAMESPACE = 'Tributary';

/** The dimension that separates clusters deployed side by side; its value is the group.id. */
export const CLUSTER_DIMENSION = 'Cluster';

export const METRIC = {
  /** Gauge: connector tasks whose latest status is FAILED (Apache: connect-worker-metrics connector-failed-task-count). */
  failedTasks: 'connector-failed-task-count',
  /**
   * Count: executor leases that ended since the previous publication (the executor died, stalled past its lease,
   * or left) — membership churn.
   */
  leaseExpirations: 'lease-expirations-total',
} as const;
