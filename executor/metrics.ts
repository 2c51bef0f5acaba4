/**
 * The executor process's metrics registry: every task records its metrics here (Apache's per-worker
 * ConnectMetrics), and `GET /metrics` (executor/metrics-server.ts) renders it.
 */
import { MetricsRegistry } from '../shared/metrics/registry.ts';

export const executorMetrics = new MetricsRegistry();
