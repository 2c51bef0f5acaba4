/**
 * A record's way through a task's converters and SMT chain, as a list of steps run synchronously on the fast path:
 * no promise, no error-handling context and no allocation beyond the step's own result for a record that nothing
 * fails on. Only when a step throws is the record handed to the task's error handler (retries, tolerance, reporters)
 * from that step on, with the error the step threw as its first attempt — so the outcome, metrics and reports are
 * those of running every step under the handler, as Apache's RetryWithToleranceOperator does.
 */
import { ProcessingContext, type RetryWithToleranceOperator, type Stage } from './errors/operator.ts';

export interface PipelineStep<S> {
  readonly stage: Stage;
  /** The executing class reported for a failure of this step (converter or SMT class). */
  readonly executingClass: string;
  /**
   * Does the step's work on `state`, writing its result into it only once it succeeded. False: the record is
   * dropped here (an SMT returned null) and the later steps do not run.
   */
  run(state: S): boolean;
}

/**
 * Runs `steps` on `state`. True when every step ran, false when one dropped the record or its failure was tolerated
 * (skipped); a promise of the same when a step threw and the error handler took over. The promise rejects when the
 * handler does not tolerate the failure. `original` gives the record the reporters describe (called on failure only).
 */
export function runPipeline<S, T>(
  steps: readonly PipelineStep<S>[],
  state: S,
  errors: RetryWithToleranceOperator<T>,
  original: (state: S) => T,
): boolean | Promise<boolean> {
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as PipelineStep<S>;
    let ok: boolean;
    try {
      ok = step.run(state);
    } catch (error) {
      return runHandled(steps, i, error, state, errors, new ProcessingContext(original(state)));
    }
    if (!ok) return false;
  }
  return true;
}

/**
 * `runPipeline`, then `output(state)` when every step ran: the output, null when the record was dropped or skipped,
 * a promise of either only when the error handler took over.
 */
export function runPipelineTo<S, T, R>(
  steps: readonly PipelineStep<S>[],
  state: S,
  errors: RetryWithToleranceOperator<T>,
  original: (state: S) => T,
  output: (state: S) => R,
): R | null | Promise<R | null> {
  const ran = runPipeline(steps, state, errors, original);
  if (ran === true) return output(state);
  if (ran === false) return null;
  return ran.then((ok) => (ok ? output(state) : null));
}

/** The slow path: steps from `from` on, each under the error handler; the first one's first attempt threw `error`. */
async function runHandled<S, T>(
  steps: readonly PipelineStep<S>[],
  from: number,
  error: unknown,
  state: S,
  errors: RetryWithToleranceOperator<T>,
  context: ProcessingContext<T>,
): Promise<boolean> {
  for (let i = from; i < steps.length; i++) {
    const step = steps[i] as PipelineStep<S>;
    let firstAttemptFailed = i === from;
    const ok = await errors.execute(
      context,
      () => {
        if (firstAttemptFailed) {
          firstAttemptFailed = false;
          throw error;
        }
        return step.run(state);
      },
      step.stage,
      step.executingClass,
    );
    if (context.failed || ok !== true) return false;
  }
  return true;
}
