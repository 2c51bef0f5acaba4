/**
 * The scaling plan: the target count from the work and the bounds, scale-in that drains the least-loaded executors
 * before any is stopped, scale-out that takes leaving executors back before new ones, a desired count that never
 * lets the service pick executors to stop, determinism and stability. Properties with fast-check, plus examples.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ExecutorScalingState,
  planScaling,
  type ScalingExecutor,
  type ScalingInput,
  type ScalingPlan,
  targetExecutorCount,
} from '../../../control-plane/scheduler/scaling.ts';

const stateArb: fc.Arbitrary<ExecutorScalingState> = fc.constantFrom('active', 'draining', 'drained');

const executorsArb: fc.Arbitrary<ScalingExecutor[]> = fc
  .uniqueArray(
    fc.record({
      executorId: fc.integer({ min: 0, max: 40 }).map((n) => `executor-${n}`),
      load: fc.integer({ min: 0, max: 12 }),
      state: stateArb,
    }),
    { selector: (e) => e.executorId, maxLength: 16 },
  )
  // A drained executor holds no work by definition.
  .map((list) => list.map((e) => (e.state === 'drained' ? { ...e, load: 0 } : e)));

const inputArb: fc.Arbitrary<ScalingInput> = fc
  .record({
    workUnits: fc.integer({ min: 0, max: 200 }),
    workPerExecutor: fc.integer({ min: 1, max: 20 }),
    minExecutors: fc.integer({ min: 0, max: 6 }),
    extra: fc.integer({ min: 0, max: 20 }),
    executors: executorsArb,
  })
  .map(({ extra, ...rest }) => ({ ...rest, maxExecutors: rest.minExecutors + extra }));

function byId(input: ScalingInput): Map<string, ScalingExecutor> {
  return new Map(input.executors.map((e) => [e.executorId, e]));
}

/** The executors after the plan is carried out: drained ones stopped, states changed. */
function apply(input: ScalingInput, plan: ScalingPlan): ScalingExecutor[] {
  const drain = new Set(plan.drain);
  const resume = new Set(plan.resume);
  const stop = new Set(plan.stop);
  return input.executors
    .filter((e) => !stop.has(e.executorId))
    .map((e) => {
      if (drain.has(e.executorId)) return { ...e, state: 'draining' as const };
      if (resume.has(e.executorId)) return { ...e, state: 'active' as const };
      return e;
    });
}

function activeCount(executors: readonly ScalingExecutor[]): number {
  return executors.filter((e) => e.state === 'active').length;
}

describe('targetExecutorCount', () => {
  it('is ⌈work / workPerExecutor⌉ within [min, max]', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const target = targetExecutorCount(input);
        expect(target).toBeGreaterThanOrEqual(input.minExecutors);
        expect(target).toBeLessThanOrEqual(input.maxExecutors);
        const needed = Math.ceil(input.workUnits / input.workPerExecutor);
        if (needed >= input.minExecutors && needed <= input.maxExecutors) expect(target).toBe(needed);
        if (target < input.maxExecutors) {
          // Enough executors for the work, unless the maximum stops it.
          expect(target * input.workPerExecutor).toBeGreaterThanOrEqual(input.workUnits);
        }
        if (target > input.minExecutors) {
          // Not one executor more than the work needs, unless the minimum asks for it.
          expect((target - 1) * input.workPerExecutor).toBeLessThan(input.workUnits);
        }
      }),
    );
  });

  it('examples: 10 units at 4 per executor → 3; no work scales to the minimum, even zero', () => {
    const bounds = { workPerExecutor: 4, minExecutors: 1, maxExecutors: 8 };
    expect(targetExecutorCount({ ...bounds, workUnits: 10 })).toBe(3);
    expect(targetExecutorCount({ ...bounds, workUnits: 0 })).toBe(1);
    expect(targetExecutorCount({ ...bounds, minExecutors: 0, workUnits: 0 })).toBe(0);
    expect(targetExecutorCount({ ...bounds, workUnits: 1000 })).toBe(8);
  });

  it('rejects invalid bounds', () => {
    const ok = { workUnits: 1, workPerExecutor: 1, minExecutors: 1, maxExecutors: 2 };
    expect(() => targetExecutorCount({ ...ok, workPerExecutor: 0 })).toThrow(RangeError);
    expect(() => targetExecutorCount({ ...ok, workUnits: -1 })).toThrow(RangeError);
    expect(() => targetExecutorCount({ ...ok, workUnits: 1.5 })).toThrow(RangeError);
    expect(() => targetExecutorCount({ ...ok, minExecutors: -1 })).toThrow(RangeError);
    expect(() => targetExecutorCount({ ...ok, maxExecutors: 0 })).toThrow(RangeError);
  });
});

describe('planScaling', () => {
  it('drains only active executors, resumes only leaving ones, stops only drained ones; no id twice', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = planScaling(input);
        const executors = byId(input);
        for (const id of plan.drain) expect(executors.get(id)?.state).toBe('active');
        for (const id of plan.resume) expect(executors.get(id)?.state).not.toBe('active');
        for (const id of plan.stop) expect(executors.get(id)?.state).toBe('drained');
        const all = [...plan.drain, ...plan.resume, ...plan.stop];
        expect(new Set(all).size).toBe(all.length);
        expect(plan.drain.length === 0 || plan.resume.length === 0).toBe(true);
      }),
    );
  });

  it('never stops an executor that holds work', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const executors = byId(input);
        for (const id of planScaling(input).stop) expect(executors.get(id)?.load).toBe(0);
      }),
    );
  });

  it('leaves exactly the target number of active executors, or all there are when that is fewer', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = planScaling(input);
        const after = apply(input, plan);
        const active = activeCount(input.executors);
        if (active >= plan.targetCount) expect(activeCount(after)).toBe(plan.targetCount);
        // Scaling out: every leaving executor counts, new ones come from the service's desired count.
        else expect(activeCount(after)).toBe(Math.min(plan.targetCount, input.executors.length));
      }),
    );
  });

  it('drains the executors with the least work (least movement)', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = planScaling(input);
        if (plan.drain.length === 0) return;
        const executors = byId(input);
        const drained = new Set(plan.drain);
        const drainedLoads = plan.drain.map((id) => executors.get(id)?.load ?? -1);
        const keptLoads = input.executors
          .filter((e) => e.state === 'active' && !drained.has(e.executorId))
          .map((e) => e.load);
        if (keptLoads.length > 0)
          expect(Math.max(...drainedLoads)).toBeLessThanOrEqual(Math.min(...keptLoads));
        // And exactly the work of the drained executors moves: no less is possible for that many leaving.
        const sortedActive = input.executors
          .filter((e) => e.state === 'active')
          .map((e) => e.load)
          .sort((a, b) => a - b);
        const minimum = sortedActive.slice(0, plan.drain.length).reduce((s, l) => s + l, 0);
        expect(drainedLoads.reduce((s, l) => s + l, 0)).toBe(minimum);
      }),
    );
  });

  it('takes back the leaving executors that still hold the most work first', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = planScaling(input);
        if (plan.resume.length === 0) return;
        const resumed = new Set(plan.resume);
        const leaving = input.executors.filter((e) => e.state !== 'active');
        const resumedLoads = leaving.filter((e) => resumed.has(e.executorId)).map((e) => e.load);
        const otherLoads = leaving.filter((e) => !resumed.has(e.executorId)).map((e) => e.load);
        if (otherLoads.length > 0)
          expect(Math.min(...resumedLoads)).toBeGreaterThanOrEqual(Math.max(...otherLoads));
      }),
    );
  });

  it('sets a desired count that covers every executor not stopped in this pass, and the target', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = planScaling(input);
        const remaining = input.executors.length - plan.stop.length;
        expect(plan.desiredCount).toBe(Math.max(plan.targetCount, remaining));
        expect(plan.desiredCount).toBeGreaterThanOrEqual(apply(input, plan).length);
        expect(plan.desiredCount).toBeLessThanOrEqual(Math.max(input.maxExecutors, input.executors.length));
      }),
    );
  });

  it('is stable: after carrying out a plan, the next one for the same work drains and resumes nothing', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = planScaling(input);
        const next = planScaling({ ...input, executors: apply(input, plan) });
        expect(next.drain).toEqual([]);
        expect(next.resume).toEqual([]);
        expect(next.targetCount).toBe(plan.targetCount);
      }),
    );
  });

  it('reaches the target once draining executors are drained and stopped', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        let executors = apply(input, planScaling(input));
        // The assignor moves the draining executors' work away and they confirm: now they are drained.
        executors = executors.map((e) => (e.state === 'draining' ? { ...e, load: 0, state: 'drained' } : e));
        const plan = planScaling({ ...input, executors });
        const after = apply({ ...input, executors }, plan);
        expect(after.every((e) => e.state === 'active')).toBe(true);
        expect(after.length).toBeLessThanOrEqual(plan.targetCount);
        expect(plan.desiredCount).toBe(plan.targetCount);
      }),
    );
  });

  it('does not depend on the order of the executors', () => {
    fc.assert(
      fc.property(
        inputArb.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.shuffledSubarray([...input.executors], { minLength: input.executors.length }),
          ),
        ),
        ([input, shuffled]) => {
          expect(planScaling({ ...input, executors: shuffled })).toEqual(planScaling(input));
        },
      ),
    );
  });

  it('example: 3 active executors, work for 2 → drain the least loaded; stop it once drained', () => {
    const bounds = { workPerExecutor: 5, minExecutors: 1, maxExecutors: 10 };
    const first = planScaling({
      ...bounds,
      workUnits: 8,
      executors: [
        { executorId: 'executor-a', load: 3, state: 'active' },
        { executorId: 'executor-b', load: 2, state: 'active' },
        { executorId: 'executor-c', load: 3, state: 'active' },
      ],
    });
    expect(first).toEqual({ targetCount: 2, desiredCount: 3, drain: ['executor-b'], resume: [], stop: [] });
    const second = planScaling({
      ...bounds,
      workUnits: 8,
      executors: [
        { executorId: 'executor-a', load: 4, state: 'active' },
        { executorId: 'executor-b', load: 0, state: 'drained' },
        { executorId: 'executor-c', load: 4, state: 'active' },
      ],
    });
    expect(second).toEqual({ targetCount: 2, desiredCount: 2, drain: [], resume: [], stop: ['executor-b'] });
  });

  it('example: work grows while an executor drains → take it back instead of launching one', () => {
    const plan = planScaling({
      workUnits: 12,
      workPerExecutor: 4,
      minExecutors: 1,
      maxExecutors: 10,
      executors: [
        { executorId: 'executor-a', load: 4, state: 'active' },
        { executorId: 'executor-b', load: 4, state: 'active' },
        { executorId: 'executor-c', load: 1, state: 'draining' },
        { executorId: 'executor-d', load: 0, state: 'drained' },
      ],
    });
    expect(plan).toEqual({
      targetCount: 3,
      desiredCount: 3,
      drain: [],
      resume: ['executor-c'],
      stop: ['executor-d'],
    });
  });

  it('example: scale-out beyond the live executors raises the desired count to the target', () => {
    const plan = planScaling({
      workUnits: 40,
      workPerExecutor: 10,
      minExecutors: 1,
      maxExecutors: 3,
      executors: [{ executorId: 'executor-a', load: 40, state: 'active' }],
    });
    expect(plan).toEqual({ targetCount: 3, desiredCount: 3, drain: [], resume: [], stop: [] });
  });

  it('rejects duplicate ids and negative loads', () => {
    const bounds = { workUnits: 1, workPerExecutor: 1, minExecutors: 0, maxExecutors: 3 };
    const a = { executorId: 'executor-a', load: 0, state: 'active' as const };
    expect(() => planScaling({ ...bounds, executors: [a, a] })).toThrow(RangeError);
    expect(() => planScaling({ ...bounds, executors: [{ ...a, load: -1 }] })).toThrow(RangeError);
  });
});
