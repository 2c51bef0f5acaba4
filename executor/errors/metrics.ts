/**
 * A task's error-handling metrics: Apache's `task-error-metrics` group (tags `connector`, `task`), recorded by the
 * error handler and its reporters, kept in the executor's metrics registry until the task stops.
 */

import { connectMetricName } from '../../shared/metrics/connect-names.ts';
import type { Counter, Gauge, MetricsRegistry } from '../../shared/metrics/registry.ts';

export const TASK_ERROR_METRICS_GROUP = 'task-error-metrics';

/** Apache's metric names and descriptions (ConnectMetricsRegistry), word for word. */
const COUNTERS = {
  failures: ['total-record-failures', 'The number of record processing failures in this task.'],
  errors: ['total-record-errors', 'The number of record processing errors in this task. '],
  skipped: ['total-records-skipped', 'The number of records skipped due to errors.'],
  retries: ['total-retries', 'The number of operations retried.'],
  logged: ['total-errors-logged', 'The number of errors that were logged.'],
  dlqRequests: [
    'deadletterqueue-produce-requests',
    'The number of attempted writes to the dead letter queue.',
  ],
  dlqFailures: ['deadletterqueue-produce-failures', 'The number of failed writes to the dead letter queue.'],
} as const;

const LAST_ERROR_TIMESTAMP = [
  'last-error-timestamp',
  'The epoch timestamp when this task last encountered an error.',
] as const;

const LABELS = ['connector', 'task'] as const;

type CounterKey = keyof typeof COUNTERS;

/** Which ErrorHandlingMetrics owns a task's series in a registry: a stopped task never removes its successor's. */
const owners = new WeakMap<MetricsRegistry, Map<string, ErrorHandlingMetrics>>();

/** Records into the registry for one task; a no-op recorder when built without one. */
export class ErrorHandlingMetrics {
  private readonly labels: { connector: string; task: string };
  private readonly counters: Partial<Record<CounterKey, Counter>> = {};
  private readonly lastError: Gauge | undefined;
  private readonly now: () => number;
  private readonly registry: MetricsRegistry | undefined;
  private lastErrorTime = 0;

  constructor(
    id: { connector: string; task: number },
    registry: MetricsRegistry | undefined,
    now: () => number = Date.now,
  ) {
    this.labels = { connector: id.connector, task: String(id.task) };
    this.now = now;
    this.registry = registry;
    if (registry) {
      let byTask = owners.get(registry);
      if (!byTask) {
        byTask = new Map();
        owners.set(registry, byTask);
      }
      byTask.set(this.ownerKey(), this);
      for (const [key, [name, help]] of Object.entries(COUNTERS) as Array<
        [CounterKey, readonly [string, string]]
      >) {
        const counter = registry.counter({
          name: connectMetricName(TASK_ERROR_METRICS_GROUP, name),
          help,
          labelNames: LABELS,
        });
        // A restarted task starts from zero (Apache closes the previous group first).
        counter.remove(this.labels);
        counter.inc(this.labels, 0);
        this.counters[key] = counter;
      }
      this.lastError = registry.gauge({
        name: connectMetricName(TASK_ERROR_METRICS_GROUP, LAST_ERROR_TIMESTAMP[0]),
        help: LAST_ERROR_TIMESTAMP[1],
        labelNames: LABELS,
      });
      this.lastError.track(this.labels, () => this.lastErrorTime);
    }
  }

  /** A failed attempt of an operation (retriable or not). */
  recordFailure(): void {
    this.count('failures');
  }

  /** An operation that could not be completed. */
  recordError(): void {
    this.count('errors');
  }

  recordSkipped(): void {
    this.count('skipped');
  }

  recordRetry(): void {
    this.count('retries');
  }

  recordErrorLogged(): void {
    this.count('logged');
  }

  recordDeadLetterQueueProduceRequest(): void {
    this.count('dlqRequests');
  }

  recordDeadLetterQueueProduceFailed(): void {
    this.count('dlqFailures');
  }

  recordErrorTimestamp(): void {
    this.lastErrorTime = this.now();
  }

  get lastErrorTimestamp(): number {
    return this.lastErrorTime;
  }

  /** The current value of one counter (tests, diagnostics). */
  value(key: CounterKey): number {
    return this.counters[key]?.get(this.labels) ?? 0;
  }

  /** Removes this task's series from the registry (the task stopped). */
  close(): void {
    const byTask = this.registry ? owners.get(this.registry) : undefined;
    if (byTask?.get(this.ownerKey()) !== this) return;
    byTask.delete(this.ownerKey());
    for (const counter of Object.values(this.counters)) counter.remove(this.labels);
    this.lastError?.remove(this.labels);
  }

  private ownerKey(): string {
    return JSON.stringify([this.labels.connector, this.labels.task]);
  }

  private count(key: CounterKey): void {
    this.counters[key]?.inc(this.labels);
  }
}
