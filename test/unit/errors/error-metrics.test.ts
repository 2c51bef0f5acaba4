/**
 * Apache's task-error-metrics as the error handler and its reporters record them (ErrorHandlingMetrics call sites in
 * RetryWithToleranceOperator, LogReporter and DeadLetterQueueReporter).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorHandlingMetrics } from '../../../executor/errors/metrics.ts';
import {
  errorHandlingConfig,
  ProcessingContext,
  RetriableException,
  RetryWithToleranceOperator,
} from '../../../executor/errors/operator.ts';
import {
  type ConsumedRecord,
  DeadLetterQueueReporter,
  LogReporter,
} from '../../../executor/errors/reporters.ts';
import { DataException } from '../../../shared/data/errors.ts';
import { createLogger } from '../../../shared/logging/logger.ts';
import { MetricsRegistry } from '../../../shared/metrics/registry.ts';

const silent = createLogger({}, { write: () => undefined });
const id = { connector: 'c', task: 0 };
const record: ConsumedRecord = { topic: 't', partition: 0, offset: '5', key: null, value: Buffer.from('v') };

function setup(tolerance: 'none' | 'all', retryTimeoutMs = 0, now = () => 1_000) {
  const registry = new MetricsRegistry();
  const metrics = new ErrorHandlingMetrics(id, registry, now);
  const operator = new RetryWithToleranceOperator<ConsumedRecord>({
    retryTimeoutMs,
    retryMaxDelayMs: 60_000,
    tolerance,
    metrics,
    random: () => 0.5,
  });
  const values = () => ({
    failures: metrics.value('failures'),
    errors: metrics.value('errors'),
    skipped: metrics.value('skipped'),
    retries: metrics.value('retries'),
    logged: metrics.value('logged'),
    dlqRequests: metrics.value('dlqRequests'),
    dlqFailures: metrics.value('dlqFailures'),
  });
  return { registry, metrics, operator, values };
}

const zero = { failures: 0, errors: 0, skipped: 0, retries: 0, logged: 0, dlqRequests: 0, dlqFailures: 0 };

describe('task-error-metrics', () => {
  it('a tolerated converter failure is one failure, one error, one skipped record and sets the timestamp', async () => {
    const { operator, values, metrics } = setup('all', 0, () => 1_234);
    const context = new ProcessingContext(record);
    await operator.execute(
      context,
      () => {
        throw new DataException('bad');
      },
      'VALUE_CONVERTER',
      'JsonConverter',
    );
    expect(values()).toEqual({ ...zero, failures: 1, errors: 1, skipped: 1 });
    expect(metrics.lastErrorTimestamp).toBe(1_234);
  });

  it('a failure not tolerated is a failure and an error, nothing skipped', async () => {
    const { operator, values } = setup('none');
    await expect(
      operator.execute(
        new ProcessingContext(record),
        () => {
          throw new DataException('bad');
        },
        'VALUE_CONVERTER',
        'JsonConverter',
      ),
    ).rejects.toThrow('Tolerance exceeded in error handler');
    expect(values()).toEqual({ ...zero, failures: 1, errors: 1 });
  });

  it('successes record nothing', async () => {
    const { operator, values, metrics } = setup('none');
    await operator.execute(new ProcessingContext(record), () => 1, 'KEY_CONVERTER', 'K');
    expect(values()).toEqual(zero);
    expect(metrics.lastErrorTimestamp).toBe(0);
  });

  it('executeFailed: a failure; an error only when not tolerated', async () => {
    const all = setup('all');
    await all.operator.executeFailed(new ProcessingContext(record), 'TASK_PUT', 'SinkTask', new Error('x'));
    expect(all.values()).toEqual({ ...zero, failures: 1 });
    const none = setup('none');
    expect(() =>
      none.operator.executeFailedNow(new ProcessingContext(record), 'TASK_PUT', 'SinkTask', new Error('x')),
    ).toThrow('Tolerance exceeded in error handler');
    expect(none.values()).toEqual({ ...zero, failures: 1, errors: 1 });
  });

  describe('retries', () => {
    beforeEach(() => {
      vi.useFakeTimers({ now: 0 });
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('every retriable attempt is a failure, every retry after a backoff a retry', async () => {
      const { operator, values } = setup('none', 10_000, Date.now);
      let calls = 0;
      const result = operator.execute(
        new ProcessingContext(record),
        () => {
          if (++calls < 3) throw new RetriableException('again');
          return 'ok';
        },
        'TRANSFORMATION',
        'T',
      );
      await vi.runAllTimersAsync();
      await expect(result).resolves.toBe('ok');
      expect(values()).toEqual({ ...zero, failures: 2, retries: 2 });
    });
  });

  it('the log reporter counts the errors it logged, only when errors.log.enable=true', async () => {
    const { metrics, values } = setup('all');
    const context = new ProcessingContext(record);
    context.error = new Error('x');
    const off = new LogReporter(id, errorHandlingConfig({}), silent, () => '', metrics);
    await off.report(context);
    expect(values().logged).toBe(0);
    const on = new LogReporter(
      id,
      errorHandlingConfig({ 'errors.log.enable': 'true' }),
      silent,
      () => '',
      metrics,
    );
    await on.report(context);
    expect(values().logged).toBe(1);
  });

  it('the DLQ reporter counts produce requests and failures, and rejects when the write failed', async () => {
    const { metrics, values } = setup('all');
    let fail = false;
    const reporter = new DeadLetterQueueReporter(
      id,
      errorHandlingConfig({ 'errors.deadletterqueue.topic.name': 'dlq' }),
      {
        send: async () => {
          if (fail) throw new Error('broker down');
        },
        close: async () => undefined,
      },
      silent,
      metrics,
    );
    const context = new ProcessingContext(record);
    context.error = new Error('x');
    await reporter.report(context);
    fail = true;
    await expect(reporter.report(context)).rejects.toThrow('broker down');
    expect(values()).toEqual({ ...zero, dlqRequests: 2, dlqFailures: 1 });
  });

  it('renders under Apache names with connector and task labels, and disappears when the task closes', async () => {
    const { registry, operator, metrics } = setup('all', 0, () => 1_700_000_000_000);
    await operator.executeFailed(new ProcessingContext(record), 'TASK_PUT', 'SinkTask', new Error('x'));
    const text = registry.render();
    expect(text).toContain(
      '# HELP kafka_connect_task_error_metrics_total_record_failures The number of record processing failures in this task.\n' +
        '# TYPE kafka_connect_task_error_metrics_total_record_failures counter\n' +
        'kafka_connect_task_error_metrics_total_record_failures{connector="c",task="0"} 1\n',
    );
    expect(text).toContain('kafka_connect_task_error_metrics_total_retries{connector="c",task="0"} 0\n');
    expect(text).toContain('# TYPE kafka_connect_task_error_metrics_last_error_timestamp gauge\n');
    expect(text).toContain(
      'kafka_connect_task_error_metrics_last_error_timestamp{connector="c",task="0"} 1700000000000\n',
    );
    for (const name of [
      'total_record_errors',
      'total_records_skipped',
      'total_errors_logged',
      'deadletterqueue_produce_requests',
      'deadletterqueue_produce_failures',
    ]) {
      expect(text).toContain(`kafka_connect_task_error_metrics_${name}{connector="c",task="0"} 0\n`);
    }
    await operator.close();
    expect(metrics.value('failures')).toBe(0);
    expect(registry.render()).not.toContain('connector="c"');
  });

  it('a restarted task starts from zero', async () => {
    const registry = new MetricsRegistry();
    const first = new ErrorHandlingMetrics(id, registry);
    first.recordFailure();
    const second = new ErrorHandlingMetrics(id, registry);
    expect(second.value('failures')).toBe(0);
    second.recordFailure();
    // The old instance stopping late does not remove the new one's series.
    first.close();
    expect(second.value('failures')).toBe(1);
    second.close();
    expect(registry.render()).not.toContain('connector="c"');
  });
});
