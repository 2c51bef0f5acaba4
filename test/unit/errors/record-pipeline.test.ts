/**
 * The record pipeline's fast path (steps run synchronously, no error handler involved) and its hand-over to the
 * error handler when a step throws: the outcome, the attempts, the reports and the tolerance decisions are those of
 * running every step under RetryWithToleranceOperator.
 */
import { describe, expect, it } from 'vitest';
import {
  type ErrorReporter,
  type ProcessingContext,
  RetriableException,
  RetryWithToleranceOperator,
  type Stage,
} from '../../../executor/errors/operator.ts';
import { type PipelineStep, runPipeline } from '../../../executor/record-pipeline.ts';
import { DataException } from '../../../shared/data/errors.ts';

interface State {
  input: string;
  trail: string[];
}

class Recorder implements ErrorReporter<string> {
  readonly reports: Array<{ stage: Stage; cls: string; message: string; original: string }> = [];
  async report(context: ProcessingContext<string>): Promise<void> {
    this.reports.push({
      stage: context.stage,
      cls: context.executingClass,
      message: (context.error as Error).message,
      original: context.original,
    });
  }
}

function operator(tolerance: 'none' | 'all', reporter: Recorder, retryTimeoutMs = 0) {
  return new RetryWithToleranceOperator<string>({
    retryTimeoutMs,
    retryMaxDelayMs: 1,
    tolerance,
    reporters: [reporter],
    random: () => 0,
  });
}

function step(name: string, stage: Stage, run: (s: State) => boolean): PipelineStep<State> {
  return { stage, executingClass: name, run };
}

const append = (name: string, stage: Stage = 'TRANSFORMATION') =>
  step(name, stage, (s) => {
    s.trail.push(name);
    return true;
  });

const original = (s: State) => s.input;

describe('runPipeline', () => {
  it('runs every step synchronously when none fails: true, no promise, nothing reported', () => {
    const reporter = new Recorder();
    const state: State = { input: 'r1', trail: [] };
    const result = runPipeline(
      [append('a'), append('b'), append('c')],
      state,
      operator('none', reporter),
      original,
    );
    expect(result).toBe(true);
    expect(state.trail).toEqual(['a', 'b', 'c']);
    expect(reporter.reports).toEqual([]);
  });

  it('stops at a step that drops the record: false, later steps not run', () => {
    const state: State = { input: 'r1', trail: [] };
    const drop = step('drop', 'TRANSFORMATION', () => false);
    expect(
      runPipeline([append('a'), drop, append('c')], state, operator('none', new Recorder()), original),
    ).toBe(false);
    expect(state.trail).toEqual(['a']);
  });

  it('with tolerance none, a failing step rejects with "Tolerance exceeded" after reporting it once', async () => {
    const reporter = new Recorder();
    const state: State = { input: 'bad', trail: [] };
    const fails = step('conv', 'VALUE_CONVERTER', () => {
      throw new DataException('boom');
    });
    const result = runPipeline(
      [append('a'), fails, append('c')],
      state,
      operator('none', reporter),
      original,
    );
    expect(result).toBeInstanceOf(Promise);
    await expect(result).rejects.toThrow('Tolerance exceeded in error handler');
    expect(reporter.reports).toEqual([
      { stage: 'VALUE_CONVERTER', cls: 'conv', message: 'boom', original: 'bad' },
    ]);
    expect(state.trail).toEqual(['a']);
  });

  it('with tolerance all, a failing step skips the record (false) and reports it once', async () => {
    const reporter = new Recorder();
    const state: State = { input: 'bad', trail: [] };
    const fails = step('smt', 'TRANSFORMATION', () => {
      throw new DataException('nope');
    });
    const errors = operator('all', reporter);
    await expect(runPipeline([fails, append('c')], state, errors, original)).resolves.toBe(false);
    expect(reporter.reports).toHaveLength(1);
    expect(errors.totalFailures).toBe(1);
    expect(state.trail).toEqual([]);
  });

  it('retries a retriable failure from the failing step on: the first attempt is the one that threw', async () => {
    const reporter = new Recorder();
    const state: State = { input: 'r', trail: [] };
    let calls = 0;
    const flaky = step('flaky', 'KEY_CONVERTER', (s) => {
      calls++;
      if (calls < 3) throw new RetriableException(`attempt ${calls}`);
      s.trail.push('flaky');
      return true;
    });
    const result = runPipeline(
      [append('a'), flaky, append('c')],
      state,
      operator('none', reporter, 10_000),
      original,
    );
    await expect(result).resolves.toBe(true);
    // Attempts 1 (fast path) and 2 failed, 3 succeeded; the steps before it ran once, the ones after it ran.
    expect(calls).toBe(3);
    expect(state.trail).toEqual(['a', 'flaky', 'c']);
    expect(reporter.reports).toEqual([]);
  });

  it('keeps each step under the handler after a failure: a later failing step is reported with its own stage', async () => {
    const reporter = new Recorder();
    const state: State = { input: 'r', trail: [] };
    let first = true;
    const once = step('once', 'HEADER_CONVERTER', (s) => {
      if (first) {
        first = false;
        throw new RetriableException('transient');
      }
      s.trail.push('once');
      return true;
    });
    const fails = step('value', 'VALUE_CONVERTER', () => {
      throw new DataException('bad value');
    });
    const result = runPipeline([once, fails], state, operator('all', reporter, 10_000), original);
    await expect(result).resolves.toBe(false);
    expect(reporter.reports).toEqual([
      { stage: 'VALUE_CONVERTER', cls: 'value', message: 'bad value', original: 'r' },
    ]);
  });
});
