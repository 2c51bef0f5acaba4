import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type ErrorReporter,
  errorHandlingConfig,
  ProcessingContext,
  RetriableException,
  RetryWithToleranceOperator,
  type Stage,
} from '../../../executor/errors/operator.ts';
import { ConnectException, DataException } from '../../../shared/data/errors.ts';

class Recorder implements ErrorReporter<string> {
  readonly reports: Array<{ stage: Stage; cls: string; error: unknown; original: string }> = [];
  async report(context: ProcessingContext<string>): Promise<void> {
    this.reports.push({
      stage: context.stage,
      cls: context.executingClass,
      error: context.error,
      original: context.original,
    });
  }
}

function operator(
  tolerance: 'none' | 'all',
  retryTimeoutMs = 0,
  retryMaxDelayMs = 60_000,
  reporter = new Recorder(),
) {
  return new RetryWithToleranceOperator<string>({
    retryTimeoutMs,
    retryMaxDelayMs,
    tolerance,
    reporters: [reporter],
    random: () => 0.5,
  });
}

describe('errorHandlingConfig', () => {
  it('uses Apache defaults', () => {
    expect(errorHandlingConfig({})).toEqual({
      retryTimeoutMs: 0,
      retryMaxDelayMs: 60_000,
      tolerance: 'none',
      logEnable: false,
      logIncludeMessages: false,
      dlqTopic: '',
      dlqReplicationFactor: 3,
      dlqContextHeaders: false,
    });
  });

  it('reads the errors.* keys', () => {
    const config = errorHandlingConfig({
      'errors.retry.timeout': '-1',
      'errors.retry.delay.max.ms': '1000',
      'errors.tolerance': 'ALL',
      'errors.log.enable': 'true',
      'errors.log.include.messages': 'true',
      'errors.deadletterqueue.topic.name': ' dlq ',
      'errors.deadletterqueue.topic.replication.factor': '1',
      'errors.deadletterqueue.context.headers.enable': 'true',
    });
    expect(config).toEqual({
      retryTimeoutMs: -1,
      retryMaxDelayMs: 1000,
      tolerance: 'all',
      logEnable: true,
      logIncludeMessages: true,
      dlqTopic: 'dlq',
      dlqReplicationFactor: 1,
      dlqContextHeaders: true,
    });
  });
});

describe('RetryWithToleranceOperator tolerance', () => {
  it('returns the result when the operation succeeds and reports nothing', async () => {
    const reporter = new Recorder();
    const op = operator('none', 0, 60_000, reporter);
    const context = new ProcessingContext('r');
    await expect(op.execute(context, () => 42, 'VALUE_CONVERTER', 'C')).resolves.toBe(42);
    expect(context.failed).toBe(false);
    expect(reporter.reports).toEqual([]);
  });

  it('none: the first converter failure fails with "Tolerance exceeded" and the real cause, after reporting', async () => {
    const reporter = new Recorder();
    const op = operator('none', 0, 60_000, reporter);
    const bad = new DataException('Converting byte[] to Kafka Connect data failed');
    const result = op.execute(
      new ProcessingContext('r'),
      () => {
        throw bad;
      },
      'VALUE_CONVERTER',
      'org.apache.kafka.connect.json.JsonConverter',
    );
    await expect(result).rejects.toThrow('Tolerance exceeded in error handler');
    await result.catch((err: unknown) => {
      expect(err).toBeInstanceOf(ConnectException);
      expect((err as Error).cause).toBe(bad);
    });
    expect(reporter.reports).toEqual([
      {
        stage: 'VALUE_CONVERTER',
        cls: 'org.apache.kafka.connect.json.JsonConverter',
        error: bad,
        original: 'r',
      },
    ]);
  });

  it('all: failed records are skipped (undefined, context failed) and every failure is reported', async () => {
    const reporter = new Recorder();
    const op = operator('all', 0, 60_000, reporter);
    for (const stage of ['KEY_CONVERTER', 'VALUE_CONVERTER', 'HEADER_CONVERTER', 'TRANSFORMATION'] as const) {
      const context = new ProcessingContext(stage);
      const result = await op.execute(
        context,
        () => {
          throw new Error('boom');
        },
        stage,
        'X',
      );
      expect(result).toBeUndefined();
      expect(context.failed).toBe(true);
    }
    expect(reporter.reports.map((r) => r.stage)).toEqual([
      'KEY_CONVERTER',
      'VALUE_CONVERTER',
      'HEADER_CONVERTER',
      'TRANSFORMATION',
    ]);
    expect(op.totalFailures).toBe(4);
    expect(op.withinToleranceLimits()).toBe(true);
  });

  it('does not run operations for a context that already failed', async () => {
    const op = operator('all');
    const context = new ProcessingContext('r');
    await op.execute(
      context,
      () => {
        throw new Error('first');
      },
      'KEY_CONVERTER',
      'K',
    );
    const second = vi.fn(() => 1);
    await expect(op.execute(context, second, 'VALUE_CONVERTER', 'V')).resolves.toBeUndefined();
    expect(second).not.toHaveBeenCalled();
  });

  it('in other stages only retriable errors are tolerable: the rest is "Unhandled exception", even with all', async () => {
    const op = operator('all');
    const put = op.execute(
      new ProcessingContext('r'),
      () => {
        throw new Error('put failed');
      },
      'TASK_PUT',
      'SinkTask',
    );
    await expect(put).rejects.toThrow('Unhandled exception in error handler');
    const retriable = await op.execute(
      new ProcessingContext('r'),
      () => {
        throw new RetriableException('later');
      },
      'TASK_PUT',
      'SinkTask',
    );
    expect(retriable).toBeUndefined();
  });

  it('executeFailed reports, then throws under none and not under all', async () => {
    const reporter = new Recorder();
    const none = operator('none', 0, 60_000, reporter);
    await expect(
      none.executeFailed(new ProcessingContext('r'), 'KAFKA_PRODUCE', 'SourceTask', new Error('send')),
    ).rejects.toThrow('Tolerance exceeded in error handler');
    expect(reporter.reports).toHaveLength(1);
    const all = operator('all');
    await expect(
      all.executeFailed(new ProcessingContext('r'), 'KAFKA_PRODUCE', 'SourceTask', new Error('send')),
    ).resolves.toBeUndefined();
  });
});

describe('RetryWithToleranceOperator retries', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('does not retry with errors.retry.timeout=0', async () => {
    const op = operator('all', 0);
    const call = vi.fn(() => {
      throw new RetriableException('again');
    });
    await expect(op.execute(new ProcessingContext('r'), call, 'TASK_PUT', 'X')).resolves.toBeUndefined();
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('does not retry non-retriable errors', async () => {
    const op = operator('all', 10_000);
    const call = vi.fn(() => {
      throw new DataException('bad');
    });
    await op.execute(new ProcessingContext('r'), call, 'VALUE_CONVERTER', 'X');
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('backs off 300 ms × 2^(k−1) until it succeeds', async () => {
    const op = operator('none', 10_000);
    const times: number[] = [];
    let calls = 0;
    const result = op.execute(
      new ProcessingContext('r'),
      () => {
        times.push(Date.now());
        if (++calls < 4) throw new RetriableException('again');
        return 'ok';
      },
      'TASK_PUT',
      'X',
    );
    await vi.runAllTimersAsync();
    await expect(result).resolves.toBe('ok');
    expect(times).toEqual([0, 300, 900, 2100]);
  });

  it('uses a random delay below errors.retry.delay.max.ms once the backoff exceeds it, and stops at the timeout', async () => {
    const reporter = new Recorder();
    const op = operator('none', 2_000, 500, reporter); // random() = 0.5 → 250 ms once 300 × 2^k > 500
    const times: number[] = [];
    const result = op.execute(
      new ProcessingContext('r'),
      () => {
        times.push(Date.now());
        throw new RetriableException('again');
      },
      'TASK_PUT',
      'X',
    );
    result.catch(() => undefined);
    await vi.runAllTimersAsync();
    await expect(result).rejects.toThrow('Tolerance exceeded in error handler');
    expect(times.slice(0, 4)).toEqual([0, 300, 550, 800]);
    expect(times.at(-1)).toBe(2000);
    expect(times.every((t) => t <= 2000)).toBe(true);
    expect(reporter.reports).toHaveLength(1);
  });

  it('backoffDelay: exponential, capped randomly, bounded by the deadline', () => {
    const op = operator('none', 100_000, 5_000);
    expect(op.backoffDelay(1, 100_000)).toBe(300);
    expect(op.backoffDelay(2, 100_000)).toBe(600);
    expect(op.backoffDelay(5, 100_000)).toBe(4800);
    expect(op.backoffDelay(6, 100_000)).toBe(2500);
    expect(op.backoffDelay(1, 100)).toBe(100);
  });

  it('retries forever with errors.retry.timeout=-1 until stopped; then the record is marked failed', async () => {
    const reporter = new Recorder();
    const op = operator('none', -1, 1_000, reporter);
    let calls = 0;
    const context = new ProcessingContext('r');
    const result = op.execute(
      context,
      () => {
        calls++;
        throw new RetriableException('again');
      },
      'TASK_PUT',
      'X',
    );
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toBeGreaterThan(50);
    op.triggerStop();
    await vi.runAllTimersAsync();
    // As in Apache, a retry abandoned on stop skips the record without checking the tolerance.
    await expect(result).resolves.toBeUndefined();
    expect(context.failed).toBe(true);
    expect(reporter.reports).toHaveLength(1);
  });
});
