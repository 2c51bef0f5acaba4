/**
 * Prometheus names for Apache Kafka Connect's metrics, as the common JMX exporter rules spell them: the MBean
 * domain `kafka.connect`, the metric group (`task-error-metrics`, `connect-worker-rebalance-metrics`, …) and the
 * metric name, with `-` and `.` turned into `_`. Apache's tags (`connector`, `task`, …) become labels of the same
 * names.
 */

function sanitize(text: string): string {
  return text.replace(/[^a-zA-Z0-9_]/g, '_');
}

/** `kafka_connect_<group>_<name>`, e.g. `kafka_connect_task_error_metrics_total_record_failures`. */
export function connectMetricName(group: string, name: string): string {
  return `kafka_connect_${sanitize(group)}_${sanitize(name)}`;
}
