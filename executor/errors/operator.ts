/**
 * Per-task error handling with Apache Kafka Connect's semantics (`errors.*` connector settings): retries for
 * retriable errors with exponential backoff, tolerance `none` (first failure fails the task) or `all` (failed
 * records are skipped), and reporters (log, dead letter queue) told about every failed record.
 */

import type { ConnectorConfig } from '../../shared/cluster/config-state.ts';
import { ConnectException, RetriableException } from '../../shared/data/errors.ts';
import type { ErrorHandlingMetrics } from './metrics.ts';

export { RetriableException };

/** Where in the pipeline an operation runs (Apache's `Stage` enum names). */
export type Stage =
  | 'KEY_CONVERTER'
  | 'VALUE_CONVERTER'
  | 'HEADER_CONVERTER'
  | 'TRANSFORMATION'
  | 'TASK_PUT'
  | 'TASK_POLL'
  | 'KAFKA_PRODUCE'
  | 'KAFKA_CONSUME';

export type ToleranceType = 'none' | 'all';

/** Stages in which any error can be tolerated; elsewhere only retriable errors are. */
const ANY_ERROR_TOLERATED: ReadonlySet<Stage> = new Set([
  'TRANSFORMATION',
  'HEADER_CONVERTER',
  'KEY_CONVERTER',
  'VALUE_CONVERTER',
]);

/** The first retry waits this long; each further one twice as long as the previous. */
export const RETRIES_DELAY_MIN_MS = 300;

export function isRetriable(error: unknown): boolean {
  return (
    error instanceof RetriableException || (error instanceof Error && error.name === 'RetriableException')
  );
}

/** The connector's `errors.*` settings, with Apache's defaults. */
export interface ErrorHandlingConfig {
  readonly retryTimeoutMs: number;
  readonly retryMaxDelayMs: number;
  readonly tolerance: ToleranceType;
  readonly logEnable: boolean;
  readonly logIncludeMessages: boolean;
  readonly dlqTopic: string;
  readonly dlqReplicationFactor: number;
  readonly dlqContextHeaders: boolean;
}

function numberOr(text: string | undefined, fallback: number): number {
  if (text === undefined || text.trim() === '') return fallback;
  const value = Number(text.trim());
  return Number.isFinite(value) ? value : fallback;
}

function boolOr(text: string | undefined, fallback: boolean): boolean {
  if (text === undefined || text.trim() === '') return fallback;
  return text.trim().toLowerCase() === 'true';
}

export function errorHandlingConfig(config: ConnectorConfig): ErrorHandlingConfig {
  return {
    retryTimeoutMs: numberOr(config['errors.retry.timeout'], 0),
    retryMaxDelayMs: numberOr(config['errors.retry.delay.max.ms'], 60_000),
    tolerance: (config['errors.tolerance'] ?? 'none').trim().toLowerCase() === 'all' ? 'all' : 'none',
    logEnable: boolOr(config['errors.log.enable'], false),
    logIncludeMessages: boolOr(config['errors.log.include.messages'], false),
    dlqTopic: (config['errors.deadletterqueue.topic.name'] ?? '').trim(),
    dlqReplicationFactor: numberOr(config['errors.deadletterqueue.topic.replication.factor'], 3),
    dlqContextHeaders: boolOr(config['errors.deadletterqueue.context.headers.enable'], false),
  };
}

/** What is known about the record being processed and, once it failed, about its failure. */
export class ProcessingContext<T> {
  readonly original: T;
  stage: Stage = 'KAFKA_CONSUME';
  executingClass = '';
  attempt = 0;
  error: unknown = undefined;

  constructor(original: T) {
    this.original = original;
  }

  get failed(): boolean {
    return this.error !== undefined;
  }
}

export interface ErrorReporter<T> {
  /**
   * Reports a failed record. Resolves once the report is persisted (the DLQ write acknowledged); rejects when it
   * could not be (the reporter has logged and counted that already).
   */
  report(context: ProcessingContext<T>): Promise<void>;
  close?(): Promise<void>;
}

export interface OperatorOptions<T> {
  readonly retryTimeoutMs: number;
  readonly retryMaxDelayMs: number;
  readonly tolerance: ToleranceType;
  readonly reporters?: readonly ErrorReporter<T>[];
  /** The task's `task-error-metrics`; nothing is recorded when omitted. */
  readonly metrics?: ErrorHandlingMetrics;
  /** Clock (ms); default Date.now. */
  readonly now?: () => number;
  /** Uniform random in [0, 1); default Math.random. */
  readonly random?: () => number;
}

/** Runs operations for one task, retrying and tolerating errors as the connector's `errors.*` settings say. */
export class RetryWithToleranceOperator<T> {
  private readonly options: OperatorOptions<T>;
  private readonly now: () => number;
  private readonly random: () => number;
  private reporters: readonly ErrorReporter<T>[];
  private readonly stopController = new AbortController();
  private failures = 0;

  constructor(options: OperatorOptions<T>) {
    this.options = options;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.reporters = options.reporters ?? [];
  }

  get tolerance(): ToleranceType {
    return this.options.tolerance;
  }

  /** Total failed operations so far. */
  get totalFailures(): number {
    return this.failures;
  }

  get metrics(): ErrorHandlingMetrics | undefined {
    return this.options.metrics;
  }

  setReporters(reporters: readonly ErrorReporter<T>[]): void {
    this.reporters = reporters;
  }

  /** Stops waiting between retries: a pending retry gives up and the record is marked failed. */
  triggerStop(): void {
    this.stopController.abort();
  }

  withinToleranceLimits(): boolean {
    return this.options.tolerance === 'all' || this.failures === 0;
  }

  /**
   * Runs `operation` in `stage`. Resolves to its result, or to undefined with `context.failed` set when the record
   * failed and is tolerated (skip it). Rejects with a ConnectException when the failure is not tolerated:
   * "Tolerance exceeded in error handler" or, for errors not tolerable in the stage, "Unhandled exception in error
   * handler". Failed records are reported (awaited) before this settles.
   */
  async execute<V>(
    context: ProcessingContext<T>,
    operation: () => V | Promise<V>,
    stage: Stage,
    executingClass: string,
  ): Promise<V | undefined> {
    context.stage = stage;
    context.executingClass = executingClass;
    if (context.failed) return undefined;
    try {
      return await this.handle(context, operation, stage);
    } finally {
      if (context.failed) {
        this.options.metrics?.recordError();
        await this.reportSettled(context);
      }
    }
  }

  /**
   * Records a failure that happened outside `execute` (e.g. an asynchronous send). Reports it, then rejects with
   * "Tolerance exceeded in error handler" unless tolerated.
   */
  async executeFailed(
    context: ProcessingContext<T>,
    stage: Stage,
    executingClass: string,
    error: unknown,
  ): Promise<void> {
    const reported = this.reportFailed(context, stage, executingClass, error, false);
    await reported.catch(() => undefined);
    this.throwUnlessTolerated(error);
  }

  /**
   * Apache's `executeFailed` as the errant record reporter uses it: counts the failure and starts reporting it at
   * once; throws (synchronously) "Tolerance exceeded in error handler" when it is not tolerated, after starting the
   * reports. Otherwise returns a promise that resolves when every reporter persisted the record (the DLQ write was
   * acknowledged) and rejects when one could not.
   */
  executeFailedNow(
    context: ProcessingContext<T>,
    stage: Stage,
    executingClass: string,
    error: unknown,
  ): Promise<void> {
    const reported = this.reportFailed(context, stage, executingClass, error, true);
    this.throwUnlessTolerated(error);
    return reported;
  }

  /** Stops retrying, closes the reporters and removes the task's error metrics. */
  async close(): Promise<void> {
    this.triggerStop();
    this.options.metrics?.close();
    for (const reporter of this.reporters) await reporter.close?.();
  }

  private reportFailed(
    context: ProcessingContext<T>,
    stage: Stage,
    executingClass: string,
    error: unknown,
    markHandled: boolean,
  ): Promise<void> {
    this.markAsFailed();
    context.stage = stage;
    context.executingClass = executingClass;
    context.error = error;
    this.options.metrics?.recordFailure();
    const reported = Promise.all(this.reporters.map((r) => r.report(context))).then(() => undefined);
    // The caller may never look at the promise (a task that does not wait for its report): no unhandled rejection.
    if (markHandled) reported.catch(() => undefined);
    return reported;
  }

  private throwUnlessTolerated(error: unknown): void {
    if (!this.withinToleranceLimits()) {
      this.options.metrics?.recordError();
      throw new ConnectException('Tolerance exceeded in error handler', { cause: error });
    }
  }

  /** Reports to every reporter, one after the other; a reporter that could not persist has logged it already. */
  private async reportSettled(context: ProcessingContext<T>): Promise<void> {
    for (const reporter of this.reporters) await reporter.report(context).catch(() => undefined);
  }

  private markAsFailed(): void {
    this.failures++;
    this.options.metrics?.recordErrorTimestamp();
  }

  private async handle<V>(
    context: ProcessingContext<T>,
    operation: () => V | Promise<V>,
    stage: Stage,
  ): Promise<V | undefined> {
    const metrics = this.options.metrics;
    try {
      const result = await this.retry(context, operation);
      if (context.failed) {
        this.markAsFailed();
        metrics?.recordSkipped();
      }
      return result;
    } catch (error) {
      // Retriable errors were counted as failures by retry() already.
      if (!isRetriable(error)) metrics?.recordFailure();
      this.markAsFailed();
      context.error = error;
      if (!ANY_ERROR_TOLERATED.has(stage) && !isRetriable(error)) {
        throw new ConnectException('Unhandled exception in error handler', { cause: error });
      }
      if (!this.withinToleranceLimits()) {
        throw new ConnectException('Tolerance exceeded in error handler', { cause: error });
      }
      metrics?.recordSkipped();
      return undefined;
    }
  }

  /** Calls the operation, retrying retriable errors until the retry timeout; other errors propagate. */
  private async retry<V>(
    context: ProcessingContext<T>,
    operation: () => V | Promise<V>,
  ): Promise<V | undefined> {
    const timeout = this.options.retryTimeoutMs;
    const deadline = timeout >= 0 ? this.now() + timeout : Number.POSITIVE_INFINITY;
    for (let attempt = 1; ; attempt++) {
      context.attempt = attempt;
      try {
        return await operation();
      } catch (error) {
        if (!isRetriable(error)) throw error;
        this.options.metrics?.recordFailure();
        if (this.now() >= deadline) throw error;
        await this.backoff(attempt, deadline);
        this.options.metrics?.recordRetry();
        if (this.stopController.signal.aborted) {
          context.error = error;
          return undefined;
        }
      }
    }
  }

  /** Waits before the next attempt: 300 ms × 2^(attempt−1), random below the max delay beyond it, never past the deadline. */
  backoffDelay(attempt: number, deadline: number): number {
    let wait = RETRIES_DELAY_MIN_MS * 2 ** (attempt - 1);
    const max = this.options.retryMaxDelayMs;
    if (wait > max) wait = Math.floor(this.random() * max);
    const now = this.now();
    if (wait + now > deadline) wait = Math.max(0, deadline - now);
    return wait;
  }

  private backoff(attempt: number, deadline: number): Promise<void> {
    const wait = this.backoffDelay(attempt, deadline);
    const signal = this.stopController.signal;
    if (signal.aborted || wait <= 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, wait);
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
      signal.addEventListener('abort', done, { once: true });
    });
  }
}
